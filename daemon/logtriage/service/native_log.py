"""Lines that C libraries (gRPC's core) write straight to file descriptor 2 join the JSON log.

gRPC's core logs through absl to fd 2, past Python's logging: a failed TLS handshake would put a
line like `I1201 10:07:26.443297 5937 ssl_transport_security.cc:2563] Handshake failed ...` between
the JSON lines, and a log shipper that parses JSON would choke on it. `capture()` points fd 2 at a
pipe; a thread reads it, passes JSON lines (structlog's own, written through sys.stderr) through as
they are, and turns every other line into a JSON entry `{"event": "grpc_native", "message": ...}`.
At exit the pipe is drained before the process ends, so no line is lost.
"""

from __future__ import annotations

import atexit
import contextlib
import json
import os
import sys
import threading
from datetime import UTC, datetime
from typing import IO

_LEVELS = {"I": "info", "W": "warning", "E": "error", "F": "critical", "D": "debug"}
_captured = False  # capture() ran in this process


def capture() -> None:
    """Once per process: fd 2 becomes a pipe read by a thread that writes JSON lines to the real stderr."""
    global _captured
    if _captured:
        return
    _captured = True
    sys.stderr.flush()
    real = os.dup(2)
    read_end, write_end = os.pipe()
    os.dup2(write_end, 2)
    os.close(write_end)
    out = os.fdopen(real, "wb", buffering=0)
    thread = threading.Thread(target=_pump, args=(read_end, out), name="native-log", daemon=True)
    thread.start()

    def drain() -> None:
        with contextlib.suppress(OSError, ValueError):
            sys.stderr.flush()
        os.dup2(real, 2)  # the pipe's last writer goes away: the thread reads to the end and stops
        thread.join(2.0)

    atexit.register(drain)


def _pump(read_end: int, out: IO[bytes]) -> None:
    with os.fdopen(read_end, "rb") as pipe:
        for raw in pipe:
            try:
                out.write(_as_json(raw))
            except Exception:  # the pump must never stop, or writers to fd 2 would block
                continue


def _as_json(raw: bytes) -> bytes:
    text = raw.rstrip(b"\n").decode("utf-8", "replace")
    if text.startswith("{") or not text.strip():
        return raw if raw.endswith(b"\n") else raw + b"\n"
    level = _LEVELS.get(text[:1], "info") if text[1:5].isdigit() else "error"
    entry = {
        "event": "grpc_native",
        "message": text,
        "level": level,
        "timestamp": datetime.now(UTC).isoformat().replace("+00:00", "Z"),
    }
    return (json.dumps(entry, ensure_ascii=False) + "\n").encode()
