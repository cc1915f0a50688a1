"""The pipeline: route by source, regex rules, template cache, model, LLM; one answer per record.

Pure apart from the LLM tier it is handed: no sockets or files of its own, so that tests drive it
directly. Model inference runs on one worker thread, so the event loop keeps answering cache hits.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Sequence
from concurrent.futures import Executor, ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Protocol

from .cache import TemplateCache
from .model_tier import ModelTier, ModelVerdict
from .records import UNCLASSIFIED, Classification, Record, Tier
from .regex_tier import RegexTier
from .rules import RuleSet
from .template_key import TemplateKey, template_id


@dataclass(frozen=True, slots=True)
class LlmRequestItem:
    key: str
    template_id: str
    source: str
    text: str


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
        self._routes: dict[str, tuple[str, ...]] = {}
        self._inflight: dict[str, asyncio.Future[ModelVerdict]] = {}

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

    async def classify(self, records: Sequence[Record], deadline: float | None = None) -> list[Classification]:
        """One answer per record, same order. `deadline` is a time.monotonic() value or None."""
        results: list[Classification | None] = [None] * len(records)
        keys: list[str] = [""] * len(records)
        verdicts: dict[str, ModelVerdict] = {}
        to_model: dict[str, str] = {}  # key -> one message of that template
        to_llm: list[int] = []
        regex_tier, cache, tkey = self.regex_tier, self.cache, self.template_key
        for i, record in enumerate(records):
            tiers = self.tiers_for(record.source)
            key = keys[i] = tkey.key(record.message)
            if "regex" in tiers:
                answer = regex_tier.match(record.source, record.message)
                if answer is not None:
                    results[i] = _with_template(answer, key)
                    continue
            if "model" in tiers and self.model_tier is not None:
                verdict = verdicts.get(key) or cache.get(key)
                if verdict is not None:
                    verdicts[key] = verdict
                    results[i] = self._after_model(verdict, from_cache=True)
                else:
                    to_model.setdefault(key, record.message)
            if results[i] is None and key not in to_model:
                to_llm.append(i)
        if to_model:
            fresh = await self._predict(to_model)
            verdicts.update(fresh)
            for i, key in enumerate(keys):
                if results[i] is None and key in fresh:
                    answer = self._after_model(fresh[key], from_cache=False)
                    if answer is not None:
                        results[i] = answer
                    else:
                        to_llm.append(i)
        if to_llm:
            await self._ask_llm(records, keys, to_llm, verdicts, results, deadline)
        self._count(results)
        return [r if r is not None else Classification(UNCLASSIFIED, Tier.NONE, 0.0) for r in results]

    def _after_model(self, verdict: ModelVerdict, *, from_cache: bool) -> Classification | None:
        assert self.model_tier is not None
        if verdict.confidence < self.model_tier.threshold:
            return None
        return Classification(
            verdict.label,
            Tier.CACHE if from_cache else Tier.MODEL,
            verdict.confidence,
            model_version=self.model_tier.version,
            template_id=verdict.template_id,
        )

    async def _predict(self, to_model: dict[str, str]) -> dict[str, ModelVerdict]:
        """Embed each new template once, sharing work with concurrent calls for the same template."""
        loop = asyncio.get_running_loop()
        waiting: dict[str, asyncio.Future[ModelVerdict]] = {}
        mine: dict[str, str] = {}
        for key, message in to_model.items():
            if key in self._inflight:
                waiting[key] = self._inflight[key]
            else:
                mine[key] = message
                waiting[key] = self._inflight[key] = loop.create_future()
        if mine:
            assert self.model_tier is not None
            pending = list(mine.items())
            try:
                # small chunks: a cancelled call (deadline passed) frees the model thread soon
                for start in range(0, len(pending), self.model_chunk):
                    chunk = pending[start : start + self.model_chunk]
                    texts = [self.template_key.model_text(message) for _, message in chunk]
                    self.stats.model_calls += 1
                    self.stats.model_templates += len(texts)
                    answers = await loop.run_in_executor(self._executor, self.model_tier.predict, texts)
                    for (key, _), (label, confidence) in zip(chunk, answers, strict=True):
                        verdict = ModelVerdict(label, confidence, template_id(key))
                        self.cache.put(key, verdict)
                        self._inflight.pop(key).set_result(verdict)
            except BaseException:
                for key in mine:
                    future = self._inflight.pop(key, None)
                    if future is not None and not future.done():
                        future.set_exception(_Abandoned())
                        future.exception()  # retrieved: no "never retrieved" warning when nobody waits
                raise
        verdicts: dict[str, ModelVerdict] = {}
        redo: dict[str, str] = {}
        for key, future in waiting.items():
            try:
                verdicts[key] = await future
            except _Abandoned:  # the caller that was computing it gave up (its deadline passed)
                redo[key] = to_model[key]
        if redo:
            verdicts.update(await self._predict(redo))
        return verdicts

    async def _ask_llm(
        self,
        records: Sequence[Record],
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
                if "llm" in self.tiers_for(records[i].source) and keys[i] not in asked:
                    key = keys[i]
                    text = self.template_key.model_text(records[i].message)
                    asked[key] = LlmRequestItem(key, template_id(key), records[i].source, text)
        answers: dict[str, Classification | None] = {}
        if asked:
            got = await llm.classify(list(asked.values()), deadline)  # type: ignore[union-attr]
            answers = dict(zip(asked, got, strict=True))
        for i in indexes:
            key = keys[i]
            answer = answers.get(key)
            if answer is None and key in asked and key in verdicts:
                # the LLM has not answered yet (async mode, or past the deadline): the model's best guess
                verdict = verdicts[key]
                answer = Classification(
                    verdict.label,
                    Tier.MODEL,
                    verdict.confidence,
                    model_version=self.model_tier.version if self.model_tier else "",
                    template_id=verdict.template_id,
                )
            results[i] = answer or Classification(UNCLASSIFIED, Tier.NONE, 0.0, template_id=template_id(key))

    def _count(self, results: list[Classification | None]) -> None:
        self.stats.records += len(results)
        by_tier = self.stats.by_tier
        for r in results:
            name = r.tier.value if r is not None else "none"
            by_tier[name] = by_tier.get(name, 0) + 1

    def close(self) -> None:
        self._executor.shutdown(wait=False, cancel_futures=True)


class _Abandoned(Exception):
    """A template's model call was cancelled by the caller that started it."""


def _with_template(answer: Classification, key: str) -> Classification:
    return Classification(answer.label, answer.tier, answer.confidence, answer.rule_id, "", template_id(key))


def monotonic_deadline(timeout_s: float | None) -> float | None:
    return None if timeout_s is None else time.monotonic() + timeout_s
