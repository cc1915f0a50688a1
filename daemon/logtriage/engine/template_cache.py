"""A bounded LRU map from template key to a verdict, with hit and miss counts."""

from __future__ import annotations

import sys
from collections import OrderedDict
from collections.abc import Sequence
from typing import Generic, TypeVar

V = TypeVar("V")

_ENTRY_OVERHEAD = 300  # bytes per entry beyond the key's own size (measured: 86 MB for 200k templates)


class TemplateCache(Generic[V]):
    """Bounded both in entries and in approximate bytes, so that long keys cannot blow memory."""

    def __init__(self, max_entries: int = 100_000, max_bytes: int = 64 << 20) -> None:
        self.max_entries = max_entries
        self.max_bytes = max_bytes
        self.hits = 0
        self.misses = 0
        self.evictions = 0
        self.bytes = 0
        self._data: OrderedDict[str, V] = OrderedDict()

    def __len__(self) -> int:
        return len(self._data)

    def get(self, key: str) -> V | None:
        value = self._data.get(key)
        if value is None:
            self.misses += 1
            return None
        self.hits += 1
        self._data.move_to_end(key)
        return value

    def get_many(self, keys: Sequence[str]) -> list[V | None]:
        """`[get(k) for k in keys]` at C speed: one count per key, recency refreshed once per distinct key."""
        data = self._data
        values = list(map(data.get, keys))
        hits = len(list(filter(None, values)))  # values are objects (truthy); count(None) would call __eq__
        self.hits += hits
        self.misses += len(values) - hits
        move = data.move_to_end
        for key in dict.fromkeys(keys):
            if key in data:
                move(key)
        return values

    def put(self, key: str, value: V) -> None:
        if key in self._data:
            self._data[key] = value
            self._data.move_to_end(key)
            return
        self._data[key] = value
        self.bytes += sys.getsizeof(key) + _ENTRY_OVERHEAD
        while self._data and (len(self._data) > self.max_entries or self.bytes > self.max_bytes):
            old_key, _ = self._data.popitem(last=False)
            self.bytes -= sys.getsizeof(old_key) + _ENTRY_OVERHEAD
            self.evictions += 1

    def items(self) -> list[tuple[str, V]]:
        """A copy of the entries, least recently used first."""
        return list(self._data.items())

    def clear(self) -> None:
        self._data.clear()
        self.bytes = 0
