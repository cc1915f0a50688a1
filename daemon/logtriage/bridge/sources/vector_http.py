"""`logtriage-bridge vector`: NDJSON over HTTP in (Vector's `http` sink), labelled records out to Vector's
`http_server` source (NDJSON POST) or to any Forward receiver. The sink gets its 2xx only once the next hop
took the records; 503 (next hop down) and 429 (too much held) make Vector retry the request."""

from __future__ import annotations

import asyncio
import contextlib
import json
import math
import re
import ssl
import struct
import time
from datetime import datetime
from typing import Any

import msgpack
import structlog

from ..codecs.http11 import HttpClient, HttpError, Request, response
from ..delivery import ByteBudget, Deliverer, DeliveryError, Outgoing, Rejected
from ..labeller import DaemonLabeller
from ..labels import label_fields, make_query
from ..settings import DeliverySettings, Endpoint, LabelSettings
from .http_server import HttpServer

log = structlog.get_logger("logtriage.bridge.vector")

NDJSON = "application/x-ndjson"
_FRACTION = re.compile(r"\.(\d+)")


class NdjsonTransport:
    """POSTs each batch as one NDJSON body; any 2xx is the acknowledgement."""

    def __init__(self, url: str, ssl_context: ssl.SSLContext | None, timeout_s: float) -> None:
        self.client = HttpClient(url, ssl_context)
        self.timeout_s = timeout_s
        self.description = url

    async def send(self, items: list[Outgoing]) -> None:
        body = b"".join(line for item in items for line in item.payload)
        try:
            status, reply = await asyncio.wait_for(self.client.post(body, NDJSON), self.timeout_s)
        except TimeoutError:
            await self.client.close()
            raise DeliveryError(f"no answer within {self.timeout_s}s") from None
        if not 200 <= status < 300:
            text = f"answered {status}: {reply[:200].decode('utf-8', 'replace')}"
            if 400 <= status < 500 and status not in (408, 429):  # the content is refused: resending cannot help
                raise Rejected(text)
            raise DeliveryError(text)

    async def close(self) -> None:
        await self.client.close()


class VectorBridge:
    def __init__(
        self,
        listen: Endpoint,
        labeller: DaemonLabeller,
        deliverer: Deliverer,
        labels: LabelSettings,
        delivery: DeliverySettings,
        *,
        forward_output: bool,
        server_ssl: ssl.SSLContext | None = None,
        delivery_timeout_s: float = 30.0,
    ) -> None:
        self.listen = listen
        self.labeller = labeller
        self.deliverer = deliverer
        self.labels = labels
        self.delivery = delivery
        self.forward_output = forward_output
        self.server_ssl = server_ssl
        self.delivery_timeout_s = delivery_timeout_s
        self.budget = ByteBudget(delivery.max_held_bytes)
        self._http = HttpServer(listen, self._answer, server_ssl, delivery.max_frame_bytes)

    async def start(self) -> None:
        await self._http.start()
        log.info("vector bridge listening", listen=str(self.listen), tls=self.server_ssl is not None)

    async def close(self, grace_s: float = 10.0) -> None:
        await self._http.close(grace_s)

    async def _answer(self, request: Request) -> bytes:
        status, body, headers = await self._handle(request)
        return response(status, body, keep_alive=request.keep_alive, headers=headers)

    async def _handle(self, request: Request) -> tuple[int, bytes, dict[str, str]]:
        if request.method in ("GET", "HEAD") and request.path in ("/health", "/healthz"):
            return 200, b"ok\n", {}
        if request.method not in ("POST", "PUT"):
            return 405, b"POST newline-delimited JSON\n", {"Allow": "POST, PUT"}
        try:
            events = parse_events(request.body)
        except HttpError as exc:
            log.warning("bad request", status=exc.status, error=str(exc))
            return exc.status, f"{exc}\n".encode(), {}
        if not events:
            return 200, b"", {}
        size = len(request.body)
        if not self.budget.try_acquire(size):
            return 429, b"bridge holds too much for the next hop; retry\n", {"Retry-After": "1"}
        try:
            tag = request.path.strip("/") or "vector"
            limit = self.labeller.settings.max_message_chars
            queries = [make_query(e, tag, self.labels, limit) if isinstance(e, dict) else None for e in events]
            answers = await self.labeller.label(queries)
            for event, answer in zip(events, answers, strict=True):
                if isinstance(event, dict):
                    event.update(label_fields(answer, self.labels))
            try:
                item = self._outgoing(tag, events, size)
            except (ValueError, TypeError, OverflowError, RecursionError) as exc:  # msgpack: nested past 512
                return 400, f"events cannot be sent on: {exc}\n".encode(), {}
            self.deliverer.enqueue(item)
            try:
                delivered = await self.deliverer.wait(item, self.delivery_timeout_s)
            except Rejected as exc:
                return 400, f"the next hop refused these events: {exc}\n".encode(), {}
        finally:
            await self.budget.release(size)
        if delivered:
            return 200, b"", {}
        return (
            503,
            f"next hop {self.deliverer.transport.description} not taking records; retry\n".encode(),
            {"Retry-After": "2"},
        )

    def _outgoing(self, tag: str, events: list[Any], size: int) -> Outgoing:
        if self.forward_output:
            item = Outgoing.new((msgpack.packb(tag), msgpack.packb({})), size)
            item.fill([forward_entry(e) for e in events])
        else:
            item = Outgoing.new("ndjson", size)
            item.fill([json.dumps(e, ensure_ascii=False, separators=(",", ":")).encode() + b"\n" for e in events])
        return item


def parse_events(body: bytes) -> list[Any]:
    """NDJSON lines, or one JSON array (the sink's json codec without newline framing). Strict JSON: NaN and
    Infinity, lone surrogates (`"\\ud800"`) and nesting too deep to handle are refused (400) here, so that
    one such request fails alone instead of being held by a next hop that refuses it."""
    if body.lstrip()[:1] == b"[":
        events = _strict_json(body, "body is not a JSON array")
        events = events if isinstance(events, list) else [events]
    else:
        events = []
        for number, line in enumerate(body.split(b"\n"), 1):
            if line.strip():
                events.append(_strict_json(line, f"line {number} is not JSON", "; send codec json, newline_delimited"))
    if _SURROGATE_ESCAPE.search(body):
        for event in events:
            try:
                json.dumps(event, ensure_ascii=False).encode("utf-8")
            except UnicodeEncodeError:
                raise HttpError(400, "the body holds a lone UTF-16 surrogate (such as \\ud800), not text") from None
    return events


_SURROGATE_ESCAPE = re.compile(rb"\\u[dD][89a-fA-F]")


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


def _finite_float(text: str) -> float:
    value = float(text)
    if math.isinf(value):  # 1e999: Python reads it as inf, which no strict decoder takes back
        raise ValueError(f"{text} is out of range")
    return value


def _strict_json(text: bytes, what: str, hint: str = "") -> Any:
    try:
        return json.loads(text, parse_constant=_refuse_constant, parse_float=_finite_float)
    except RecursionError:
        raise HttpError(400, f"{what}: nested too deeply") from None
    except ValueError as exc:
        raise HttpError(400, f"{what} ({exc}){hint}") from None


def forward_entry(event: Any) -> bytes:
    """[EventTime, record]: the time from the event's `timestamp` (RFC 3339) if it has one, else now."""
    record = event if isinstance(event, dict) else {"message": event}
    seconds, nanos = _event_time(record.get("timestamp"))
    return msgpack.packb([msgpack.ExtType(0, struct.pack(">II", seconds, nanos)), record])


def _event_time(value: object) -> tuple[int, int]:
    if isinstance(value, str):
        match = _FRACTION.search(value)
        digits = match.group(1) if match else ""
        plain = _FRACTION.sub("", value, count=1).replace("Z", "+00:00")
        with contextlib.suppress(ValueError, OverflowError, OSError):
            seconds = int(datetime.fromisoformat(plain).timestamp())
            if 0 <= seconds < 1 << 32:
                return seconds, int((digits + "000000000")[:9])
    now = time.time_ns()
    return now // 1_000_000_000, now % 1_000_000_000
