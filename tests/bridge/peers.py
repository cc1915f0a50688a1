"""The bridge's neighbours in tests: a Forward receiver that acks (the next hop), a raw Forward client (Fluent Bit's
side of the wire), a Vector http_server stand-in, a stub ClassifierService for fault injection, and the bridge
itself as a real subprocess. Each is written from the protocol, independently of the bridge's code."""

from __future__ import annotations

import gzip
import hashlib
import http.server
import os
import socket
import socketserver
import ssl
import struct
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from concurrent import futures
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import grpc
import msgpack

from logtriage.v1 import classifier_service_pb2 as pb
from logtriage.v1 import classifier_service_pb2_grpc as pb_grpc

from ..conftest import ROOT, free_port

DECODE = {"raw": False, "unicode_errors": "surrogateescape", "strict_map_key": False}


def wait_until(check: Callable[[], Any], timeout: float = 30.0, what: str = "condition") -> Any:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = check()
        if value:
            return value
        time.sleep(0.02)
    raise AssertionError(f"timed out after {timeout}s waiting for {what}")


def event_time(seconds: int, nanos: int) -> msgpack.ExtType:
    return msgpack.ExtType(0, struct.pack(">II", seconds, nanos))


def sha512_hex(*parts: bytes) -> str:
    h = hashlib.sha512()
    for p in parts:
        h.update(p)
    return h.hexdigest()


def as_bytes(value: Any) -> bytes:
    return value if isinstance(value, bytes) else str(value).encode("utf-8", "surrogateescape")


# --- the next hop -------------------------------------------------------------------------------------------


@dataclass
class Received:
    """One frame as the receiver got it: the tag, each entry's exact bytes, and the options."""

    tag: str
    entries: list[bytes]
    options: dict[str, Any]
    raw: bytes


def split_frame(frame: bytes) -> Received:
    u = msgpack.Unpacker(**DECODE)
    u.feed(frame)
    n = u.read_array_header()
    tag = u.unpack()
    start = u.tell()
    first = frame[start]
    if 0x90 <= first <= 0x9F or first in (0xDC, 0xDD):  # Forward mode
        count = u.read_array_header()
        entries = []
        for _ in range(count):
            s = u.tell()
            u.skip()
            entries.append(frame[s : u.tell()])
        options = u.unpack() if n == 3 else {}
    else:  # PackedForward (maybe compressed)
        body = as_bytes(u.unpack())
        options = u.unpack() if n == 3 else {}
        if options.get("compressed") == "gzip":
            body = gzip.decompress(body)
        bu = msgpack.Unpacker(**DECODE)
        bu.feed(body)
        entries = []
        while bu.tell() < len(body):
            s = bu.tell()
            bu.skip()
            entries.append(body[s : bu.tell()])
    return Received(tag, entries, options, frame)


class ForwardReceiver:
    """A Forward server that acks every chunk; `records()` lists what arrived. Can require a shared key or TLS."""

    def __init__(
        self,
        port: int | None = None,
        *,
        shared_key: str = "",
        ssl_context: ssl.SSLContext | None = None,
        hostname: str = "receiver",
        answer: bool = True,
    ) -> None:
        self.port = port or free_port()
        self.shared_key = shared_key
        self.ssl_context = ssl_context
        self.hostname = hostname
        self.answer = answer
        self.frames: list[Received] = []
        self.lock = threading.Lock()
        self._server: socketserver.ThreadingTCPServer | None = None

    @property
    def address(self) -> str:
        return f"127.0.0.1:{self.port}"

    def start(self) -> ForwardReceiver:
        receiver = self

        class Handler(socketserver.BaseRequestHandler):
            def handle(self) -> None:
                receiver._handle(self.request)

        socketserver.ThreadingTCPServer.allow_reuse_address = True
        self._server = socketserver.ThreadingTCPServer(("127.0.0.1", self.port), Handler)
        self._server.daemon_threads = True
        threading.Thread(target=self._server.serve_forever, daemon=True).start()
        return self

    def stop(self) -> None:
        if self._server:
            self._server.shutdown()
            self._server.server_close()
            self._server = None

    def _handle(self, sock: socket.socket) -> None:
        if self.ssl_context:
            sock = self.ssl_context.wrap_socket(sock, server_side=True)
        u = msgpack.Unpacker(**DECODE)
        buf = bytearray()
        offset = 0
        nonce = os.urandom(16)
        authed = not self.shared_key
        if not authed:
            sock.sendall(msgpack.packb(["HELO", {"nonce": nonce, "auth": b"", "keepalive": True}], use_bin_type=True))
        while True:
            try:
                data = sock.recv(1 << 16)
            except OSError:
                return
            if not data:
                return
            u.feed(data)
            buf += data
            while True:
                try:
                    obj = u.unpack()
                except msgpack.OutOfData:
                    break
                end = u.tell() - offset
                frame = bytes(buf[:end])
                del buf[:end]
                offset += end
                if not authed:
                    _, host, salt, dig = obj[:4]
                    if dig != sha512_hex(as_bytes(salt), host.encode(), nonce, self.shared_key.encode()):
                        sock.sendall(msgpack.packb(["PONG", False, "shared key mismatch", "", ""]))
                        return
                    mine = sha512_hex(as_bytes(salt), self.hostname.encode(), nonce, self.shared_key.encode())
                    sock.sendall(msgpack.packb(["PONG", True, "", self.hostname, mine]))
                    authed = True
                    continue
                received = split_frame(frame)
                with self.lock:
                    self.frames.append(received)
                if self.answer and "chunk" in received.options:
                    sock.sendall(msgpack.packb({"ack": received.options["chunk"]}))

    def records(self) -> list[tuple[str, Any, dict[str, Any]]]:
        """(tag, time, record) for every entry received, in order."""
        with self.lock:
            frames = list(self.frames)
        out = []
        for f in frames:
            for e in f.entries:
                t, record = msgpack.unpackb(e, **DECODE)
                out.append((f.tag, t, record))
        return out

    def wait_records(self, count: int, timeout: float = 60.0) -> list[tuple[str, Any, dict[str, Any]]]:
        wait_until(lambda: len(self.records()) >= count, timeout, f"{count} records at the receiver")
        return self.records()


# --- the sending side (Fluent Bit's out_forward, by hand) ---------------------------------------------------


class ForwardClient:
    """Sends frames and reads acks on one connection, as out_forward does."""

    def __init__(self, address: str, *, ssl_context: ssl.SSLContext | None = None, timeout: float = 30.0) -> None:
        host, port = address.rsplit(":", 1)
        sock = socket.create_connection((host, int(port)), timeout=timeout)
        self.sock = ssl_context.wrap_socket(sock, server_hostname=host) if ssl_context else sock
        self.unpacker = msgpack.Unpacker(**DECODE)

    def send(self, frame: bytes) -> None:
        self.sock.sendall(frame)

    def read(self) -> Any:
        while True:
            try:
                return self.unpacker.unpack()
            except msgpack.OutOfData:
                pass
            data = self.sock.recv(1 << 16)
            if not data:
                raise ConnectionError("the bridge closed the connection")
            self.unpacker.feed(data)

    def send_chunk(self, frame: bytes, chunk: str) -> None:
        self.send(frame)
        reply = self.read()
        assert reply == {"ack": chunk}, reply

    def handshake(self, shared_key: str, hostname: str = "fluent-bit") -> Any:
        helo = self.read()
        assert helo[0] == "HELO", helo
        nonce = as_bytes(helo[1]["nonce"])
        salt = os.urandom(16)  # Fluent Bit sends 16 raw bytes as a str
        digest = sha512_hex(salt, hostname.encode(), nonce, shared_key.encode())
        self.send(b"\x96\xa4PING" + msgpack.packb(hostname) + b"\xb0" + salt + msgpack.packb(digest) + b"\xa0\xa0")
        return self.read(), salt, nonce

    def close(self) -> None:
        self.sock.close()


def forward_frame(tag: str, entries: list[tuple[Any, dict[str, Any]]], chunk: str | None = None) -> bytes:
    options = {"chunk": chunk, "size": len(entries)} if chunk else None
    frame = [tag, [list(e) for e in entries]] + ([options] if options else [])
    return msgpack.packb(frame, use_bin_type=True)


# --- Vector's http_server source, by hand -------------------------------------------------------------------


class HttpReceiver:
    """Takes NDJSON POSTs and answers `status` (200 by default)."""

    def __init__(self, port: int | None = None) -> None:
        self.port = port or free_port()
        self.status = 200
        self.bodies: list[bytes] = []
        self._server: http.server.ThreadingHTTPServer | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/labelled"

    def status_for(self, body: bytes) -> int:
        """The answer to one POST; a receiver with a stricter decoder overrides it."""
        return self.status

    def start(self) -> HttpReceiver:
        receiver = self

        class Handler(http.server.BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers["Content-Length"]))
                status = receiver.status_for(body)
                if status < 300:
                    receiver.bodies.append(body)
                self.send_response(status)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, *args: Any) -> None:
                pass

        http.server.ThreadingHTTPServer.allow_reuse_address = True
        self._server = http.server.ThreadingHTTPServer(("127.0.0.1", self.port), Handler)
        self._server.daemon_threads = True
        threading.Thread(target=self._server.serve_forever, daemon=True).start()
        return self

    def stop(self) -> None:
        if self._server:
            self._server.shutdown()
            self._server.server_close()
            self._server = None

    def events(self) -> list[Any]:
        import json

        return [json.loads(line) for body in list(self.bodies) for line in body.splitlines() if line.strip()]


# --- a ClassifierService for fault injection ----------------------------------------------------------------


@dataclass
class StubDaemon:
    """Answers ClassifyBatch with a label made from the message ("stub:" + first 20 characters), so a test can
    check that every record got its own answer. `delay_s` makes it slow; `stop()` kills it mid-call."""

    port: int = field(default_factory=free_port)
    delay_s: float = 0.0
    fail: grpc.StatusCode | None = None
    calls: list[int] = field(default_factory=list)
    seen: list[tuple[str, str]] = field(default_factory=list)  # (source, message) of every record asked about
    _server: grpc.Server | None = None

    @property
    def address(self) -> str:
        return f"127.0.0.1:{self.port}"

    def start(self) -> StubDaemon:
        stub = self

        class Servicer(pb_grpc.ClassifierServiceServicer):
            def ClassifyBatch(self, request: pb.ClassifyBatchRequest, context: grpc.ServicerContext) -> Any:
                stub.calls.append(len(request.records))
                stub.seen.extend((r.source, r.message) for r in request.records)
                if stub.fail is not None:
                    context.abort(stub.fail, "stub told to fail")
                if stub.delay_s:
                    time.sleep(stub.delay_s)
                return pb.ClassifyBatchResponse(classifications=[stub_answer(r.message) for r in request.records])

        self._server = grpc.server(futures.ThreadPoolExecutor(8), options=[("grpc.so_reuseport", 0)])
        pb_grpc.add_ClassifierServiceServicer_to_server(Servicer(), self._server)
        self._server.add_insecure_port(self.address)
        self._server.start()
        return self

    def stop(self) -> None:
        if self._server:
            self._server.stop(0)
            self._server = None


def stub_answer(message: str) -> pb.Classification:
    tier = pb.TIER_REGEX if "error" in message.lower() else pb.TIER_MODEL
    return pb.Classification(label="stub:" + message[:20], tier=tier, confidence=0.75)


# --- the bridge, as a user runs it --------------------------------------------------------------------------


class BridgeProcess:
    def __init__(self, tmp: Path, mode: str, forward_to: str, server: str, *extra: str) -> None:
        self.port = free_port()
        self.address = f"127.0.0.1:{self.port}"
        self.log_path = tmp / f"bridge-{time.monotonic_ns()}.log"
        self._log = self.log_path.open("wb")
        env = {**os.environ, "PYTHONPATH": str(ROOT / "daemon")}
        self.proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "logtriage.bridge",
                mode,
                "--listen",
                self.address,
                "--forward-to",
                forward_to,
                "--server",
                server,
                "--log-level",
                "debug",
                *extra,
            ],
            stdout=self._log,
            stderr=subprocess.STDOUT,
            env=env,
            cwd=ROOT,
        )
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"bridge exited with {self.proc.returncode}:\n{self.log()}")
            if "bridge ready" in self.log():
                return
            time.sleep(0.05)
        raise TimeoutError(f"bridge not ready after 30s:\n{self.log()}")

    def log(self) -> str:
        return self.log_path.read_text(errors="replace")

    def stop(self) -> int:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(20)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(5)
        self._log.close()
        return self.proc.returncode
