"""The OTLP/HTTP path: the real SDK's HTTP exporter (protobuf, gzip) and OTLP/JSON bodies -> logtriage-bridge otlp
-> an OTLP/HTTP receiver; answers in the request's encoding, 400/413/415 for what it cannot take, 503 with
Retry-After while the next hop is down; TLS on both listeners."""

from __future__ import annotations

import gzip
import http.client
import json
import ssl
from pathlib import Path

import grpc
import pytest
from google.rpc import error_details_pb2, status_pb2
from opentelemetry.exporter.otlp.proto.http import Compression
from opentelemetry.proto.collector.logs.v1 import logs_service_pb2 as ls

from ..conftest import free_port
from .otlp_peers import (
    OtlpReceiver,
    SdkSender,
    attributes,
    export,
    one_record_request,
    start_otlp_bridge,
    without_labels,
)

PROTOBUF = {"Content-Type": "application/x-protobuf"}
JSON = {"Content-Type": "application/json"}


def post(conn: http.client.HTTPConnection, body: bytes, headers: dict[str, str]) -> tuple[int, bytes, dict]:
    conn.request("POST", "/v1/logs", body=body, headers=headers)
    reply = conn.getresponse()
    return reply.status, reply.read(), dict(reply.getheaders())


def connect(address: str) -> http.client.HTTPConnection:
    host, port = address.rsplit(":", 1)
    return http.client.HTTPConnection(host, int(port), timeout=30)


def test_sdk_http_exporter_with_gzip_to_an_http_receiver(daemon_address, start_bridge):
    receiver = OtlpReceiver(http=True).start()
    try:
        bridge = start_otlp_bridge(start_bridge, receiver.target, daemon_address)
        sender = SdkSender(bridge.http_address, protocol="http", compression=Compression.Gzip)
        total = 3000
        for n in range(total):
            sender.emit(n, f"Connection refused to db-{n % 7}:5432 after 3 retries", severity=17)
        assert sender.flush(120)
        sender.shutdown()
        sent = {attributes(r)["n"]: (res, scope, r) for res, scope, r in sender.sent_records()}
        got = receiver.records()
        assert sorted(attributes(r)["n"] for _, _, r in got) == list(range(total))
        for resource, scope, record in got:
            assert attributes(record)["logtriage.label"] and attributes(record)["logtriage.tier"]
            assert (resource, scope, without_labels(record)) == sent[attributes(record)["n"]]
    finally:
        receiver.stop()


def test_otlp_json_in_with_hex_ids_and_json_answers(otlp_receiver, stub_daemon, start_bridge):
    otlp_receiver.reply.partial_success.rejected_log_records = 2
    otlp_receiver.reply.partial_success.error_message = "2 dropped"
    bridge = start_otlp_bridge(start_bridge, otlp_receiver.target, stub_daemon.address)
    document = {
        "resourceLogs": [
            {
                "resource": {"attributes": [{"key": "service.name", "value": {"stringValue": "web"}}]},
                "scopeLogs": [
                    {
                        "scope": {"name": "web.access", "version": "2"},
                        "logRecords": [
                            {
                                "timeUnixNano": "1700000000123456789",
                                "observedTimeUnixNano": "1700000000223456789",
                                "severityNumber": 17,
                                "severityText": "ERROR",
                                "traceId": "5b8efff798038103d269b633813fc60c",
                                "spanId": "eee19b7ec3c1b174",
                                "flags": 1,
                                "body": {"stringValue": "upstream timed out (110) while reading"},
                                "attributes": [{"key": "bytes", "value": {"intValue": "512"}}],
                                "unknownField": "ignored",
                            }
                        ],
                    }
                ],
            }
        ]
    }
    conn = connect(bridge.http_address)
    status, body, headers = post(conn, json.dumps(document).encode(), JSON)
    assert status == 200 and headers["Content-Type"] == "application/json"
    assert json.loads(body) == {"partialSuccess": {"rejectedLogRecords": "2", "errorMessage": "2 dropped"}}
    ((_, scope, record),) = otlp_receiver.records()
    assert record.trace_id == bytes.fromhex("5b8efff798038103d269b633813fc60c")
    assert record.span_id == bytes.fromhex("eee19b7ec3c1b174")
    assert (record.time_unix_nano, record.observed_time_unix_nano) == (1700000000123456789, 1700000000223456789)
    assert (record.severity_number, record.severity_text, record.flags) == (17, "ERROR", 1)
    assert attributes(record) == {
        "bytes": 512,
        "logtriage.label": "stub:upstream timed out (",
        "logtriage.tier": "model",
        "logtriage.confidence": 0.75,
    }
    assert scope.name == "web.access" and stub_daemon.seen == [("web", "upstream timed out (110) while reading")]
    status, body, _ = post(conn, b'{"resourceLogs": [{"scopeLogs": [{"logRecords": [{"traceId": "xyz"}]}]}]}', JSON)
    assert status == 400 and "traceId" in json.loads(body)["message"] and json.loads(body)["code"] == 3


def test_bad_bodies_get_400_413_415_and_the_connection_keeps_serving(otlp_receiver, stub_daemon, start_bridge):
    bridge = start_otlp_bridge(start_bridge, otlp_receiver.target, stub_daemon.address, "--max-frame-bytes", "64K")
    conn = connect(bridge.http_address)
    status, body, headers = post(conn, b"\x0a\xff\xff\xff\x0f", PROTOBUF)
    assert status == 400 and headers["Content-Type"] == "application/x-protobuf"
    assert status_pb2.Status.FromString(body).code == grpc.StatusCode.INVALID_ARGUMENT.value[0]
    status, body, _ = post(conn, b"{not json", JSON)
    assert status == 400 and "not JSON" in json.loads(body)["message"]
    assert post(conn, b"", {"Content-Type": "text/plain"})[0] == 415
    assert post(conn, b"", PROTOBUF)[:2] == (200, b"")  # empty request: success, nothing forwarded
    assert not otlp_receiver.bodies
    good = one_record_request().SerializeToString()
    status, body, _ = post(conn, gzip.compress(good), {**PROTOBUF, "Content-Encoding": "gzip"})  # same connection
    assert status == 200 and ls.ExportLogsServiceResponse.FromString(body) == ls.ExportLogsServiceResponse()
    assert len(otlp_receiver.records()) == 1
    big = one_record_request("y" * 100_000).SerializeToString()
    status, body, _ = post(connect(bridge.http_address), big, PROTOBUF)
    assert status == 413 and status_pb2.Status.FromString(body).code == grpc.StatusCode.RESOURCE_EXHAUSTED.value[0]


def test_next_hop_down_gives_503_with_retry_after(stub_daemon, start_bridge):
    down = OtlpReceiver(free_port(), http=True)  # never started
    bridge = start_otlp_bridge(start_bridge, down.target, stub_daemon.address, "--delivery-timeout", "0.5")
    status, body, headers = post(connect(bridge.http_address), one_record_request().SerializeToString(), PROTOBUF)
    assert status == 503 and int(headers["Retry-After"]) >= 1
    answer = status_pb2.Status.FromString(body)
    assert "not taking records" in answer.message and answer.details[0].Is(error_details_pb2.RetryInfo.DESCRIPTOR)


def test_tls_on_both_listeners(otlp_receiver, stub_daemon, start_bridge, certs):
    flags = ("--tls-cert", certs["cert"], "--tls-key", certs["key"])
    bridge = start_otlp_bridge(start_bridge, otlp_receiver.target, stub_daemon.address, *flags)
    credentials = grpc.ssl_channel_credentials(Path(certs["cert"]).read_bytes())
    sender = SdkSender(bridge.address.replace("127.0.0.1", "localhost"), credentials=credentials)
    sender.emit(1, "over grpc with tls")
    assert sender.flush(30)
    sender.shutdown()
    host, port = bridge.http_address.rsplit(":", 1)
    context = ssl.create_default_context(cafile=certs["cert"])
    conn = http.client.HTTPSConnection(host, int(port), timeout=30, context=context)
    assert post(conn, one_record_request("over https").SerializeToString(), PROTOBUF)[0] == 200
    labels = sorted(attributes(r)["logtriage.label"] for _, _, r in otlp_receiver.records())
    assert labels == ["stub:over grpc with tls", "stub:over https"]
    with grpc.insecure_channel(bridge.address) as plain, pytest.raises(grpc.RpcError) as refused:
        plain.unary_unary("/opentelemetry.proto.collector.logs.v1.LogsService/Export")(b"", timeout=3)
    assert refused.value.code() == grpc.StatusCode.UNAVAILABLE  # a plaintext sender is not served


@pytest.mark.parametrize("http", [False, True], ids=["grpcs", "https"])
def test_tls_to_the_next_hop(stub_daemon, start_bridge, certs, http):
    secure = OtlpReceiver(http=http, tls=(certs["cert"], certs["key"])).start()
    try:
        bridge = start_otlp_bridge(start_bridge, secure.target, stub_daemon.address, "--forward-tls-ca", certs["cert"])
        export(bridge.address, one_record_request("over tls to the next hop"))
        ((_, _, record),) = secure.records()
        assert attributes(record)["logtriage.label"] == "stub:over tls to the next"
    finally:
        secure.stop()
