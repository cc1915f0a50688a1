"""The LLM tier in the cascade: the templates still unanswered, put to the LLM tier once each, in order."""

from __future__ import annotations

from ..records import Classification
from ..template_key import TemplateKey, template_id
from .tier_shape import LlmClassifier, LlmRequestItem, TierBatch


class LlmAnswers:
    """Hands the LLM tier (a Protocol: the engine never imports llm/) one item per unanswered template."""

    route = "llm"

    def __init__(self, llm: LlmClassifier, template_key: TemplateKey) -> None:
        self.llm = llm
        self.template_key = template_key

    async def answer(self, batch: TierBatch, todo: list[int]) -> None:
        if not self.llm.enabled:
            return
        keys, sources, messages = batch.keys, batch.sources, batch.messages
        model_text = self.template_key.model_text
        items: dict[str, LlmRequestItem] = {}
        for i in todo:
            key = keys[i]
            if key not in items:
                items[key] = LlmRequestItem(key, template_id(key), sources[i], model_text(messages[i]))
        got = await self.llm.classify(list(items.values()), batch.deadline)
        batch.asked.update(items)
        answers: dict[str, Classification | None] = dict(zip(items, got, strict=True))
        results = batch.results
        for i in todo:
            answer = answers[keys[i]]
            if answer is not None:
                results[i] = answer

    async def aclose(self) -> None:
        """Saves the LLM tier's state and closes its client."""
        await self.llm.aclose()
