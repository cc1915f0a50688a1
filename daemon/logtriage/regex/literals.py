"""Required literals of a rule's pattern: text every match must contain, to skip rules cheaply.

`required_literal(pattern)` reads the pattern text and returns the longest run of plain characters
that sits outside any group, set or alternation and is not made optional by a quantifier, or None
when it cannot be sure (inline flags, verbose mode, top-level `|`, escapes it does not know). A
message without that run cannot match, so the regex need not run: `str.find` is far cheaper than
a `regex` search with a timeout. When in doubt it answers None and the rule always runs.
"""

from __future__ import annotations

import regex

_META = frozenset(".^$*+?{}[]\\|()")
# escapes that stand for one character class or position; anything else (\x41, \p{L}, \1, \g<n>, \L<n>,
# \N{...}, \Q) may consume more of the pattern, so the whole pattern is given up on
_CLASS_ESCAPES = frozenset("dDwWsSbBAZzGmMXKntrfvae")
_FLAG_CHARS = frozenset("aiLmsuxbefprwV0123456789-^")


class _Unsure(Exception):
    """The pattern uses syntax this reader does not model; no literal is claimed."""


def required_literal(pattern: regex.Pattern[str]) -> str | None:
    """The longest literal every match of `pattern` contains (case-folded if IGNORECASE), or None."""
    if pattern.flags & regex.VERBOSE:
        return None
    try:
        runs = _literal_runs(pattern.pattern, nested_sets=bool(pattern.flags & regex.VERSION1))
    except _Unsure:
        return None
    best = max(runs, key=len, default="")
    if not best:
        return None
    return best.casefold() if pattern.flags & regex.IGNORECASE else best


def _literal_runs(p: str, *, nested_sets: bool) -> list[str]:
    runs: list[str] = []
    cur: list[str] = []

    def flush() -> None:
        if cur:
            runs.append("".join(cur))
            cur.clear()

    i, n = 0, len(p)
    while i < n:
        c = p[i]
        if c == "\\":
            if i + 1 >= n:
                raise _Unsure
            e = p[i + 1]
            if not e.isalnum():
                cur.append(e)  # an escaped punctuation character is itself
            elif e in _CLASS_ESCAPES:
                flush()
            else:
                raise _Unsure
            i += 2
        elif c == "[":
            flush()
            i = _skip_set(p, i, nested_sets)
        elif c == "(":
            flush()
            i = _skip_group(p, i, nested_sets)
        elif c in "?*+":
            if cur:
                cur.pop()  # the quantified character may be absent (or repeated): it ends the run
            flush()
            i += 1
            if i < n and p[i] in "?+":  # lazy or possessive form of the same quantifier
                i += 1
        elif c == "{":
            if cur:
                cur.pop()
            flush()
            end = p.find("}", i)
            if end < 0:
                raise _Unsure
            i = end + 1
            if i < n and p[i] in "?+":
                i += 1
        elif c == "|":
            raise _Unsure  # an alternative at the top level needs none of the other's text
        elif c in _META:
            flush()  # . ^ $ and stray closers
            i += 1
        else:
            cur.append(c)
            i += 1
    flush()
    return runs


def _skip_set(p: str, i: int, nested: bool) -> int:
    """Index just past the set that opens at p[i] == '['."""
    j = i + 1
    if j < len(p) and p[j] == "^":
        j += 1
    if j < len(p) and p[j] == "]":
        j += 1  # a ']' first in a set is literal
    while j < len(p):
        c = p[j]
        if c == "\\":
            j += 2
        elif c == "[" and nested:
            j = _skip_set(p, j, nested)
        elif c == "]":
            return j + 1
        else:
            j += 1
    raise _Unsure


def _skip_group(p: str, i: int, nested_sets: bool) -> int:
    """Index just past the group that opens at p[i] == '('; refuses inline flags that reach outside it."""
    if p.startswith("(?#", i):
        end = p.find(")", i)
        if end < 0:
            raise _Unsure
        return end + 1
    if p.startswith("(?", i):
        j = i + 2
        while j < len(p) and p[j] in _FLAG_CHARS:
            j += 1
        if j > i + 2 and j < len(p) and p[j] == ")":
            raise _Unsure  # (?i) and friends change how the rest of the pattern matches
    depth = 0
    j = i
    while j < len(p):
        c = p[j]
        if c == "\\":
            j += 2
            continue
        if c == "[":
            j = _skip_set(p, j, nested_sets)
            continue
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0:
                return j + 1
        j += 1
    raise _Unsure
