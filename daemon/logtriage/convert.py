"""Conversions between the engine's values and logtriage.v1 protobuf messages."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from .records import Classification, Record, Tier
from .v1 import classifier_service_pb2 as pb

TIER_TO_PB = {
    Tier.REGEX: pb.TIER_REGEX,
    Tier.CACHE: pb.TIER_CACHE,
    Tier.MODEL: pb.TIER_MODEL,
    Tier.LLM: pb.TIER_LLM,
    Tier.NONE: pb.TIER_NONE,
}
PB_TO_TIER = {v: k for k, v in TIER_TO_PB.items()}


def records_from_pb(messages: Iterable[pb.LogRecord]) -> list[Record]:
    # attributes are not read by any tier yet: skip copying the map on the hot path
    return [Record(m.source, m.message) for m in messages]


def classifications_to_pb(answers: Sequence[Classification]) -> list[pb.Classification]:
    make = pb.Classification
    return [
        make(
            label=a.label,
            tier=TIER_TO_PB[a.tier],
            confidence=a.confidence,
            rule_id=a.rule_id,
            model_version=a.model_version,
            template_id=a.template_id,
        )
        for a in answers
    ]


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
