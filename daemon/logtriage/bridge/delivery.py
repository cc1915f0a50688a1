"""Delivery to the next hop: in arrival order, retried until acknowledged, within a bounded amount held.

Upstream chunks become `Outgoing` items the moment they are read, so the order is kept even though labelling
runs concurrently. The deliverer sends the oldest item once it is labelled, merging the labelled items behind it
that can share one frame, and retries with backoff until the next hop acknowledges.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections import deque
from dataclasses import dataclass, field
from typing import Any, Protocol

import grpc
import structlog

log = structlog.get_logger("logtriage.bridge.delivery")


class DeliveryError(Exception):
    """The next hop did not take a frame; the message says what happened."""


class Rejected(DeliveryError):
    """The next hop refused the frame's content (an HTTP 4xx): resending it as it is cannot succeed. A merged
    batch is split and its items sent one by one, so that only the item it refuses fails."""


@dataclass(slots=True, eq=False)
class Outgoing:
    """One upstream chunk (or HTTP request) on its way: `payload` is filled once labelled."""

    merge_key: Any
    nbytes: int
    ready: asyncio.Future[None]
    delivered: asyncio.Future[None]
    payload: list[bytes] = field(default_factory=list)
    abandoned: bool = False
    attempt: asyncio.Future[bool] | None = None
    passthrough: tuple[bytes, bytes, dict[Any, Any]] | None = None  # (tag, payload, options): never merged
    send_id: tuple[tuple[int, ...], str] | None = None  # the chunk id of the batch this item leads

    @classmethod
    def new(cls, merge_key: Any, nbytes: int) -> Outgoing:
        loop = asyncio.get_running_loop()
        return cls(merge_key, nbytes, loop.create_future(), loop.create_future())

    def fill(self, payload: list[bytes]) -> None:
        self.payload = payload
        if not self.ready.done():
            self.ready.set_result(None)


class Transport(Protocol):
    """Sends items to the next hop as one frame/request and returns once it acknowledged, else raises."""

    description: str

    async def send(self, items: list[Outgoing]) -> None: ...

    async def close(self) -> None: ...


class NextHopDown(DeliveryError):
    """An OTLP next hop did not take an Export this time (unreachable, UNAVAILABLE, 429/502/503/504, no answer in
    time): worth another try while the sender's time lasts."""


class NextHopRefused(Exception):
    """An OTLP next hop refused an Export for good (e.g. INVALID_ARGUMENT, 400): the sender gets the same answer."""

    def __init__(self, code: grpc.StatusCode, message: str) -> None:
        super().__init__(message)
        self.code = code


class Exporter(Protocol):
    """An OTLP next hop: `export` sends one ExportLogsServiceRequest and returns its partial_success (rejected
    records, message), or raises NextHopDown or NextHopRefused."""

    description: str

    async def export(self, body: bytes, timeout_s: float) -> tuple[int, str]: ...

    async def close(self) -> None: ...


class ByteBudget:
    """Bounds the bytes held for the next hop; `acquire` waits, so readers stop reading when it is spent."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.held = 0
        self._freed = asyncio.Condition()

    def try_acquire(self, n: int) -> bool:
        if self.held and self.held + n > self.limit:
            return False
        self.held += n
        return True

    async def acquire(self, n: int) -> None:
        async with self._freed:
            await self._freed.wait_for(lambda: self.held == 0 or self.held + n <= self.limit)
            self.held += n

    async def release(self, n: int) -> None:
        async with self._freed:
            self.held -= n
            self._freed.notify_all()


class Deliverer:
    def __init__(self, transport: Transport, max_frame_bytes: int, retry_max_delay_s: float) -> None:
        self.transport = transport
        self.max_frame_bytes = max_frame_bytes
        self.retry_max_delay_s = retry_max_delay_s
        self._queue: deque[Outgoing] = deque()
        self._wake = asyncio.Event()
        self._task: asyncio.Task[None] | None = None
        self._down = False

    async def start(self) -> None:
        self._task = asyncio.create_task(self._run(), name="deliver")

    async def close(self) -> None:
        if self._task:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
        await self.transport.close()

    def enqueue(self, item: Outgoing) -> None:
        self._queue.append(item)
        self._wake.set()

    async def wait(self, item: Outgoing, timeout: float | None) -> bool:
        """True once delivered. With a timeout, an item not delivered in time is given up (False) unless a
        send carrying it is under way, in which case that send decides."""
        try:
            await asyncio.wait_for(asyncio.shield(item.delivered), timeout)
            return True
        except TimeoutError:
            pass  # `Rejected` (the next hop refused the item) goes to the caller
        if item.attempt is not None and await asyncio.shield(item.attempt):
            return True
        item.abandoned = True
        return False

    async def _run(self) -> None:
        while True:
            while not self._queue:
                self._wake.clear()
                await self._wake.wait()
            head = self._queue[0]
            if head.abandoned:
                self._queue.popleft()
                continue
            await asyncio.shield(head.ready)
            batch = self._take_batch()
            await self._deliver(batch)

    def _take_batch(self) -> list[Outgoing]:
        head = self._queue.popleft()
        batch, size = [head], head.nbytes
        while self._queue:
            nxt = self._queue[0]
            if nxt.abandoned:
                self._queue.popleft()
                continue
            mergeable = head.merge_key is not None and nxt.merge_key == head.merge_key and nxt.ready.done()
            if not mergeable or size + nxt.nbytes > self.max_frame_bytes:
                break
            batch.append(self._queue.popleft())
            size += nxt.nbytes
        return batch

    async def _deliver(self, batch: list[Outgoing]) -> None:
        delay = 0.1
        loop = asyncio.get_running_loop()
        while True:
            items = [i for i in batch if not i.abandoned]
            if not items:
                return
            attempt: asyncio.Future[bool] = loop.create_future()
            for item in items:
                item.attempt = attempt
            try:
                await self.transport.send(items)
            except Rejected as exc:
                attempt.set_result(False)
                for item in items:
                    item.attempt = None
                if len(items) > 1:
                    for item in items:
                        await self._deliver([item])
                else:
                    log.warning("next hop refused an item; failing it alone", reason=str(exc))
                    if not items[0].delivered.done():
                        items[0].delivered.set_exception(exc)
                return
            except (DeliveryError, OSError, TimeoutError) as exc:
                attempt.set_result(False)
                for item in items:
                    item.attempt = None
                if not self._down:
                    self._down = True
                    log.warning(
                        "next hop not taking records; holding and retrying",
                        next_hop=self.transport.description,
                        reason=str(exc),
                    )
                await asyncio.sleep(delay)
                delay = min(delay * 2, self.retry_max_delay_s)
                continue
            attempt.set_result(True)
            if self._down:
                self._down = False
                log.info("next hop taking records again", next_hop=self.transport.description)
            for item in items:
                if not item.delivered.done():
                    item.delivered.set_result(None)
            return
