"""Prometheus series of the shared answer store, read from its counters at scrape time."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily, HistogramMetricFamily, Metric

from .shared_store import LATENCY_BUCKETS, SharedStore

COUNTERS = (
    ("hits", "Template look-ups the shared store answered (local misses only)"),
    ("misses", "Template look-ups the shared store did not know"),
    ("errors", "Calls to the shared store that failed or ran past cache.redis_timeout_ms"),
    ("skipped", "Calls to the shared store not tried because it was down (back-off)"),
    ("writes", "Answers and examples written to the shared store"),
    ("dropped_writes", "Answers and examples not written (store down, or the write queue full)"),
    ("state_changes", "Times the shared store went down or came back"),
)


def store_metrics(engine: Any) -> Iterator[Metric]:
    shared = getattr(engine, "shared", None)
    if shared is None:
        return
    store: SharedStore = shared.store
    stats = store.stats
    yield GaugeMetricFamily("logtriage_cache_store_up", "1 while the shared store answers in time", value=store.up)
    for name, text in COUNTERS:
        yield CounterMetricFamily(f"logtriage_cache_store_{name}", text, value=float(getattr(stats, name)))
    latency = HistogramMetricFamily(
        "logtriage_cache_store_latency_seconds", "Time of one call to the shared store", labels=["op"]
    )
    for op, row in sorted(stats.latency.items()):
        cumulative, buckets = 0.0, []
        for bound, count in zip((*LATENCY_BUCKETS, float("inf")), row[:-1], strict=True):
            cumulative += count
            buckets.append(("+Inf" if bound == float("inf") else repr(bound), cumulative))
        latency.add_metric([op], buckets, sum_value=row[-1])
    yield latency
