"""Past the in-flight bound the daemon answers RESOURCE_EXHAUSTED at once instead of queueing."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import grpc
import pytest

from logtriage.v1 import classifier_service_pb2 as pb
from logtriage.v1 import classifier_service_pb2_grpc as pb_grpc

from ..conftest import DaemonProcess, free_port
from ..service_helpers import scrape


def test_calls_past_the_bound_are_refused_and_the_first_still_answered(tmp_path: Path) -> None:
    port = free_port()
    daemon = DaemonProcess(
        tmp_path, "--server-max-in-flight-records", "600", "--metrics-listen", f"127.0.0.1:{port}"
    ).wait_serving()
    try:
        fresh = [
            pb.LogRecord(source="s", message=f"qz{i} bound check {chr(97 + i % 26) * (i % 9 + 1)}") for i in range(600)
        ]
        outcome: dict[str, object] = {}

        def big_call() -> None:
            with grpc.insecure_channel(daemon.address) as channel:
                stub = pb_grpc.ClassifierServiceStub(channel)
                outcome["reply"] = stub.ClassifyBatch(pb.ClassifyBatchRequest(records=fresh), timeout=120)

        worker = threading.Thread(target=big_call)
        worker.start()
        deadline = time.monotonic() + 60
        while scrape(port)[("logtriage_in_flight_records", ())] < 600:
            assert time.monotonic() < deadline and worker.is_alive(), "the big batch never showed up as in flight"
            time.sleep(0.02)
        with grpc.insecure_channel(daemon.address) as channel:
            stub = pb_grpc.ClassifierServiceStub(channel)
            started = time.monotonic()
            with pytest.raises(grpc.RpcError) as err:
                stub.ClassifyBatch(pb.ClassifyBatchRequest(records=fresh[:5]), timeout=30)
            assert err.value.code() == grpc.StatusCode.RESOURCE_EXHAUSTED
            assert "retry with backoff" in (err.value.details() or "")
            assert time.monotonic() - started < 5  # refused at once, not queued behind the big batch
        worker.join(120)
        assert len(outcome["reply"].classifications) == 600  # type: ignore[attr-defined]
        assert scrape(port)[("logtriage_rejected_requests_total", ())] >= 1
    finally:
        daemon.stop()
