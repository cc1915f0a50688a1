"""OTLP logs on the wire: Export requests as protobuf messages whose string fields hold bytes.

The message types are opentelemetry-proto's own, copied into a private descriptor pool with every `string`
field turned into `bytes` (the same wire format). A record whose body or attributes are not valid UTF-8 (Fluent
Bit sends such bodies; proto3 parsers in Python refuse them) therefore parses, and is serialised back with the
same bytes. The bridge never rebuilds a record: it reads the body and the source, and merges three attributes in.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from google.protobuf import descriptor_pb2, descriptor_pool, message, message_factory
from google.protobuf.descriptor import FileDescriptor
from opentelemetry.proto.collector.logs.v1 import logs_service_pb2

from ..labels import Label, Query, clean_text

EXPORT_METHOD = "/opentelemetry.proto.collector.logs.v1.LogsService/Export"
SERVICE_NAME = b"service.name"


def _lenient_pool() -> descriptor_pool.DescriptorPool:
    pool = descriptor_pool.DescriptorPool()

    def add(fd: FileDescriptor) -> None:
        for dep in fd.dependencies:
            add(dep)
        try:
            pool.FindFileByName(fd.name)
            return
        except KeyError:
            pass
        proto = descriptor_pb2.FileDescriptorProto()
        fd.CopyToProto(proto)
        del proto.service[:]
        stack = list(proto.message_type)
        while stack:
            msg = stack.pop()
            stack.extend(msg.nested_type)
            for f in msg.field:
                if f.type == descriptor_pb2.FieldDescriptorProto.TYPE_STRING:
                    f.type = descriptor_pb2.FieldDescriptorProto.TYPE_BYTES
        pool.Add(proto)

    add(logs_service_pb2.DESCRIPTOR)
    return pool


_POOL = _lenient_pool()


def _cls(name: str) -> Any:
    return message_factory.GetMessageClass(_POOL.FindMessageTypeByName(name))


LogsRequest = _cls("opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest")
LogsResponse = _cls("opentelemetry.proto.collector.logs.v1.ExportLogsServiceResponse")
LogRecord = _cls("opentelemetry.proto.logs.v1.LogRecord")


class MalformedRequest(ValueError):
    """The body is not an ExportLogsServiceRequest; answered INVALID_ARGUMENT / 400."""


def parse_request(body: bytes) -> Any:
    try:
        return LogsRequest.FromString(body)
    except message.DecodeError as exc:
        raise MalformedRequest(f"not an OTLP ExportLogsServiceRequest: {exc}") from None


def count_records(request: Any) -> int:
    return sum(len(sl.log_records) for rl in request.resource_logs for sl in rl.scope_logs)


@dataclass(frozen=True, slots=True)
class ReadSettings:
    """Where the message and the source are read from, and the attribute names the bridge writes."""

    message_keys: tuple[str, ...] = ("log", "message")
    source_attribute: str = "source"
    attribute_prefix: str = "logtriage"
    max_message_chars: int = 16384


def queries(request: Any, settings: ReadSettings) -> list[Query | None]:
    """One query per record in order; None for a record without message text. (The hot loop of the bridge:
    a string body, the usual case, is read inline.)"""
    out: list[Query | None] = []
    append = out.append
    message_keys = tuple(k.encode() for k in settings.message_keys)
    source_key = settings.source_attribute.encode()
    limit = settings.max_message_chars
    cap = limit * 4  # UTF-8 bytes that can hold `limit` characters
    for rl in request.resource_logs:
        service = _string_attribute(rl.resource.attributes, SERVICE_NAME)
        for sl in rl.scope_logs:
            scope_name = sl.scope.name.decode("utf-8", "replace") or "otlp"
            for record in sl.log_records:
                body = record.body
                kind = body.WhichOneof("value")
                if kind == "string_value":
                    raw = body.string_value
                    text: str | None = (raw if len(raw) <= cap else raw[:cap]).decode("utf-8", "replace")[:limit]
                elif kind is None:
                    text = None
                else:
                    text = message_text(body, message_keys, limit)
                if not text or text.isspace():
                    append(None)
                    continue
                source = service or _string_attribute(record.attributes, source_key) or scope_name
                append(Query(source, text))
    return out


def _string_attribute(attributes: Any, key: bytes) -> str:
    for kv in attributes:
        if kv.key == key:
            return clean_text(to_python(kv.value), 1024) or ""
    return ""


def message_text(body: Any, message_keys: tuple[bytes, ...], limit: int) -> str | None:
    """A string body's text; a map body's `message_keys` value (else the map as JSON); anything else as JSON.
    Bytes that are not UTF-8 are replaced (U+FFFD) in what the daemon sees; the record keeps them."""
    kind = body.WhichOneof("value")
    if kind in ("string_value", "bytes_value"):
        return clean_text(getattr(body, kind), limit)
    if kind == "kvlist_value":
        for key in message_keys:
            for kv in body.kvlist_value.values:
                if kv.key == key:
                    return message_text(kv.value, (), limit)
    value = to_python(body)
    if value is None:
        return None
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))[:limit]


def to_python(value: Any) -> Any:
    """An AnyValue as plain Python (bytes decoded, not-UTF-8 replaced), for reading and for its JSON text."""
    kind = value.WhichOneof("value")
    if kind is None:
        return None
    if kind in ("string_value", "bytes_value"):
        return getattr(value, kind).decode("utf-8", "replace")
    if kind == "array_value":
        return [to_python(v) for v in value.array_value.values]
    if kind == "kvlist_value":
        return {kv.key.decode("utf-8", "replace"): to_python(kv.value) for kv in value.kvlist_value.values}
    return getattr(value, kind)


def attribute_keys(prefix: str) -> tuple[bytes, bytes, bytes]:
    return f"{prefix}.label".encode(), f"{prefix}.tier".encode(), f"{prefix}.confidence".encode()


@lru_cache(maxsize=4096)
def label_fragment(label: Label, prefix: str) -> bytes:
    """The serialised `attributes` entries of a LogRecord that carry the label; merged into each record."""
    record = LogRecord()
    key_label, key_tier, key_confidence = attribute_keys(prefix)
    record.attributes.add(key=key_label).value.string_value = label.label.encode()
    record.attributes.add(key=key_tier).value.string_value = label.tier.encode()
    record.attributes.add(key=key_confidence).value.double_value = round(float(label.confidence), 4)
    serialized: bytes = record.SerializeToString()
    return serialized


def add_labels(request: Any, body: bytes, labels: list[Label], prefix: str) -> None:
    """Adds the label attributes to every record of `request` (parsed from `body`) in place. An attribute of the
    same name is replaced: records are searched for one only if its key occurs in the body at all."""
    owned = frozenset(attribute_keys(prefix))
    search = any(key in body for key in owned)
    fragments: dict[tuple[str, str, float], bytes] = {}
    answers = iter(labels)
    for rl in request.resource_logs:
        for sl in rl.scope_logs:
            for record in sl.log_records:
                label = next(answers)
                key = (label.label, label.tier, label.confidence)
                fragment = fragments.get(key)
                if fragment is None:
                    fragment = fragments[key] = label_fragment(label, prefix)
                if search:
                    attributes = record.attributes
                    for index in range(len(attributes) - 1, -1, -1):
                        if attributes[index].key in owned:
                            del attributes[index]
                record.MergeFromString(fragment)
    if next(answers, None) is not None:
        raise ValueError("more labels than records")


def partial_success(reply: bytes) -> tuple[int, str]:
    """(rejected_log_records, error_message) of a next hop's ExportLogsServiceResponse (empty: none)."""
    try:
        response = LogsResponse.FromString(reply)
    except message.DecodeError:
        return 0, ""
    p = response.partial_success
    return int(p.rejected_log_records), p.error_message.decode("utf-8", "replace")


def response_bytes(rejected: int, error_message: str) -> bytes:
    response = LogsResponse()
    if rejected or error_message:
        response.partial_success.rejected_log_records = rejected
        response.partial_success.error_message = error_message.encode()
    serialized: bytes = response.SerializeToString()
    return serialized


RETRY_INFO_TYPE = b"type.googleapis.com/google.rpc.RetryInfo"


def retry_info_bytes(seconds: int) -> bytes:
    """A google.rpc.RetryInfo {retry_delay: Duration {seconds}}: how long the sender should wait."""
    duration = b"\x08" + _varint(seconds)
    return b"\x0a" + _varint(len(duration)) + duration


def status_bytes(code: int, text: str, retry_after_s: int = 0) -> bytes:
    """A google.rpc.Status (code = 1, message = 2, details = 3): the body of an OTLP/HTTP error response and
    gRPC's rich status; with `retry_after_s`, a RetryInfo in its details."""
    out = b"\x08" + _varint(code) + _field(2, text.encode())
    if retry_after_s:
        info = retry_info_bytes(retry_after_s)
        any_value = _field(1, RETRY_INFO_TYPE) + _field(2, info)
        out += _field(3, any_value)
    return out


def _field(number: int, value: bytes) -> bytes:
    """A length-delimited field."""
    return _varint(number << 3 | 2) + _varint(len(value)) + value


def _varint(n: int) -> bytes:
    out = bytearray()
    while True:
        byte = n & 0x7F
        n >>= 7
        if n:
            out.append(byte | 0x80)
        else:
            out.append(byte)
            return bytes(out)
