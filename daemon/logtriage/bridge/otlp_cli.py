"""`logtriage-bridge otlp` put together from its settings: the OTLP/gRPC and OTLP/HTTP listeners in front of one
pipeline (daemon labeller, next-hop exporter)."""

from __future__ import annotations

from typing import Any

from .codecs.otlp import ReadSettings
from .delivery import Exporter
from .labeller import DaemonLabeller
from .settings import SettingsError, TlsFiles, parse_endpoint
from .sinks.otlp import make_exporter
from .sources.otlp import GrpcListener, OtlpPipeline
from .sources.otlp_http import HttpListener

OFF = ("", "off", "none")


class OtlpBridge:
    def __init__(self, listeners: list[GrpcListener | HttpListener], exporter: Exporter) -> None:
        self.listeners = listeners
        self.exporter = exporter

    async def start(self) -> None:
        for listener in self.listeners:
            await listener.start()

    async def close(self) -> None:
        for listener in self.listeners:
            await listener.close()
        await self.exporter.close()


def otlp_bridge(v: dict[str, Any], labeller: DaemonLabeller, forward_tls: TlsFiles, server_tls: TlsFiles) -> OtlpBridge:
    grpc_listen = str(v["listen"])
    http_listen = str(v["http_listen"])
    if grpc_listen.lower() in OFF and http_listen.lower() in OFF:
        raise SettingsError("--listen and --http-listen are both off: the otlp bridge needs at least one listener")
    prefix = v["attribute_prefix"].strip(".")
    if not prefix:
        raise SettingsError("--attribute-prefix is empty: give a prefix such as logtriage")
    read = ReadSettings(v["message_keys"], v["source_key"], prefix, v["max_message_chars"])
    exporter = make_exporter(v["forward_to"], forward_tls, v["max_frame_bytes"])
    timeout_s = v["delivery_timeout"]
    pipeline = OtlpPipeline(labeller, exporter, read, v["max_held_bytes"], timeout_s, v["retry_max_delay"])
    server_ssl = server_tls.server_context("--tls-cert/--tls-key")  # checks the files before anything listens
    listeners: list[GrpcListener | HttpListener] = []
    if grpc_listen.lower() not in OFF:
        endpoint = parse_endpoint(grpc_listen, "--listen")
        listeners.append(GrpcListener(endpoint, pipeline, server_tls, v["max_frame_bytes"]))
    if http_listen.lower() not in OFF:
        endpoint = parse_endpoint(http_listen, "--http-listen")
        listeners.append(HttpListener(endpoint, pipeline, server_ssl, v["max_frame_bytes"]))
    return OtlpBridge(listeners, exporter)
