"""Training's independent fits (one per leave-one-family-out fold, and the final one) in worker processes.

Each fit is a logistic regression that runs on one core (L-BFGS makes many small calls; a BLAS thread
pool spins on them), so `jobs` processes run `jobs` fits at once. The workers are forked: they read
the embeddings and texts the parent holds without copying them, and send back only their results.
Every fit is deterministic and the results are put back in order: `jobs` changes the time taken,
never the model.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from typing import Any

_TASK: list[Callable[[Any], Any]] = []  # the function a forked worker runs (set in the parent before forking)


def _run(item: Any) -> Any:
    return _TASK[0](item)


def default_jobs() -> int:
    """The cores this process may use, at most 4 (each worker holds a fold's features: ~1 GB)."""
    return max(1, min(4, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1))


def run(task: Callable[[Any], Any], items: Sequence[Any], jobs: int) -> list[Any]:
    """[task(item) for item in items], in `jobs` forked worker processes when jobs > 1 (in order)."""
    if jobs <= 1 or len(items) <= 1 or "fork" not in multiprocessing.get_all_start_methods():
        return [task(item) for item in items]
    _TASK[:] = [task]
    try:
        context = multiprocessing.get_context("fork")
        with ProcessPoolExecutor(max_workers=min(jobs, len(items)), mp_context=context) as pool:
            return list(pool.map(_run, items))
    finally:
        _TASK.clear()
