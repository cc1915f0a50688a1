"""The model tier in the cascade: template-cache hits, the fleet's verdicts, then new templates embedded.

A template's verdict is looked up in the local cache, then (local misses only, one round trip for
the call) in the fleet's shared answers, and only then is it embedded, by the EmbeddingBatcher that
embeds the new templates of concurrent calls together on one worker thread. A verdict at or above
the threshold answers; one below it is left in the batch's guesses for the LLM tier and for
`BestGuesses`, which runs last.
"""

from __future__ import annotations

from concurrent.futures import Executor
from typing import Protocol

from ..model.embedding_batcher import EmbeddingBatcher
from ..model.tier import ModelTier, ModelVerdict, cached_answer, model_answer
from ..records import Classification
from ..template_key import TemplateKey, template_id
from .template_cache import TemplateCache
from .tier_shape import SharedVerdicts, TierBatch


class ModelCounts(Protocol):
    """Where the model's work is counted (the engine's stats)."""

    model_calls: int  # batches the model ran
    model_templates: int  # templates in them


class ModelAnswers:
    route = "model"

    def __init__(
        self,
        tier: ModelTier,
        template_key: TemplateKey,
        cache: TemplateCache[ModelVerdict],
        executor: Executor,
        *,
        max_batch: int,
        max_wait_s: float,
        counts: ModelCounts,
    ) -> None:
        self.tier = tier
        self.template_key = template_key
        self.cache = cache
        self.counts = counts
        self.shared: SharedVerdicts | None = None  # the fleet's answers (cache.redis_url), behind self.cache
        self.batcher: EmbeddingBatcher[tuple[str, float]] = EmbeddingBatcher(
            self._embed, executor, max_batch=max_batch, max_wait_s=max_wait_s, on_result=self._store
        )

    async def answer(self, batch: TierBatch, todo: list[int]) -> None:
        keys, results, guesses = batch.keys, batch.results, batch.guesses
        found = self.cache.get_many(keys if len(todo) == len(keys) else [keys[i] for i in todo])
        to_model: dict[str, int] = {}  # key -> first record of that template
        for i, verdict in zip(todo, found, strict=True):
            if verdict is None:
                to_model.setdefault(keys[i], i)
            elif verdict.answer is not None:
                results[i] = verdict.answer
            else:
                guesses[keys[i]] = verdict
        if not to_model:
            return
        answers: dict[str, Classification | None] = {}
        if self.shared is not None:
            for key, verdict in (await self.shared.lookup(list(to_model))).items():
                self.cache.put(key, verdict)
                del to_model[key]
                guesses[key] = verdict
                answers[key] = verdict.answer
        if to_model:
            model_text, messages = self.template_key.model_text, batch.messages
            fresh = await self.batcher.run({key: model_text(messages[i]) for key, i in to_model.items()})
            tier = self.tier
            for key, (label, confidence) in fresh.items():
                verdict = guesses[key] = ModelVerdict(label, confidence, template_id(key))
                answers[key] = (
                    model_answer(tier, label, confidence, verdict.template_id) if confidence >= tier.threshold else None
                )
        for i in todo:
            if results[i] is None:
                answer = answers.get(keys[i])
                if answer is not None:
                    results[i] = answer

    async def aclose(self) -> None:
        """The model thread is the engine's to shut down."""

    def _embed(self, texts: list[str]) -> list[tuple[str, float]]:
        """On the model thread: (label, probability) per text."""
        self.counts.model_calls += 1
        self.counts.model_templates += len(texts)
        return self.tier.predict(texts)

    def _store(self, key: str, result: tuple[str, float]) -> None:
        """On the event loop, as each batch finishes: the verdict and the answer a cache hit gives."""
        label, confidence = result
        self.cache.put(key, cached_answer(self.tier, label, confidence, template_id(key)))
        if self.shared is not None:
            self.shared.publish(((key, label, confidence),))


class BestGuesses:
    """Last in the cascade: a template no tier answered gets the model's best guess where it has one.

    Put to the LLM and not answered (async mode, past the deadline): the guess, if it has any evidence.
    Not put to the LLM (none to ask, or the route skips it): the guess if it clears the floor."""

    route = None

    def __init__(self, tier: ModelTier) -> None:
        self.tier = tier

    async def answer(self, batch: TierBatch, todo: list[int]) -> None:
        guesses, asked = batch.guesses, batch.asked
        if not guesses:
            return
        keys, results = batch.keys, batch.results
        floor = self.tier.floor
        made: dict[str, Classification] = {}  # one answer object per template
        for i in todo:
            key = keys[i]
            verdict = guesses.get(key)
            if verdict is None:
                continue
            if key not in asked:
                if verdict.confidence >= floor:
                    results[i] = verdict.fallback or made.get(key) or made.setdefault(key, self._guess(verdict))
            elif verdict.confidence > 0.0:
                results[i] = made.get(key) or made.setdefault(key, self._guess(verdict))

    async def aclose(self) -> None:
        """Holds nothing to let go of."""

    def _guess(self, verdict: ModelVerdict) -> Classification:
        return model_answer(self.tier, verdict.label, verdict.confidence, verdict.template_id)
