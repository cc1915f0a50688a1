"""Hostile HTTP into the Vector bridge: every malformed request gets a 4xx, one JSON log line and a clean close
(so a sender that retries on connection errors does not retry forever), and a poison request fails alone."""

from __future__ import annotations

import contextlib
import gzip
import json
import socket
import threading
import time

from .peers import HttpReceiver
from .test_vector_http import ndjson, post


def _exchange(address: str, raw: bytes) -> tuple[int, bool]:
    """Sends raw bytes; (status, closed cleanly): the answer read whole, then end of stream, not a reset."""
    host, port = address.rsplit(":", 1)
    with socket.create_connection((host, int(port)), timeout=20) as sock:
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):  # refused before it was all sent
            sock.sendall(raw)
        got = b""
        try:
            while chunk := sock.recv(65536):
                got += chunk
        except ConnectionResetError:
            return (int(got.split(b" ", 2)[1]) if got.startswith(b"HTTP/1.1 ") else 0), False
    status = int(got.split(b" ", 2)[1]) if got.startswith(b"HTTP/1.1 ") else 0
    return status, True


def _head(extra: str, body: bytes = b"") -> bytes:
    return f"POST /app HTTP/1.1\r\nHost: x\r\nConnection: close\r\n{extra}\r\n".encode() + body


CASES: list[tuple[str, bytes, int]] = [
    ("lone surrogate", _head("Content-Length: 18\r\n", b'{"message":"\\ud800"}'[:18] + b""), 400),
    ("deep JSON", _head(f"Content-Length: {200_001}\r\n", b"[" * 100_000 + b"]" * 100_000 + b"\n"), 400),
    ("superscript length", _head("Content-Length: \u00b2\r\n".encode("latin-1").decode("latin-1"), b"{}"), 400),
    ("negative chunk", _head("Transfer-Encoding: chunked\r\n", b"-5\r\nhello\r\n0\r\n\r\n"), 400),
    ("long header line", _head("X-Long: " + "a" * 200_000 + "\r\n"), 431),
    ("gzip bomb", _head("", b""), 413),  # body filled in below
]


def test_malformed_requests_get_a_4xx_a_json_log_line_and_a_clean_close(http_receiver, stub_daemon, start_bridge):
    bridge = start_bridge("vector", http_receiver.url, stub_daemon.address, "--max-frame-bytes", "1M")
    bomb = gzip.compress(b"{}\n" * (8 << 20))  # 24 MB of NDJSON in ~25 KB
    surrogate = b'{"message":"\\ud800"}\n'
    cases = {
        "lone surrogate": _head(f"Content-Length: {len(surrogate)}\r\n", surrogate),
        "deep JSON": CASES[1][1],
        "superscript length": b"POST /app HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Length: \xb2\r\n\r\n{}",
        "negative chunk": CASES[3][1],
        "long header line": CASES[4][1],
        "gzip bomb": _head(f"Content-Encoding: gzip\r\nContent-Length: {len(bomb)}\r\n", bomb),
    }
    expected = {name: status for name, _, status in CASES}
    for name, raw in cases.items():
        status, clean = _exchange(bridge.address, raw)
        assert (name, status, clean) == (name, expected[name], True)
    log = bridge.log()
    assert "Traceback" not in log
    refusals = [json.loads(line) for line in log.splitlines() if '"bad request"' in line]
    assert [r["status"] for r in refusals] == [expected[n] for n in cases]
    # and it still serves
    assert post(bridge.address, ndjson([{"message": "fine"}]))[0] == 200


class StrictReceiver(HttpReceiver):
    """Vector's http_server with a strict decoder: 400 for a body that is not strict JSON or holds 'poison'."""

    def status_for(self, body: bytes) -> int:
        try:
            for line in body.splitlines():
                json.loads(line, parse_constant=lambda c: (_ for _ in ()).throw(ValueError(c)))
        except ValueError:
            return 400
        return 400 if b"poison" in body else 200


def test_a_poison_request_fails_alone_with_400_and_never_holds_up_others(stub_daemon, start_bridge):
    strict = StrictReceiver().start()
    try:
        bridge = start_bridge("vector", strict.url, stub_daemon.address, "--delivery-timeout", "20")
        started = time.monotonic()
        status, body = post(bridge.address, b'{"x": NaN}\n')
        assert status == 400 and b"NaN" in body
        results: dict[str, int] = {}
        # a poison the bridge cannot see (the next hop refuses it) sent together with good requests
        senders = [
            threading.Thread(
                target=lambda k=k: results.__setitem__(k, post(bridge.address, ndjson([{"message": k}]))[0])
            )
            for k in ("poison pill", "good one", "good two", "good three")
        ]
        for t in senders:
            t.start()
        for t in senders:
            t.join(30)
        assert results == {"poison pill": 400, "good one": 200, "good two": 200, "good three": 200}
        assert time.monotonic() - started < 15  # nobody waited out the 20 s delivery timeout
        assert sorted(e["message"] for e in strict.events()) == ["good one", "good three", "good two"]
    finally:
        strict.stop()
