"""Batching across callers: the templates that concurrent calls need embedded go to the model together.

A runner task, alive while there is work, takes queued templates in arrival order, up to `max_batch` at a
time, and runs the model on a worker thread, so the loop keeps answering cache hits meanwhile.
When the model was idle it first waits `max_wait_s` for other callers to join the batch. A template
asked for by several callers is queued once. A caller that goes away (its deadline passed, its
call was cancelled) withdraws its templates; those nobody else waits for are dropped before they
reach the model, so a cancelled call costs at most the chunk already running.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import Executor
from dataclasses import dataclass
from typing import Generic, TypeVar, cast

T = TypeVar("T")


@dataclass(eq=False, slots=True)
class _Job(Generic[T]):
    key: str
    text: str
    future: asyncio.Future[T]
    waiters: int = 0
    started: bool = False


@dataclass(slots=True)
class BatcherStats:
    batches: int = 0
    items: int = 0
    dropped: int = 0  # queued templates withdrawn by every caller before the model saw them
    shared: int = 0  # requests for a template another caller had already queued
    largest_batch: int = 0


class EmbeddingBatcher(Generic[T]):
    """`run({key: text})` -> `{key: predict result}`; `predict(texts)` runs on `executor`."""

    def __init__(
        self,
        predict: Callable[[list[str]], Sequence[T]],
        executor: Executor,
        *,
        max_batch: int = 64,
        max_wait_s: float = 0.002,
        on_result: Callable[[str, T], None] | None = None,
    ) -> None:
        self._predict = predict
        self._executor = executor
        self.max_batch = max(1, max_batch)
        self.max_wait_s = max_wait_s
        self._on_result = on_result
        self.stats = BatcherStats()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._jobs: dict[str, _Job[T]] = {}  # queued or running, by key
        self._queue: dict[str, _Job[T]] = {}  # not started yet, in arrival order
        self._runner: asyncio.Task[None] | None = None

    @property
    def queued(self) -> int:
        return len(self._queue)

    async def run(self, items: Mapping[str, str]) -> dict[str, T]:
        if not items:
            return {}
        loop = asyncio.get_running_loop()
        if self._loop is not loop:  # a new event loop (asyncio.run per call): nothing of the old one carries over
            self._loop, self._jobs, self._queue, self._runner = loop, {}, {}, None
        jobs: list[_Job[T]] = []
        for key, text in items.items():
            job = self._jobs.get(key)
            if job is None:
                job = self._jobs[key] = self._queue[key] = _Job(key, text, loop.create_future())
            else:
                self.stats.shared += 1
            job.waiters += 1
            jobs.append(job)
        if self._runner is None or self._runner.done():
            self._runner = loop.create_task(self._run(), name="embedding-batcher")
        try:
            # asyncio.wait, not gather: cancelling this caller must not cancel futures others share
            await asyncio.wait([job.future for job in jobs])
            return {job.key: job.future.result() for job in jobs}
        finally:
            for job in jobs:
                job.waiters -= 1
                if job.waiters == 0 and not job.started and not job.future.done():
                    self._queue.pop(job.key, None)
                    self._jobs.pop(job.key, None)
                    job.future.cancel()
                    self.stats.dropped += 1

    async def _run(self) -> None:
        """Runs while templates are queued, then ends: no task outlives the work."""
        loop = asyncio.get_running_loop()
        if self.max_wait_s > 0 and len(self._queue) < self.max_batch:
            await asyncio.sleep(self.max_wait_s)  # the model was idle: let concurrent callers join this batch
        while self._queue:
            chunk = self._next_chunk()
            self.stats.batches += 1
            self.stats.items += len(chunk)
            self.stats.largest_batch = max(self.stats.largest_batch, len(chunk))
            try:
                results = await loop.run_in_executor(self._executor, self._predict, [job.text for job in chunk])
            except asyncio.CancelledError:
                for job in chunk:
                    self._finish(job, None, asyncio.CancelledError())
                raise
            except Exception as exc:  # the model failed: every waiter of this chunk gets the error
                for job in chunk:
                    self._finish(job, None, exc)
                continue
            for job, result in zip(chunk, results, strict=True):
                if self._on_result is not None:
                    self._on_result(job.key, result)
                self._finish(job, result, None)

    def _next_chunk(self) -> list[_Job[T]]:
        """The oldest queued template and the queued ones nearest to it in length: the model pads a batch
        to its longest text, so like lengths waste fewer tokens, and the oldest always goes first."""
        jobs = list(self._queue.values())
        if len(jobs) > self.max_batch:
            oldest = jobs[0]
            jobs.sort(key=lambda job: len(job.text))
            at = jobs.index(oldest)
            start = max(0, min(at - self.max_batch // 2, len(jobs) - self.max_batch))
            jobs = jobs[start : start + self.max_batch]
        for job in jobs:
            del self._queue[job.key]
            job.started = True
        return jobs

    def _finish(self, job: _Job[T], result: T | None, error: BaseException | None) -> None:
        if self._jobs.get(job.key) is job:
            del self._jobs[job.key]
        if job.future.done():
            return
        if error is None:
            job.future.set_result(cast(T, result))  # no error: the job gave its result
        elif isinstance(error, asyncio.CancelledError):
            job.future.cancel()
        else:
            job.future.set_exception(error)
            if job.waiters == 0:
                job.future.exception()  # retrieved: no "never retrieved" warning when nobody waits
