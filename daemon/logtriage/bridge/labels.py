"""What the bridge asks the daemon about a record, and the fields it writes back into the record."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import msgpack

from .settings import LabelSettings

UNCLASSIFIED = "Unclassified"


@dataclass(frozen=True, slots=True)
class Label:
    label: str
    tier: str
    confidence: float


UNCLASSIFIED_LABEL = Label(UNCLASSIFIED, "none", 0.0)


@dataclass(frozen=True, slots=True)
class Query:
    """One record as the daemon sees it: valid UTF-8 text, already cut to the size the daemon is sent."""

    source: str
    message: str


def clean_text(value: object, limit: int) -> str | None:
    """The text of a message value, or None when the value holds no text.

    Strings decoded with surrogateescape carry invalid UTF-8 as lone surrogates: they are replaced (U+FFFD)
    for the daemon only; the record itself keeps its bytes.
    """
    if isinstance(value, str):
        text = value[:limit]
        try:
            text.encode("utf-8")
        except UnicodeEncodeError:
            text = text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
        return text
    if isinstance(value, bytes | bytearray):
        return bytes(value[: limit * 4]).decode("utf-8", "replace")[:limit]
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return str(value)
    return None


def make_query(values: dict[str, Any], fallback_source: str, settings: LabelSettings, limit: int) -> Query | None:
    """The query for a record whose wanted keys were read into `values`; None if it has no message text."""
    message = None
    for key in settings.message_keys:
        if key in values:
            message = clean_text(values[key], limit)
            if message is not None:
                break
    if message is None or not message.strip():
        return None
    source = clean_text(values.get(settings.source_key), 1024) or fallback_source
    return Query(source=source, message=message)


def label_fields(label: Label, settings: LabelSettings) -> dict[str, Any]:
    """The key/value pairs added to a record (a map under one key, or flat keys)."""
    body = {"label": label.label, "tier": label.tier, "confidence": round(float(label.confidence), 4)}
    if settings.flat_keys:
        return {f"{settings.classification_key}_{k}": v for k, v in body.items()}
    return {settings.classification_key: body}


def written_keys(settings: LabelSettings) -> frozenset[str]:
    """Keys the bridge owns: an existing value under one of them is replaced, never duplicated."""
    if settings.flat_keys:
        return frozenset(f"{settings.classification_key}_{k}" for k in ("label", "tier", "confidence"))
    return frozenset({settings.classification_key})


@lru_cache(maxsize=4096)
def packed_fields(label: Label, settings: LabelSettings) -> tuple[int, bytes]:
    """(pair count, msgpack bytes of the pairs) to append to a record map; most records share a few labels."""
    fields = label_fields(label, settings)
    return len(fields), b"".join(msgpack.packb(k) + msgpack.packb(v) for k, v in fields.items())
