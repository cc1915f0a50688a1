"""The pipeline: route by source, regex rules, template cache, model, LLM; one answer per record.

Pure apart from the LLM tier it is handed: no sockets or files of its own, so that tests drive it
directly. A batch is worked on as a whole: one template-key substitution and one scan per rule
literal for all its records, one cache look-up each, and answer objects shared by every record of
a template. New templates go to the EmbeddingBatcher, which embeds those of concurrent calls
together on one worker thread, so the event loop keeps answering cache hits meanwhile.
"""

from __future__ import annotations

import asyncio
from collections import Counter
from collections.abc import Iterable, Sequence
from concurrent.futures import Executor, ThreadPoolExecutor
from dataclasses import dataclass, field
from operator import attrgetter
from typing import Protocol

from ..model.embedding_batcher import EmbeddingBatcher
from ..model.tier import ModelTier, ModelVerdict, cached_answer
from ..records import UNCLASSIFIED, Classification, Tier
from ..regex.rules import RuleSet
from ..regex.tier import RegexTier
from ..template_key import TemplateKey, template_id
from . import batch_prep
from .template_cache import TemplateCache

_MEMO_LIMIT = 50_000  # answers kept per (rule, template) and per unanswered template; cleared when full


class RecordLike(Protocol):
    """What the engine reads of a record: a `Record`, or a logtriage.v1 LogRecord as parsed."""

    @property
    def source(self) -> str: ...

    @property
    def message(self) -> str: ...


@dataclass(frozen=True, slots=True)
class LlmRequestItem:
    key: str
    template_id: str
    source: str
    text: str


class SharedVerdicts(Protocol):
    """The fleet's model verdicts (store.shared_answers.SharedAnswers, with cache.redis_url)."""

    async def lookup(self, keys: Sequence[str]) -> dict[str, ModelVerdict]: ...

    def publish(self, items: Iterable[tuple[str, str, float]]) -> None: ...


class LlmClassifier(Protocol):
    enabled: bool

    async def classify(
        self, items: Sequence[LlmRequestItem], deadline: float | None = None
    ) -> list[Classification | None]: ...


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
        self.llm_tier = llm_tier
        self.template_key = template_key or TemplateKey()
        self.cache: TemplateCache[ModelVerdict] = cache if cache is not None else TemplateCache()
        self.stats = EngineStats()
        self.model_chunk = model_chunk
        self._executor = executor or ThreadPoolExecutor(max_workers=1, thread_name_prefix="model")
        # big batches' keys and rule matches: off the event loop, beside (not behind) embedding
        self._text_executor = ThreadPoolExecutor(max_workers=2, thread_name_prefix="rules")
        # a message is read up to this many characters: what the rules and the template key look at
        self.max_message_chars = max(regex_tier.max_chars, self.template_key.max_chars)
        self.batcher: EmbeddingBatcher[tuple[str, float]] = EmbeddingBatcher(
            self._embed, self._executor, max_batch=model_chunk, max_wait_s=batch_wait_s, on_result=self._store
        )
        self._routes: dict[str, tuple[str, ...]] = {}
        self._regex_answers: dict[tuple[str, str], Classification] = {}
        self._unanswered: dict[str, Classification] = {}
        self.shared: SharedVerdicts | None = None  # the fleet's answers (cache.redis_url), behind self.cache
        self.answer_namespace = ""  # what the answers depend on (shared_answers.answer_namespace)

    @property
    def labels(self) -> list[str]:
        labels = set(self.ruleset.labels)
        if self.model_tier is not None:
            labels.update(self.model_tier.labels)
        labels.discard(UNCLASSIFIED)
        return [*sorted(labels), UNCLASSIFIED]

    @property
    def llm_enabled(self) -> bool:
        return self.llm_tier is not None and self.llm_tier.enabled

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
        results: list[Classification | None] = [None] * n
        routes = {source: self.tiers_for(source) for source in set(sources)}
        use_rules = None
        if not all("regex" in tiers for tiers in routes.values()):
            use_rules = [("regex" in routes[source]) for source in sources]
        args = (self.template_key, self.regex_tier, sources, messages, use_rules, deadline)
        if batch_prep.is_small(messages):
            prepared = batch_prep.prepare(*args)
        else:
            loop = asyncio.get_running_loop()
            prepared = await loop.run_in_executor(self._text_executor, batch_prep.prepare, *args)
        keys, matched = prepared.keys, prepared.matched
        for i, answer in matched.items():
            results[i] = self._regex_answer(answer, keys[i])

        model_on = self.model_tier is not None
        if model_on and len(matched) < n and all("model" in tiers for tiers in routes.values()):
            rest = [i for i in range(n) if i not in matched] if matched else range(n)
        elif model_on:
            rest = [i for i in range(n) if i not in matched and "model" in routes[sources[i]]]
        else:
            rest = []
        verdicts: dict[str, ModelVerdict] = {}
        to_model: dict[str, int] = {}  # key -> first record of that template
        to_llm: list[int] = []
        if rest:
            found = self.cache.get_many(keys if len(rest) == n else [keys[i] for i in rest])
            for i, verdict in zip(rest, found, strict=True):
                if verdict is None:
                    to_model.setdefault(keys[i], i)
                elif verdict.answer is not None:
                    results[i] = verdict.answer
                else:
                    verdicts[keys[i]] = verdict
                    to_llm.append(i)
        answers: dict[str, Classification | None] = {}
        if to_model and self.shared is not None:  # local misses only, one round trip for the call
            for key, verdict in (await self.shared.lookup(list(to_model))).items():
                self.cache.put(key, verdict)
                del to_model[key]
                verdicts[key] = verdict
                answers[key] = verdict.answer
        if to_model:
            assert self.model_tier is not None
            model_text = self.template_key.model_text
            fresh = await self.batcher.run({key: model_text(messages[i]) for key, i in to_model.items()})
            threshold, version = self.model_tier.threshold, self.model_tier.version
            for key, (label, confidence) in fresh.items():
                verdict = verdicts[key] = ModelVerdict(label, confidence, template_id(key))
                answers[key] = (
                    Classification(
                        label, Tier.MODEL, confidence, model_version=version, template_id=verdict.template_id
                    )
                    if confidence >= threshold
                    else None
                )
        if answers:
            for i in rest:
                if results[i] is None and keys[i] in answers:
                    answer = answers[keys[i]]
                    if answer is not None:
                        results[i] = answer
                    else:
                        to_llm.append(i)
        if len(matched) + len(rest) < n:  # records whose route skips the model
            skipped = set(matched).union(rest)
            to_llm.extend(i for i in range(n) if i not in skipped)
        if to_llm:
            to_llm.sort()
            await self._ask_llm(sources, messages, keys, to_llm, verdicts, results, deadline)
        if len(list(filter(None, results))) < n:  # `None in` would call Classification.__eq__ on each
            results = [r if r is not None else Classification(UNCLASSIFIED, Tier.NONE, 0.0) for r in results]
        self._count(results)  # type: ignore[arg-type]
        return results  # type: ignore[return-value]

    def _embed(self, texts: list[str]) -> list[tuple[str, float]]:
        """On the model thread: (label, probability) per text."""
        assert self.model_tier is not None
        self.stats.model_calls += 1
        self.stats.model_templates += len(texts)
        return self.model_tier.predict(texts)

    def _store(self, key: str, result: tuple[str, float]) -> None:
        """On the event loop, as each batch finishes: the verdict and the answer a cache hit gives."""
        assert self.model_tier is not None
        label, confidence = result
        self.cache.put(key, cached_answer(self.model_tier, label, confidence, template_id(key)))
        if self.shared is not None:
            self.shared.publish(((key, label, confidence),))

    def _regex_answer(self, answer: Classification, key: str) -> Classification:
        """The rule's answer with the template id; one shared object per (rule, template)."""
        memo = self._regex_answers
        found = memo.get((answer.rule_id, key))
        if found is None:
            if len(memo) >= _MEMO_LIMIT:
                memo.clear()
            found = memo[(answer.rule_id, key)] = Classification(
                answer.label, answer.tier, answer.confidence, answer.rule_id, "", template_id(key)
            )
        return found

    async def _ask_llm(
        self,
        sources: list[str],
        messages: list[str],
        keys: list[str],
        indexes: list[int],
        verdicts: dict[str, ModelVerdict],
        results: list[Classification | None],
        deadline: float | None,
    ) -> None:
        llm = self.llm_tier
        asked: dict[str, LlmRequestItem] = {}
        if llm is not None and llm.enabled:
            for i in indexes:
                if "llm" in self.tiers_for(sources[i]) and keys[i] not in asked:
                    key = keys[i]
                    text = self.template_key.model_text(messages[i])
                    asked[key] = LlmRequestItem(key, template_id(key), sources[i], text)
        answers: dict[str, Classification | None] = {}
        if asked:
            got = await llm.classify(list(asked.values()), deadline)  # type: ignore[union-attr]
            answers = dict(zip(asked, got, strict=True))
        floor = self.model_tier.floor if self.model_tier else 1.0
        for i in indexes:
            key = keys[i]
            answer = answers.get(key)
            if answer is None and key in verdicts:
                verdict = verdicts[key]
                if (key in asked and verdict.confidence > 0.0) or verdict.confidence >= floor:
                    # the LLM has not answered yet (async mode, or past the deadline), or there is no LLM
                    # to ask and the best guess clears the floor: the model's best guess
                    answer = verdict.fallback if key not in asked else None
                    if answer is None:
                        answer = answers[key] = Classification(
                            verdict.label,
                            Tier.MODEL,
                            verdict.confidence,
                            model_version=self.model_tier.version if self.model_tier else "",
                            template_id=verdict.template_id,
                        )
            results[i] = answer or self._unclassified(key)

    def _unclassified(self, key: str) -> Classification:
        memo = self._unanswered
        found = memo.get(key)
        if found is None:
            if len(memo) >= _MEMO_LIMIT:
                memo.clear()
            found = memo[key] = Classification(UNCLASSIFIED, Tier.NONE, 0.0, template_id=template_id(key))
        return found

    def _count(self, results: list[Classification]) -> None:
        self.stats.records += len(results)
        by_tier = self.stats.by_tier
        for tier, count in Counter(map(_TIER, results)).items():
            by_tier[tier.value] = by_tier.get(tier.value, 0) + count

    def close(self) -> None:
        self._executor.shutdown(wait=False, cancel_futures=True)
        self._text_executor.shutdown(wait=False, cancel_futures=True)


_SOURCE = attrgetter("source")
_MESSAGE = attrgetter("message")
_TIER = attrgetter("tier")
