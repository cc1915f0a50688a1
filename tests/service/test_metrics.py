"""Prometheus metrics as Prometheus sees them: scrape the real /metrics of a real daemon."""

from __future__ import annotations

import re
import shutil
import threading
import time
from collections import Counter

import grpc
import pytest
from prometheus_client import generate_latest

from logtriage.engine.cascade import Engine
from logtriage.regex.rules import RuleSet
from logtriage.regex.tier import RegexTier
from logtriage.service.convert import PB_TO_TIER
from logtriage.service.metrics import Metrics
from logtriage.service.servicer import ClassifierService
from logtriage.v1 import classifier_service_pb2 as pb
from logtriage.v1 import classifier_service_pb2_grpc as pb_grpc

from ..conftest import ROOT, DaemonProcess, free_port
from ..service_helpers import scrape, scrape_text

TIER_NAMES = {number: tier.value for number, tier in PB_TO_TIER.items()}


def record(message: str, source: str = "app") -> pb.LogRecord:
    return pb.LogRecord(source=source, message=message)


@pytest.fixture(scope="module")
def metered(tmp_path_factory: pytest.TempPathFactory):
    tmp = tmp_path_factory.mktemp("metrics")
    rules = tmp / "rules"
    shutil.copytree(ROOT / "rules", rules)
    # a rule that backtracks without end on "aaa...ab", for one source only
    (rules / "zz-slow.yaml").write_text(
        "rules:\n  - id: slow-rule\n    label: Error\n    pattern: '^(a|aa)+$'\n    sources: [slowsrc]\n"
    )
    port = free_port()
    daemon = DaemonProcess(
        tmp,
        "--rules",
        str(rules),
        "--rules-match-timeout-ms",
        "20",
        "--server-max-in-flight-records",
        "1000",
        "--metrics-listen",
        f"127.0.0.1:{port}",
        env={"GEMINI_API_KEY": "", "GOOGLE_API_KEY": ""},
    )
    try:
        daemon.wait_serving()
        with grpc.insecure_channel(daemon.address) as channel:
            stub = pb_grpc.ClassifierServiceStub(channel)
            stub.channel = channel  # type: ignore[attr-defined]  # for calls with raw bytes
            yield stub, port
    finally:
        daemon.stop()


def test_records_latency_cache_and_model_info(metered) -> None:
    stub, port = metered
    before = scrape(port)
    assert before[("logtriage_engine_loaded", ())] == 1
    assert before[("logtriage_in_flight_records", ())] == 0
    version = stub.GetInfo(pb.GetInfoRequest(), timeout=10).model_version
    model_info = [key for key in before if key[0] == "logtriage_model_info"]
    assert len(model_info) == 1 and ("model_version", version) in model_info[0][1]

    batch = [
        record("Failed password for root from 203.0.113.9 port 52211 ssh2", "sshd"),
        record("Failed password for admin from 203.0.113.10 port 52212 ssh2", "sshd"),
        record("nightly export of table m41 wrote 7781 rows to the archive"),
        record("nightly export of table m42 wrote 12 rows to the archive"),
    ]
    first = stub.ClassifyBatch(pb.ClassifyBatchRequest(records=batch), timeout=60).classifications
    again = [record(f"nightly export of table m{i} wrote {i * 3} rows to the archive") for i in range(50, 54)]
    second = stub.ClassifyBatch(pb.ClassifyBatchRequest(records=again), timeout=60).classifications
    one = stub.Classify(pb.ClassifyRequest(record=record("user U5 logged in from 10.0.0.5")), timeout=60)
    replies = list(
        stub.ClassifyStream(
            iter([pb.ClassifyStreamRequest(batch_id=i, records=[record("x")]) for i in range(3)]), timeout=60
        )
    )
    assert len(replies) == 3
    after = scrape(port)

    answers = [*first, *second, one.classification, *(c for r in replies for c in r.classifications)]
    expected = Counter((c.label, TIER_NAMES[c.tier]) for c in answers)
    for (label, tier), count in expected.items():
        key = ("logtriage_records_total", (("label", label), ("tier", tier)))
        assert after[key] - before.get(key, 0) == count, (label, tier)
    assert after[("logtriage_records_total", (("label", "Security Alert"), ("tier", "regex")))] >= 2

    def delta(name: str, **labels: str) -> float:
        key = (name, tuple(sorted(labels.items())))
        return after.get(key, 0) - before.get(key, 0)

    assert delta("logtriage_request_duration_seconds_count", method="ClassifyBatch") == 2
    assert delta("logtriage_request_duration_seconds_count", method="Classify") == 1
    assert delta("logtriage_request_duration_seconds_count", method="ClassifyStream") == 3
    assert delta("logtriage_request_records_sum", method="ClassifyBatch") == len(batch) + len(again)
    assert delta("logtriage_request_duration_seconds_sum", method="ClassifyBatch") > 0
    # the second batch repeats the first batch's template: answered from the cache
    assert all(c.tier == pb.TIER_CACHE for c in second) or all(c.tier == pb.TIER_NONE for c in second)
    assert delta("logtriage_cache_hits_total") >= 1
    assert delta("logtriage_cache_misses_total") >= 1
    assert after[("logtriage_cache_entries", ())] >= 1
    assert after[("logtriage_rules", ())] == stub.GetInfo(pb.GetInfoRequest(), timeout=10).rule_count
    assert after[("logtriage_llm_enabled", ())] == 0
    assert after[("process_resident_memory_bytes", ())] > 0


def test_rule_timeouts_are_counted_by_rule(metered) -> None:
    stub, port = metered
    key = ("logtriage_rule_timeouts_total", (("rule_id", "slow-rule"),))
    before = scrape(port).get(key, 0)
    reply = stub.Classify(pb.ClassifyRequest(record=record("a" * 40 + "b", "slowsrc")), timeout=60)
    assert reply.classification.rule_id != "slow-rule"
    assert scrape(port)[key] == before + 1


def test_work_in_flight_and_resource_exhausted_rejections(metered) -> None:
    stub, port = metered
    before = scrape(port)[("logtriage_rejected_requests_total", ())]
    fresh = [record(f"zq{i} metric wording {chr(97 + i % 26) * (i % 6 + 1)} unit{i}") for i in range(900)]
    outcome: dict[str, object] = {}
    worker = threading.Thread(
        target=lambda: outcome.update(reply=stub.ClassifyBatch(pb.ClassifyBatchRequest(records=fresh), timeout=120))
    )
    worker.start()
    deadline = time.monotonic() + 60
    while (in_flight := scrape(port)[("logtriage_in_flight_records", ())]) == 0:
        assert worker.is_alive() and time.monotonic() < deadline, "the batch never showed up as in flight"
        time.sleep(0.02)
    assert in_flight == len(fresh)
    # 900 in work + 200 more is past the limit of 1000
    with pytest.raises(grpc.RpcError) as err:
        stub.ClassifyBatch(pb.ClassifyBatchRequest(records=fresh[:200]), timeout=30)
    assert err.value.code() == grpc.StatusCode.RESOURCE_EXHAUSTED
    worker.join(120)
    assert len(outcome["reply"].classifications) == len(fresh)  # type: ignore[attr-defined]
    after = scrape(port)
    assert after[("logtriage_rejected_requests_total", ())] == before + 1
    assert after[("logtriage_in_flight_records", ())] == 0
    refused = ("logtriage_request_failures_total", (("code", "RESOURCE_EXHAUSTED"), ("method", "ClassifyBatch")))
    assert after[refused] >= 1


def test_failed_calls_are_counted_by_method_and_code(metered) -> None:
    stub, port = metered
    before = scrape(port)

    def failures(samples, method: str, code: str) -> float:  # type: ignore[no-untyped-def]
        return samples.get(("logtriage_request_failures_total", (("code", code), ("method", method))), 0)

    for method in ("ClassifyBatch", "Classify", "ClassifyBatch"):
        call = stub.channel.unary_unary(f"/logtriage.v1.ClassifierService/{method}")
        with pytest.raises(grpc.RpcError) as err:
            call(b"\x0a\x05\x12\x03\xff\xfe\xfd", timeout=30)  # a LogRecord whose message is not UTF-8
        assert err.value.code() == grpc.StatusCode.INVALID_ARGUMENT
    stub.ClassifyBatch(pb.ClassifyBatchRequest(records=[record("user 5 logged in")]), timeout=60)  # no failure
    after = scrape(port)
    assert (
        failures(after, "ClassifyBatch", "INVALID_ARGUMENT") - failures(before, "ClassifyBatch", "INVALID_ARGUMENT")
        == 2
    )
    assert failures(after, "Classify", "INVALID_ARGUMENT") - failures(before, "Classify", "INVALID_ARGUMENT") == 1
    assert (
        sum(v for (name, _), v in after.items() if name == "logtriage_request_failures_total")
        - sum(v for (name, _), v in before.items() if name == "logtriage_request_failures_total")
        == 3
    )


def test_scrape_is_prometheus_text_with_help_and_type(metered) -> None:
    _, port = metered
    text = scrape_text(port)
    assert "# TYPE logtriage_records_total counter" in text
    assert "# TYPE logtriage_request_duration_seconds histogram" in text
    assert "# HELP logtriage_in_flight_records " in text
    assert len(text) < 64 * 1024  # small enough to scrape every few seconds
    documented = (ROOT / "docs" / "reference.md").read_text()
    llm_row = next(line for line in documented.splitlines() if line.startswith("| `logtriage_llm_<name>_total`"))
    llm_row += next(line for line in documented.splitlines() if line.startswith("| `logtriage_llm_<name>`"))
    for line in text.splitlines():
        if line.startswith("# TYPE logtriage_llm_") and not line.startswith("# TYPE logtriage_llm_enabled "):
            stat = line.split()[2].removeprefix("logtriage_llm_").removesuffix("_total")
            assert re.search(rf"\b{stat}\b", llm_row), f"LLM stat {stat} is not in docs/reference.md"
        elif line.startswith("# TYPE logtriage_"):
            name = line.split()[2]
            assert f"`{name}`" in documented, f"{name} is not in the metrics table of docs/reference.md"


class _StandInLlm:
    """Not the code under test: an LLM tier shape with the `stats()` the collector reads."""

    enabled = True

    def __init__(self, stats: object) -> None:
        self._stats = stats

    def stats(self) -> object:
        if isinstance(self._stats, Exception):
            raise self._stats
        return self._stats

    async def classify(self, items, deadline=None):  # pragma: no cover - never called here
        return [None] * len(items)


@pytest.mark.parametrize(
    ("stats", "expected", "absent"),
    [
        (
            {
                "requests": 7,
                "failures": 2,
                "budget_day_left": 93,
                "breaker_state": 1,
                "enabled": 1,
                "model": "gemini",
            },
            [
                "logtriage_llm_requests_total 7.0",
                "logtriage_llm_failures_total 2.0",
                "logtriage_llm_budget_day_left 93.0",
                "logtriage_llm_breaker_state 1.0",
                "# TYPE logtriage_llm_budget_day_left gauge",
                "# TYPE logtriage_llm_requests_total counter",
                "logtriage_llm_enabled 1.0",
            ],
            ["gemini"],
        ),
        (RuntimeError("boom"), ["logtriage_llm_enabled 1.0", "logtriage_in_flight_records 0.0"], ["boom"]),
        ("not a dict", ["logtriage_llm_enabled 1.0"], ["not a dict"]),
    ],
    ids=["numbers", "stats-raises", "not-a-dict"],
)
def test_llm_stats_become_metrics_and_never_break_a_scrape(
    stats: object, expected: list[str], absent: list[str]
) -> None:
    service = ClassifierService(100, 100)
    service.engine = Engine(RuleSet((), (), ("regex", "llm")), RegexTier(()), None, llm_tier=_StandInLlm(stats))
    try:
        text = generate_latest(Metrics(service).registry).decode()
    finally:
        service.engine.close()
    lines = text.splitlines()
    for line in expected:
        assert line in lines
    assert sum(line.startswith("logtriage_llm_enabled ") for line in lines) == 1
    for word in absent:
        assert word not in text


def test_the_real_llm_tier_stats_are_exported_with_the_right_types() -> None:
    llm_tier = pytest.importorskip("logtriage.llm.llm_tier", reason="the LLM tier is not in this tree yet")
    llm_settings = pytest.importorskip("logtriage.llm.settings")
    tier = llm_tier.LlmTier(llm_settings.LlmSettings(enabled=False), ["Error", "Unclassified"])
    service = ClassifierService(100, 100)
    service.engine = Engine(RuleSet((), (), ("regex", "llm")), RegexTier(()), None, llm_tier=tier)
    try:
        text = generate_latest(Metrics(service).registry).decode()
    finally:
        service.engine.close()
    lines = text.splitlines()
    for key, value in tier.stats().items():
        if key == "enabled":
            continue
        if key in ("budget_day_left", "budget_minute_left", "pending", "inflight", "cache_entries", "breaker_state"):
            assert f"# TYPE logtriage_llm_{key} gauge" in lines and f"logtriage_llm_{key} {float(value)}" in lines
        else:
            assert (
                f"# TYPE logtriage_llm_{key}_total counter" in lines
                and f"logtriage_llm_{key}_total {float(value)}" in lines
            )
    assert "logtriage_llm_enabled 0.0" in lines
