"""The LLM tier: templates the other tiers could not place, labelled by Gemini, cached by template key.

sync mode waits for answers up to the deadline; async mode answers from the cache at once and asks in
the background, so later records of a template get its label. Either way a slow, failing or absent
LLM costs the caller at most its deadline, and every request passes the budget and the circuit breaker.
"""

from __future__ import annotations

import asyncio
import random
import time
from collections import OrderedDict
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

import structlog

from ..records import UNCLASSIFIED, Classification, Tier, unclassified
from . import answer_cache, learned_examples, request_budget
from .answer_cache import AnswerCache, CachedAnswer, labels_digest
from .batch_prompt import PromptLine, allowed_labels, parse_answers, prompt_line
from .circuit_breaker import CircuitBreaker
from .gemini_client import GeminiClient, LlmCallError, LlmTimeout
from .learned_examples import LearnedExamples
from .llm_items import COUNTERS, LlmItemLike, Outcome, classification, confidence
from .redaction import Redactor
from .request_budget import RequestBudget
from .settings import LlmSettings, resolve_api_key

if TYPE_CHECKING:
    from ..store.llm_fleet import LlmFleet  # set by the assembly; llm/ never imports store/ at run time

log = structlog.get_logger(__name__)

MIN_CALL_S = 0.05  # less time than this left: not worth a request


class LlmTier:
    def __init__(self, settings: LlmSettings, labels: Sequence[str]) -> None:
        self.settings = settings
        self.model_version = f"llm:{settings.model}"
        self._counts = dict.fromkeys(COUNTERS, 0)
        self.set_labels(labels)
        self._redactor = Redactor(settings.redact, settings.redact_extra)  # bad config fails even when off
        self._api_key = settings.api_key or resolve_api_key()
        self.enabled = bool(settings.enabled and self._api_key)
        state_dir = settings.state_dir if self.enabled else None
        self._cache = AnswerCache(state_dir / answer_cache.FILE_NAME if state_dir else None, settings.cache_max_entries)
        self._examples = (
            LearnedExamples(state_dir / learned_examples.FILE_NAME, int(settings.examples_max_mb * 2**20))
            if state_dir
            else None
        )
        self._budget = RequestBudget(
            settings.requests_per_minute,
            settings.requests_per_day,
            state_dir / request_budget.FILE_NAME if state_dir else None,
        )
        self._breaker = CircuitBreaker(settings.breaker_failures, settings.breaker_reset_s)
        self._unusable: OrderedDict[str, None] = OrderedDict()  # keys whose answer was malformed (memory only)
        self._pending: OrderedDict[str, LlmItemLike] = OrderedDict()
        self._inflight: dict[str, asyncio.Future[Outcome | None]] = {}
        self._tasks: set[asyncio.Task[None]] = set()
        self._worker: asyncio.Task[None] | None = None
        self._wakeup: asyncio.Event | None = None
        self._slots: asyncio.Semaphore | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._client = self._new_client() if self.enabled else None
        self.fleet: LlmFleet | None = None  # the fleet's answers, claims and budget (cache.redis_url)
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

    def set_labels(self, labels: Iterable[str]) -> None:
        """The current label set (Unclassified is always allowed); cached answers outside it are ignored."""
        self._allowed = allowed_labels(list(labels))
        self._allowed_set = frozenset(self._allowed)
        self._digest = labels_digest(self._allowed)

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
        misses: dict[str, list[int]] = {}
        first: dict[str, LlmItemLike] = {}
        for i, item in enumerate(items):
            hit = self._lookup(item)
            if hit is not None:
                results[i] = hit
                continue
            misses.setdefault(item.key, []).append(i)
            first.setdefault(item.key, item)
        self._counts["cache_hits"] += len(items) - sum(len(v) for v in misses.values())
        self._counts["cache_misses"] += sum(len(v) for v in misses.values())
        if self.fleet is not None and misses:  # the fleet's answers; what another daemon asks stays open
            ours = {k: item for k, item in first.items() if k not in self._pending and k not in self._inflight}
            hits, elsewhere = await self.fleet.settle(ours, self._digest, self._allowed_set)
            for key in (*hits, *elsewhere):
                if key in hits:
                    self._cache.put(key, hits[key])
                del first[key]
                for i in misses.pop(key):
                    results[i] = self._lookup(items[i])
        if not misses:
            return results
        if self.settings.mode == "async":
            self._schedule(first.values())
            return results
        if deadline is None:
            deadline = time.monotonic() + self.settings.deadline_s
        outcomes = await self._ask_within(list(first.values()), deadline)
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
        while self._pending or self._tasks:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return False
            if self._tasks:
                await asyncio.wait(set(self._tasks), timeout=remaining)
            else:
                await asyncio.sleep(min(0.05, remaining))
        return True

    def stats(self) -> dict[str, int | float]:
        return {
            **self._counts,
            **(self.fleet.counts if self.fleet is not None else {}),
            "enabled": int(self.enabled),
            "cache_entries": len(self._cache),
            "pending": len(self._pending),
            "inflight": len(self._inflight),
            "budget_minute_left": self._budget.minute_left(),
            "budget_day_left": self._budget.day_left(),
            "breaker_state": int(self._breaker.state),
            "breaker_opens": self._breaker.opens,
            "breaker_rejections": self._breaker.rejections,
            "redaction_timeouts": self._redactor.timeouts,
            "examples_written": self._examples.rows_written if self._examples else 0,
            "examples_dropped": self._examples.rows_dropped if self._examples else 0,
        }

    async def aclose(self) -> None:
        """Cancels background work, closes the state files and the HTTP client."""
        if not self.enabled:
            return
        self.enabled = False
        running = [t for t in (self._worker, *self._tasks) if t is not None and not t.done()]
        for task in running:
            task.cancel()
        if running and self._loop is asyncio.get_running_loop():
            await asyncio.gather(*running, return_exceptions=True)
        self._pending.clear()
        self._cache.close()
        if self._examples is not None:
            self._examples.close()
        if self._client is not None:
            try:
                await self._client.aclose()
            except Exception as err:  # e.g. its connections belong to a loop that is gone
                log.debug("llm_client_close_failed", error=repr(err))
        log.info("llm_closed", **{k: v for k, v in self._counts.items() if v})

    # -- internals -------------------------------------------------------------------------------

    def _bind_loop(self) -> None:
        """Loop-bound objects are made in the running loop, and made again if the caller's loop changes."""
        loop = asyncio.get_running_loop()
        if loop is self._loop:
            return
        if self._loop is not None:  # the SDK's HTTP connection pool belongs to the old loop
            self._client = self._new_client()
        self._loop = loop
        self._wakeup = asyncio.Event()
        self._slots = asyncio.Semaphore(self.settings.max_concurrency)
        self._worker = None
        self._tasks = set()
        self._inflight = {}

    def _new_client(self) -> GeminiClient:
        assert self._api_key is not None
        s = self.settings
        return GeminiClient(self._api_key, s.model, s.base_url, s.api_version, s.thinking_level)

    def _lookup(self, item: LlmItemLike) -> Classification | None:
        if item.key in self._unusable:
            return unclassified(item.template_id)
        answer = self._cache.get(item.key, self._allowed_set, self._digest)
        if answer is None:
            return None
        return Classification(
            answer.label,
            Tier.LLM_CACHE,
            confidence(answer.label),
            model_version=f"llm:{answer.model}",
            template_id=item.template_id,
        )

    def _schedule(self, items: Iterable[LlmItemLike]) -> None:
        for item in items:
            if item.key in self._inflight or item.key in self._pending:
                continue
            if len(self._pending) >= self.settings.max_pending:
                self._counts["dropped"] += 1
                continue
            self._pending[item.key] = item
        if self._worker is not None and self._worker.done() and not self._worker.cancelled():
            log.error("llm_worker_died", error=repr(self._worker.exception()))
        if self._worker is None or self._worker.done():
            self._worker = asyncio.create_task(self._work(), name="llm-worker")
        assert self._wakeup is not None
        self._wakeup.set()

    async def _work(self) -> None:
        """Async mode: takes batches off the queue whenever the breaker, budget and concurrency allow."""
        assert self._wakeup is not None and self._slots is not None
        while True:
            if not self._pending:
                self._wakeup.clear()
                await self._wakeup.wait()
                continue
            wait = max(self._breaker.wait_s(), self._budget.wait_s())
            if wait > 0:
                await asyncio.sleep(min(wait, 60.0))
                continue
            await self._slots.acquire()
            size = min(self.settings.max_templates_per_request, len(self._pending))
            batch = [self._pending.popitem(last=False)[1] for _ in range(size)]
            if not batch:
                self._slots.release()
                continue
            self._start_batch(batch, time.monotonic() + self.settings.deadline_s, slot_held=True)

    async def _ask_within(self, items: list[LlmItemLike], deadline: float) -> dict[str, Outcome]:
        """Sync mode: asks (joining requests already in flight for a key) and waits up to the deadline."""
        waiting = {item.key: self._inflight[item.key] for item in items if item.key in self._inflight}
        fresh = [item for item in items if item.key not in waiting]
        size = self.settings.max_templates_per_request
        for start in range(0, len(fresh), size):
            batch = fresh[start : start + size]
            self._start_batch(batch, deadline, slot_held=False)
            waiting.update((item.key, self._inflight[item.key]) for item in batch)
        remaining = deadline - time.monotonic()
        if remaining > 0:
            await asyncio.wait(set(waiting.values()), timeout=remaining)
        return {
            key: outcome
            for key, future in waiting.items()
            if future.done() and not future.cancelled() and (outcome := future.result()) is not None
        }

    def _start_batch(self, batch: list[LlmItemLike], deadline: float, slot_held: bool) -> None:
        loop = asyncio.get_running_loop()
        for item in batch:
            self._inflight[item.key] = loop.create_future()
        task = asyncio.create_task(self._run_batch(batch, deadline, slot_held))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _run_batch(self, batch: list[LlmItemLike], deadline: float, slot_held: bool) -> None:
        assert self._slots is not None
        outcomes: dict[str, Outcome] = {}
        try:
            if not slot_held:
                slot_held = await _acquire(self._slots, deadline)
            if slot_held:
                outcomes = await self._ask_with_retries(batch, deadline)
            else:
                self._counts["deadline_expired"] += 1
        except Exception:
            log.exception("llm_batch_error", templates=len(batch))
        finally:
            if slot_held:
                self._slots.release()
            if self.fleet is not None:
                self.fleet.release([item.key for item in batch if item.key not in outcomes], self._digest)
            for item in batch:
                future = self._inflight.pop(item.key, None)
                if future is not None and not future.done():
                    future.set_result(outcomes.get(item.key))

    async def _ask_with_retries(self, batch: list[LlmItemLike], deadline: float) -> dict[str, Outcome]:
        s = self.settings
        lines = [prompt_line(item.source, item.text, self._redactor.redact, s.max_template_chars) for item in batch]
        allowed = self._allowed
        attempt = 0
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= MIN_CALL_S:
                self._counts["deadline_expired"] += 1
                return {}
            wait = self._budget.wait_s()
            if wait > 0:
                if wait > remaining - MIN_CALL_S:
                    self._counts["budget_rejections"] += 1
                    return {}
                await asyncio.sleep(wait)
                continue
            if self.fleet is not None:
                fleet_wait = await self.fleet.take_budget(s.requests_per_minute, s.requests_per_day)
                if fleet_wait > 0:
                    self._budget.pause(fleet_wait)  # the fleet's budget is spent: every caller here waits
                    continue
            if not self._breaker.allow():
                return {}
            self._budget.take()
            self._counts["requests"] += 1
            assert self._client is not None
            try:
                text = await self._client.ask(lines, allowed, remaining)
            except LlmCallError as err:
                self._counts["failures"] += 1
                self._counts["timeouts"] += isinstance(err, LlmTimeout)
                self._breaker.failure()
                if err.retry_after_s is not None:  # every caller waits as asked, not only this batch's retry
                    self._budget.pause(err.retry_after_s)
                    self._counts["server_pauses"] += 1
                log.warning(
                    "llm_request_failed",
                    error=str(err),
                    status=err.status,
                    attempt=attempt + 1,
                    templates=len(batch),
                    retry_after_s=err.retry_after_s,
                )
                delay = s.backoff_s * 2**attempt * random.uniform(0.5, 1.0)
                if not err.retryable or attempt >= s.retries or deadline - time.monotonic() - delay <= MIN_CALL_S:
                    return {}
                attempt += 1
                self._counts["retries"] += 1
                await asyncio.sleep(delay)
                continue
            self._breaker.success()
            return self._record(batch, lines, text, allowed)

    def _record(
        self, batch: list[LlmItemLike], lines: list[PromptLine], text: str | None, allowed: Sequence[str]
    ) -> dict[str, Outcome]:
        parsed = parse_answers(text, len(batch), allowed)
        self._counts["malformed"] += parsed.malformed
        self._counts["out_of_set"] += parsed.out_of_set
        if parsed.malformed or parsed.out_of_set:
            log.warning(
                "llm_unusable_answer",
                templates=len(batch),
                malformed=parsed.malformed,
                out_of_set=parsed.out_of_set,
                answer=(text or "")[:200],
            )
        model = self.settings.model
        outcomes: dict[str, Outcome] = {}
        for item, line, label in zip(batch, lines, parsed.labels, strict=True):
            if label is None:
                self._unusable[item.key] = None
                if len(self._unusable) > self.settings.cache_max_entries:
                    self._unusable.popitem(last=False)
                outcomes[item.key] = Outcome(UNCLASSIFIED, Tier.NONE, model)
                continue
            if label not in self._allowed_set:  # the label set changed while the request ran
                label = UNCLASSIFIED
            self._counts["answered"] += 1
            outcomes[item.key] = Outcome(label, Tier.LLM, model)
            try:
                self._cache.put(item.key, CachedAnswer(label, model, self._digest))
            except OSError as err:
                log.warning("llm_cache_not_saved", error=str(err))
            if self._examples is not None:
                self._examples.append(item.source, line.text, label)
            if self.fleet is not None:
                self.fleet.publish(item.key, label, model, self._digest)
                self.fleet.example(item.source, line.text, label)
        return outcomes


async def _acquire(slots: asyncio.Semaphore, deadline: float) -> bool:
    remaining = deadline - time.monotonic()
    if remaining <= 0:
        return False
    try:
        async with asyncio.timeout(remaining):
            await slots.acquire()
    except TimeoutError:
        return False
    return True
