"""The regex tier: ordered rules, the first match wins, each match under a time limit."""

from __future__ import annotations

from collections.abc import Sequence

import structlog

from .records import Classification, Tier
from .rules import Rule

log = structlog.get_logger(__name__)


class RegexTier:
    """A rule that runs past `timeout_s` on a message is cut off, counted, and skipped for it."""

    def __init__(self, rules: Sequence[Rule], timeout_s: float = 0.05, max_chars: int = 8192) -> None:
        self.rules = tuple(rules)
        self.timeout_s = timeout_s
        self.max_chars = max_chars
        self.timeouts = 0
        self.timeouts_by_rule: dict[str, int] = {}

    def match(self, source: str, message: str) -> Classification | None:
        text = message[: self.max_chars]
        for rule in self.rules:
            if rule.sources is not None and source not in rule.sources:
                continue
            try:
                hit = rule.pattern.search(text, timeout=self.timeout_s)
            except TimeoutError:
                self._timed_out(rule)
                continue
            if hit is not None:
                return Classification(rule.label, Tier.REGEX, 1.0, rule_id=rule.id)
        return None

    def _timed_out(self, rule: Rule) -> None:
        self.timeouts += 1
        self.timeouts_by_rule[rule.id] = self.timeouts_by_rule.get(rule.id, 0) + 1
        log.warning("rule_timeout", rule_id=rule.id, origin=rule.origin, timeout_s=self.timeout_s)
