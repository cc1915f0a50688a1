"""Three real daemons sharing one real redis-server, the real google-genai client against a fake Gemini.

One set of daemons for the module (each takes ~10 s and ~650 MB to start); the tests run in order and
build on each other's state: shared model answers, one LLM question per template, one day budget,
Redis killed and restarted under load, and finally a restart without Redis from the answer snapshot.
"""

from __future__ import annotations

import csv
import io
import random
import threading
import time
from collections import Counter
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from pathlib import Path

import grpc
import pytest

from logtriage.commands.examples_export import export
from logtriage.v1 import classifier_service_pb2 as pb
from logtriage.v1 import classifier_service_pb2_grpc as pb_grpc

from ..conftest import DaemonProcess, free_port
from ..llm.fake_gemini import TEST_KEY, TEST_MODEL, FakeGemini, prompt_lines
from ..service_helpers import scrape
from .redis_server import RedisServer

DAY_BUDGET = 8  # LLM requests per UTC day, for the whole fleet
# phrasings the bundled model answers above its threshold, whatever word fills the gap
CONFIDENT = (
    "Request GET /api/{w}/items completed with HTTP status 500",
    "Disk usage on volume {w} reached 95% of capacity",
    "Memory usage of container {w} at 91% of its 16 GB limit",
    "User {w} logged out of the admin console",
    "Task {w} failed: connection to the database timed out",
)
_rng = random.Random(1301)


def word() -> str:
    return "".join(_rng.choice("bcdfghjklmnpqrstvwxz") for _ in range(7))


class Node:
    def __init__(self, daemon: DaemonProcess, metrics_port: int, state_dir: Path) -> None:
        self.daemon, self.metrics_port, self.state_dir = daemon, metrics_port, state_dir
        self.channel = grpc.insecure_channel(daemon.address)
        self.stub = pb_grpc.ClassifierServiceStub(self.channel)

    def classify(self, records: list[tuple[str, str]]) -> list[pb.Classification]:
        request = pb.ClassifyBatchRequest(records=[pb.LogRecord(source=s, message=m) for s, m in records])
        return list(self.stub.ClassifyBatch(request, timeout=30).classifications)

    def metric(self, name: str) -> float:
        return sum(v for (n, _), v in scrape(self.metrics_port).items() if n == name)


def start_node(tmp: Path, name: str, fake: FakeGemini | None, redis_url: str | None, state_dir: Path) -> Node:
    port = free_port()
    env = {
        "GEMINI_API_KEY": TEST_KEY if fake else "",
        "GOOGLE_API_KEY": "",
        "NO_PROXY": "127.0.0.1,localhost",
        "LOGTRIAGE_LLM_BASE_URL": fake.url if fake else "",
        "LOGTRIAGE_LLM_MODEL": TEST_MODEL,
        "LOGTRIAGE_LLM_STATE_DIR": str(state_dir / "llm"),
        "LOGTRIAGE_LLM_REQUESTS_PER_DAY": str(DAY_BUDGET),
        "LOGTRIAGE_LLM_MAX_TEMPLATES_PER_REQUEST": "10",
        "LOGTRIAGE_CACHE_REDIS_URL": redis_url or "",
        "LOGTRIAGE_CACHE_REDIS_TIMEOUT_MS": "250",  # three daemons on two shared cores: no spurious time-outs
        "LOGTRIAGE_CACHE_STATE_DIR": str(state_dir),
        "LOGTRIAGE_METRICS_LISTEN": f"127.0.0.1:{port}",
        "LOGTRIAGE_MODEL_THREADS": "1",  # three daemons' torch threads on two cores would spin against each other
        "LOGTRIAGE_MODEL_WORDS_FIRST": "false",  # every new template is embedded: the count shows each one
    }
    (tmp / name).mkdir(exist_ok=True)
    return Node(DaemonProcess(tmp / name, env=env), port, state_dir)


@pytest.fixture(scope="module")
def fake() -> Iterator[FakeGemini]:
    server = FakeGemini().start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="module")
def fleet(
    tmp_path_factory: pytest.TempPathFactory, redis_server: RedisServer, fake: FakeGemini
) -> Iterator[list[Node]]:
    tmp = tmp_path_factory.mktemp("fleet")
    nodes = [start_node(tmp, name, fake, redis_server.url, tmp / name / "state") for name in "abc"]
    try:
        with ThreadPoolExecutor(3) as pool:
            list(pool.map(lambda n: n.daemon.wait_serving(), nodes))
        yield nodes
    finally:
        for node in nodes:
            node.channel.close()
        with ThreadPoolExecutor(3) as pool:
            list(pool.map(lambda n: n.daemon.stop(), nodes))


def asked_texts(fake: FakeGemini) -> Counter[str]:
    return Counter(text for body in (r.json for r in fake.requests) for _, _, text in prompt_lines(body))


def test_a_template_embedded_by_one_daemon_is_a_cache_hit_on_the_others(fleet: list[Node]) -> None:
    a, b, c = fleet
    records = [("app", form.format(w=word())) for form in CONFIDENT for _ in range(2)]
    first = a.classify(records)
    assert {answer.tier for answer in first} == {pb.TIER_MODEL}
    assert a.metric("logtriage_model_embedded_total") == len(records)
    deadline = time.monotonic() + 10
    while a.metric("logtriage_cache_store_writes_total") < len(records) and time.monotonic() < deadline:
        time.sleep(0.05)  # writes go out in the background, after the answer
    for node in (b, c):
        embedded = node.metric("logtriage_model_embedded_total")
        answers = node.classify(records)
        assert [(x.label, x.tier) for x in answers] == [(x.label, pb.TIER_CACHE) for x in first]
        assert node.metric("logtriage_model_embedded_total") == embedded
        assert node.metric("logtriage_cache_store_hits_total") >= len(records)
        again = node.classify(records)  # now a local hit: the store is not asked again
        assert {x.tier for x in again} == {pb.TIER_CACHE}
    assert b.metric("logtriage_cache_store_hits_total") == len(records)


def test_each_new_template_is_asked_once_across_the_fleet(
    fleet: list[Node], fake: FakeGemini, redis_server: RedisServer
) -> None:
    texts = [f"Lead import {word()} could not be converted: no contact details" for _ in range(4)]
    texts += [f"Nightly sync {word()} did not finish before the window closed" for _ in range(4)]
    records = [("LegacyCRM", text) for text in texts]  # routed to the LLM tier only
    before = len(fake.requests)
    deadline = time.monotonic() + 20
    with ThreadPoolExecutor(3) as pool:
        while True:  # every daemon is asked at once, again and again, until all have the answers
            rounds = list(pool.map(lambda node: node.classify(records), fleet))
            if all(x.tier in (pb.TIER_LLM, pb.TIER_LLM_CACHE) for answers in rounds for x in answers):
                break
            assert time.monotonic() < deadline, rounds
            time.sleep(0.1)
    for answers in rounds:
        assert [x.label for x in answers] == ["Workflow Error"] * 4 + ["Error"] * 4
    asked = asked_texts(fake)
    assert 1 <= len(fake.requests) - before <= 3  # at most one request per daemon that won claims
    assert len(asked) == len(texts) and set(asked.values()) == {1}  # each template asked once by the fleet
    assert sum(node.metric("logtriage_llm_fleet_claimed_elsewhere_total") for node in fleet) > 0
    # the learned examples of all three reach one stream, and `logtriage examples export` makes the CSV
    deadline = time.monotonic() + 5
    while redis_server.command("XLEN", "logtriage:examples") != str(len(texts)):
        assert time.monotonic() < deadline, redis_server.command("XLEN", "logtriage:examples")
        time.sleep(0.05)
    out = io.StringIO()
    assert export(redis_server.url, "logtriage:", out) == len(texts)
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert sorted(row["target_label"] for row in rows) == ["Error"] * 4 + ["Workflow Error"] * 4
    assert {row["source"] for row in rows} == {"LegacyCRM"} and all(row["log_message"] for row in rows)


def test_the_day_budget_is_one_for_the_fleet(fleet: list[Node], fake: FakeGemini, redis_server: RedisServer) -> None:
    used = len(fake.requests)
    assert used < DAY_BUDGET
    for round_ in range(3 * DAY_BUDGET):  # alone, each daemon would send up to DAY_BUDGET requests
        node = fleet[round_ % 3]
        node.classify([("LegacyCRM", f"Contact {word()} could not be converted: no phone")])
        time.sleep(0.15)  # each is asked on its own (no batching of templates)
    time.sleep(1.0)
    assert len(fake.requests) == DAY_BUDGET
    day_key = f"logtriage:budget:d:{datetime.now(UTC).date().isoformat()}"
    assert redis_server.command("GET", day_key) == str(DAY_BUDGET)
    assert sum(node.metric("logtriage_llm_fleet_budget_waits_total") for node in fleet) > 0


def test_redis_killed_and_restarted_mid_run_fails_no_call(fleet: list[Node], redis_server: RedisServer) -> None:
    known = [("app", form.format(w=word())) for form in CONFIDENT]
    fleet[0].classify(known)
    failures: list[BaseException] = []
    calls = Counter[str]()
    stop = threading.Event()

    def load(node: Node) -> None:
        while not stop.is_set():
            try:
                answers = node.classify([*known, ("app", CONFIDENT[calls[node.daemon.address] % 5].format(w=word()))])
                assert len(answers) == len(known) + 1
                calls[node.daemon.address] += 1
            except BaseException as err:  # any failure fails the test
                failures.append(err)
            time.sleep(0.02)

    threads = [threading.Thread(target=load, args=(node,)) for node in fleet]
    for thread in threads:
        thread.start()
    try:
        time.sleep(1.0)
        redis_server.kill()
        time.sleep(2.0)
        redis_server.start()
        time.sleep(2.5)  # back-off is at most 5 s; 0.5 + 1 + 2 s have passed by now
        deadline = time.monotonic() + 10
        while not all(node.metric("logtriage_cache_store_up") == 1 for node in fleet):
            assert time.monotonic() < deadline, "a daemon did not reconnect by itself"
            time.sleep(0.2)
    finally:
        stop.set()
        for thread in threads:
            thread.join(30)
    assert not failures, failures[:3]
    assert all(count > 10 for count in calls.values()) and len(calls) == 3, calls
    for node in fleet:
        assert node.metric("logtriage_cache_store_errors_total") >= 1
        log = node.daemon.log()
        downs, ups = log.count('"cache_store_down"'), log.count('"cache_store_up"')
        assert 1 <= downs <= 3 and ups == downs, log[-3000:]  # a line per change of state, not per call


def test_a_restart_without_redis_answers_known_templates_without_embedding(
    fleet: list[Node], tmp_path_factory: pytest.TempPathFactory
) -> None:
    a = fleet[0]
    records = [("app", form.format(w=word())) for form in CONFIDENT]
    first = a.classify(records)
    assert a.daemon.stop() == 0  # SIGTERM: the answer snapshot is written
    assert '"answer_snapshot_saved"' in a.daemon.log()
    tmp = tmp_path_factory.mktemp("restart")
    again = start_node(tmp, "a2", None, None, a.state_dir)
    try:
        again.daemon.wait_serving()
        answers = again.classify(records)
        assert [(x.label, x.tier) for x in answers] == [(x.label, pb.TIER_CACHE) for x in first]
        assert again.metric("logtriage_model_embedded_total") == 0
        assert again.metric("logtriage_cache_misses_total") == 0
    finally:
        again.channel.close()
        again.daemon.stop()
