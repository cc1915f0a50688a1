"""When templates are put to the requester: at once within a deadline (sync), or queued for a worker (async).

sync: the templates are cut into requests of `max_templates_per_request`, each waiting for one of
`max_concurrency` slots; a template already in flight is joined, not asked again; the caller waits
up to its deadline. async: templates join a bounded queue (`max_pending`; more are dropped and
counted) that one worker task drains whenever the breaker, the budget and a slot allow. Loop-bound
objects are made in the running loop, and made again if the caller's loop changes.
"""

from __future__ import annotations

import asyncio
import time
from collections import OrderedDict
from collections.abc import Iterable

import structlog

from .llm_items import LlmItemLike, Outcome
from .requester import Requester
from .settings import LlmSettings

log = structlog.get_logger(__name__)


class RequestScheduler:
    def __init__(self, settings: LlmSettings, requester: Requester, counts: dict[str, int]) -> None:
        self.settings = settings
        self.requester = requester
        self.counts = counts
        self.pending: OrderedDict[str, LlmItemLike] = OrderedDict()  # async mode's queue, oldest first
        self.inflight: dict[str, asyncio.Future[Outcome | None]] = {}
        self._tasks: set[asyncio.Task[None]] = set()
        self._worker: asyncio.Task[None] | None = None
        self._wakeup: asyncio.Event | None = None
        self._slots: asyncio.Semaphore | None = None
        self._loop: asyncio.AbstractEventLoop | None = None

    def bind_loop(self) -> bool:
        """Binds to the running loop; True if it replaced an earlier one (the caller renews its client)."""
        loop = asyncio.get_running_loop()
        if loop is self._loop:
            return False
        replaced = self._loop is not None
        self._loop = loop
        self._wakeup = asyncio.Event()
        self._slots = asyncio.Semaphore(self.settings.max_concurrency)
        self._worker = None
        self._tasks = set()
        self.inflight = {}
        return replaced

    def waiting(self, key: str) -> bool:
        """Queued or in flight."""
        return key in self.pending or key in self.inflight

    def schedule(self, items: Iterable[LlmItemLike]) -> None:
        """Async mode: queues the templates not queued or in flight yet, and wakes the worker."""
        for item in items:
            if self.waiting(item.key):
                continue
            if len(self.pending) >= self.settings.max_pending:
                self.counts["dropped"] += 1
                continue
            self.pending[item.key] = item
        if self._worker is not None and self._worker.done() and not self._worker.cancelled():
            log.error("llm_worker_died", error=repr(self._worker.exception()))
        if self._worker is None or self._worker.done():
            self._worker = asyncio.create_task(self._work(), name="llm-worker")
        assert self._wakeup is not None
        self._wakeup.set()

    async def ask_within(self, items: list[LlmItemLike], deadline: float) -> dict[str, Outcome]:
        """Sync mode: asks (joining requests already in flight for a key) and waits up to the deadline."""
        waiting = {item.key: self.inflight[item.key] for item in items if item.key in self.inflight}
        fresh = [item for item in items if item.key not in waiting]
        size = self.settings.max_templates_per_request
        for start in range(0, len(fresh), size):
            batch = fresh[start : start + size]
            self._start_batch(batch, deadline, slot_held=False)
            waiting.update((item.key, self.inflight[item.key]) for item in batch)
        remaining = deadline - time.monotonic()
        if remaining > 0:
            await asyncio.wait(set(waiting.values()), timeout=remaining)
        return {
            key: outcome
            for key, future in waiting.items()
            if future.done() and not future.cancelled() and (outcome := future.result()) is not None
        }

    async def wait_idle(self, deadline: float) -> bool:
        """Waits for background work (queued and in flight); False if the deadline came first."""
        while self.pending or self._tasks:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return False
            if self._tasks:
                await asyncio.wait(set(self._tasks), timeout=remaining)
            else:
                await asyncio.sleep(min(0.05, remaining))
        return True

    async def cancel(self) -> None:
        """Cancels the worker and the requests in flight; the queue is emptied."""
        running = [t for t in (self._worker, *self._tasks) if t is not None and not t.done()]
        for task in running:
            task.cancel()
        if running and self._loop is asyncio.get_running_loop():
            await asyncio.gather(*running, return_exceptions=True)
        self.pending.clear()

    async def _work(self) -> None:
        """Async mode: takes batches off the queue whenever the breaker, budget and concurrency allow."""
        assert self._wakeup is not None and self._slots is not None
        while True:
            if not self.pending:
                self._wakeup.clear()
                await self._wakeup.wait()
                continue
            wait = self.requester.wait_s()
            if wait > 0:
                await asyncio.sleep(min(wait, 60.0))
                continue
            await self._slots.acquire()
            size = min(self.settings.max_templates_per_request, len(self.pending))
            batch = [self.pending.popitem(last=False)[1] for _ in range(size)]
            if not batch:
                self._slots.release()
                continue
            self._start_batch(batch, time.monotonic() + self.settings.deadline_s, slot_held=True)

    def _start_batch(self, batch: list[LlmItemLike], deadline: float, slot_held: bool) -> None:
        loop = asyncio.get_running_loop()
        for item in batch:
            self.inflight[item.key] = loop.create_future()
        task = asyncio.create_task(self._run_batch(batch, deadline, slot_held))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _run_batch(self, batch: list[LlmItemLike], deadline: float, slot_held: bool) -> None:
        assert self._slots is not None
        outcomes: dict[str, Outcome] = {}
        try:
            if not slot_held:
                slot_held = await _acquire(self._slots, deadline)
            if slot_held:
                outcomes = await self.requester.ask(batch, deadline)
            else:
                self.counts["deadline_expired"] += 1
        except Exception:
            log.exception("llm_batch_error", templates=len(batch))
        finally:
            if slot_held:
                self._slots.release()
            self.requester.finished(batch, outcomes)
            for item in batch:
                future = self.inflight.pop(item.key, None)
                if future is not None and not future.done():
                    future.set_result(outcomes.get(item.key))


async def _acquire(slots: asyncio.Semaphore, deadline: float) -> bool:
    remaining = deadline - time.monotonic()
    if remaining <= 0:
        return False
    try:
        async with asyncio.timeout(remaining):
            await slots.acquire()
    except TimeoutError:
        return False
    return True
