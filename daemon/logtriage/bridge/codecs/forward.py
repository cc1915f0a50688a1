"""Forward protocol v1 frames, read and written without re-encoding what the bridge does not change.

A frame is split from the byte stream whole, then read with byte offsets: the tag, each entry's time (an
integer, an EventTime ext, or Fluent Bit's `[time, metadata]`) and every record key/value the bridge does not
own travel on as the exact bytes that came in. Only the record map's header and the added pairs are new.
"""

from __future__ import annotations

import base64
import os
import struct
import zlib
from dataclasses import dataclass, field
from typing import Any, TypedDict

import msgpack

from ..labels import Label, packed_fields
from ..settings import LabelSettings


class DecodeOptions(TypedDict):
    """msgpack's decoding options for Forward bytes."""

    raw: bool
    unicode_errors: str
    strict_map_key: bool


DECODE: DecodeOptions = {"raw": False, "unicode_errors": "surrogateescape", "strict_map_key": False}
HEARTBEAT = b"\xc0"  # a msgpack nil: TCP heartbeat, no event
SIGNAL_LOGS = 0


class ProtocolError(Exception):
    """Bytes that are not a Forward frame; the connection that sent them is closed."""


class ExpandsTooFar(ProtocolError):
    """Compressed data that would expand past the limit (a decompression bomb)."""


@dataclass(slots=True)
class Entry:
    """One event. `head` is the entry's array header and time, exactly as received; `pairs` the record's
    key/value bytes minus the pairs the bridge owns. `values` holds the keys the bridge reads (message, source).
    An entry that is not `[time, map]` has `pairs is None` and `head` holds all of it, passed on untouched."""

    head: bytes
    pairs: bytes | None = None
    pair_count: int = 0
    values: dict[str, Any] = field(default_factory=dict)

    def labelled(self, label: Label, settings: LabelSettings) -> bytes:
        if self.pairs is None:
            return self.head
        added, extra = packed_fields(label, settings)
        return self.head + map_header(self.pair_count + added) + self.pairs + extra


@dataclass(slots=True)
class ForwardChunk:
    """One upstream frame: a tag and its events, or a metrics/traces payload passed through as is."""

    tag: str
    tag_bytes: bytes
    entries: list[Entry]
    options: dict[Any, Any]
    size: int
    signal_payload: bytes | None = None

    @property
    def chunk_id(self) -> object | None:
        return self.options.get("chunk")


class FrameSplitter:
    """Cuts a byte stream into whole msgpack objects without decoding them."""

    def __init__(self, max_frame_bytes: int) -> None:
        self.max_frame_bytes = max_frame_bytes
        self._unpacker = msgpack.Unpacker(max_buffer_size=max_frame_bytes, **DECODE)
        self._buffer = bytearray()
        self._offset = 0

    def feed(self, data: bytes) -> list[bytes]:
        try:
            self._unpacker.feed(data)
        except msgpack.BufferFull:
            raise ProtocolError(
                f"a frame is larger than {self.max_frame_bytes} bytes; raise --max-frame-bytes or send smaller chunks"
            ) from None
        self._buffer += data
        frames: list[bytes] = []
        while True:
            try:
                self._unpacker.skip()
            except msgpack.OutOfData:
                return frames
            except (ValueError, msgpack.UnpackException) as exc:
                raise ProtocolError(f"malformed msgpack in the stream: {exc or type(exc).__name__}") from None
            end = self._unpacker.tell() - self._offset
            frames.append(bytes(self._buffer[:end]))
            del self._buffer[:end]
            self._offset += end

    @property
    def pending_bytes(self) -> int:
        return len(self._buffer)

    def with_limit(self, max_frame_bytes: int) -> FrameSplitter:
        """A splitter with another frame limit that starts with this one's unfinished bytes."""
        other = FrameSplitter(max_frame_bytes)
        if self._buffer:
            rest = bytes(self._buffer)
            self._buffer.clear()
            if other.feed(rest):
                raise AssertionError("a whole frame was left in the splitter")
        return other


def decode_frame(frame: bytes, settings: LabelSettings, owned: frozenset[str], max_bytes: int) -> ForwardChunk:
    """Read one Message, Forward, PackedForward or CompressedPackedForward frame."""
    u = _unpacker(frame)
    try:
        n = u.read_array_header()
    except ValueError:
        raise ProtocolError("a Forward frame must be an array [tag, time|entries, ...]") from None
    if not 2 <= n <= 4:
        raise ProtocolError(f"a Forward frame has 2 to 4 elements, this one has {n}")
    tag_start = u.tell()
    tag = u.unpack()
    if not isinstance(tag, str):
        raise ProtocolError(f"the tag must be a string, got {type(tag).__name__}")
    body_start = u.tell()
    tag_bytes = frame[tag_start:body_start]
    kind = frame[body_start]
    wanted = frozenset(settings.message_keys) | {settings.source_key}

    if not (_is_array(kind) or _is_raw(kind)):  # Message mode: [tag, time, record, option?]
        if n < 3:
            raise ProtocolError("a Message frame is [tag, time, record, option?]")
        u.skip()
        entry = _read_record(u, frame, wanted, owned, head=b"\x92" + frame[body_start : u.tell()])
        options = _options(u.unpack() if n == 4 else None)
        return ForwardChunk(tag, tag_bytes, [entry], options, len(frame))

    if n == 4:
        raise ProtocolError("a Forward/PackedForward frame has at most 3 elements: [tag, entries, option]")
    u.skip()
    body = frame[body_start : u.tell()]
    options = _options(u.unpack() if n == 3 else None)
    if options.get("fluent_signal", SIGNAL_LOGS) != SIGNAL_LOGS:  # metrics or traces: not ours to label
        return ForwardChunk(tag, tag_bytes, [], options, len(frame), signal_payload=body)
    if _is_array(kind):
        bu = _unpacker(body)
        entries = [_read_entry(bu, body, wanted, owned) for _ in range(bu.read_array_header())]
        return ForwardChunk(tag, tag_bytes, entries, options, len(frame))
    packed = msgpack.unpackb(body, **DECODE)
    if isinstance(packed, str):
        packed = packed.encode("utf-8", "surrogateescape")
    if options.get("compressed") == "gzip":
        packed = gunzip(packed, max_bytes)
    elif options.get("compressed") not in (None, "text"):
        raise ProtocolError(f"compressed={options.get('compressed')!r} is not supported; use gzip")
    return ForwardChunk(tag, tag_bytes, _read_packed_entries(packed, wanted, owned), options, len(frame))


def _read_packed_entries(packed: bytes, wanted: frozenset[str], owned: frozenset[str]) -> list[Entry]:
    u = _unpacker(packed)
    entries = []
    while u.tell() < len(packed):
        try:
            entries.append(_read_entry(u, packed, wanted, owned))
        except (msgpack.OutOfData, ValueError, msgpack.UnpackException):
            raise ProtocolError("PackedForward entries are not a sequence of whole msgpack entries") from None
    return entries


def _read_entry(u: msgpack.Unpacker, buf: bytes, wanted: frozenset[str], owned: frozenset[str]) -> Entry:
    start = u.tell()
    try:
        n = u.read_array_header()
    except ValueError:
        u.skip()
        return Entry(head=buf[start : u.tell()])
    if n != 2:
        for _ in range(n):
            u.skip()
        return Entry(head=buf[start : u.tell()])
    u.skip()  # the time, or [time, metadata]
    return _read_record(u, buf, wanted, owned, head=buf[start : u.tell()])


def _read_record(u: msgpack.Unpacker, buf: bytes, wanted: frozenset[str], owned: frozenset[str], head: bytes) -> Entry:
    """The record map at the unpacker's position; not a map means the entry passes through unchanged."""
    start = u.tell()
    try:
        n = u.read_map_header()
    except ValueError:
        u.skip()
        return Entry(head=head + buf[start : u.tell()])
    body_start = run_start = u.tell()
    values: dict[str, Any] = {}
    kept: list[bytes] = []
    dropped = 0
    for _ in range(n):
        pair_start = u.tell()
        key = u.unpack()
        if isinstance(key, str) and key in wanted:
            values.setdefault(key, u.unpack())
        else:
            u.skip()
        if isinstance(key, str) and key in owned:  # replaced, never duplicated
            kept.append(buf[run_start:pair_start])
            run_start = u.tell()
            dropped += 1
    end = u.tell()
    if dropped:
        kept.append(buf[run_start:end])
        pairs = b"".join(kept)
    else:
        pairs = buf[body_start:end]
    return Entry(head=head, pairs=pairs, pair_count=n - dropped, values=values)


def _unpacker(buf: bytes) -> msgpack.Unpacker:
    u = msgpack.Unpacker(max_buffer_size=max(len(buf), 1), **DECODE)
    u.feed(buf)
    return u


def _options(value: object) -> dict[Any, Any]:
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise ProtocolError(f"the option element must be a map, got {type(value).__name__}")
    return value


def _is_array(first: int) -> bool:
    return 0x90 <= first <= 0x9F or first in (0xDC, 0xDD)


def _is_raw(first: int) -> bool:
    return 0xA0 <= first <= 0xBF or first in (0xD9, 0xDA, 0xDB, 0xC4, 0xC5, 0xC6)


def gunzip(data: bytes, max_bytes: int) -> bytes:
    """Decompress one or more concatenated gzip members, refusing more than max_bytes of output."""
    out = bytearray()
    while data:
        d = zlib.decompressobj(wbits=31)
        try:
            out += d.decompress(data, max_bytes - len(out) + 1)
        except zlib.error as exc:
            raise ProtocolError(f"compressed entries are not valid gzip: {exc}") from None
        if len(out) > max_bytes or d.unconsumed_tail:
            raise ExpandsTooFar(f"compressed entries expand past {max_bytes} bytes; raise --max-frame-bytes")
        if not d.eof:
            raise ProtocolError("compressed entries end in the middle of a gzip stream")
        data = d.unused_data
    return bytes(out)


def map_header(n: int) -> bytes:
    if n < 16:
        return bytes((0x80 | n,))
    if n < 0x10000:
        return b"\xde" + struct.pack(">H", n)
    return b"\xdf" + struct.pack(">I", n)


def array_header(n: int) -> bytes:
    if n < 16:
        return bytes((0x90 | n,))
    if n < 0x10000:
        return b"\xdc" + struct.pack(">H", n)
    return b"\xdd" + struct.pack(">I", n)


def bin_header(n: int) -> bytes:
    if n < 0x100:
        return b"\xc4" + bytes((n,))
    if n < 0x10000:
        return b"\xc5" + struct.pack(">H", n)
    return b"\xc6" + struct.pack(">I", n)


def new_chunk_id() -> str:
    """A chunk id in Fluent Bit's form: base64 of 16 random bytes."""
    return base64.b64encode(os.urandom(16)).decode("ascii")


def encode_frame(tag_bytes: bytes, entries: list[bytes], options: dict[Any, Any], compress: bool) -> bytes:
    """[tag, entries, options] as Forward mode, or CompressedPackedForward when compress is set."""
    body = b"".join(entries)
    if compress:
        packed = gzip_bytes(body)
        payload = bin_header(len(packed)) + packed
        options = {**options, "compressed": "gzip"}
    else:
        payload = array_header(len(entries)) + body
    return b"\x93" + tag_bytes + payload + msgpack.packb(options, unicode_errors="surrogateescape")


def encode_passthrough(tag_bytes: bytes, payload: bytes, options: dict[Any, Any]) -> bytes:
    return b"\x93" + tag_bytes + payload + msgpack.packb(options, unicode_errors="surrogateescape")


def gzip_bytes(data: bytes) -> bytes:
    c = zlib.compressobj(6, zlib.DEFLATED, 31)
    return c.compress(data) + c.flush()


def ack_frame(chunk_id: object) -> bytes:
    return msgpack.packb({"ack": chunk_id}, unicode_errors="surrogateescape")
