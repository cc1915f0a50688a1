"""The text-bound steps of classifying a batch: template keys and regex matches, in bounded pieces.

Both steps are C-level scans over the batch's text. One scan over a big batch would hold the GIL (and so
the event loop) for as long as it runs, so the batch is cut into pieces of at most `PIECE_CHARS`
characters; between pieces the interpreter can switch threads. The engine runs a big batch's pieces on a
worker thread (rule searches let go of the GIL while they match), a small one inline, where the thread
hop would cost more than the work.
"""

from __future__ import annotations

import time
from collections.abc import Sequence

from ..records import Classification
from ..regex.tier import BATCH_SEPARATOR, RegexTier
from ..template_key import TemplateKey

PIECE_CHARS = 256 << 10  # ~0.5 ms of the template-key substitution: the longest one C call holds the GIL
INLINE_CHARS = 64 << 10  # a batch with less text is prepared on the event loop


def keys(template_key: TemplateKey, messages: Sequence[str]) -> list[str]:
    """The template key of every message."""
    found: list[str] = []
    for start, stop in _pieces(messages):
        part = messages[start:stop]
        found.extend(template_key.keys(part, BATCH_SEPARATOR.join(part)))
    return found


def match(
    regex_tier: RegexTier,
    sources: Sequence[str],
    messages: Sequence[str],
    deadline: float | None,
    indexes: Sequence[int] | None = None,
) -> dict[int, Classification]:
    """Record index -> the rule's answer, for the records of `indexes` (all when None) some rule matches.

    A record whose matching is cut off (a rule's time limit, the record's or batch's budget, the
    deadline) gets no answer; the cuts are counted and logged once for the batch."""
    if indexes is not None:
        got = match(regex_tier, [sources[i] for i in indexes], [messages[i] for i in indexes], deadline)
        return {indexes[j]: answer for j, answer in got.items()}
    matched: dict[int, Classification] = {}
    batch_end = time.monotonic() + regex_tier.batch_budget_s
    cut: dict[str, int] = {}
    for start, stop in _pieces(messages):
        part = messages[start:stop]
        got = regex_tier.match_batch(sources[start:stop], part, BATCH_SEPARATOR.join(part), deadline, batch_end, cut)
        matched.update((start + j, answer) for j, answer in got.items())
    regex_tier.log_cuts(cut, len(messages))
    return matched


def is_small(messages: Sequence[str]) -> bool:
    return sum(map(len, messages)) <= INLINE_CHARS


def _pieces(messages: Sequence[str]) -> list[tuple[int, int]]:
    n = len(messages)
    if sum(map(len, messages)) <= PIECE_CHARS:
        return [(0, n)]
    pieces = []
    start, size = 0, 0
    for i, message in enumerate(messages):
        size += len(message) + 1
        if size >= PIECE_CHARS:
            pieces.append((start, i + 1))
            start, size = i + 1, 0
    if start < n:
        pieces.append((start, n))
    return pieces
