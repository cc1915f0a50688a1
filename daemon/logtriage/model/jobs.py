"""Training's independent fits (one per leave-one-family-out fold, and the final one) in worker processes.

Each fit is a logistic regression that runs on one core (L-BFGS makes many small calls; a BLAS thread
pool spins on them), so `jobs` processes run `jobs` fits at once. The workers are forked: they read
the embeddings and texts the parent holds without copying them, write their result to a file of a
private temporary folder (the parent's own objects, for the parent only) and leave with `os._exit`,
running none of the exit handlers they inherited (an embedder loaded before the fork has threads
whose handlers must not run twice). Every fit is deterministic and the results are put back in
order: `jobs` changes the time taken, never the model.
"""

from __future__ import annotations

import os
import pickle
import sys
import tempfile
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any


def default_jobs() -> int:
    """The cores this process may use, at most 4 (each worker holds a fold's features: ~1 GB)."""
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    return max(1, min(4, cores))


def run(task: Callable[[Any], Any], items: Sequence[Any], jobs: int) -> list[Any]:
    """[task(item) for item in items], in up to `jobs` forked worker processes when jobs > 1 (in order)."""
    if jobs <= 1 or len(items) <= 1 or not hasattr(os, "fork"):
        return [task(item) for item in items]
    results: list[Any] = [None] * len(items)
    running: dict[int, int] = {}  # worker pid -> item index
    pending = list(range(len(items)))[::-1]
    with tempfile.TemporaryDirectory(prefix="logtriage-fit-") as folder:
        try:
            while pending or running:
                while pending and len(running) < jobs:
                    index = pending.pop()
                    running[_fork(task, items[index], Path(folder) / str(index))] = index
                pid, status = os.waitpid(-1, 0)
                index = running.pop(pid, -1)
                if index < 0:
                    continue
                if status != 0:
                    raise RuntimeError(f"fit {index} of {len(items)} failed in its worker process (status {status})")
                with (Path(folder) / str(index)).open("rb") as f:
                    results[index] = pickle.load(f)
        finally:
            for pid in running:  # only after a failure
                os.kill(pid, 9)
                os.waitpid(pid, 0)
    return results


def _fork(task: Callable[[Any], Any], item: Any, path: Path) -> int:
    sys.stdout.flush()
    sys.stderr.flush()
    pid = os.fork()
    if pid:
        return pid
    code = 1
    try:
        result = task(item)
        with path.open("wb") as f:
            pickle.dump(result, f, protocol=pickle.HIGHEST_PROTOCOL)
        code = 0
    except BaseException:
        traceback.print_exc()
    finally:
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)
