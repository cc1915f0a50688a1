"""The pipeline: route by source, then the tiers in order (regex rules, model, LLM, best guess); one answer each.

Pure apart from the LLM tier it is handed: no sockets or files of its own, so that tests drive it
directly. A batch is worked on as a whole: one template-key substitution for all its records, then
each tier in turn is handed the records still unanswered whose source's route names it (see
tier_shape.py) and answers those it can. Answer objects are shared by every record of a template;
a record no tier answers is Unclassified.
"""

from __future__ import annotations

import asyncio
from collections import Counter
from collections.abc import Sequence
from concurrent.futures import Executor, ThreadPoolExecutor
from dataclasses import dataclass, field
from operator import attrgetter
from typing import Protocol, cast

from ..bounded_memo import BoundedMemo
from ..model.embedding_batcher import EmbeddingBatcher
from ..model.tier import ModelTier, ModelVerdict
from ..records import UNCLASSIFIED, Classification, Tier
from ..regex.rules import RuleSet
from ..regex.tier import RegexTier
from ..template_key import TemplateKey, template_id
from . import batch_prep
from .llm_answers import LlmAnswers
from .model_answers import BestGuesses, ModelAnswers
from .regex_answers import RegexAnswers
from .template_cache import TemplateCache
from .tier_shape import CascadeTier, LlmClassifier, LlmRequestItem, SharedVerdicts, TierBatch

__all__ = ["Engine", "EngineStats", "LlmClassifier", "LlmRequestItem", "RecordLike", "SharedVerdicts"]

_MEMO_LIMIT = 50_000  # Unclassified answers kept per template; cleared when full


class RecordLike(Protocol):
    """What the engine reads of a record: a `Record`, or a logtriage.v1 LogRecord as parsed."""

    @property
    def source(self) -> str: ...

    @property
    def message(self) -> str: ...


@dataclass
class EngineStats:
    records: int = 0
    model_calls: int = 0
    model_templates: int = 0
    by_tier: dict[str, int] = field(default_factory=dict)


class Engine:
    def __init__(
        self,
        ruleset: RuleSet,
        regex_tier: RegexTier,
        model_tier: ModelTier | None,
        *,
        llm_tier: LlmClassifier | None = None,
        template_key: TemplateKey | None = None,
        cache: TemplateCache[ModelVerdict] | None = None,
        executor: Executor | None = None,
        model_chunk: int = 64,
        batch_wait_s: float = 0.002,
    ) -> None:
        self.ruleset = ruleset
        self.regex_tier = regex_tier
        self.model_tier = model_tier
        self.template_key = template_key or TemplateKey()
        self.cache: TemplateCache[ModelVerdict] = cache if cache is not None else TemplateCache()
        self.stats = EngineStats()
        self.model_chunk = model_chunk
        self._executor = executor or ThreadPoolExecutor(max_workers=1, thread_name_prefix="model")
        # big batches' keys and rule matches: off the event loop, beside (not behind) embedding
        self._text_executor = ThreadPoolExecutor(max_workers=2, thread_name_prefix="rules")
        # a message is read up to this many characters: what the rules and the template key look at
        self.max_message_chars = max(regex_tier.max_chars, self.template_key.max_chars)
        self._regex = RegexAnswers(regex_tier, self._text_executor)
        self._model = (
            ModelAnswers(
                model_tier,
                self.template_key,
                self.cache,
                self._executor,
                max_batch=model_chunk,
                max_wait_s=batch_wait_s,
                counts=self.stats,
            )
            if model_tier is not None
            else None
        )
        self._llm_tier: LlmClassifier | None = None
        self.tiers: tuple[CascadeTier, ...] = ()
        self.llm_tier = llm_tier  # sets self.tiers
        self._routes: dict[str, tuple[str, ...]] = {}
        self._unanswered: BoundedMemo[str, Classification] = BoundedMemo(_MEMO_LIMIT)
        self.answer_namespace = ""  # what the answers depend on (shared_answers.answer_namespace)

    @property
    def llm_tier(self) -> LlmClassifier | None:
        return self._llm_tier

    @llm_tier.setter
    def llm_tier(self, llm_tier: LlmClassifier | None) -> None:
        """The tiers in their order: regex, model, LLM, the model's best guess."""
        self._llm_tier = llm_tier
        self._routes = {}
        if self._model is not None:  # with no LLM to ask, words first may answer below the threshold
            self._model.tier.words_below_threshold = not (llm_tier is not None and llm_tier.enabled)
        tiers: list[CascadeTier] = [self._regex]
        if self._model is not None:
            tiers.append(self._model)
        if llm_tier is not None:
            tiers.append(LlmAnswers(llm_tier, self.template_key))
        if self._model is not None:
            tiers.append(BestGuesses(self._model.tier))
        self.tiers = tuple(tiers)

    @property
    def shared(self) -> SharedVerdicts | None:
        """The fleet's model verdicts (cache.redis_url), looked up behind the local cache."""
        return self._model.shared if self._model is not None else None

    @shared.setter
    def shared(self, shared: SharedVerdicts | None) -> None:
        if self._model is None:
            raise ValueError("an engine without a model tier has no verdicts to share")
        self._model.shared = shared

    @property
    def batcher(self) -> EmbeddingBatcher[tuple[str, float]]:
        if self._model is None:
            raise AttributeError("an engine without a model tier has no embedding batcher")
        return self._model.batcher

    @property
    def labels(self) -> list[str]:
        labels = set(self.ruleset.labels)
        if self.model_tier is not None:
            labels.update(self.model_tier.labels)
        labels.discard(UNCLASSIFIED)
        return [*sorted(labels), UNCLASSIFIED]

    @property
    def llm_enabled(self) -> bool:
        return self._llm_tier is not None and self._llm_tier.enabled

    def tiers_for(self, source: str) -> tuple[str, ...]:
        tiers = self._routes.get(source)
        if tiers is None:
            tiers = self.ruleset.tiers_for(source)
            if "llm" in tiers and not self.llm_enabled:
                tiers = self.ruleset.default_tiers  # a route to a tier that is off must not go unanswered
            if len(self._routes) < 10_000:  # sources are few; a flood of unique ones is not cached
                self._routes[source] = tiers
        return tiers

    async def classify(self, records: Sequence[RecordLike], deadline: float | None = None) -> list[Classification]:
        """One answer per record, same order. `deadline` is a time.monotonic() value or None."""
        n = len(records)
        if n == 0:
            return []
        sources = list(map(_SOURCE, records))
        messages = list(map(_MESSAGE, records))
        cap = self.max_message_chars
        if max(map(len, messages)) > cap:  # a 30 MB message is labelled from its first `cap` characters
            messages = [m[:cap] for m in messages]
        if batch_prep.is_small(messages):
            keys = batch_prep.keys(self.template_key, messages)
        else:
            loop = asyncio.get_running_loop()
            keys = await loop.run_in_executor(self._text_executor, batch_prep.keys, self.template_key, messages)
        batch = TierBatch(sources, messages, keys, [None] * n, deadline)
        routes = {source: self.tiers_for(source) for source in set(sources)}
        results = batch.results
        for tier in self.tiers:
            route = tier.route
            if route is None or all(route in tiers for tiers in routes.values()):
                todo = [i for i, r in enumerate(results) if r is None]
            else:
                todo = [i for i, r in enumerate(results) if r is None and route in routes[sources[i]]]
            if todo:
                await tier.answer(batch, todo)
        if len(list(filter(None, results))) < n:  # `None in` would call Classification.__eq__ on each
            for i, r in enumerate(results):
                if r is None:
                    results[i] = self._unclassified(keys[i])
        answered = cast("list[Classification]", results)  # every None was replaced just above
        self._count(answered)
        return answered

    def _unclassified(self, key: str) -> Classification:
        found = self._unanswered.get(key)
        if found is None:
            found = self._unanswered.keep(
                key, Classification(UNCLASSIFIED, Tier.NONE, 0.0, template_id=template_id(key))
            )
        return found

    def _count(self, results: list[Classification]) -> None:
        self.stats.records += len(results)
        by_tier = self.stats.by_tier
        for tier, count in Counter(map(_TIER, results)).items():
            by_tier[tier.value] = by_tier.get(tier.value, 0) + count

    def close(self) -> None:
        """Shuts the model and text threads down (an engine replaced by a reload is left to its callers)."""
        self._executor.shutdown(wait=False, cancel_futures=True)
        self._text_executor.shutdown(wait=False, cancel_futures=True)

    async def aclose(self) -> None:
        """close(), then each tier lets go of what it holds (the LLM tier saves its state, closes its client)."""
        self.close()
        for tier in self.tiers:
            await tier.aclose()


_SOURCE = attrgetter("source")
_MESSAGE = attrgetter("message")
_TIER = attrgetter("tier")
