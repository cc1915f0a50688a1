"""OTLP/JSON (the `application/json` encoding of OTLP/HTTP) to and from protobuf bytes.

The OTLP rules on top of protobuf's JSON mapping: trace and span ids are hex strings, not base64; enums are
integers (names are accepted too); int64 values are decimal strings (numbers accepted); field names are
lowerCamelCase (the proto names are accepted too); unknown fields are ignored.
"""

from __future__ import annotations

import base64
import json
from typing import Any

from google.protobuf import json_format
from opentelemetry.proto.collector.logs.v1 import logs_service_pb2

from .otlp import MalformedRequest

_HEX_IDS = {"traceId": 16, "trace_id": 16, "spanId": 8, "span_id": 8}


def request_from_json(body: bytes) -> bytes:
    """The protobuf bytes of an OTLP/JSON ExportLogsServiceRequest; MalformedRequest says what is wrong."""
    try:
        document = json.loads(body)
    except (ValueError, UnicodeDecodeError) as exc:
        raise MalformedRequest(f"body is not JSON: {exc}") from None
    if not isinstance(document, dict):
        raise MalformedRequest("an OTLP/JSON body is an object with resourceLogs")
    for record in _records(document):
        for key, size in _HEX_IDS.items():
            value = record.get(key)
            if isinstance(value, str):
                record[key] = _hex_to_base64(key, value, size)
    try:
        request = logs_service_pb2.ExportLogsServiceRequest()
        json_format.ParseDict(document, request, ignore_unknown_fields=True)
    except json_format.ParseError as exc:
        raise MalformedRequest(f"not an OTLP/JSON ExportLogsServiceRequest: {exc}") from None
    return request.SerializeToString()


def _records(document: dict[str, Any]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for rl in _list(document, "resourceLogs", "resource_logs"):
        for sl in _list(rl, "scopeLogs", "scope_logs"):
            out.extend(r for r in _list(sl, "logRecords", "log_records") if isinstance(r, dict))
    return out


def _list(parent: Any, camel: str, snake: str) -> list[Any]:
    if not isinstance(parent, dict):
        return []
    value = parent.get(camel, parent.get(snake))
    return value if isinstance(value, list) else []


def _hex_to_base64(key: str, value: str, size: int) -> str:
    if value == "":
        return ""
    try:
        raw = bytes.fromhex(value)
    except ValueError:
        raise MalformedRequest(f"{key} {value[:40]!r} is not hex") from None
    if len(raw) != size:
        raise MalformedRequest(f"{key} {value[:40]!r} is not {size} bytes of hex")
    return base64.b64encode(raw).decode()


def response_json(rejected: int, error_message: str) -> bytes:
    response = logs_service_pb2.ExportLogsServiceResponse()
    if rejected or error_message:
        response.partial_success.rejected_log_records = rejected
        response.partial_success.error_message = error_message
    return json.dumps(json_format.MessageToDict(response), separators=(",", ":")).encode()


def status_json(code: int, message: str, retry_after_s: int = 0) -> bytes:
    status: dict[str, Any] = {"code": code, "message": message}
    if retry_after_s:
        status["details"] = [{"@type": "type.googleapis.com/google.rpc.RetryInfo", "retryDelay": f"{retry_after_s}s"}]
    return json.dumps(status, ensure_ascii=False).encode()
