"""The LLM tier: templates the other tiers could not place, labelled by Gemini, cached by template key.

sync mode waits for answers up to the deadline; async mode answers from the cache at once and asks in
the background, so later records of a template get its label. Either way a slow, failing or absent
LLM costs the caller at most its deadline, and every request passes the budget and the circuit breaker.

This is the tier's face: it looks templates up (known_answers), asks the fleet, and hands the rest to
the scheduler (request_scheduler), which hands batches to the requester (requester: retries, budget,
breaker) that sends them through the client (gemini_client) as prompts (batch_prompt), redacted.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

import structlog

from ..records import Classification
from . import answer_cache, learned_examples
from .answer_cache import AnswerCache
from .gemini_client import GeminiClient
from .known_answers import KnownAnswers
from .label_set import LabelSet
from .learned_examples import LearnedExamples
from .llm_items import COUNTERS, LlmItemLike, classification
from .redaction import Redactor
from .request_scheduler import RequestScheduler
from .requester import Requester
from .settings import LlmSettings, resolve_api_key

if TYPE_CHECKING:
    from ..store.llm_fleet import LlmFleet  # set by the assembly; llm/ never imports store/ at run time

log = structlog.get_logger(__name__)


class LlmTier:
    def __init__(self, settings: LlmSettings, labels: Sequence[str]) -> None:
        self.settings = settings
        self.model_version = f"llm:{settings.model}"
        self._counts = dict.fromkeys(COUNTERS, 0)
        self._labels = LabelSet(labels)
        self._redactor = Redactor(settings.redact, settings.redact_extra)  # bad config fails even when off
        self._api_key = settings.api_key or resolve_api_key()
        self.enabled = bool(settings.enabled and self._api_key)
        state_dir = settings.state_dir if self.enabled else None
        cache = AnswerCache(state_dir / answer_cache.FILE_NAME if state_dir else None, settings.cache_max_entries)
        examples = (
            LearnedExamples(state_dir / learned_examples.FILE_NAME, int(settings.examples_max_mb * 2**20))
            if state_dir
            else None
        )
        self._known = KnownAnswers(settings.model, self._labels, cache, examples, self._counts)
        self._requester = Requester(
            settings,
            state_dir,
            self._new_client if self.enabled else None,
            self._redactor,
            self._labels,
            self._known,
            self._counts,
        )
        self._scheduler = RequestScheduler(settings, self._requester, self._counts)
        self._fleet: LlmFleet | None = None
        if not settings.enabled:
            log.info("llm_disabled", reason="llm.enabled is false")
        elif not self._api_key:
            log.info("llm_disabled", reason="no API key: set GEMINI_API_KEY or GOOGLE_API_KEY (or llm.api_key)")
        else:
            log.info(
                "llm_enabled",
                model=settings.model,
                mode=settings.mode,
                base_url=settings.base_url or "sdk default",
                state_dir=str(state_dir) if state_dir else None,
                redact=list(self._redactor.names),
            )

    @property
    def fleet(self) -> LlmFleet | None:
        """The fleet's answers, claims and budget (cache.redis_url); set once by store.llm_fleet.attach."""
        return self._fleet

    @fleet.setter
    def fleet(self, fleet: LlmFleet | None) -> None:
        self._fleet = self._known.fleet = self._requester.fleet = fleet

    def set_labels(self, labels: Iterable[str]) -> None:
        """The current label set (Unclassified is always allowed); cached answers outside it are ignored."""
        self._labels.set(labels)

    async def classify(
        self, items: Sequence[LlmItemLike], deadline: float | None = None
    ) -> list[Classification | None]:
        """One answer per item, in order; None where no answer is available (yet).

        `deadline` is an absolute time.monotonic() value; None: settings.deadline_s from now.
        """
        results: list[Classification | None] = [None] * len(items)
        if not self.enabled or not items:
            return results
        self._bind_loop()
        lookup = self._known.lookup
        misses: dict[str, list[int]] = {}
        first: dict[str, LlmItemLike] = {}
        for i, item in enumerate(items):
            hit = lookup(item)
            if hit is not None:
                results[i] = hit
                continue
            misses.setdefault(item.key, []).append(i)
            first.setdefault(item.key, item)
        missed = sum(len(v) for v in misses.values())
        self._counts["cache_hits"] += len(items) - missed
        self._counts["cache_misses"] += missed
        if self._fleet is not None and misses:  # the fleet's answers; what another daemon asks stays open
            ours = {k: item for k, item in first.items() if not self._scheduler.waiting(k)}
            hits, elsewhere = await self._fleet.settle(ours, self._labels.digest, self._labels.members)
            for key in (*hits, *elsewhere):
                if key in hits:
                    self._known.cache.put(key, hits[key])
                del first[key]
                for i in misses.pop(key):
                    results[i] = lookup(items[i])
        if not misses:
            return results
        if self.settings.mode == "async":
            self._scheduler.schedule(first.values())
            return results
        if deadline is None:
            deadline = time.monotonic() + self.settings.deadline_s
        outcomes = await self._scheduler.ask_within(list(first.values()), deadline)
        for key, outcome in outcomes.items():
            for i in misses[key]:
                results[i] = classification(outcome, items[i].template_id)
        return results

    async def wait_idle(self, deadline: float | None = None) -> bool:
        """Waits for background work (queued and in flight); False if the deadline came first."""
        if not self.enabled:
            return True
        self._bind_loop()
        if deadline is None:
            deadline = time.monotonic() + self.settings.deadline_s
        return await self._scheduler.wait_idle(deadline)

    def stats(self) -> dict[str, int | float]:
        budget, breaker, examples = self._requester.budget, self._requester.breaker, self._known.examples
        return {
            **self._counts,
            **(self._fleet.counts if self._fleet is not None else {}),
            "enabled": int(self.enabled),
            "cache_entries": len(self._known.cache),
            "pending": len(self._scheduler.pending),
            "inflight": len(self._scheduler.inflight),
            "budget_minute_left": budget.minute_left(),
            "budget_day_left": budget.day_left(),
            "breaker_state": int(breaker.state),
            "breaker_opens": breaker.opens,
            "breaker_rejections": breaker.rejections,
            "redaction_timeouts": self._redactor.timeouts,
            "examples_written": examples.rows_written if examples else 0,
            "examples_dropped": examples.rows_dropped if examples else 0,
        }

    async def aclose(self) -> None:
        """Cancels background work, closes the state files and the HTTP client."""
        if not self.enabled:
            return
        self.enabled = False
        await self._scheduler.cancel()
        self._known.close()
        await self._requester.aclose()
        log.info("llm_closed", **{k: v for k, v in self._counts.items() if v})

    def _bind_loop(self) -> None:
        if self._scheduler.bind_loop():
            self._requester.renew_client()

    def _new_client(self) -> GeminiClient:
        assert self._api_key is not None
        s = self.settings
        return GeminiClient(self._api_key, s.model, s.base_url, s.api_version, s.thinking_level)
