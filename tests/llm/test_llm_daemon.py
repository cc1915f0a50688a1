"""The LLM tier inside the real daemon: routed sources reach it, async answers arrive, state survives."""

from __future__ import annotations

import time
from pathlib import Path

import grpc

from logtriage.v1 import classifier_service_pb2 as pb
from logtriage.v1 import classifier_service_pb2_grpc as pb_grpc

from ..conftest import DaemonProcess
from .fake_gemini import TEST_KEY, TEST_MODEL, FakeGemini

MESSAGE = "Lead 78421 from jane.doe@example.com could not be converted: no contact details"


def start(tmp_path: Path, fake: FakeGemini) -> DaemonProcess:
    env = {
        "GEMINI_API_KEY": TEST_KEY,
        "LOGTRIAGE_LLM_BASE_URL": fake.url,
        "LOGTRIAGE_LLM_MODEL": TEST_MODEL,
        "LOGTRIAGE_LLM_STATE_DIR": str(tmp_path / "state"),
        "NO_PROXY": "127.0.0.1,localhost",
    }
    return DaemonProcess(tmp_path, env=env).wait_serving()


def ask(address: str) -> pb.Classification:
    with grpc.insecure_channel(address) as channel:
        stub = pb_grpc.ClassifierServiceStub(channel)
        request = pb.ClassifyBatchRequest(records=[pb.LogRecord(source="LegacyCRM", message=MESSAGE)])
        return stub.ClassifyBatch(request, timeout=30).classifications[0]


def test_routed_source_is_answered_by_the_llm_in_the_background_and_remembered(
    tmp_path: Path, fake: FakeGemini
) -> None:
    daemon = start(tmp_path, fake)
    try:
        first = ask(daemon.address)
        assert first.tier in (pb.TIER_NONE, pb.TIER_MODEL, pb.TIER_LLM)  # async: answers at once
        deadline = time.monotonic() + 15
        answer = first
        while answer.tier not in (pb.TIER_LLM, pb.TIER_LLM_CACHE) and time.monotonic() < deadline:
            time.sleep(0.2)
            answer = ask(daemon.address)
        assert answer.label == "Workflow Error", daemon.log()
        assert answer.model_version == f"llm:{TEST_MODEL}"
        assert len(fake.requests) == 1
        body = fake.bodies()[0]
        assert "78421" not in body and "jane.doe@example.com" not in body
        assert fake.requests[0].headers.get("x-goog-api-key") == TEST_KEY
    finally:
        assert daemon.stop() == 0
    # a new daemon on the same state directory answers from the saved cache, asking nobody
    again = start(tmp_path, fake)
    try:
        answer = ask(again.address)
        assert (answer.label, answer.tier) == ("Workflow Error", pb.TIER_LLM_CACHE)
        assert len(fake.requests) == 1
    finally:
        again.stop()
