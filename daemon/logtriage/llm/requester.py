"""One request to Gemini for a batch of templates: within the budget and the breaker, retried while the deadline allows.

Before each attempt the local budget (and the fleet's, with a shared store) must have room and the
circuit breaker must let it through; a failure counts against the breaker, a server's Retry-After
pauses every caller, and a retryable failure is tried again after a jittered, doubling back-off,
as long as the deadline leaves time for it.
"""

from __future__ import annotations

import asyncio
import random
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import structlog

from . import request_budget
from .batch_prompt import prompt_line
from .circuit_breaker import CircuitBreaker
from .gemini_client import GeminiClient, LlmCallError, LlmTimeout
from .known_answers import KnownAnswers
from .label_set import LabelSet
from .llm_items import LlmItemLike, Outcome
from .redaction import Redactor
from .request_budget import RequestBudget
from .settings import LlmSettings

if TYPE_CHECKING:
    from ..store.llm_fleet import LlmFleet  # set by the assembly; llm/ never imports store/ at run time

log = structlog.get_logger(__name__)

MIN_CALL_S = 0.05  # less time than this left: not worth a request


class Requester:
    def __init__(
        self,
        settings: LlmSettings,
        state_dir: Path | None,
        new_client: Callable[[], GeminiClient] | None,
        redactor: Redactor,
        labels: LabelSet,
        known: KnownAnswers,
        counts: dict[str, int],
    ) -> None:
        self.settings = settings
        self._new_client = new_client
        self.client = new_client() if new_client is not None else None  # None: the tier is off
        self.redactor = redactor
        self.labels = labels
        self.known = known
        self.counts = counts
        self.budget = RequestBudget(
            settings.requests_per_minute,
            settings.requests_per_day,
            state_dir / request_budget.FILE_NAME if state_dir else None,
        )
        self.breaker = CircuitBreaker(settings.breaker_failures, settings.breaker_reset_s)
        self.fleet: LlmFleet | None = None

    def wait_s(self) -> float:
        """Seconds until the breaker and the budget would let a request through."""
        return max(self.breaker.wait_s(), self.budget.wait_s())

    def renew_client(self) -> None:
        """A new client for a new event loop: the SDK's HTTP connection pool belongs to the old one."""
        if self._new_client is not None:
            self.client = self._new_client()

    async def ask(self, batch: Sequence[LlmItemLike], deadline: float) -> dict[str, Outcome]:
        """The outcome per template key; {} if no answer came before the deadline."""
        s = self.settings
        lines = [prompt_line(item.source, item.text, self.redactor.redact, s.max_template_chars) for item in batch]
        allowed = self.labels.allowed
        attempt = 0
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= MIN_CALL_S:
                self.counts["deadline_expired"] += 1
                return {}
            wait = self.budget.wait_s()
            if wait > 0:
                if wait > remaining - MIN_CALL_S:
                    self.counts["budget_rejections"] += 1
                    return {}
                await asyncio.sleep(wait)
                continue
            if self.fleet is not None:
                fleet_wait = await self.fleet.take_budget(s.requests_per_minute, s.requests_per_day)
                if fleet_wait > 0:
                    self.budget.pause(fleet_wait)  # the fleet's budget is spent: every caller here waits
                    continue
            if not self.breaker.allow():
                return {}
            self.budget.take()
            self.counts["requests"] += 1
            assert self.client is not None
            try:
                text = await self.client.ask(lines, allowed, remaining)
            except LlmCallError as err:
                self.counts["failures"] += 1
                self.counts["timeouts"] += isinstance(err, LlmTimeout)
                self.breaker.failure()
                if err.retry_after_s is not None:  # every caller waits as asked, not only this batch's retry
                    self.budget.pause(err.retry_after_s)
                    self.counts["server_pauses"] += 1
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
                self.counts["retries"] += 1
                await asyncio.sleep(delay)
                continue
            self.breaker.success()
            return self.known.record(batch, lines, text, allowed)

    def finished(self, batch: Sequence[LlmItemLike], outcomes: dict[str, Outcome]) -> None:
        """A batch is done: the fleet's claims on the templates it got no answer for are given up."""
        if self.fleet is not None:
            self.fleet.release([item.key for item in batch if item.key not in outcomes], self.labels.digest)

    async def aclose(self) -> None:
        if self.client is None:
            return
        try:
            await self.client.aclose()
        except Exception as err:  # e.g. its connections belong to a loop that is gone
            log.debug("llm_client_close_failed", error=repr(err))
