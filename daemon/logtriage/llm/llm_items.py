"""What goes into the LLM tier and what comes out of it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from ..records import UNCLASSIFIED, Classification, Tier, unclassified

# what the tier counts (its stats(), exported as logtriage_llm_<name>_total)
COUNTERS = (
    "requests",
    "failures",
    "retries",
    "timeouts",
    "answered",
    "malformed",
    "out_of_set",
    "cache_hits",
    "cache_misses",
    "dropped",
    "budget_rejections",
    "deadline_expired",
    "server_pauses",
)


class LlmItemLike(Protocol):
    """What classify reads of an item; the engine's own item type fits as it is."""

    @property
    def key(self) -> str: ...  # the template key: the cache key
    @property
    def template_id(self) -> str: ...
    @property
    def source(self) -> str: ...
    @property
    def text(self) -> str: ...  # TemplateKey.model_text(message); redacted here before it is sent


@dataclass(frozen=True, slots=True)
class LlmItem:
    key: str
    template_id: str
    source: str
    text: str


@dataclass(frozen=True, slots=True)
class Outcome:
    label: str
    tier: Tier  # LLM: the model answered (maybe Unclassified); NONE: its answer was unusable
    model: str


def confidence(label: str) -> float:
    return 0.0 if label == UNCLASSIFIED else 1.0


def classification(outcome: Outcome, template_id: str) -> Classification:
    if outcome.tier is Tier.NONE:
        return unclassified(template_id)
    return Classification(
        outcome.label,
        Tier.LLM,
        confidence(outcome.label),
        model_version=f"llm:{outcome.model}",
        template_id=template_id,
    )
