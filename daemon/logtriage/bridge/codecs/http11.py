"""Just enough HTTP/1.1 for the Vector bridge: requests with Content-Length or chunked bodies, gzip/deflate
Content-Encoding, keep-alive; and a keep-alive client for posting NDJSON to Vector's http_server source."""

from __future__ import annotations

import asyncio
import re
import ssl
import zlib
from dataclasses import dataclass
from urllib.parse import urlsplit

from ..streams import close_quietly
from .forward import ExpandsTooFar, ProtocolError, gunzip

MAX_HEAD_BYTES = 64 << 10
MAX_HEADERS = 100
_CHUNK_SIZE = re.compile(rb"[0-9a-fA-F]{1,16}")
REASONS = {
    100: "Continue",
    200: "OK",
    400: "Bad Request",
    404: "Not Found",
    405: "Method Not Allowed",
    411: "Length Required",
    413: "Content Too Large",
    415: "Unsupported Media Type",
    429: "Too Many Requests",
    431: "Request Header Fields Too Large",
    500: "Internal Server Error",
    503: "Service Unavailable",
}


class HttpError(Exception):
    """A request the bridge refuses; answered with `status` and the message as the body."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status


@dataclass(slots=True)
class Request:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes
    keep_alive: bool


async def _read_head(reader: asyncio.StreamReader) -> tuple[str, dict[str, str]] | None:
    """The start line and the headers (names lowercased); None at a clean end of stream."""
    try:
        start = await reader.readline()
    except (asyncio.LimitOverrunError, ValueError):
        raise HttpError(400, "request line too long") from None
    if not start:
        return None
    if not start.endswith(b"\n"):
        raise HttpError(400, "connection closed inside the request line")
    headers: dict[str, str] = {}
    total = len(start)
    while True:
        try:
            line = await reader.readline()
        except (asyncio.LimitOverrunError, ValueError):
            raise HttpError(431, "a header line is longer than the reader's 64 KiB limit") from None
        total += len(line)
        if total > MAX_HEAD_BYTES or len(headers) > MAX_HEADERS:
            raise HttpError(431, f"request head larger than {MAX_HEAD_BYTES} bytes or {MAX_HEADERS} headers")
        if line in (b"\r\n", b"\n"):
            break
        if not line.endswith(b"\n"):
            raise HttpError(400, "connection closed inside the headers")
        name, sep, value = line.decode("latin-1").partition(":")
        if not sep:
            raise HttpError(400, f"malformed header line {line[:60]!r}")
        name = name.strip().lower()
        headers[name] = f"{headers[name]}, {value.strip()}" if name in headers else value.strip()
    return start.decode("latin-1").strip(), headers


async def _read_body(reader: asyncio.StreamReader, headers: dict[str, str], max_bytes: int) -> bytes:
    if "chunked" in headers.get("transfer-encoding", "").lower():
        parts: list[bytes] = []
        size = 0
        while True:
            try:
                line = await reader.readline()
            except (asyncio.LimitOverrunError, ValueError):
                raise HttpError(400, "chunk size line too long") from None
            digits = line.split(b";", 1)[0].strip()
            if not _CHUNK_SIZE.fullmatch(digits):  # int() would also take "-5", "+5", "0x5" and "1_0"
                raise HttpError(400, f"bad chunk size line {line[:40]!r}")
            n = int(digits, 16)
            if n == 0:
                while (trailer := await reader.readline()) not in (b"\r\n", b"\n", b""):
                    del trailer
                return b"".join(parts)
            size += n
            if size > max_bytes:
                raise HttpError(413, f"body larger than {max_bytes} bytes")
            parts.append(await reader.readexactly(n))
            if await reader.readexactly(2) != b"\r\n":
                raise HttpError(400, "chunk data not followed by CRLF")
    length = headers.get("content-length")
    if length is None:
        return b""
    if not (length.isascii() and length.isdigit()):  # str.isdigit() alone takes "²"
        raise HttpError(400, f"bad Content-Length {length!r}")
    if int(length) > max_bytes:
        raise HttpError(413, f"body of {length} bytes is larger than {max_bytes}; lower the sink's batch.max_bytes")
    return await reader.readexactly(int(length))


def decode_content(body: bytes, encoding: str, max_bytes: int) -> bytes:
    encoding = encoding.strip().lower()
    if encoding in ("", "identity"):
        return body
    try:
        if encoding in ("gzip", "x-gzip"):
            return gunzip(body, max_bytes)
        if encoding == "deflate":
            d = zlib.decompressobj()
            out = d.decompress(body, max_bytes + 1)
            if len(out) > max_bytes or d.unconsumed_tail:
                raise HttpError(413, f"body expands past {max_bytes} bytes")
            return out
    except ExpandsTooFar:
        raise HttpError(413, f"the {encoding} body expands past {max_bytes} bytes; send smaller batches") from None
    except (ProtocolError, zlib.error) as exc:
        raise HttpError(400, f"body is not valid {encoding}: {exc}") from None
    raise HttpError(415, f"Content-Encoding {encoding!r} is not supported; set the sink's compression to gzip or none")


async def read_request(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, max_body: int) -> Request | None:
    head = await _read_head(reader)
    if head is None:
        return None
    start, headers = head
    parts = start.split(" ")
    if len(parts) != 3 or not parts[2].startswith("HTTP/1."):
        raise HttpError(400, f"malformed request line {start[:80]!r}")
    method, target, version = parts
    if headers.get("expect", "").lower() == "100-continue":
        writer.write(b"HTTP/1.1 100 Continue\r\n\r\n")
    body = await _read_body(reader, headers, max_body)
    body = decode_content(body, headers.get("content-encoding", ""), max_body)
    connection = headers.get("connection", "").lower()
    keep_alive = connection != "close" if version == "HTTP/1.1" else connection == "keep-alive"
    return Request(method.upper(), urlsplit(target).path or "/", headers, body, keep_alive)


def response(
    status: int,
    body: bytes = b"",
    *,
    keep_alive: bool = True,
    headers: dict[str, str] | None = None,
    content_type: str = "text/plain; charset=utf-8",
) -> bytes:
    lines = [
        f"HTTP/1.1 {status} {REASONS.get(status, 'Status')}",
        f"Content-Length: {len(body)}",
        f"Content-Type: {content_type}",
        f"Connection: {'keep-alive' if keep_alive else 'close'}",
    ]
    lines += [f"{k}: {v}" for k, v in (headers or {}).items()]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + body


class HttpClient:
    """POSTs to one base URL over a kept-alive connection; reconnects when the server closes it."""

    def __init__(self, url: str, ssl_context: ssl.SSLContext | None = None) -> None:
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise ValueError(f"{url!r} is not an http:// or https:// URL")
        self.host = parts.hostname
        self.port = parts.port or (443 if parts.scheme == "https" else 80)
        self.path = parts.path or "/"
        self.ssl = ssl_context if parts.scheme == "https" else None
        if parts.scheme == "https" and self.ssl is None:
            self.ssl = ssl.create_default_context()
        self._reader: asyncio.StreamReader | None = None
        self._writer: asyncio.StreamWriter | None = None

    async def post(self, body: bytes, content_type: str) -> tuple[int, bytes]:
        if self._writer is None:
            self._reader, self._writer = await asyncio.open_connection(
                self.host, self.port, ssl=self.ssl, server_hostname=self.host if self.ssl else None
            )
        assert self._reader is not None
        head = (
            f"POST {self.path} HTTP/1.1\r\nHost: {self.host}:{self.port}\r\nContent-Type: {content_type}\r\n"
            f"Content-Length: {len(body)}\r\nConnection: keep-alive\r\n\r\n"
        )
        try:
            self._writer.write(head.encode("latin-1") + body)
            await self._writer.drain()
            got = await _read_head(self._reader)
            if got is None:
                raise ConnectionError("the server closed the connection without answering")
            status_line, headers = got
            status = int(status_line.split(" ")[1])
            if "content-length" in headers or "chunked" in headers.get("transfer-encoding", ""):
                reply = await _read_body(self._reader, headers, 1 << 20)
            else:
                reply = await self._reader.read(1 << 20)
                headers["connection"] = "close"
        except (HttpError, ValueError, IndexError, asyncio.IncompleteReadError) as exc:
            await self.close()
            raise ConnectionError(f"bad HTTP response: {exc}") from None
        except BaseException:
            await self.close()
            raise
        if headers.get("connection", "").lower() == "close":
            await self.close()
        return status, reply

    async def close(self) -> None:
        writer, self._writer, self._reader = self._writer, None, None
        await close_quietly(writer)
