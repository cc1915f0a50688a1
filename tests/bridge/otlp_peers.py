"""The OTLP bridge's neighbours in tests: the real OpenTelemetry Python SDK as the sender (its OTLP/gRPC and
OTLP/HTTP log exporters, with a copy of every request they sent), and a next-hop receiver built on
opentelemetry-proto (OTLP/gRPC LogsService and OTLP/HTTP /v1/logs) that keeps the exact bytes it got."""

from __future__ import annotations

import http.server
import ssl
import threading
from collections.abc import Callable
from concurrent import futures
from pathlib import Path
from typing import Any

import grpc
from opentelemetry import trace
from opentelemetry.exporter.otlp.proto.common._log_encoder import encode_logs
from opentelemetry.exporter.otlp.proto.grpc._log_exporter import OTLPLogExporter as GrpcLogExporter
from opentelemetry.exporter.otlp.proto.http._log_exporter import OTLPLogExporter as HttpLogExporter
from opentelemetry.proto.collector.logs.v1 import logs_service_pb2 as ls
from opentelemetry.proto.logs.v1 import logs_pb2
from opentelemetry.sdk._logs import LoggerProvider
from opentelemetry.sdk._logs.export import BatchLogRecordProcessor
from opentelemetry.sdk.resources import Resource

from ..conftest import free_port
from .peers import BridgeProcess

LABEL_KEYS = ("logtriage.label", "logtriage.tier", "logtriage.confidence")
SERVICE = ls.DESCRIPTOR.services_by_name["LogsService"]


class OtlpReceiver:
    """The next hop: OTLP/gRPC on `port`, or OTLP/HTTP when `http` is set. Answers every Export with `reply`
    (an ExportLogsServiceResponse, e.g. with partial_success) or fails it with `fail`."""

    def __init__(self, port: int | None = None, *, http: bool = False, tls: tuple[str, str] | None = None) -> None:
        self.port = port or free_port()
        self.http = http
        self.tls = tls  # (certificate, key) PEM files: serve TLS
        self.bodies: list[bytes] = []
        self.reply = ls.ExportLogsServiceResponse()
        self.fail: grpc.StatusCode | None = None
        self.lock = threading.Lock()
        self._grpc: grpc.Server | None = None
        self._http: http.server.ThreadingHTTPServer | None = None

    @property
    def target(self) -> str:
        secure = "s" if self.tls else ""
        host = "localhost" if self.tls else "127.0.0.1"
        return f"http{secure}://{host}:{self.port}/v1/logs" if self.http else f"grpc{secure}://{host}:{self.port}"

    def start(self) -> OtlpReceiver:
        if self.http:
            self._start_http()
        else:
            self._grpc = grpc.server(futures.ThreadPoolExecutor(4), options=[("grpc.so_reuseport", 0)])
            handler = grpc.unary_unary_rpc_method_handler(self._export_grpc)  # raw bytes: keeps them exact
            self._grpc.add_generic_rpc_handlers(
                (grpc.method_handlers_generic_handler(SERVICE.full_name, {"Export": handler}),)
            )
            if self.tls:
                cert, key = (Path(f).read_bytes() for f in self.tls)
                self._grpc.add_secure_port(f"127.0.0.1:{self.port}", grpc.ssl_server_credentials([(key, cert)]))
            else:
                self._grpc.add_insecure_port(f"127.0.0.1:{self.port}")
            self._grpc.start()
        return self

    def _export_grpc(self, body: bytes, context: grpc.ServicerContext) -> bytes:
        if self.fail is not None:
            context.abort(self.fail, "receiver told to fail")
        with self.lock:
            self.bodies.append(body)
        return self.reply.SerializeToString()

    def _start_http(self) -> None:
        receiver = self

        class Handler(http.server.BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers["Content-Length"]))
                assert self.path == "/v1/logs" and self.headers["Content-Type"] == "application/x-protobuf"
                status, reply = 200, receiver.reply.SerializeToString()
                if receiver.fail is not None:
                    status, reply = 503, b""
                else:
                    with receiver.lock:
                        receiver.bodies.append(body)
                self.send_response(status)
                self.send_header("Content-Type", "application/x-protobuf")
                self.send_header("Content-Length", str(len(reply)))
                self.end_headers()
                self.wfile.write(reply)

            def log_message(self, *args: Any) -> None:
                pass

        http.server.ThreadingHTTPServer.allow_reuse_address = True
        self._http = http.server.ThreadingHTTPServer(("127.0.0.1", self.port), Handler)
        self._http.daemon_threads = True
        if self.tls:
            context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
            context.load_cert_chain(*self.tls)
            self._http.socket = context.wrap_socket(self._http.socket, server_side=True)
        threading.Thread(target=self._http.serve_forever, daemon=True).start()

    def stop(self) -> None:
        if self._grpc:
            self._grpc.stop(0)
            self._grpc = None
        if self._http:
            self._http.shutdown()
            self._http.server_close()
            self._http = None

    def requests(self) -> list[ls.ExportLogsServiceRequest]:
        with self.lock:
            bodies = list(self.bodies)
        return [ls.ExportLogsServiceRequest.FromString(b) for b in bodies]

    def records(self) -> list[tuple[Any, Any, logs_pb2.LogRecord]]:
        """(resource, scope, record) of every record received, in order."""
        return [
            (rl.resource, sl.scope, r)
            for request in self.requests()
            for rl in request.resource_logs
            for sl in rl.scope_logs
            for r in sl.log_records
        ]


def attributes(record: logs_pb2.LogRecord) -> dict[str, Any]:
    out = {}
    for kv in record.attributes:
        kind = kv.value.WhichOneof("value")
        out[kv.key] = getattr(kv.value, kind) if kind else None
    return out


def without_labels(record: logs_pb2.LogRecord) -> logs_pb2.LogRecord:
    copy = logs_pb2.LogRecord()
    copy.CopyFrom(record)
    kept = [kv for kv in record.attributes if kv.key not in LABEL_KEYS]
    del copy.attributes[:]
    copy.attributes.extend(kept)
    return copy


class SdkSender:
    """A LoggerProvider for one service with a BatchLogRecordProcessor and the SDK's OTLP exporter (gRPC or
    HTTP) pointed at `address`; `sent` holds every ExportLogsServiceRequest the exporter was handed."""

    def __init__(
        self,
        address: str,
        *,
        protocol: str = "grpc",
        service: str = "checkout",
        timeout_s: float = 10,
        **exporter_args: Any,
    ) -> None:
        self.sent: list[ls.ExportLogsServiceRequest] = []
        self.results: list[Any] = []
        sender = self
        base: Any = GrpcLogExporter if protocol == "grpc" else HttpLogExporter

        class Capturing(base):  # type: ignore[misc, valid-type]
            def export(self, batch: Any) -> Any:
                sender.sent.append(encode_logs(batch))
                result = super().export(batch)
                sender.results.append(result)
                return result

        if protocol == "grpc":
            exporter_args.setdefault("insecure", "credentials" not in exporter_args)
            scheme = "http" if exporter_args["insecure"] else "https"
            exporter = Capturing(endpoint=f"{scheme}://{address}", timeout=timeout_s, **exporter_args)
        else:
            scheme = "https" if "certificate_file" in exporter_args else "http"
            exporter = Capturing(endpoint=f"{scheme}://{address}/v1/logs", timeout=timeout_s, **exporter_args)
        self.provider = LoggerProvider(
            resource=Resource.create({"service.name": service, "host.name": "web-1", "deployment.id": 7})
        )
        self.provider.add_log_record_processor(
            BatchLogRecordProcessor(
                exporter, max_queue_size=50_000, max_export_batch_size=512, schedule_delay_millis=50
            )
        )
        self.logger = self.provider.get_logger("shop.checkout", "1.4.2")

    def emit(self, n: int, body: Any, severity: int = 9, **attrs: Any) -> None:
        span = trace.NonRecordingSpan(
            trace.SpanContext(
                trace_id=0x5B8EFFF798038103D269B633813FC700 + n,
                span_id=0xEEE19B7EC3C1B100 + n,
                is_remote=False,
                trace_flags=trace.TraceFlags(1),
            )
        )
        self.logger.emit(
            body=body,
            severity_number=severity,  # type: ignore[arg-type]
            severity_text="INFO" if severity < 13 else "ERROR",
            attributes={"n": n, "http.route": "/cart", **attrs},
            context=trace.set_span_in_context(span),
            timestamp=1_700_000_000_000_000_000 + n,
        )

    def flush(self, timeout_s: float = 60) -> bool:
        return self.provider.force_flush(int(timeout_s * 1000))

    def shutdown(self) -> None:
        self.provider.shutdown()

    def sent_records(self) -> list[tuple[Any, Any, logs_pb2.LogRecord]]:
        return [
            (rl.resource, sl.scope, r)
            for request in self.sent
            for rl in request.resource_logs
            for sl in rl.scope_logs
            for r in sl.log_records
        ]


def start_otlp_bridge(
    start_bridge: Callable[..., BridgeProcess], forward_to: str, server: str, *flags: str
) -> BridgeProcess:
    """`logtriage-bridge otlp`: OTLP/gRPC on bridge.address, OTLP/HTTP on bridge.http_address."""
    http_port = free_port()
    bridge = start_bridge("otlp", forward_to, server, "--http-listen", f"127.0.0.1:{http_port}", *flags)
    bridge.http_address = f"127.0.0.1:{http_port}"  # type: ignore[attr-defined]
    return bridge


def export(address: str, request: bytes | ls.ExportLogsServiceRequest, timeout: float = 30) -> Any:
    """One Export call with opentelemetry-proto's own stub (bytes are sent as they are)."""
    body = request if isinstance(request, bytes) else request.SerializeToString()
    with grpc.insecure_channel(address) as channel:
        call = channel.unary_unary(
            f"/{SERVICE.full_name}/Export", response_deserializer=ls.ExportLogsServiceResponse.FromString
        )
        return call(body, timeout=timeout)


def one_record_request(body: str = "GET /cart 500 upstream error", n: int = 1) -> ls.ExportLogsServiceRequest:
    request = ls.ExportLogsServiceRequest()
    rl = request.resource_logs.add()
    rl.resource.attributes.add(key="service.name").value.string_value = "cart"
    sl = rl.scope_logs.add()
    sl.scope.name = "cart.http"
    record = sl.log_records.add(time_unix_nano=1_700_000_000_000_000_000 + n, severity_number=17)
    record.body.string_value = body
    record.attributes.add(key="n").value.int_value = n
    return request
