"""A small client for logtriage.v1.ClassifierService, for scripts and the CSV command.

from logtriage.client import Client
with Client("10.0.0.5:50051,10.0.0.6:50051") as client:      # or "dns:///logtriaged:50051", "unix:/path"
    answers = client.classify_batch([Record("sshd", "Failed password for root from 10.0.0.1")])
    for answers in client.classify_batches(batches, window=4):  # several calls in flight, answers in order
        ...

Calls spread over the daemons with gRPC's round_robin and health checking (see balancing.py). A call that
fails with UNAVAILABLE (a daemon killed mid-call, none ready) or RESOURCE_EXHAUSTED (a daemon at its in-flight
limit) is sent again, to whichever daemon is ready, after a jittered pause, for up to `retry_for` seconds; then
`GaveUp` is raised. Labelling is idempotent, so a batch sent twice is answered the same way and returned once.
"""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

import grpc

from .balancing import RETRY_CODES, backoff, parse_servers
from .records import Classification, Record
from .service.convert import classification_from_pb, records_to_pb
from .v1 import classifier_service_pb2 as pb
from .v1 import classifier_service_pb2_grpc as pb_grpc


def wire_record(source: str, message: str) -> pb.LogRecord:
    """A record as `classify_batches` sends it, built without an intermediate Record."""
    return pb.LogRecord(source=source, message=message)


def channel_credentials(
    ca: str | Path | None = None, cert: str | Path | None = None, key: str | Path | None = None
) -> grpc.ChannelCredentials | None:
    if not ca and not cert:
        return None

    def read(p: str | Path | None) -> bytes | None:
        return Path(p).read_bytes() if p else None

    return grpc.ssl_channel_credentials(read(ca), read(key), read(cert))


class GaveUp(RuntimeError):
    """The daemons kept answering UNAVAILABLE or RESOURCE_EXHAUSTED for longer than `retry_for` seconds."""

    def __init__(self, code: grpc.StatusCode, details: str, waited_s: float, attempts: int) -> None:
        super().__init__(f"{code.name} for {waited_s:.1f} s over {attempts} attempts: {details}")
        self.code, self.details, self.waited_s, self.attempts = code, details, waited_s, attempts


class BadReply(RuntimeError):
    """The daemon's answer does not match the request (not one answer per record)."""


class _Call:
    """One request and the future of its latest attempt."""

    __slots__ = ("future", "request", "send", "size")

    def __init__(self, request: Any, send: Callable[[Any], grpc.Future[Any]], size: int) -> None:
        self.request, self.send, self.size = request, send, size
        self.future = send(request)


class _StreamFeed:
    """The requests of ClassifyStream over as many streams as it takes: each new stream first sends the batches
    sent before and not answered yet, then reads on. gRPC reads the requests on a thread of its own, so the
    batches sent and the reading of `batches` are guarded by one lock, and a stream given up sends no more."""

    def __init__(self, batches: Iterator[Sequence[Record]]) -> None:
        self._batches = batches
        self._lock = threading.Lock()
        self._sent: deque[pb.ClassifyStreamRequest] = deque()  # sent, not answered yet, oldest first
        self._done = 0  # batches answered
        self._stream = 0

    def start(self) -> Iterator[pb.ClassifyStreamRequest]:
        with self._lock:
            self._stream += 1
            return self._requests(self._stream)

    def _requests(self, stream: int) -> Iterator[pb.ClassifyStreamRequest]:
        with self._lock:
            position = self._done  # the next batch this stream sends, counted from the first
        while True:
            with self._lock:
                if stream != self._stream:
                    return
                if position - self._done < len(self._sent):
                    request = self._sent[position - self._done]
                else:
                    batch = next(self._batches, None)
                    if batch is None:
                        return
                    request = pb.ClassifyStreamRequest(batch_id=position, records=records_to_pb(batch))
                    self._sent.append(request)
                position += 1
            yield request

    def answered(self) -> pb.ClassifyStreamRequest:
        with self._lock:
            self._done += 1
            return self._sent.popleft()


class Client:
    """Blocking client. `timeout` is each call's deadline in seconds; `retry_for` bounds the retries of one call."""

    def __init__(
        self,
        address: str,
        timeout: float = 30.0,
        credentials: grpc.ChannelCredentials | None = None,
        wait_ready: float | None = None,
        retry_for: float = 60.0,
    ) -> None:
        self.target = parse_servers(address)
        options = list(self.target.options)
        if credentials is not None:
            self._channel = grpc.secure_channel(self.target.target, credentials, options=options)
        else:
            self._channel = grpc.insecure_channel(self.target.target, options=options)
        if wait_ready:
            grpc.channel_ready_future(self._channel).result(timeout=wait_ready)
        self._stub = pb_grpc.ClassifierServiceStub(self._channel)
        self.timeout = timeout
        self.retry_for = retry_for

    def __enter__(self) -> Client:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._channel.close()

    def classify(self, source: str, message: str) -> Classification:
        request = pb.ClassifyRequest(record=pb.LogRecord(source=source, message=message))
        response = self._result(_Call(request, self._sender(self._stub.Classify), 1))
        return classification_from_pb(response.classification)

    def classify_batch(self, records: Sequence[Record]) -> list[Classification]:
        return list(next(self.classify_batches([records], window=1)))

    def classify_batches(
        self, batches: Iterable[Sequence[Record]], window: int = 4, raw: bool = False
    ) -> Iterator[Sequence[Any]]:
        """ClassifyBatch for each batch, `window` calls in flight (spread over the daemons); answers in order.
        A batch may hold Records or logtriage.v1 LogRecords. `raw`: yield the logtriage.v1 Classification
        messages (label, tier number, confidence, ...) instead of converting each into a Classification."""
        if window < 1:
            raise ValueError(f"window {window}: must be at least 1")
        send = self._sender(self._stub.ClassifyBatch)
        source = iter(batches)
        pending: deque[_Call] = deque()

        def fill() -> None:
            while len(pending) < window:
                batch = next(source, None)
                if batch is None:
                    return
                records = batch if batch and isinstance(batch[0], pb.LogRecord) else records_to_pb(batch)
                pending.append(_Call(pb.ClassifyBatchRequest(records=records), send, len(batch)))

        try:
            fill()
            while pending:
                call = pending.popleft()
                response = self._result(call)
                fill()
                if len(response.classifications) != call.size:
                    raise BadReply(f"{len(response.classifications)} answers for {call.size} records")
                yield response.classifications if raw else [classification_from_pb(c) for c in response.classifications]
        finally:
            for call in pending:
                call.future.cancel()

    def classify_stream(self, batches: Iterable[Sequence[Record]]) -> Iterator[list[Classification]]:
        """Sends batches on one stream (one daemon) and yields the answers of each, in order. When the stream
        fails with UNAVAILABLE or RESOURCE_EXHAUSTED (its daemon killed, say), a new stream (to a daemon that is
        ready) is opened and the batches not yet answered are sent again first: each answer is yielded once.
        `classify_batches` spreads batches over several daemons; a stream stays with one."""
        feed = _StreamFeed(iter(batches))
        first_failure: float | None = None
        attempt = 0
        while True:
            requests = feed.start()
            try:
                for response in self._stub.ClassifyStream(requests):
                    expected = feed.answered()
                    if response.batch_id != expected.batch_id or len(response.classifications) != len(expected.records):
                        raise BadReply(f"an answer to batch {response.batch_id} where {expected.batch_id} was due")
                    first_failure, attempt = None, 0
                    yield [classification_from_pb(c) for c in response.classifications]
                return
            except grpc.RpcError as exc:
                code = exc.code() if isinstance(exc, grpc.Call) else None
                if code is None or code not in RETRY_CODES:
                    raise
                now = time.monotonic()
                first_failure = first_failure if first_failure is not None else now
                attempt += 1
                if now - first_failure >= self.retry_for:
                    raise GaveUp(code, exc.details() or "", now - first_failure, attempt) from None
                time.sleep(min(backoff(attempt - 1), self.retry_for - (now - first_failure)))

    def info(self) -> pb.GetInfoResponse:
        info: pb.GetInfoResponse = self._result(_Call(pb.GetInfoRequest(), self._sender(self._stub.GetInfo), 0))
        return info

    def _sender(self, method: Any) -> Callable[[Any], grpc.Future[Any]]:
        timeout = self.timeout
        return lambda request: method.future(request, timeout=timeout)

    def _result(self, call: _Call) -> Any:
        """The call's answer; UNAVAILABLE and RESOURCE_EXHAUSTED sent again after a jittered pause."""
        first_failure: float | None = None
        attempt = 0
        while True:
            try:
                return call.future.result()
            except grpc.RpcError as exc:
                code = exc.code() if isinstance(exc, grpc.Call) else None
                if code is None or code not in RETRY_CODES:
                    raise
                now = time.monotonic()
                first_failure = first_failure if first_failure is not None else now
                left = self.retry_for - (now - first_failure)
                attempt += 1
                if left <= 0:
                    raise GaveUp(code, exc.details() or "", now - first_failure, attempt) from None
                time.sleep(min(backoff(attempt - 1), left))
                call.future = call.send(call.request)
