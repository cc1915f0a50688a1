"""The one shape every tier has in the cascade: handed a batch's unanswered records, it answers those it can.

The engine keeps a `TierBatch` per call: each record's source, message, template key and answer so far.
It runs its tiers in order; each gets the indexes of the records that are still unanswered and whose
source's route names it (`route`), and sets `batch.results[i]` for those it can place. What one tier
leaves for a later one travels in the batch: the model's best guesses, the templates put to the LLM.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Protocol

from ..model.tier import ModelVerdict
from ..records import Classification


@dataclass(slots=True)
class TierBatch:
    """One call's records as the tiers see them, by index; `results[i]` is None while record i is unanswered."""

    sources: list[str]
    messages: list[str]  # cut to the engine's max_message_chars
    keys: list[str]  # template keys
    results: list[Classification | None]
    deadline: float | None  # time.monotonic() value, or None
    guesses: dict[str, ModelVerdict] = field(default_factory=dict)  # template key -> the model's verdict, unanswered
    asked: set[str] = field(default_factory=set)  # template keys put to the LLM in this call


class CascadeTier(Protocol):
    """A tier as the engine runs it."""

    @property
    def route(self) -> str | None:
        """The name routes list it by ("regex", "model", "llm"); None: it sees every unanswered record."""
        ...

    async def answer(self, batch: TierBatch, todo: list[int]) -> None:
        """Sets `batch.results[i]` for the records of `todo` (unanswered, in index order) it can answer."""
        ...

    async def aclose(self) -> None:
        """Lets go of what it holds (files, clients) when the daemon stops."""
        ...


@dataclass(frozen=True, slots=True)
class LlmRequestItem:
    key: str
    template_id: str
    source: str
    text: str


class LlmClassifier(Protocol):
    """The LLM tier as the engine is handed it (llm.LlmTier); the engine never imports it."""

    enabled: bool

    async def classify(
        self, items: Sequence[LlmRequestItem], deadline: float | None = None
    ) -> list[Classification | None]: ...

    def set_labels(self, labels: Iterable[str]) -> None: ...

    def stats(self) -> dict[str, int | float]: ...

    async def aclose(self) -> None: ...


class SharedVerdicts(Protocol):
    """The fleet's model verdicts (store.shared_answers.SharedAnswers, with cache.redis_url)."""

    async def lookup(self, keys: Sequence[str]) -> dict[str, ModelVerdict]: ...

    def publish(self, items: Iterable[tuple[str, str, float]]) -> None: ...
