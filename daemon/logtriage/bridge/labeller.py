"""Labels records with logtriaged: records from many chunks share ClassifyBatch calls, each with a deadline.

--server names one daemon or several (a list, dns:///NAME:PORT): calls spread over them with gRPC's round_robin
and health checking, and a batch whose daemon fails (UNAVAILABLE, RESOURCE_EXHAUSTED: killed mid-call, busy) is
sent again to another before the --on-daemon-failure policy applies. Answers are idempotent, and each record is
forwarded once, with the answer of the call that succeeded."""

from __future__ import annotations

import asyncio
import contextlib
from collections import deque
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import grpc
import structlog

from logtriage.v1 import classifier_service_pb2 as pb
from logtriage.v1 import classifier_service_pb2_grpc as pb_grpc

from ..balancing import RETRY_CODES, Target, TargetError, backoff, parse_servers
from ..service.convert import PB_TO_TIER
from .labels import UNCLASSIFIED_LABEL, Label, Query
from .settings import DaemonSettings, SettingsError

log = structlog.get_logger("logtriage.bridge.daemon")

TIER_NAMES = {number: tier.value for number, tier in PB_TO_TIER.items()}
# Worth another try under --on-daemon-failure wait; any other code would fail again the same way.
RETRYABLE = frozenset(
    {
        grpc.StatusCode.UNAVAILABLE,
        grpc.StatusCode.DEADLINE_EXCEEDED,
        grpc.StatusCode.RESOURCE_EXHAUSTED,
        grpc.StatusCode.ABORTED,
        grpc.StatusCode.CANCELLED,
        grpc.StatusCode.UNKNOWN,
        grpc.StatusCode.INTERNAL,
    }
)
LINGER_S = 0.002


@dataclass(slots=True)
class _Group:
    """The queries of one chunk; answers land in `labels` in the same order."""

    queries: list[Query]
    labels: list[Label]
    done: asyncio.Future[list[Label]]
    remaining: int = 0
    next_index: int = 0


@dataclass(slots=True)
class _Batch:
    segments: list[tuple[_Group, int, int]] = field(default_factory=list)
    request: pb.ClassifyBatchRequest = field(default_factory=pb.ClassifyBatchRequest)

    @property
    def records(self) -> Any:
        return self.request.records


class DaemonLabeller:
    """`await label(queries)` returns one Label per query; never raises, never calls once per record."""

    def __init__(self, settings: DaemonSettings) -> None:
        self.settings = settings
        self._pending: deque[_Group] = deque()
        self._wake = asyncio.Event()
        self._slots = asyncio.Semaphore(settings.max_inflight_batches)
        self._target = _target(settings)
        # under 'unclassified', a batch tries each daemon of a list about twice (round_robin is shared) before giving up
        self._failover_attempts = max(3, 2 * (self._target.daemons or 3))
        self._channel = _channel(settings, self._target)
        self._stub = pb_grpc.ClassifierServiceStub(self._channel)
        self._task: asyncio.Task[None] | None = None
        self._calls: set[asyncio.Task[None]] = set()
        self._failing = False

    async def start(self) -> None:
        self._task = asyncio.create_task(self._batch_loop(), name="daemon-batches")

    async def close(self) -> None:
        if self._task:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
        for task in list(self._calls):
            task.cancel()
        await self._channel.close()

    async def label(self, queries: list[Query | None]) -> list[Label]:
        """Labels for the queries; None (a record without message text) is Unclassified without asking."""
        asked = [q for q in queries if q is not None]
        if not asked:
            return [UNCLASSIFIED_LABEL] * len(queries)
        loop = asyncio.get_running_loop()
        group = _Group(asked, [UNCLASSIFIED_LABEL] * len(asked), loop.create_future(), remaining=len(asked))
        self._pending.append(group)
        self._wake.set()
        answers = iter(await group.done)
        return [UNCLASSIFIED_LABEL if q is None else next(answers) for q in queries]

    async def _batch_loop(self) -> None:
        while True:
            await self._wake.wait()
            self._wake.clear()
            while self._pending:
                if self._queued() < self.settings.batch_size:
                    await asyncio.sleep(LINGER_S)  # let concurrent chunks join the same call
                await self._slots.acquire()
                batch = self._take_batch()
                task = asyncio.create_task(self._call(batch))
                self._calls.add(task)
                task.add_done_callback(self._calls.discard)

    def _queued(self) -> int:
        return sum(len(g.queries) - g.next_index for g in self._pending)

    def _take_batch(self) -> _Batch:
        batch = _Batch()
        size = 0
        limit_records, limit_bytes = self.settings.batch_size, self.settings.max_request_bytes
        add = batch.records.add  # built in place: a LogRecord per record, then a copy into the request, cost 2x
        while self._pending and len(batch.records) < limit_records:
            group = self._pending[0]
            start = index = group.next_index
            while index < len(group.queries) and len(batch.records) < limit_records:
                q = group.queries[index]
                cost = len(q.message) + len(q.source) + 16
                if batch.records and size + cost > limit_bytes:
                    break
                add(source=q.source, message=q.message)
                size += cost
                index += 1
            group.next_index = index
            batch.segments.append((group, start, index))
            if index < len(group.queries):
                break  # request full
            self._pending.popleft()
        return batch

    async def _call(self, batch: _Batch) -> None:
        try:
            labels = await self._classify(batch.request)
        except Exception:  # never leave a chunk waiting forever
            log.exception("labelling failed; records forwarded as Unclassified", records=len(batch.records))
            labels = [UNCLASSIFIED_LABEL] * len(batch.records)
        finally:
            self._slots.release()
        offset = 0
        for group, start, end in batch.segments:
            group.labels[start:end] = labels[offset : offset + end - start]
            offset += end - start
            group.remaining -= end - start
            if group.remaining == 0 and not group.done.done():
                group.done.set_result(group.labels)

    async def _classify(self, request: pb.ClassifyBatchRequest) -> list[Label]:
        records = request.records
        delay = 0.2
        attempt = 0
        while True:
            attempt += 1
            try:
                reply = await self._stub.ClassifyBatch(request, timeout=self.settings.deadline_s)
                if len(reply.classifications) != len(records):
                    raise _BadReply(f"{len(reply.classifications)} answers for {len(records)} records")
                self._set_failing(False, "")
                return _labels(reply)
            except grpc.aio.AioRpcError as exc:
                if exc.code() in RETRY_CODES and attempt < self._failover_attempts:
                    # another daemon (round_robin picks a ready one) may answer: the same batch again, soon
                    log.info("batch failed; sending it again", code=exc.code().name, attempt=attempt)
                    await asyncio.sleep(backoff(attempt - 1))
                    continue
                retry = self.settings.on_failure == "wait" and exc.code() in RETRYABLE
                self._set_failing(True, f"{exc.code().name}: {exc.details()}", waiting=retry)
                if not retry:
                    return [UNCLASSIFIED_LABEL] * len(records)
            except _BadReply as exc:
                self._set_failing(True, str(exc))
                return [UNCLASSIFIED_LABEL] * len(records)
            await asyncio.sleep(delay)
            delay = min(delay * 2, 5.0)

    def _set_failing(self, failing: bool, reason: str, waiting: bool = False) -> None:
        if failing == self._failing:
            return
        self._failing = failing
        if failing:
            action = "holding records until it answers" if waiting else "records forwarded as Unclassified"
            log.warning("daemon not answering", target=self.settings.target, reason=reason, action=action)
        else:
            log.info("daemon answering again", target=self.settings.target)


def _labels(reply: pb.ClassifyBatchResponse) -> list[Label]:
    """One Label per answer; answers that are the same share one Label (most records share a few)."""
    seen: dict[tuple[str, int, float], Label] = {}
    out = []
    for c in reply.classifications:
        key = (c.label, c.tier, c.confidence)
        label = seen.get(key)
        if label is None:
            label = Label(c.label or UNCLASSIFIED_LABEL.label, TIER_NAMES.get(c.tier, "none"), float(c.confidence))
            seen[key] = label
        out.append(label)
    return out


class _BadReply(Exception):
    pass


def _target(settings: DaemonSettings) -> Target:
    try:
        return parse_servers(settings.target, "--server")
    except TargetError as exc:
        raise SettingsError(str(exc)) from exc


def _channel(settings: DaemonSettings, target: Target) -> grpc.aio.Channel:
    if not settings.tls_ca:
        return grpc.aio.insecure_channel(target.target, options=target.options)
    try:
        root = Path(settings.tls_ca).read_bytes()
    except OSError as exc:
        raise SettingsError(f"--server-ca {settings.tls_ca!r}: {exc}") from exc
    return grpc.aio.secure_channel(target.target, grpc.ssl_channel_credentials(root), options=target.options)
