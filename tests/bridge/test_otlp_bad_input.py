"""Bad OTLP input on the gRPC listener: a clear status, nothing lost, the bridge keeps serving; and what the
bridge reads from a record (message from string, map and other bodies; source from resource, attribute, scope)."""

from __future__ import annotations

import threading

import grpc
import pytest
from google.rpc import error_details_pb2, status_pb2
from opentelemetry.proto.collector.logs.v1 import logs_service_pb2 as ls

from ..conftest import free_port
from .otlp_peers import OtlpReceiver, attributes, export, one_record_request, start_otlp_bridge
from .peers import wait_until


def test_malformed_and_oversized_requests_are_refused_and_the_bridge_keeps_serving(
    otlp_receiver, stub_daemon, start_bridge
):
    bridge = start_otlp_bridge(start_bridge, otlp_receiver.target, stub_daemon.address, "--max-frame-bytes", "64K")
    with pytest.raises(grpc.RpcError) as malformed:
        export(bridge.address, b"\x0a\xff\xff\xff\x0f garbage")
    assert malformed.value.code() == grpc.StatusCode.INVALID_ARGUMENT
    assert "not an OTLP ExportLogsServiceRequest" in malformed.value.details()
    with pytest.raises(grpc.RpcError) as big:
        export(bridge.address, one_record_request("x" * 100_000))
    assert big.value.code() == grpc.StatusCode.RESOURCE_EXHAUSTED
    assert not otlp_receiver.bodies
    export(bridge.address, one_record_request())  # still serving
    assert len(otlp_receiver.records()) == 1


def test_empty_requests_succeed_and_nothing_is_forwarded(otlp_receiver, stub_daemon, start_bridge):
    bridge = start_otlp_bridge(start_bridge, otlp_receiver.target, stub_daemon.address)
    assert export(bridge.address, b"") == ls.ExportLogsServiceResponse()
    no_records = ls.ExportLogsServiceRequest()
    no_records.resource_logs.add().scope_logs.add().scope.name = "idle"
    assert export(bridge.address, no_records) == ls.ExportLogsServiceResponse()
    assert not otlp_receiver.bodies and not stub_daemon.calls


def test_non_utf8_bodies_are_labelled_from_their_text_and_passed_on_unchanged(otlp_receiver, stub_daemon, start_bridge):
    bridge = start_otlp_bridge(start_bridge, otlp_receiver.target, stub_daemon.address)
    request = one_record_request("disk error on sdXX")
    record = request.resource_logs[0].scope_logs[0].log_records.add()
    record.body.bytes_value = b"kernel: I/O error \xff"
    record.attributes.add(key="n").value.int_value = 2
    raw = request.SerializeToString().replace(b"disk error on sdXX", b"disk error on sd\xff\xfe")
    export(bridge.address, raw)
    (body,) = otlp_receiver.bodies
    assert b"disk error on sd\xff\xfe" in body  # the bytes as they came
    got = ls.ExportLogsServiceRequest.FromString(body.replace(b"sd\xff\xfe", b"sdXX"))
    first, second = got.resource_logs[0].scope_logs[0].log_records
    assert attributes(first)["logtriage.label"] == "stub:disk error on sd\ufffd\ufffd"
    assert second.body.bytes_value == b"kernel: I/O error \xff"
    assert attributes(second)["logtriage.label"] == "stub:kernel: I/O error \ufffd"


def test_message_and_source_are_read_from_body_resource_attribute_and_scope(otlp_receiver, stub_daemon, start_bridge):
    bridge = start_otlp_bridge(start_bridge, otlp_receiver.target, stub_daemon.address, "--source-key", "app")
    request = ls.ExportLogsServiceRequest()
    with_service = request.resource_logs.add()
    with_service.resource.attributes.add(key="service.name").value.string_value = "payments"
    scope = with_service.scope_logs.add()
    scope.scope.name = "payments.http"
    mapped = scope.log_records.add()
    mapped.body.kvlist_value.values.add(key="level").value.string_value = "warn"
    mapped.body.kvlist_value.values.add(key="message").value.string_value = "card declined"
    number = scope.log_records.add()
    number.body.int_value = 42
    scope.log_records.add()  # no body: Unclassified without asking
    anonymous = request.resource_logs.add()
    scope2 = anonymous.scope_logs.add()
    scope2.scope.name = "batch.jobs"
    by_attribute = scope2.log_records.add()
    by_attribute.body.string_value = "job finished"
    by_attribute.attributes.add(key="app").value.string_value = "nightly"
    by_scope = scope2.log_records.add()
    by_scope.body.array_value.values.add().string_value = "a"
    by_scope.body.array_value.values.add().int_value = 1
    by_scope.attributes.add(key="logtriage.label").value.string_value = "stale"  # replaced, not doubled
    export(bridge.address, request)
    assert stub_daemon.seen == [
        ("payments", "card declined"),
        ("payments", "42"),
        ("nightly", "job finished"),
        ("batch.jobs", '["a",1]'),
    ]
    labels = [attributes(r)["logtriage.label"] for _, _, r in otlp_receiver.records()]
    assert labels == ["stub:card declined", "stub:42", "Unclassified", "stub:job finished", 'stub:["a",1]']
    assert [kv.key for kv in otlp_receiver.records()[-1][2].attributes].count("logtriage.label") == 1
    assert attributes(otlp_receiver.records()[2][2])["logtriage.tier"] == "none"


def test_attribute_prefix_and_gzip_compressed_grpc(otlp_receiver, stub_daemon, start_bridge):
    bridge = start_otlp_bridge(start_bridge, otlp_receiver.target, stub_daemon.address, "--attribute-prefix", "triage")
    with grpc.insecure_channel(bridge.address, compression=grpc.Compression.Gzip) as channel:
        channel.unary_unary("/opentelemetry.proto.collector.logs.v1.LogsService/Export")(
            one_record_request().SerializeToString(), timeout=30
        )
    ((_, _, record),) = otlp_receiver.records()
    assert attributes(record)["triage.label"] == "stub:GET /cart 500 upstre"
    assert attributes(record)["triage.confidence"] == 0.75 and attributes(record)["triage.tier"] == "regex"


def test_memory_bound_gives_unavailable_at_once(stub_daemon, start_bridge):
    down = OtlpReceiver(free_port())  # never started
    bridge = start_otlp_bridge(
        start_bridge, down.target, stub_daemon.address, "--max-held-bytes", "1K", "--delivery-timeout", "3"
    )
    first: list[grpc.StatusCode] = []

    def hold() -> None:
        try:
            export(bridge.address, one_record_request("m" * 2000))
        except grpc.RpcError as exc:
            first.append(exc.code())

    holder = threading.Thread(target=hold)
    holder.start()
    wait_until(lambda: "next hop not taking records" in bridge.log(), 30, "the first request to be held")
    with pytest.raises(grpc.RpcError) as full:
        export(bridge.address, one_record_request())
    holder.join(30)
    assert full.value.code() == grpc.StatusCode.UNAVAILABLE and "holds too much" in full.value.details()
    retry = error_details_pb2.RetryInfo.FromString(dict(full.value.trailing_metadata())["google.rpc.retryinfo-bin"])
    assert retry.retry_delay.seconds >= 1  # the SDK's exporters wait that long before trying again
    status = status_pb2.Status.FromString(dict(full.value.trailing_metadata())["grpc-status-details-bin"])
    assert status.code == grpc.StatusCode.UNAVAILABLE.value[0] and status.details[0].Is(retry.DESCRIPTOR)
    assert first == [grpc.StatusCode.UNAVAILABLE]
