"""The first, text-bound steps of classifying a batch: template keys and regex matches, in bounded pieces.

Both steps are C-level scans over the batch's text. One scan over a big batch would hold the GIL (and so
the event loop) for as long as it runs, so the batch is cut into pieces of at most `PIECE_CHARS`
characters; between pieces the interpreter can switch threads. The engine runs a big batch's pieces on a
worker thread (rule searches let go of the GIL while they match), a small one inline, where the thread
hop would cost more than the work.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass

from ..records import Classification
from ..regex.tier import BATCH_SEPARATOR, RegexTier
from ..template_key import TemplateKey

PIECE_CHARS = 256 << 10  # ~0.5 ms of the template-key substitution: the longest one C call holds the GIL
INLINE_CHARS = 64 << 10  # a batch with less text is prepared on the event loop


@dataclass(slots=True)
class Prepared:
    keys: list[str]
    matched: dict[int, Classification]  # record index -> the rule's answer


def prepare(
    template_key: TemplateKey,
    regex_tier: RegexTier,
    sources: Sequence[str],
    messages: Sequence[str],
    use_rules: Sequence[bool] | None,
    deadline: float | None,
) -> Prepared:
    """Keys of every record; rule answers of the records with `use_rules[i]` (all when None)."""
    keys: list[str] = []
    matched: dict[int, Classification] = {}
    batch_end = time.monotonic() + regex_tier.batch_budget_s
    cut: dict[str, int] = {}
    for start, stop in _pieces(messages):
        part = messages[start:stop]
        joined = BATCH_SEPARATOR.join(part)
        keys.extend(template_key.keys(part, joined))
        if use_rules is None:
            got = regex_tier.match_batch(sources[start:stop], part, joined, deadline, batch_end, cut)
            matched.update((start + j, answer) for j, answer in got.items())
        else:
            some = [i for i in range(start, stop) if use_rules[i]]
            if some:
                got = regex_tier.match_batch(
                    [sources[i] for i in some], [messages[i] for i in some], None, deadline, batch_end, cut
                )
                matched.update((some[j], answer) for j, answer in got.items())
    regex_tier.log_cuts(cut, len(messages))
    return Prepared(keys, matched)


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
