"""A memo that cannot grow without bound: when it holds `limit` entries, the next one clears it.

The cascade shares one answer object among every record of a template; memos keep those objects, their
protobuf messages (service/convert.py), their CSV cells (commands/classify.py) and each word's known
character n-gram columns (model/char_features.py).
Clearing when full (not LRU) keeps a hit a plain `dict.get` at C speed: templates repeat, so a memo
refills with the live ones at once, and a flood of unique ones costs one rebuild per `limit` records.
"""

from __future__ import annotations

from collections.abc import Hashable
from typing import TypeVar

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


class BoundedMemo(dict[K, V]):
    """A dict read with `get`; entries are added with `keep`, which clears the memo first when it is full."""

    def __init__(self, limit: int) -> None:
        super().__init__()
        self.limit = limit

    def keep(self, key: K, value: V) -> V:
        """Stores value under key and returns it; a memo holding `limit` entries is emptied first."""
        if len(self) >= self.limit:
            self.clear()
        self[key] = value
        return value
