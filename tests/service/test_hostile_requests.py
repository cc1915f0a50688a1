"""Hostile requests against a real daemon: a batch that makes a rule crawl, requests too big for memory,
garbage bytes. None may freeze the daemon, balloon it, or be taken as a valid call."""

from __future__ import annotations

import shutil
import threading
import time
from collections.abc import Iterator

import grpc
import pytest

from logtriage.v1 import classifier_service_pb2 as pb
from logtriage.v1 import classifier_service_pb2_grpc as pb_grpc

from ..conftest import ROOT, DaemonProcess, free_port
from ..service_helpers import scrape

# a user's rule as the bundled fail2ban rule was: quadratic in the line's length
QUADRATIC_RULE = (
    "rules:\n  - {id: user-fail2ban, label: Security Alert, pattern: '\\bfail2ban\\.actions\\b.*\\bBan \\S+'}\n"
)
HOSTILE = pb.LogRecord(source="fail2ban", message="fail2ban.actions " * 1000)
IN_FLIGHT_BYTES = 12 << 20


class Served:
    def __init__(self, daemon: DaemonProcess, metrics_port: int) -> None:
        self.daemon = daemon
        self.metrics_port = metrics_port
        self.channel = grpc.insecure_channel(daemon.address, options=[("grpc.max_send_message_length", 64 << 20)])
        self.stub = pb_grpc.ClassifierServiceStub(self.channel)

    def metric(self, name: str, labels: tuple[tuple[str, str], ...] = ()) -> float:
        return scrape(self.metrics_port).get((name, labels), 0.0)


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Served]:
    tmp = tmp_path_factory.mktemp("hostile")
    rules = tmp / "rules"
    shutil.copytree(ROOT / "rules", rules)
    (rules / "zz-user.yaml").write_text(QUADRATIC_RULE)
    port = free_port()
    daemon = DaemonProcess(
        tmp,
        "--rules",
        str(rules),
        "--metrics-listen",
        f"127.0.0.1:{port}",
        "--rules-batch-budget-ms",
        "1500",
        "--server-max-in-flight-bytes",
        str(IN_FLIGHT_BYTES),
        env={"GEMINI_API_KEY": "", "GOOGLE_API_KEY": ""},
    ).wait_serving()
    got = Served(daemon, port)
    try:
        yield got
    finally:
        got.channel.close()
        daemon.stop()


def _hostile_batch(served: Served, outcome: dict[str, object]) -> None:
    try:
        outcome["reply"] = served.stub.ClassifyBatch(pb.ClassifyBatchRequest(records=[HOSTILE] * 600), timeout=15)
    except grpc.RpcError as exc:
        outcome["error"] = exc


def test_a_cached_classify_answers_within_100ms_while_a_hostile_batch_is_in_flight(served: Served) -> None:
    known = pb.ClassifyRequest(
        record=pb.LogRecord(source="app", message="Database connection pool exhausted, request failed")
    )
    for _ in range(2):  # the second answer comes from the cache
        first = served.stub.Classify(known, timeout=60).classification
    outcome: dict[str, object] = {}
    worker = threading.Thread(target=_hostile_batch, args=(served, outcome))
    worker.start()
    deadline = time.monotonic() + 10
    while served.metric("logtriage_in_flight_records") < 600:
        assert time.monotonic() < deadline and worker.is_alive(), f"the batch never showed up as in flight {outcome}"
        time.sleep(0.01)
    took = []
    for _ in range(3):
        started = time.perf_counter()
        reply = served.stub.Classify(known, timeout=5)
        took.append(time.perf_counter() - started)
        assert reply.classification.label == first.label and reply.classification.tier != pb.TIER_MODEL
    still_in_flight = worker.is_alive()
    worker.join(30)
    assert still_in_flight, "the hostile batch finished before the cached calls: nothing was shown"
    assert max(took) < 0.1, f"cached Classify took {[round(t * 1000) for t in took]} ms beside the hostile batch"
    reply = outcome.get("reply")
    assert reply is not None, f"the hostile batch failed: {outcome.get('error')}"
    answers = reply.classifications  # type: ignore[attr-defined]
    assert len(answers) == 600
    assert not any(a.rule_id == "user-fail2ban" for a in answers)  # a cut-off rule never counts as a match
    cuts = sum(
        served.metric("logtriage_rule_cuts_total", (("reason", r),))
        for r in ("rule_timeout", "record_budget", "batch_budget", "deadline")
    )
    assert cuts >= 500  # every hostile record was cut, counted, and answered by the next tier
    assert '"rules_cut"' in served.daemon.log_with('"rules_cut"')


def test_past_the_in_flight_bytes_bound_a_request_is_refused(served: Served) -> None:
    outcome: dict[str, object] = {}
    worker = threading.Thread(target=_hostile_batch, args=(served, outcome))  # 10 MB, in work for seconds
    worker.start()
    deadline = time.monotonic() + 10
    while served.metric("logtriage_in_flight_records") < 600:
        assert time.monotonic() < deadline and worker.is_alive(), f"the batch never showed up as in flight {outcome}"
        time.sleep(0.01)
    refused_before = served.metric("logtriage_rejected_requests_total")
    four_mb = pb.LogRecord(source="app", message="y" * (4 << 20))  # 10 + 4 MB > the 12 MB bound
    with pytest.raises(grpc.RpcError) as err:
        served.stub.ClassifyBatch(pb.ClassifyBatchRequest(records=[four_mb]), timeout=30)
    assert worker.is_alive()
    assert err.value.code() == grpc.StatusCode.RESOURCE_EXHAUSTED
    assert "server.max_in_flight_bytes" in (err.value.details() or "")
    assert served.metric("logtriage_rejected_requests_total") == refused_before + 1
    small = served.stub.Classify(pb.ClassifyRequest(record=pb.LogRecord(source="a", message="ok")), timeout=30)
    assert small.classification.label  # a small call still fits beside it
    worker.join(30)
    assert "reply" in outcome
    assert served.metric("logtriage_in_flight_bytes") == 0


def test_a_30mb_message_is_labelled_from_its_first_characters(served: Served) -> None:
    huge = pb.LogRecord(
        source="sshd", message="Failed password for root from 10.0.0.1 port 22 ssh2 " + "x" * (30 << 20)
    )
    answer = served.stub.Classify(pb.ClassifyRequest(record=huge), timeout=60).classification
    assert (answer.label, answer.rule_id) == ("Security Alert", "sshd-failed-password")
    assert served.metric("logtriage_in_flight_bytes") == 0  # nothing in work: a call bigger than the bound is served


def test_get_info_refuses_garbage_bytes(served: Served) -> None:
    call = served.channel.unary_unary("/logtriage.v1.ClassifierService/GetInfo")
    with pytest.raises(grpc.RpcError) as err:
        call(b"\xff\xfe garbage", timeout=10)
    assert err.value.code() == grpc.StatusCode.INVALID_ARGUMENT
    assert served.stub.GetInfo(pb.GetInfoRequest(), timeout=10).rule_count > 0
