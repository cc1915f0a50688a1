"""Requests per minute (a sliding window) and per UTC day (a counter that survives restarts), and
the pause Gemini itself asks for when it rate-limits us (429 with a retry delay)."""

from __future__ import annotations

import json
import time
from collections import deque
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import structlog

from .state_files import write_atomic

log = structlog.get_logger(__name__)

FILE_NAME = "llm_budget.json"
WINDOW_S = 60.0


class RequestBudget:
    def __init__(
        self,
        per_minute: int,
        per_day: int,
        path: Path | None = None,
        clock: Callable[[], float] = time.monotonic,
        today: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self.per_minute = per_minute
        self.per_day = per_day
        self.path = path
        self._clock = clock
        self._now_utc = today
        self._recent: deque[float] = deque()
        self._day = self._now_utc().date().isoformat()
        self._day_count = 0
        self._paused_until = 0.0  # clock value before which the server asked us not to call
        if path is not None:
            self._load(path)

    def minute_left(self) -> int:
        self._expire()
        return max(0, self.per_minute - len(self._recent))

    def day_left(self) -> int:
        self._roll_day()
        return max(0, self.per_day - self._day_count)

    def pause(self, seconds: float) -> None:
        """No request for `seconds` (the server's retry delay), for every caller of this budget."""
        self._paused_until = max(self._paused_until, self._clock() + seconds)

    def wait_s(self) -> float:
        """Seconds until one more request fits (0: now)."""
        paused = self._paused_until - self._clock()
        if paused > 0:
            return paused
        if self.day_left() == 0:
            now = self._now_utc()
            midnight = datetime.combine(now.date() + timedelta(days=1), datetime.min.time(), UTC)
            return max(1.0, (midnight - now).total_seconds())
        if self.minute_left() == 0:
            return max(0.0, self._recent[0] + WINDOW_S - self._clock())
        return 0.0

    def take(self) -> None:
        """Counts one request; the caller checked `wait_s() == 0` first."""
        self._recent.append(self._clock())
        self._roll_day()
        self._day_count += 1
        if self.path is not None:
            try:
                payload = json.dumps({"day": self._day, "requests": self._day_count})
                write_atomic(self.path, payload, durable=False)
            except OSError as err:
                log.warning("llm_budget_not_saved", path=str(self.path), error=str(err))

    def _expire(self) -> None:
        horizon = self._clock() - WINDOW_S
        while self._recent and self._recent[0] <= horizon:
            self._recent.popleft()

    def _roll_day(self) -> None:
        today = self._now_utc().date().isoformat()
        if today != self._day:
            self._day, self._day_count = today, 0

    def _load(self, path: Path) -> None:
        try:
            saved = json.loads(path.read_text(encoding="utf-8"))
            if saved.get("day") == self._day:
                self._day_count = int(saved.get("requests", 0))
        except FileNotFoundError:
            return
        except (ValueError, TypeError, AttributeError, OSError) as err:
            log.warning("llm_budget_unreadable", path=str(path), error=str(err))
