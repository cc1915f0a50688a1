"""OTLP/HTTP in: POST /v1/logs with `application/x-protobuf` or `application/json` bodies (gzip or deflate
Content-Encoding), answered in the request's encoding: an ExportLogsServiceResponse on success, a google.rpc.Status
on failure (503 with Retry-After while the sender should retry)."""

from __future__ import annotations

import ssl

import grpc
import structlog

from ..codecs.http11 import HttpError, Request, response
from ..codecs.otlp import MalformedRequest, response_bytes, status_bytes
from ..codecs.otlp_json import request_from_json, response_json, status_json
from ..settings import Endpoint
from .http_server import HttpServer
from .otlp import OtlpPipeline, Outcome

log = structlog.get_logger("logtriage.bridge.otlp")

LOGS_PATH = "/v1/logs"
PROTOBUF = "application/x-protobuf"
JSON = "application/json"
HTTP_STATUS = {
    grpc.StatusCode.INVALID_ARGUMENT: 400,
    grpc.StatusCode.UNAUTHENTICATED: 401,
    grpc.StatusCode.PERMISSION_DENIED: 403,
    grpc.StatusCode.UNIMPLEMENTED: 404,
    grpc.StatusCode.RESOURCE_EXHAUSTED: 413,
    grpc.StatusCode.UNAVAILABLE: 503,
}


class HttpListener:
    def __init__(
        self, listen: Endpoint, pipeline: OtlpPipeline, server_ssl: ssl.SSLContext | None, max_body_bytes: int
    ) -> None:
        self.listen = listen
        self.pipeline = pipeline
        self.tls = server_ssl is not None
        self._http = HttpServer(listen, self._handle, server_ssl, max_body_bytes, refuse=_refusal)

    async def start(self) -> None:
        await self._http.start()
        log.info("otlp http listening", listen=str(self.listen), tls=self.tls)

    async def close(self, grace_s: float = 10.0) -> None:
        await self._http.close(grace_s)

    async def _handle(self, request: Request) -> bytes:
        keep = request.keep_alive
        if request.method in ("GET", "HEAD") and request.path in ("/health", "/healthz"):
            return response(200, b"ok\n", keep_alive=keep)
        if request.path != LOGS_PATH:
            return response(404, f"POST OTLP logs to {LOGS_PATH}\n".encode(), keep_alive=keep)
        if request.method != "POST":
            return response(405, b"POST OTLP logs\n", keep_alive=keep, headers={"Allow": "POST"})
        # the first media type (a header sent twice arrives joined with ", "), without parameters
        media = request.headers.get("content-type", "").split(",", 1)[0].split(";", 1)[0].strip().lower()
        if media not in (PROTOBUF, JSON):
            text = f"Content-Type {media or 'missing'}: send {PROTOBUF} or {JSON}\n"
            return response(415, text.encode(), keep_alive=keep)
        body = request.body
        if media == JSON:
            try:
                body = request_from_json(body)
            except MalformedRequest as exc:
                return _answer(Outcome(grpc.StatusCode.INVALID_ARGUMENT, str(exc)), media, keep)
        return _answer(await self.pipeline.export(body), media, keep)


def _refusal(exc: HttpError) -> bytes:
    code = grpc.StatusCode.RESOURCE_EXHAUSTED if exc.status == 413 else grpc.StatusCode.INVALID_ARGUMENT
    return response(exc.status, status_bytes(code.value[0], str(exc)), keep_alive=False, content_type=PROTOBUF)


def _answer(outcome: Outcome, media: str, keep_alive: bool) -> bytes:
    as_json = media == JSON
    if outcome.ok:
        encode = response_json if as_json else response_bytes
        return response(200, encode(outcome.rejected, outcome.message), keep_alive=keep_alive, content_type=media)
    status = HTTP_STATUS.get(outcome.code, 500)
    headers = {"Retry-After": str(outcome.retry_after_s)} if outcome.retry_after_s else None
    if as_json:
        body = status_json(outcome.code.value[0], outcome.message, outcome.retry_after_s)
    else:
        body = status_bytes(outcome.code.value[0], outcome.message, outcome.retry_after_s)
    return response(status, body, keep_alive=keep_alive, headers=headers, content_type=media)
