"""The gRPC API as a client in any language sees it: a real daemon on loopback."""

from __future__ import annotations

import threading
import time

import grpc
import pytest
from grpc_health.v1 import health_pb2, health_pb2_grpc
from grpc_reflection.v1alpha import reflection_pb2, reflection_pb2_grpc

from logtriage.v1 import classifier_service_pb2 as pb
from logtriage.v1 import classifier_service_pb2_grpc as pb_grpc

from ..labels import LABELS as LABEL_TUPLE

LABELS = set(LABEL_TUPLE)


@pytest.fixture(scope="module")
def channel(daemon_address: str):
    with grpc.insecure_channel(daemon_address, options=[("grpc.max_send_message_length", 64 << 20)]) as ch:
        yield ch


@pytest.fixture(scope="module")
def stub(channel: grpc.Channel) -> pb_grpc.ClassifierServiceStub:
    return pb_grpc.ClassifierServiceStub(channel)


def record(message: str, source: str = "app") -> pb.LogRecord:
    return pb.LogRecord(source=source, message=message)


def test_health_serving_and_reflection_lists_the_service(channel: grpc.Channel) -> None:
    health = health_pb2_grpc.HealthStub(channel)
    for service in ("", "logtriage.v1.ClassifierService"):
        reply = health.Check(health_pb2.HealthCheckRequest(service=service), timeout=5)
        assert reply.status == health_pb2.HealthCheckResponse.SERVING
    refl = reflection_pb2_grpc.ServerReflectionStub(channel)
    replies = list(refl.ServerReflectionInfo(iter([reflection_pb2.ServerReflectionRequest(list_services="")])))
    names = {s.name for s in replies[0].list_services_response.service}
    assert {"logtriage.v1.ClassifierService", "grpc.health.v1.Health"} <= names


def test_get_info_reports_labels_rules_and_model(stub: pb_grpc.ClassifierServiceStub) -> None:
    info = stub.GetInfo(pb.GetInfoRequest(), timeout=5)
    assert set(info.labels) >= LABELS
    assert "Unclassified" in info.labels
    assert info.rule_count > 0
    assert info.model_version
    assert 0 < info.model_threshold < 1
    assert info.llm_enabled is False


def test_classify_one_record_by_rule(stub: pb_grpc.ClassifierServiceStub) -> None:
    msg = "Failed password for invalid user admin from 203.0.113.9 port 52211 ssh2"
    reply = stub.Classify(pb.ClassifyRequest(record=record(msg, "sshd")), timeout=30)
    c = reply.classification
    assert (c.label, c.tier, c.confidence) == ("Security Alert", pb.TIER_REGEX, 1.0)
    assert c.rule_id == "sshd-failed-password"
    assert len(c.template_id) == 16


def test_batch_answers_in_order_and_second_time_from_cache(stub: pb_grpc.ClassifierServiceStub) -> None:
    messages = [
        '10.0.0.7 - - [25/Nov/2026:10:00:01 +0000] "GET /api/v1/orders/7731 HTTP/1.1" 200 512',
        "nightly backup of database crm_prod finished successfully in 341 seconds",
        "Disk usage on /var/lib/postgresql reached 93% of 500 GB",
        "module ReportGenerator is deprecated and will be removed in version 4.0",
    ]
    first = stub.ClassifyBatch(pb.ClassifyBatchRequest(records=[record(m) for m in messages]), timeout=60)
    assert len(first.classifications) == len(messages)
    assert first.classifications[0].label == "HTTP Status"
    assert all(c.label in LABELS | {"Unclassified"} for c in first.classifications)
    # the same templates with other numbers: answered from the template cache, same labels
    again = [m.replace("7731", "9").replace("341", "12").replace("93%", "95%") for m in messages]
    second = stub.ClassifyBatch(pb.ClassifyBatchRequest(records=[record(m) for m in again]), timeout=60)
    assert [c.label for c in second.classifications] == [c.label for c in first.classifications]
    for a, b in zip(first.classifications, second.classifications, strict=True):
        assert a.template_id == b.template_id
        if a.tier == pb.TIER_MODEL:
            assert b.tier == pb.TIER_CACHE


def test_stream_echoes_batch_ids_in_order(stub: pb_grpc.ClassifierServiceStub) -> None:
    def requests():
        for i in range(5):
            yield pb.ClassifyStreamRequest(
                batch_id=100 + i, records=[record(f"user U{i}{j} logged in from 10.0.0.{j}") for j in range(i + 1)]
            )

    replies = list(stub.ClassifyStream(requests(), timeout=60))
    assert [r.batch_id for r in replies] == [100, 101, 102, 103, 104]
    assert [len(r.classifications) for r in replies] == [1, 2, 3, 4, 5]


@pytest.mark.parametrize(
    "message",
    ["", " ", "\x00\x01\x02\x1b[31m\x7f" * 50, "é" * 1000, "a" * (10 << 20)],
    ids=["empty", "blank", "control-chars", "non-ascii", "10MB"],
)
def test_odd_messages_get_an_answer(stub: pb_grpc.ClassifierServiceStub, message: str) -> None:
    reply = stub.Classify(pb.ClassifyRequest(record=record(message, "nobody-routes-this")), timeout=60)
    assert reply.classification.label in LABELS | {"Unclassified"}


def test_malformed_protobuf_is_invalid_argument_and_server_keeps_serving(
    channel: grpc.Channel, stub: pb_grpc.ClassifierServiceStub
) -> None:
    raw = channel.unary_unary("/logtriage.v1.ClassifierService/ClassifyBatch")
    with pytest.raises(grpc.RpcError) as err:
        raw(b"\x0a\xff\xff\xff\xff\x0f garbage", timeout=10)
    assert err.value.code() == grpc.StatusCode.INVALID_ARGUMENT
    # a string field holding invalid UTF-8 (hand-encoded: LogRecord.message = b"\xff\xfe")
    bad_utf8 = bytes([0x0A, 0x06, 0x12, 0x04, 0x61, 0xFF, 0xFE, 0x62])
    with pytest.raises(grpc.RpcError) as err:
        raw(bad_utf8, timeout=10)
    assert err.value.code() == grpc.StatusCode.INVALID_ARGUMENT
    assert "UTF-8" in (err.value.details() or "")
    assert stub.GetInfo(pb.GetInfoRequest(), timeout=5).rule_count > 0


def test_request_over_the_size_limit_is_refused_cleanly(stub: pb_grpc.ClassifierServiceStub) -> None:
    huge = pb.ClassifyBatchRequest(records=[record("x" * (1 << 20)) for _ in range(40)])  # 40 MB > 32 MB
    with pytest.raises(grpc.RpcError) as err:
        stub.ClassifyBatch(huge, timeout=60)
    assert err.value.code() == grpc.StatusCode.RESOURCE_EXHAUSTED
    assert stub.Classify(pb.ClassifyRequest(record=record("user U1 logged in")), timeout=30).classification.label


def test_too_many_records_in_one_batch_is_invalid_argument(stub: pb_grpc.ClassifierServiceStub) -> None:
    with pytest.raises(grpc.RpcError) as err:
        stub.ClassifyBatch(pb.ClassifyBatchRequest(records=[record("a")] * 10_001), timeout=30)
    assert err.value.code() == grpc.StatusCode.INVALID_ARGUMENT
    assert "10000" in (err.value.details() or "")


def test_caller_deadline_is_honoured(stub: pb_grpc.ClassifierServiceStub) -> None:
    # thousands of never-seen templates need seconds of embedding; a 50 ms deadline must end the call
    fresh = [record(f"zq{i} unusual wording {chr(97 + i % 26) * (i % 7 + 1)} item{i}x") for i in range(3000)]
    started = time.monotonic()
    with pytest.raises(grpc.RpcError) as err:
        stub.ClassifyBatch(pb.ClassifyBatchRequest(records=fresh), timeout=0.05)
    assert err.value.code() == grpc.StatusCode.DEADLINE_EXCEEDED
    assert time.monotonic() - started < 5
    assert stub.Classify(pb.ClassifyRequest(record=record("user U2 logged in")), timeout=60).classification.label


def test_concurrent_batches_get_their_own_answers(stub: pb_grpc.ClassifierServiceStub) -> None:
    results: dict[int, list[str]] = {}

    def worker(n: int) -> None:
        msgs = [record(f"Failed password for user{n} from 10.0.{n}.{j} port 22 ssh2") for j in range(50)]
        reply = stub.ClassifyBatch(pb.ClassifyBatchRequest(records=msgs), timeout=60)
        results[n] = [c.label for c in reply.classifications]

    threads = [threading.Thread(target=worker, args=(n,)) for n in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(90)
    assert sorted(results) == list(range(8))
    assert all(labels == ["Security Alert"] * 50 for labels in results.values())
