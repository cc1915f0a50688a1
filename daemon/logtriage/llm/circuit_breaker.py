"""A circuit breaker: after `failures` failed requests in a row, no request for `reset_s`, then one probe."""

from __future__ import annotations

import time
from collections.abc import Callable
from enum import IntEnum

import structlog

log = structlog.get_logger(__name__)


class BreakerState(IntEnum):
    CLOSED = 0
    OPEN = 1
    HALF_OPEN = 2


class CircuitBreaker:
    def __init__(self, failures: int, reset_s: float, clock: Callable[[], float] = time.monotonic) -> None:
        self.max_failures = failures
        self.reset_s = reset_s
        self._clock = clock
        self._failures = 0
        self._opened_at: float | None = None
        self._probing = False
        self.opens = 0
        self.rejections = 0

    @property
    def state(self) -> BreakerState:
        if self._opened_at is None:
            return BreakerState.CLOSED
        if self._clock() - self._opened_at >= self.reset_s:
            return BreakerState.HALF_OPEN
        return BreakerState.OPEN

    def wait_s(self) -> float:
        """Seconds until a request may go (0: now)."""
        if self._opened_at is None:
            return 0.0
        if self._probing:
            return max(self.reset_s, 0.01)  # the probe's outcome decides; look again later
        return max(0.0, self._opened_at + self.reset_s - self._clock())

    def allow(self) -> bool:
        """True when a request may go now; in half-open state only the first caller gets True."""
        state = self.state
        if state is BreakerState.CLOSED:
            return True
        if state is BreakerState.HALF_OPEN and not self._probing:
            self._probing = True
            return True
        self.rejections += 1
        return False

    def success(self) -> None:
        if self._opened_at is not None:
            log.info("llm_breaker_closed")
        self._failures = 0
        self._opened_at = None
        self._probing = False

    def failure(self) -> None:
        self._failures += 1
        if self._probing or (self._opened_at is None and self._failures >= self.max_failures):
            if self._opened_at is None:
                self.opens += 1
            log.warning("llm_breaker_open", consecutive_failures=self._failures, reset_s=self.reset_s)
            self._opened_at = self._clock()
            self._probing = False
