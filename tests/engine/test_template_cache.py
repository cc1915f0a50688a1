"""The template cache: bounded in entries and in bytes, least recently used out first, hits counted."""

from __future__ import annotations

from logtriage.engine.template_cache import TemplateCache


def test_bounded_in_entries_least_recently_used_goes_first() -> None:
    cache: TemplateCache[int] = TemplateCache(max_entries=3, max_bytes=1 << 30)
    for i in range(3):
        cache.put(f"k{i}", i)
    assert cache.get("k0") == 0  # k0 is now the most recent
    cache.put("k3", 3)
    assert len(cache) == 3 and cache.evictions == 1
    assert cache.get("k1") is None
    assert [cache.get(k) for k in ("k0", "k2", "k3")] == [0, 2, 3]


def test_bounded_in_bytes_long_keys_cannot_blow_memory() -> None:
    cache: TemplateCache[int] = TemplateCache(max_entries=1_000_000, max_bytes=100_000)
    for i in range(100):
        cache.put(f"{i} " + "x" * 10_000, i)
    assert cache.bytes <= 100_000
    assert 1 <= len(cache) < 10
    cache.clear()
    assert len(cache) == 0 and cache.bytes == 0


def test_hits_and_misses_are_counted_per_lookup_including_batches() -> None:
    cache: TemplateCache[str] = TemplateCache(max_entries=2)
    cache.put("a", "A")
    assert cache.get("a") == "A" and cache.get("b") is None
    assert cache.get_many(["a", "b", "a", "c"]) == ["A", None, "A", None]
    assert (cache.hits, cache.misses) == (3, 3)
    cache.put("b", "B")
    cache.get_many(["a"])  # refreshes a: b is now the oldest
    cache.put("c", "C")
    assert cache.get("b") is None and cache.get("a") == "A"
