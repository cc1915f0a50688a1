"""Conversions between the engine's values and logtriage.v1 protobuf messages."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from operator import itemgetter
from typing import cast

from ..bounded_memo import BoundedMemo
from ..records import Classification, Record, Tier
from ..v1 import classifier_service_pb2 as pb

TIER_TO_PB = {
    Tier.REGEX: pb.TIER_REGEX,
    Tier.CACHE: pb.TIER_CACHE,
    Tier.MODEL: pb.TIER_MODEL,
    Tier.LLM: pb.TIER_LLM,
    Tier.NONE: pb.TIER_NONE,
    Tier.LLM_CACHE: pb.TIER_LLM_CACHE,
}
PB_TO_TIER = {v: k for k, v in TIER_TO_PB.items()}


_MEMO_LIMIT = 50_000
# The engine answers every record of a template with one shared Classification object, so each is
# converted once. Keyed by id(); the value holds the object too, so that its id cannot be reused
# while the entry exists.
_PB_BY_ID: BoundedMemo[int, tuple[Classification, pb.Classification]] = BoundedMemo(_MEMO_LIMIT)
_MESSAGE = itemgetter(1)


def records_from_pb(messages: Iterable[pb.LogRecord]) -> list[pb.LogRecord]:
    """The LogRecords themselves: they have `.source` and `.message`, all the engine reads (a copy
    into `Record` objects cost about a microsecond a record)."""
    return list(messages)


def classifications_to_pb(answers: Sequence[Classification]) -> list[pb.Classification]:
    """The messages must not be mutated: one message stands for every answer that is the same object."""
    memo = _PB_BY_ID
    entries = list(map(memo.get, map(id, answers)))
    if None in entries:
        for i, a in enumerate(answers):
            if entries[i] is None:
                entries[i] = memo.get(id(a)) or _convert(a)
    return list(map(_MESSAGE, cast("list[tuple[Classification, pb.Classification]]", entries)))


def _convert(a: Classification) -> tuple[Classification, pb.Classification]:
    message = pb.Classification(
        label=a.label,
        tier=TIER_TO_PB[a.tier],
        confidence=a.confidence,
        rule_id=a.rule_id,
        model_version=a.model_version,
        template_id=a.template_id,
    )
    return _PB_BY_ID.keep(id(a), (a, message))


def classification_from_pb(message: pb.Classification) -> Classification:
    return Classification(
        label=message.label,
        tier=PB_TO_TIER.get(message.tier, Tier.NONE),
        confidence=message.confidence,
        rule_id=message.rule_id,
        model_version=message.model_version,
        template_id=message.template_id,
    )


def records_to_pb(records: Iterable[Record]) -> list[pb.LogRecord]:
    return [pb.LogRecord(source=r.source, message=r.message, attributes=r.attributes) for r in records]
