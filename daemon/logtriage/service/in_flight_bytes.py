"""The bound on request bytes in work at once, checked before a request is parsed.

A request's bytes are counted from the moment gRPC hands them over until its answer is sent; one that
would take the count past `limit` is refused (RESOURCE_EXHAUSTED) without being parsed, unless nothing
else is in work, so that any request gRPC accepts (server.max_message_bytes) can be served alone.
Big buffers (a 30 MB request's bytes, its parsed strings) are kept out of the C heap: `fix_mmap_threshold()`
pins glibc's mmap threshold at 128 KiB, so each is its own mapping, returned to the system when freed
(by default glibc raises the threshold after the first big free and serves later ones from a heap that
does not shrink). Once the count falls back to zero after big requests, the heap is also trimmed, a
second later, when the call's buffers are gone: the daemon's RSS comes back near its idle figure.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import threading
import time
from types import TracebackType
from typing import Any

TRIM_AFTER_BYTES = 64 << 20  # trim once this much passed through since the last trim
TRIM_DELAY_S = 1.0  # the answer is sent and the request freed after the ticket is released
M_MMAP_THRESHOLD = -3  # mallopt parameter (malloc.h)
MMAP_THRESHOLD_BYTES = 128 << 10


class ByteBound:
    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.held = 0
        self._since_trim = 0
        self._lock = threading.Lock()  # the deserializer and the handler may run on different threads

    def admit(self, n: int) -> Ticket | None:
        with self._lock:
            if self.held and self.held + n > self.limit:
                return None
            self.held += n
            self._since_trim += n
        return Ticket(self, n)

    def release(self, n: int) -> None:
        with self._lock:
            self.held -= n
            trim = self.held == 0 and self._since_trim >= TRIM_AFTER_BYTES
            if trim:
                self._since_trim = 0
        if trim:
            threading.Thread(target=self._trim_when_idle, name="malloc-trim", daemon=True).start()

    def _trim_when_idle(self) -> None:
        time.sleep(TRIM_DELAY_S)
        if self.held == 0:
            _malloc_trim()


class Ticket:
    """Bytes held for one request; released once, by the handler or, should it never run, when dropped."""

    __slots__ = ("bound", "n")

    def __init__(self, bound: ByteBound, n: int) -> None:
        self.bound: ByteBound | None = bound
        self.n = n

    def release(self) -> None:
        bound, self.bound = self.bound, None
        if bound is not None:
            bound.release(self.n)

    def __del__(self) -> None:
        self.release()


class Admitted:
    """A parsed request and its ticket: `with admitted as message:` holds the bytes for the block."""

    __slots__ = ("message", "ticket")

    def __init__(self, message: Any, ticket: Ticket | None) -> None:
        self.message = message
        self.ticket = ticket

    def __enter__(self) -> Any:
        return self.message

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        self.message = None
        if self.ticket is not None:
            self.ticket.release()


class Refused:
    """Stands in for a request refused by the bound; it was not parsed."""

    __slots__ = ("held", "limit", "n")

    def __init__(self, n: int, bound: ByteBound) -> None:
        self.n, self.held, self.limit = n, bound.held, bound.limit

    def reason(self) -> str:
        return (
            f"{self.held} request bytes already in work and this one has {self.n} "
            f"(limit server.max_in_flight_bytes = {self.limit}); retry with backoff"
        )


def _libc() -> ctypes.CDLL | None:
    name = ctypes.util.find_library("c")
    try:
        return ctypes.CDLL(name) if name else None
    except OSError:
        return None


def _malloc_trim() -> None:
    libc = _libc()
    try:
        if libc is not None:
            libc.malloc_trim(0)
    except AttributeError:  # not glibc: nothing to trim
        return


def fix_mmap_threshold() -> bool:
    """Buffers of 128 KiB and more get a mapping of their own, given back when freed (glibc only)."""
    libc = _libc()
    try:
        return libc is not None and bool(libc.mallopt(M_MMAP_THRESHOLD, MMAP_THRESHOLD_BYTES))
    except AttributeError:
        return False
