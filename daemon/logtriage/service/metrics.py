"""Prometheus metrics on an HTTP address of their own (`metrics.listen`), off unless set.

Two kinds: what the gRPC calls observe (records by label and tier, latency, batch sizes), kept
here; and what the engine objects already count (cache, rule time-outs, model batches, the LLM
tier, work in flight), read at scrape time by `EngineCollector` from `service.engine`, so a reload
is followed without re-registering anything. Counts of an engine that a reload retired are folded
into a base so that counters never go backwards.
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from typing import Any
from wsgiref.simple_server import WSGIServer

import structlog
from prometheus_client import (
    GC_COLLECTOR,
    PLATFORM_COLLECTOR,
    PROCESS_COLLECTOR,
    CollectorRegistry,
    Counter,
    Gauge,
    Histogram,
    disable_created_metrics,
    start_http_server,
)
from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily, InfoMetricFamily, Metric

from .. import __version__
from ..engine.cascade import Engine
from ..settings import ConfigError, split_host_port
from ..store.metrics import store_metrics
from .servicer import ClassifierService

log = structlog.get_logger(__name__)

LATENCY_BUCKETS = (0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0)
BATCH_BUCKETS = (1, 10, 50, 100, 500, 1000, 5000, 10000)
# the LLM tier's stats() that go up and down; every other number it reports only counts up
LLM_GAUGES = frozenset(
    {"cache_entries", "pending", "inflight", "budget_minute_left", "budget_day_left", "breaker_state"}
)
_NAME_UNSAFE = re.compile(r"[^a-zA-Z0-9_]")


def parse_listen(listen: str) -> tuple[str, int]:
    """`host:port` or `[v6]:port` to (host, port); the error names the setting."""
    address = split_host_port(listen, allow_port_zero=True)
    if address is None:
        raise ConfigError(f"metrics.listen {listen!r}: expected HOST:PORT, e.g. 127.0.0.1:9464, or empty for off")
    return address


class EngineCollector:
    """Reads counters and gauges from the live service and engine at scrape time."""

    def __init__(self, service: ClassifierService) -> None:
        self.service = service
        self._retired: dict[str, float] = {}  # counter name (+ rule id) -> counts of retired engines

    def retire(self, old: Engine, new: Engine) -> None:
        """Folds `old`'s counts into the base for each counting object that `new` does not share."""
        base = self._retired
        if old.cache is not new.cache:
            for name, value in _cache_counts(old).items():
                base[name] = base.get(name, 0) + value
        if old.regex_tier is not new.regex_tier:
            for rule_id, value in old.regex_tier.timeouts_by_rule.items():
                key = f"rule_timeouts:{rule_id}"
                base[key] = base.get(key, 0) + value
            for reason, value in old.regex_tier.cuts.items():
                key = f"rule_cuts:{reason}"
                base[key] = base.get(key, 0) + value
        if old.stats is not new.stats:
            for name, value in _model_counts(old).items():
                base[name] = base.get(name, 0) + value

    def collect(self) -> Iterator[Metric]:
        service, base = self.service, self._retired
        yield _gauge("logtriage_in_flight_records", "Records in work right now", service.in_flight)
        yield _gauge("logtriage_in_flight_bytes", "Request bytes in work right now", service.in_flight_bytes)
        yield _counter(
            "logtriage_rejected_requests", "Calls refused with RESOURCE_EXHAUSTED (in-flight bound)", service.rejected
        )
        failures = CounterMetricFamily(
            "logtriage_request_failures",
            "Classify calls (stream messages) that ended without answers, by status code",
            labels=["method", "code"],
        )
        for (method, code), value in sorted(dict(service.failures).items()):
            failures.add_metric([method, code], value)
        yield failures
        engine = service.engine
        yield _gauge(
            "logtriage_engine_loaded", "1 once rules and model are loaded and calls are served", engine is not None
        )
        if engine is None:
            return
        cache = _cache_counts(engine)
        for name, text in (
            ("cache_hits", "Template cache hits"),
            ("cache_misses", "Template cache misses"),
            ("cache_evictions", "Templates evicted from the cache"),
        ):
            yield _counter(f"logtriage_{name}", text, cache[name] + base.get(name, 0))
        yield _gauge("logtriage_cache_entries", "Templates in the cache", len(engine.cache))
        yield _gauge("logtriage_cache_bytes", "Approximate bytes of the cache", engine.cache.bytes)
        timeouts = CounterMetricFamily(
            "logtriage_rule_timeouts", "Rule matches cut off by rules.match_timeout_ms", labels=["rule_id"]
        )
        by_rule: dict[str, float] = dict(engine.regex_tier.timeouts_by_rule)
        for key, retired in base.items():
            if key.startswith("rule_timeouts:"):
                rule_id = key.removeprefix("rule_timeouts:")
                by_rule[rule_id] = by_rule.get(rule_id, 0) + retired
        for rule_id, count in sorted(by_rule.items()):
            timeouts.add_metric([rule_id], count)
        yield timeouts
        cuts = CounterMetricFamily(
            "logtriage_rule_cuts",
            "Records whose rule matching was cut off (a rule's time limit, the record's or the batch's budget, "
            "the call's deadline) and that the next tier answered",
            labels=["reason"],
        )
        for reason, value in sorted(engine.regex_tier.cuts.items()):
            cuts.add_metric([reason], value + base.get(f"rule_cuts:{reason}", 0))
        yield cuts
        model = _model_counts(engine)
        yield _counter(
            "logtriage_model_batches", "Model batches run", model["model_batches"] + base.get("model_batches", 0)
        )
        yield _counter(
            "logtriage_model_templates",
            "Templates scored by the model (by word features alone, or embedded)",
            model["model_templates"] + base.get("model_templates", 0),
        )
        yield _counter(
            "logtriage_model_embedded",
            "Templates that needed an embedding (the rest were answered by word features alone)",
            model["model_embedded"] + base.get("model_embedded", 0),
        )
        yield _gauge("logtriage_rules", "Regex rules loaded", len(engine.ruleset.rules))
        yield _gauge("logtriage_labels", "Labels the daemon can answer", len(engine.labels))
        yield from _model_info(engine)
        yield from _llm_metrics(engine)
        yield from store_metrics(engine)


class Metrics:
    """The registry, the per-call observer and the HTTP server."""

    def __init__(self, service: ClassifierService) -> None:
        disable_created_metrics()  # no *_created series: half the scrape, and Prometheus ignores them
        self.registry = CollectorRegistry(auto_describe=True)
        for collector in (PROCESS_COLLECTOR, PLATFORM_COLLECTOR, GC_COLLECTOR):
            self.registry.register(collector)
        self.engine_collector = EngineCollector(service)
        self.registry.register(self.engine_collector)
        self.latency = Histogram(
            "logtriage_request_duration_seconds",
            "Time to answer one call (one stream message for ClassifyStream), successful calls only",
            ["method"],
            buckets=LATENCY_BUCKETS,
            registry=self.registry,
        )
        self.batch = Histogram(
            "logtriage_request_records",
            "Records per call (per stream message for ClassifyStream)",
            ["method"],
            buckets=BATCH_BUCKETS,
            registry=self.registry,
        )
        self.reloads = Counter("logtriage_reloads", "SIGHUP reloads by result", ["result"], registry=self.registry)
        self.reload_ok = Gauge(
            "logtriage_reload_last_successful",
            "1 if the last reload was applied, 0 if it failed",
            registry=self.registry,
        )
        self.reload_seconds = Gauge(
            "logtriage_reload_last_success_timestamp_seconds",
            "Unix time of the last applied reload",
            registry=self.registry,
        )
        self.reload_ok.set(1)
        self._records: dict[tuple[str, str], int] = {}
        self.registry.register(_RecordCollector(self._records))
        self.server: WSGIServer | None = None
        service.observers.append(self.observe)

    def observe(self, method: str, engine: Engine, answers: list[Any], elapsed: float) -> None:
        """Runs on the event loop after each call: a dict update per record, no locks."""
        counts = self._records
        for answer in answers:
            key = (answer.label, answer.tier.value)
            counts[key] = counts.get(key, 0) + 1
        self.latency.labels(method).observe(elapsed)
        self.batch.labels(method).observe(len(answers))

    def reloaded(self, ok: bool, old: Engine | None = None, new: Engine | None = None) -> None:
        self.reloads.labels("applied" if ok else "failed").inc()
        self.reload_ok.set(1 if ok else 0)
        if ok:
            self.reload_seconds.set(time.time())
            if old is not None and new is not None:
                self.engine_collector.retire(old, new)

    def start(self, listen: str) -> tuple[str, int]:
        host, port = parse_listen(listen)
        try:
            self.server, _ = start_http_server(port, host, registry=self.registry)
        except OSError as exc:
            raise ConfigError(f"metrics.listen {listen!r}: cannot listen: {exc}") from exc
        bound = int(self.server.server_address[1])
        log.info("metrics_listening", address=f"{listen.rpartition(':')[0]}:{bound}", path="/metrics")
        return host, bound

    def stop(self) -> None:
        if self.server is not None:
            self.server.shutdown()
            self.server.server_close()
            self.server = None


class _RecordCollector:
    def __init__(self, counts: dict[tuple[str, str], int]) -> None:
        self._counts = counts

    def collect(self) -> Iterator[Metric]:
        family = CounterMetricFamily(
            "logtriage_records", "Records answered, by label and tier", labels=["label", "tier"]
        )
        for (label, tier), value in sorted(dict(self._counts).items()):  # dict(): a copy, taken under the GIL
            family.add_metric([label, tier], value)
        yield family


def _cache_counts(engine: Engine) -> dict[str, float]:
    cache = engine.cache
    return {"cache_hits": cache.hits, "cache_misses": cache.misses, "cache_evictions": cache.evictions}


def _model_counts(engine: Engine) -> dict[str, float]:
    tier = engine.model_tier
    return {
        "model_batches": engine.stats.model_calls,
        "model_templates": engine.stats.model_templates,
        "model_embedded": tier.embedded if tier else 0,
    }


def _model_info(engine: Engine) -> Iterator[Metric]:
    tier = engine.model_tier
    info = InfoMetricFamily("logtriage_model", "The model and rules being served")
    info.add_metric(
        [],
        {
            "model_version": tier.version if tier else "",
            "embedding_model": str(tier.model.manifest.get("embedding", {}).get("model", "")) if tier else "",
            "threshold": f"{tier.threshold:g}" if tier else "",
            "server_version": __version__,
        },
    )
    yield info


def _llm_metrics(engine: Engine) -> Iterator[Metric]:
    """Every number of `engine.llm_tier.stats()`: the levels in LLM_GAUGES as gauges, all others as counters."""
    yield _gauge("logtriage_llm_enabled", "1 if the LLM tier is on", engine.llm_enabled)
    if engine.llm_tier is None:
        return
    try:
        stats = engine.llm_tier.stats()
    except Exception as exc:  # a scrape must not fail because of one source
        log.warning("llm_stats_failed", error=str(exc))
        return
    if not isinstance(stats, dict):
        return
    for key, value in sorted(stats.items()):
        name = _NAME_UNSAFE.sub("_", str(key)).strip("_").removesuffix("_total")
        if not isinstance(value, int | float) or not name or name == "enabled":  # bools count as 0/1
            continue
        text = f"LLM tier: {key}"
        if name in LLM_GAUGES:
            yield _gauge(f"logtriage_llm_{name}", text, value)
        else:
            yield _counter(f"logtriage_llm_{name}", text, value)


def _counter(name: str, text: str, value: float) -> CounterMetricFamily:
    return CounterMetricFamily(name, text, value=float(value))


def _gauge(name: str, text: str, value: float) -> GaugeMetricFamily:
    return GaugeMetricFamily(name, text, value=float(value))
