"""The next OTLP receiver: Export requests sent on over OTLP/gRPC (`grpc://`, `grpcs://`) or OTLP/HTTP protobuf
(`http://`, `https://`). Each send either returns the receiver's partial_success, raises `NextHopDown` (worth
another try: unreachable, UNAVAILABLE, 429/502/503/504, no answer in time) or `NextHopRefused` (the receiver
refused the records for good; the sender is told the same)."""

from __future__ import annotations

import asyncio
import ssl
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import grpc

from ..codecs.http11 import HttpClient
from ..codecs.otlp import EXPORT_METHOD, partial_success
from ..delivery import Exporter, NextHopDown, NextHopRefused
from ..settings import SettingsError, TlsFiles

PROTOBUF = "application/x-protobuf"
# OTLP/gRPC: the codes a client retries (RESOURCE_EXHAUSTED too: the receiver is full for now).
GRPC_RETRYABLE = frozenset(
    {
        grpc.StatusCode.CANCELLED,
        grpc.StatusCode.DEADLINE_EXCEEDED,
        grpc.StatusCode.ABORTED,
        grpc.StatusCode.OUT_OF_RANGE,
        grpc.StatusCode.UNAVAILABLE,
        grpc.StatusCode.DATA_LOSS,
        grpc.StatusCode.RESOURCE_EXHAUSTED,
    }
)
HTTP_RETRYABLE = frozenset({429, 502, 503, 504})
HTTP_TO_GRPC = {
    400: grpc.StatusCode.INVALID_ARGUMENT,
    401: grpc.StatusCode.UNAUTHENTICATED,
    403: grpc.StatusCode.PERMISSION_DENIED,
    404: grpc.StatusCode.UNIMPLEMENTED,
    413: grpc.StatusCode.RESOURCE_EXHAUSTED,
}


class GrpcExporter:
    """Unary LogsService/Export calls on one channel (HTTP/2 multiplexes concurrent calls)."""

    def __init__(self, target: str, tls: TlsFiles, max_message_bytes: int) -> None:
        scheme, _, address = target.partition("://")
        self.description = target
        options = [("grpc.max_send_message_length", max_message_bytes), ("grpc.max_receive_message_length", 4 << 20)]
        if scheme == "grpcs" or tls.enabled:
            if not tls.verify:
                raise SettingsError("--forward-tls-verify false: gRPC always verifies; use --forward-tls-ca")
            self.channel = grpc.aio.secure_channel(address, _channel_credentials(tls), options=options)
        else:
            self.channel = grpc.aio.insecure_channel(address, options=options)
        self._call: grpc.aio.UnaryUnaryMultiCallable[bytes, bytes] = self.channel.unary_unary(EXPORT_METHOD)

    async def export(self, body: bytes, timeout_s: float) -> tuple[int, str]:
        try:
            reply = await self._call(body, timeout=max(timeout_s, 0.05), wait_for_ready=False)
        except grpc.aio.AioRpcError as exc:
            text = f"{exc.code().name}: {exc.details()}"
            if exc.code() in GRPC_RETRYABLE:
                raise NextHopDown(text) from None
            raise NextHopRefused(exc.code(), f"next hop {self.description} refused the records: {text}") from None
        return partial_success(reply)

    async def close(self) -> None:
        await self.channel.close()


def _channel_credentials(tls: TlsFiles) -> grpc.ChannelCredentials:
    try:
        root = Path(tls.ca).read_bytes() if tls.ca else None
        cert = Path(tls.cert).read_bytes() if tls.cert else None
        key = Path(tls.key).read_bytes() if tls.key else None
    except OSError as exc:
        raise SettingsError(f"--forward-tls-*: {exc}") from exc
    return grpc.ssl_channel_credentials(root, key, cert)


class HttpExporter:
    """POST /v1/logs (protobuf) over a few kept-alive HTTP/1.1 connections, one request on each at a time."""

    def __init__(self, url: str, ssl_context: ssl.SSLContext | None, connections: int = 8) -> None:
        parts = urlsplit(url)
        if parts.path in ("", "/"):
            url = urlunsplit(parts._replace(path="/v1/logs"))
        self.url = url
        self.description = url
        self.ssl_context = ssl_context
        HttpClient(url, ssl_context)  # fails now on a URL it cannot use
        self._idle: list[HttpClient] = []
        self._slots = asyncio.Semaphore(connections)

    async def export(self, body: bytes, timeout_s: float) -> tuple[int, str]:
        async with self._slots:
            client = self._idle.pop() if self._idle else HttpClient(self.url, self.ssl_context)
            try:
                status, reply = await asyncio.wait_for(client.post(body, PROTOBUF), max(timeout_s, 0.05))
            except (OSError, TimeoutError) as exc:
                await client.close()
                raise NextHopDown(str(exc) or type(exc).__name__) from None
            self._idle.append(client)
        if 200 <= status < 300:
            return partial_success(reply)
        text = f"answered {status}: {reply[:300].decode('utf-8', 'replace')}"
        if status in HTTP_RETRYABLE:
            raise NextHopDown(text)
        code = HTTP_TO_GRPC.get(status, grpc.StatusCode.INTERNAL if status >= 500 else grpc.StatusCode.INVALID_ARGUMENT)
        raise NextHopRefused(code, f"next hop {self.description} refused the records: {text}")

    async def close(self) -> None:
        idle, self._idle = self._idle, []
        for client in idle:
            await client.close()


def make_exporter(target: str, tls: TlsFiles, max_message_bytes: int) -> Exporter:
    if target.startswith(("grpc://", "grpcs://")):
        return GrpcExporter(target, tls, max_message_bytes)
    if target.startswith(("http://", "https://")):
        context = tls.client_context("--forward-tls") if tls.enabled else None
        return HttpExporter(target, context)
    raise SettingsError(
        f"--forward-to {target!r}: the next OTLP receiver is grpc://HOST:PORT (OTLP/gRPC) or "
        "http://HOST:PORT/v1/logs (OTLP/HTTP); grpcs:// and https:// for TLS"
    )
