"""The regex tier: ordered rules, the first match wins, each match under a time limit.

Time is bounded three ways: one rule on one message (`timeout_s`), all rules on one record
(`record_budget_s`) and one batch (`batch_budget_s`, and the call's deadline). A record whose
matching is cut off by any of them gets no regex answer: a rule that did not finish may have been
the first to match, so no later rule may answer for it either; the next tier labels it. Cuts are
counted by reason and logged once per batch. Searches pass `concurrent=True`: `regex` then lets
go of the GIL while it matches, so matching on a worker thread does not stall the event loop.

Most records match no rule, and a `regex` search with a timeout costs microseconds per rule. So
each rule carries a literal every match must contain (see literals.py); a batch is scanned
once per literal with `str.find` and only the rules whose literal a record holds are run on it, in
rule order. A rule without a sure literal runs on every record, as before.
"""

from __future__ import annotations

import bisect
import operator
import time
from collections.abc import Sequence
from itertools import accumulate, repeat

import regex
import structlog

from ..records import Classification, Tier
from .literals import required_literal
from .rules import Rule

log = structlog.get_logger(__name__)

BATCH_SEPARATOR = "\x1e"  # record separator: whitespace to the template key's regex, rare in log lines


CUT_REASONS = ("rule_timeout", "record_budget", "batch_budget", "deadline")


class RegexTier:
    """A rule that runs past `timeout_s` on a message is cut off and counted; the record goes to the next tier."""

    def __init__(
        self,
        rules: Sequence[Rule],
        timeout_s: float = 0.05,
        max_chars: int = 8192,
        *,
        record_budget_s: float = 0.05,
        batch_budget_s: float = 0.5,
    ) -> None:
        self.rules = tuple(rules)
        self.timeout_s = timeout_s
        self.max_chars = max_chars
        self.record_budget_s = record_budget_s
        self.batch_budget_s = batch_budget_s
        self.timeouts = 0
        self.timeouts_by_rule: dict[str, int] = {}
        self.cuts: dict[str, int] = dict.fromkeys(CUT_REASONS, 0)  # records left to the next tier, by reason
        self.literals: tuple[str | None, ...] = tuple(required_literal(rule.pattern) for rule in self.rules)
        self._answers = tuple(Classification(r.label, Tier.REGEX, 1.0, rule_id=r.id) for r in self.rules)
        self._folds = tuple(bool(r.pattern.flags & regex.IGNORECASE) for r in self.rules)
        # rules whose literal cannot be looked up in a joined batch: they are tried on every record
        self._always = tuple(k for k, lit in enumerate(self.literals) if lit is None or BATCH_SEPARATOR in lit)
        self._by_literal: dict[str, list[int]] = {}  # case-sensitive rules, looked up in the batch as it is
        self._by_folded: dict[str, list[int]] = {}  # IGNORECASE rules, looked up in the lower-cased batch
        for k, lit in enumerate(self.literals):
            if k not in self._always and lit is not None:
                (self._by_folded if self._folds[k] else self._by_literal).setdefault(lit, []).append(k)

    def match(self, source: str, message: str) -> Classification | None:
        """The first rule that matches one message (the batch path gives the same answers)."""
        folded: str | None = None
        for k, lit in enumerate(self.literals):
            if lit is not None:
                if self._folds[k]:
                    folded = folded if folded is not None else message.casefold()
                    if lit not in folded:
                        continue
                elif lit not in message:
                    continue
            try:
                answer = self._try(k, source, message, self.timeout_s)
            except TimeoutError:
                self.cuts["rule_timeout"] += 1
                return None
            if answer is not None:
                return answer
        return None

    def match_batch(
        self,
        sources: Sequence[str],
        messages: Sequence[str],
        joined: str | None = None,
        deadline: float | None = None,
        batch_end: float | None = None,
        cut: dict[str, int] | None = None,
    ) -> dict[int, Classification]:
        """Index -> answer for the records some rule matches. `joined`: the messages joined by BATCH_SEPARATOR;
        `deadline`: the call's time.monotonic() deadline. A batch matched in parts passes its `batch_end` and
        a `cut` dict to add this part's cuts to, and logs them once with `log_cuts`."""
        if not self.rules or not messages:
            return {}
        if joined is None:
            joined = BATCH_SEPARATOR.join(messages)
        candidates = self._candidates(messages, joined)
        answers: dict[int, Classification] = {}
        now = time.monotonic()
        end, end_reason = batch_end if batch_end is not None else now + self.batch_budget_s, "batch_budget"
        if deadline is not None and deadline < end:
            end, end_reason = deadline, "deadline"
        own = cut is None
        cut = {} if cut is None else cut
        order = sorted(candidates)
        for n, i in enumerate(order):
            now = time.monotonic()
            if now >= end:
                cut[end_reason] = cut.get(end_reason, 0) + len(order) - n
                break
            record_end = min(now + self.record_budget_s, end)
            source, message = sources[i], messages[i]
            folded: str | None = None
            for k in sorted(candidates[i]):
                lit = self.literals[k]
                if lit is not None and self._folds[k]:
                    folded = folded if folded is not None else message.casefold()
                    if lit not in folded:
                        continue
                limit = min(self.timeout_s, record_end - time.monotonic())
                try:
                    if limit <= 0:
                        raise TimeoutError
                    answer = self._try(k, source, message, limit)
                except TimeoutError:
                    reason = "rule_timeout" if limit == self.timeout_s else _budget_reason(record_end, end, end_reason)
                    cut[reason] = cut.get(reason, 0) + 1
                    break
                if answer is not None:
                    answers[i] = answer
                    break
        if own:
            self.log_cuts(cut, len(messages))
        return answers

    def log_cuts(self, cut: dict[str, int], batch: int) -> None:
        """Counts a batch's cuts (records left to the next tier, by reason) and logs them in one line."""
        if cut:
            for reason, count in cut.items():
                self.cuts[reason] += count
            log.warning("rules_cut", records=sum(cut.values()), batch=batch, **cut)

    def _candidates(self, messages: Sequence[str], joined: str) -> dict[int, set[int]]:
        """Record index -> the rules that may match it: their literal is in it, or they have none.

        An IGNORECASE rule's literal is case-folded. In an ASCII batch, case folding is `lower()`, which
        keeps every character where it was, so those literals are looked up in `joined.lower()`. A batch
        with other characters (where folding can change lengths: "ß" -> "ss") tries them on every record.
        """
        candidates: dict[int, set[int]] = {}
        always = set(self._always)
        fold_by_lower = bool(self._by_folded) and joined.isascii()
        if self._by_folded and not fold_by_lower:
            always.update(k for ks in self._by_folded.values() for k in ks)
        if always:
            for i in range(len(messages)):
                candidates[i] = set(always)
        if not self._by_literal and not self._by_folded:
            return candidates
        if len(joined) != sum(map(len, messages)) + len(messages) - 1:
            raise ValueError("joined is not the messages joined by BATCH_SEPARATOR")
        ends = list(accumulate(map(operator.add, map(len, messages), repeat(1))))  # one past each separator
        _scan(joined, self._by_literal, ends, candidates)
        if fold_by_lower:
            _scan(joined.lower(), self._by_folded, ends, candidates)
        return candidates

    def _try(self, k: int, source: str, message: str, timeout_s: float) -> Classification | None:
        """The rule's answer, None if it does not match; TimeoutError (counted) if cut off."""
        rule = self.rules[k]
        if rule.sources is not None and source not in rule.sources:
            return None
        try:
            hit = rule.pattern.search(message[: self.max_chars], timeout=timeout_s, concurrent=True)
        except TimeoutError:
            self._timed_out(rule, timeout_s)
            raise
        return self._answers[k] if hit is not None else None

    def _timed_out(self, rule: Rule, timeout_s: float) -> None:
        self.timeouts += 1
        self.timeouts_by_rule[rule.id] = self.timeouts_by_rule.get(rule.id, 0) + 1
        log.warning("rule_timeout", rule_id=rule.id, origin=rule.origin, timeout_s=round(timeout_s, 4))


def _budget_reason(record_end: float, batch_end: float, batch_reason: str) -> str:
    return batch_reason if record_end >= batch_end else "record_budget"


def _scan(text: str, by_literal: dict[str, list[int]], ends: list[int], candidates: dict[int, set[int]]) -> None:
    """Adds each literal's rules to the records (`ends`: one past each record's separator) that hold it."""
    find = text.find
    for lit, ks in by_literal.items():
        pos = find(lit)
        while pos >= 0:
            i = bisect.bisect_right(ends, pos)
            got = candidates.get(i)
            if got is None:
                candidates[i] = set(ks)
            else:
                got.update(ks)
            pos = find(lit, ends[i])
