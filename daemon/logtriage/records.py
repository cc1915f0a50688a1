"""The engine's input and output values, independent of gRPC."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum

UNCLASSIFIED = "Unclassified"


class Tier(StrEnum):
    """Which part of the engine gave an answer (mirrors logtriage.v1.Tier)."""

    REGEX = "regex"
    CACHE = "cache"
    MODEL = "model"
    LLM = "llm"
    NONE = "none"
    LLM_CACHE = "llm_cache"  # the LLM's answer for the template, from its answer cache; CACHE is the model's


@dataclass(frozen=True, slots=True)
class Record:
    source: str
    message: str
    attributes: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Classification:
    label: str
    tier: Tier
    confidence: float
    rule_id: str = ""
    model_version: str = ""
    template_id: str = ""


def unclassified(template_id: str = "", confidence: float = 0.0) -> Classification:
    return Classification(UNCLASSIFIED, Tier.NONE, confidence, template_id=template_id)


# Anything that labels a batch, one answer per record in order: the in-process engine or a daemon client.
BatchClassifier = Callable[[Sequence[Record]], list[Classification]]
