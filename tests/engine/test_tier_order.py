"""The cascade hands each tier, in order, only the records still unanswered whose source's route names it."""

from __future__ import annotations

import asyncio
from collections.abc import Iterable, Sequence

from logtriage.engine.cascade import Engine, LlmRequestItem
from logtriage.records import UNCLASSIFIED, Classification, Record, Tier

RULE_LINE = "sshd[77]: Failed password for root from 203.0.113.9 port 52110 ssh2"
NO_EVIDENCE = "qzxv wplk trmb"  # no word the model knows: confidence 0, never embedded


class RecordingLlm:
    """An LLM tier that keeps what it is asked and answers Error for lines with the word `vrkzo`."""

    enabled = True

    def __init__(self) -> None:
        self.asked: list[tuple[str, str]] = []
        self.closed = False

    async def classify(
        self, items: Sequence[LlmRequestItem], deadline: float | None = None
    ) -> list[Classification | None]:
        self.asked += [(item.source, item.text) for item in items]
        return [Classification("Error", Tier.LLM, 1.0) if "vrkzo" in item.text else None for item in items]

    def set_labels(self, labels: Iterable[str]) -> None:
        pass

    def stats(self) -> dict[str, int | float]:
        return {}

    async def aclose(self) -> None:
        self.closed = True


def test_each_tier_sees_what_the_earlier_ones_left_on_its_routes(engine: Engine) -> None:
    llm = RecordingLlm()
    built = Engine(engine.ruleset, engine.regex_tier, engine.model_tier, llm_tier=llm)
    records = [
        Record("sshd", RULE_LINE),  # the rules answer it: no later tier sees it
        Record("LegacyCRM", RULE_LINE),  # routed to the LLM alone: rules and model never see it
        Record("app", NO_EVIDENCE),  # the model cannot place it: the LLM is asked, says nothing
        Record("app", f"{NO_EVIDENCE} vrkzo"),
        Record("app", f"{NO_EVIDENCE} vrkzo"),  # the same template: asked once
    ]
    try:
        answers = asyncio.run(built.classify(records))
        asyncio.run(built.aclose())
    finally:
        built.close()
    assert [a.tier for a in answers] == [Tier.REGEX, Tier.NONE, Tier.NONE, Tier.LLM, Tier.LLM]
    assert answers[0].rule_id == "sshd-failed-password" and answers[1].label == UNCLASSIFIED
    assert answers[3] is answers[4]  # one answer object per template
    text = built.template_key.model_text
    assert llm.asked == [("LegacyCRM", text(RULE_LINE)), ("app", NO_EVIDENCE), ("app", f"{NO_EVIDENCE} vrkzo")]
    assert all(a.template_id for a in answers[:3])  # the stand-in LLM gives none
    assert llm.closed  # the engine's aclose closes every tier
