"""A small client for logtriage.v1.ClassifierService, for scripts and the CSV command.

from logtriage.client import Client
with Client("127.0.0.1:50051") as client:
    answers = client.classify_batch([Record("sshd", "Failed password for root from 10.0.0.1")])
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

import grpc

from .convert import classification_from_pb, records_to_pb
from .records import Classification, Record
from .v1 import classifier_service_pb2 as pb
from .v1 import classifier_service_pb2_grpc as pb_grpc

_OPTIONS = [("grpc.max_receive_message_length", 64 << 20), ("grpc.max_send_message_length", 64 << 20)]


def channel_credentials(
    ca: str | Path | None = None, cert: str | Path | None = None, key: str | Path | None = None
) -> grpc.ChannelCredentials | None:
    if not ca and not cert:
        return None
    read = lambda p: Path(p).read_bytes() if p else None  # noqa: E731
    return grpc.ssl_channel_credentials(read(ca), read(key), read(cert))


class Client:
    """Blocking client. `timeout` is each call's deadline in seconds."""

    def __init__(
        self,
        address: str,
        timeout: float = 30.0,
        credentials: grpc.ChannelCredentials | None = None,
        wait_ready: float | None = None,
    ) -> None:
        if credentials is not None:
            self._channel = grpc.secure_channel(address, credentials, options=_OPTIONS)
        else:
            self._channel = grpc.insecure_channel(address, options=_OPTIONS)
        if wait_ready:
            grpc.channel_ready_future(self._channel).result(timeout=wait_ready)
        self._stub = pb_grpc.ClassifierServiceStub(self._channel)
        self.timeout = timeout

    def __enter__(self) -> Client:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._channel.close()

    def classify(self, source: str, message: str) -> Classification:
        request = pb.ClassifyRequest(record=pb.LogRecord(source=source, message=message))
        response = self._stub.Classify(request, timeout=self.timeout, wait_for_ready=True)
        return classification_from_pb(response.classification)

    def classify_batch(self, records: Sequence[Record]) -> list[Classification]:
        request = pb.ClassifyBatchRequest(records=records_to_pb(records))
        response = self._stub.ClassifyBatch(request, timeout=self.timeout, wait_for_ready=True)
        return [classification_from_pb(c) for c in response.classifications]

    def classify_stream(self, batches: Iterable[Sequence[Record]]) -> Iterator[list[Classification]]:
        """Sends batches on one stream and yields the answers of each, in order."""

        def requests() -> Iterator[pb.ClassifyStreamRequest]:
            for i, batch in enumerate(batches):
                yield pb.ClassifyStreamRequest(batch_id=i, records=records_to_pb(batch))

        for response in self._stub.ClassifyStream(requests(), wait_for_ready=True):
            yield [classification_from_pb(c) for c in response.classifications]

    def info(self) -> pb.GetInfoResponse:
        return self._stub.GetInfo(pb.GetInfoRequest(), timeout=self.timeout, wait_for_ready=True)
