"""Template keys: repeats of one log statement share one key, and so one cached answer.

Two maskings, for two jobs:
- `key()` runs on every record, so it is one C-level substitution: a run of characters between
  whitespace and structural punctuation (quotes, commas, colons, `=`, brackets) that holds a digit
  is a variable (the Drain heuristic, split at punctuation so that a JSON line does not become one
  variable). `keys()` does a whole batch in one substitution over the joined messages, which
  roughly halves the cost per record (`logtriage bench` prints it).
- `model_text()` runs once per new template and keeps more words for the embedding model:
  only the variable parts (UUIDs, timestamps, e-mails, IPs, hex ids, numbers) are masked.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence

# possessive: a run without a digit fails once, without backtracking through its characters
_DELIMITERS = r"\s\"',:;=()\[\]{}|<>"
_VARIABLE_TOKEN = re.compile(rf"(?<![^{_DELIMITERS}])[^{_DELIMITERS}\d]*+\d[^{_DELIMITERS}]*+")
_SEPARATOR = "\x1e"  # joins a batch; whitespace (a delimiter) to the pattern above, so no variable crosses it

_FINE = re.compile(
    "|".join(
        f"({p})"
        for p in (
            r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}",
            r"\d{4}-\d\d-\d\d[T ]\d\d:\d\d:\d\d(?:[.,]\d+)?(?:Z|[+-]\d\d:?\d\d)?",
            r"(?<![\w.+-])[\w.+-]{1,64}@[\w-]+(?:\.[\w-]+)+",
            r"(?<![\w.])\d{1,3}(?:\.\d{1,3}){3}(?::\d{1,5})?(?![\w.])",
            # IPv6: all eight groups, or compressed with "::" (so that a time like 10:00:01 is no address)
            r"(?<![\w:])(?:(?:[0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}"
            r"|(?:[0-9a-fA-F]{1,4}:){0,6}[0-9a-fA-F]{0,4}::(?:[0-9a-fA-F]{1,4}:){0,6}[0-9a-fA-F]{1,4})(?![\w:])",
            r"\b0[xX][0-9a-fA-F]+\b|\b(?=[0-9a-fA-F]*\d)(?=[0-9a-fA-F]*[a-fA-F])[0-9a-fA-F]{8,}\b",
            r"\d+(?:\.\d+)?",
        )
    )
)
_FINE_PLACEHOLDERS = ("", "<UUID>", "<TS>", "<EMAIL>", "<IP>", "<IP>", "<HEX>", "<NUM>")


class TemplateKey:
    """Only the first max_chars characters count: a 10 MB message costs no more than a long line."""

    def __init__(self, max_chars: int = 2048) -> None:
        self.max_chars = max_chars

    def key(self, message: str) -> str:
        return _VARIABLE_TOKEN.sub("<*>", message[: self.max_chars])

    def keys(self, messages: Sequence[str], joined: str | None = None) -> list[str]:
        """`[key(m) for m in messages]`, faster; `joined` may pass `"\\x1e".join(messages)` if already built."""
        if not messages:
            return []
        limit = self.max_chars
        if max(map(len, messages)) > limit:
            messages = [m[:limit] for m in messages]
            joined = None
        if joined is None:
            joined = _SEPARATOR.join(messages)
        keys = _VARIABLE_TOKEN.sub("<*>", joined).split(_SEPARATOR)
        if len(keys) != len(messages):  # a message holds the separator itself
            return [_VARIABLE_TOKEN.sub("<*>", m) for m in messages]
        return keys

    def model_text(self, message: str) -> str:
        return _FINE.sub(_fine_placeholder, message[: self.max_chars])


def _fine_placeholder(match: re.Match[str]) -> str:
    return _FINE_PLACEHOLDERS[match.lastindex or 0]


def template_id(key: str) -> str:
    """A short stable id for a template key (the same across restarts and machines)."""
    return hashlib.blake2b(key.encode("utf-8", "surrogatepass"), digest_size=8).hexdigest()
