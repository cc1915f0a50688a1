"""The OTLP/gRPC path: the real OpenTelemetry SDK's gRPC exporter -> logtriage-bridge otlp -> an OTLP/gRPC receiver.
Every record arrives once, labelled, with everything else as the SDK sent it; the sender is answered only after
the next hop took the records, with the next hop's partial_success; a down next hop means UNAVAILABLE."""

from __future__ import annotations

import grpc
import pytest

from .otlp_peers import (
    OtlpReceiver,
    SdkSender,
    attributes,
    export,
    one_record_request,
    start_otlp_bridge,
    without_labels,
)
from .peers import wait_until

TIERS = {"regex", "cache", "model", "llm", "none"}


def test_sdk_records_arrive_once_labelled_and_otherwise_unchanged(otlp_receiver, daemon_address, start_bridge):
    bridge = start_otlp_bridge(start_bridge, otlp_receiver.target, daemon_address)
    sender = SdkSender(bridge.address)
    messages = [
        "Failed password for root from 10.0.0.{} port 22 ssh2",
        "GET /api/items/{} HTTP/1.1 500 Internal Server Error",
        "Disk usage on /var at 9{}% of capacity",
        "User alice{} logged in",
    ]
    total = 10_000
    for n in range(total):
        sender.emit(n, messages[n % len(messages)].format(n % 10), severity=17 if n % 4 == 1 else 9)
    assert sender.flush(120)
    sender.shutdown()

    sent = {attributes(r)["n"]: (res, scope, r) for res, scope, r in sender.sent_records()}
    got = otlp_receiver.records()
    ids = [attributes(r)["n"] for _, _, r in got]
    assert sorted(ids) == list(range(total)), "records lost or doubled"
    for resource, scope, record in got:
        attrs = attributes(record)
        assert attrs["logtriage.tier"] in TIERS and attrs["logtriage.label"]
        assert 0.0 <= attrs["logtriage.confidence"] <= 1.0
        s_resource, s_scope, s_record = sent[attrs["n"]]
        assert resource == s_resource and scope == s_scope
        assert without_labels(record) == s_record  # body, time, severity, trace/span ids, flags, attributes
    by_request = [
        [attributes(r)["n"] for r in sl.log_records]
        for q in otlp_receiver.requests()
        for rl in q.resource_logs
        for sl in rl.scope_logs
    ]
    assert all(ids == sorted(ids) for ids in by_request), "order changed inside a request"
    labels = {attributes(r)["logtriage.label"] for _, _, r in got}
    assert "Security Alert" in labels and len(labels) >= 2


def test_partial_success_of_the_next_hop_is_passed_back(otlp_receiver, stub_daemon, start_bridge):
    otlp_receiver.reply.partial_success.rejected_log_records = 1
    otlp_receiver.reply.partial_success.error_message = "1 record too old"
    bridge = start_otlp_bridge(start_bridge, otlp_receiver.target, stub_daemon.address)
    reply = export(bridge.address, one_record_request())
    assert reply.partial_success.rejected_log_records == 1
    assert reply.partial_success.error_message == "1 record too old"
    ((_, _, record),) = otlp_receiver.records()
    assert attributes(record)["logtriage.label"] == "stub:GET /cart 500 upstre"


def test_receiver_started_late_gets_every_record_once(stub_daemon, start_bridge):
    late = OtlpReceiver()
    bridge = start_otlp_bridge(start_bridge, late.target, stub_daemon.address, "--delivery-timeout", "1")
    with pytest.raises(grpc.RpcError) as down:
        export(bridge.address, one_record_request())
    assert down.value.code() == grpc.StatusCode.UNAVAILABLE and "not taking records" in down.value.details()
    sender = SdkSender(bridge.address, timeout_s=20)
    for n in range(300):
        sender.emit(n, f"late record {n}")
    wait_until(lambda: sender.sent, 10, "the SDK's first export")
    late.start()
    try:
        assert sender.flush(60)
        sender.shutdown()
        ids = sorted(attributes(r)["n"] for _, _, r in late.records())
        assert ids == list(range(300))
        assert all(attributes(r)["logtriage.label"].startswith("stub:late record") for _, _, r in late.records())
    finally:
        late.stop()


def test_next_hop_refusing_is_passed_back_and_not_retried(otlp_receiver, stub_daemon, start_bridge):
    otlp_receiver.fail = grpc.StatusCode.INVALID_ARGUMENT
    bridge = start_otlp_bridge(start_bridge, otlp_receiver.target, stub_daemon.address)
    with pytest.raises(grpc.RpcError) as refused:
        export(bridge.address, one_record_request())
    assert refused.value.code() == grpc.StatusCode.INVALID_ARGUMENT
    assert "receiver told to fail" in refused.value.details()
