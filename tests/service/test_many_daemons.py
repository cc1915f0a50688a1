"""Clients that spread load over several daemons (issue 13 item 5, issue 11 finding 4): `logtriage classify
--server a,b,c` and `logtriage-bridge --server a,b,c` use gRPC's round_robin with health checking, keep several
batches in flight, retry RESOURCE_EXHAUSTED and UNAVAILABLE, and move a batch off a daemon killed mid-stream."""

from __future__ import annotations

import asyncio
import csv
import io
import signal
import subprocess
import threading
from collections.abc import Iterator
from concurrent import futures
from pathlib import Path
from typing import Any

import grpc
import pytest
from fluent import sender
from grpc_health.v1 import health_pb2, health_pb2_grpc
from grpc_health.v1.health import HealthServicer

from logtriage.balancing import TargetError, parse_servers
from logtriage.client import Client
from logtriage.commands.classify import classify_csv
from logtriage.records import Record
from logtriage.v1 import classifier_service_pb2 as pb
from logtriage.v1 import classifier_service_pb2_grpc as pb_grpc

from ..bridge.peers import BridgeProcess, ForwardReceiver, wait_until
from ..commands.test_csv_command import ENV, LOGTRIAGE, ROOT
from ..conftest import DaemonProcess, free_port
from ..service_helpers import scrape

NO_LLM = {"GEMINI_API_KEY": "", "GOOGLE_API_KEY": ""}
TIGHT_LIMIT = 64


def lines(n: int) -> list[tuple[str, str]]:
    """Records of a few families, each line different (numbers, names), written for this test."""
    shapes = [
        ("nginx", "GET /api/items/{i} HTTP/1.1 200 in {m}ms"),
        ("sshd", "Failed password for user{i} from 10.0.{m}.{k} port {p} ssh2"),
        ("billing", "Invoice run for order {i} stopped: tax module invalid"),
        ("crm", "User User{i} logged in."),
        ("worker", "job {i} failed: timeout after {m}s"),
        ("kernel", "Out of memory: Killed process {p} (java) total-vm:{i}kB"),
    ]
    out = []
    for i in range(n):
        source, shape = shapes[i % len(shapes)]
        out.append((source, shape.format(i=i, m=i % 50, k=i % 7, p=4000 + i)))
    return out


def write_csv(path: Path, rows: list[tuple[str, str]]) -> None:
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["id", "source", "log_message"])
        for i, (source, message) in enumerate(rows):
            w.writerow([i, source, message])


def classify(*args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*LOGTRIAGE, "classify", *args], capture_output=True, text=True, env=ENV, cwd=ROOT, timeout=timeout
    )


def read_rows(path: Path) -> list[dict[str, str]]:
    with path.open(newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def records_answered(metrics_port: int) -> float:
    return sum(v for (name, _), v in scrape(metrics_port).items() if name == "logtriage_records_total")


class Fleet:
    """Three daemons that share the work, and one with a tiny in-flight bound; each with its metrics port."""

    def __init__(self, tmp: Path) -> None:
        self.metrics = [free_port() for _ in range(4)]
        self.procs = [
            DaemonProcess(tmp, "--metrics-listen", f"127.0.0.1:{port}", env=NO_LLM) for port in self.metrics[:3]
        ]
        self.procs.append(
            DaemonProcess(
                tmp,
                "--metrics-listen",
                f"127.0.0.1:{self.metrics[3]}",
                "--server-max-in-flight-records",
                str(TIGHT_LIMIT),
                env=NO_LLM,
            )
        )

    @property
    def three(self) -> str:
        return ",".join(p.address for p in self.procs[:3])

    @property
    def tight(self) -> DaemonProcess:
        return self.procs[3]


@pytest.fixture(scope="module")
def fleet(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Fleet]:
    started = Fleet(tmp_path_factory.mktemp("fleet"))  # the four load at once
    try:
        for proc in started.procs:
            proc.wait_serving()
        yield started
    finally:
        for proc in started.procs:  # all drain at once
            if proc.proc.poll() is None:
                proc.proc.send_signal(signal.SIGTERM)
        for proc in started.procs:
            proc.stop()


def test_address_forms() -> None:
    assert parse_servers("127.0.0.1:50051").target == "127.0.0.1:50051"
    both = parse_servers("127.0.0.1:1,127.0.0.2:2")
    assert (both.target, both.daemons) == ("ipv4:127.0.0.1:1,127.0.0.2:2", 2)
    assert parse_servers("[::1]:1, [::1]:2").target == "ipv6:[::1]:1,[::1]:2"
    assert parse_servers("localhost:7001,localhost:7002").target == "ipv4:127.0.0.1:7001,127.0.0.1:7002"
    assert parse_servers("dns:///logtriaged.logtriage.svc.cluster.local:50051").target.startswith("dns:///")
    assert parse_servers("unix:/run/logtriage/logtriaged.sock").target == "unix:/run/logtriage/logtriaged.sock"
    config = dict(parse_servers("127.0.0.1:1,127.0.0.2:2").options)["grpc.service_config"]
    assert '"round_robin"' in str(config) and '"healthCheckConfig"' in str(config)
    for bad in ("", "127.0.0.1", "a:1,unix:/x", "127.0.0.1:1,[::1]:2", "host:99999"):
        with pytest.raises(TargetError):
            parse_servers(bad)


def test_csv_through_three_daemons_spreads_batches_and_equals_in_process(fleet: Fleet, engine: Any, tmp_path: Path):
    rows = lines(3000)
    src, out = tmp_path / "in.csv", tmp_path / "out.csv"
    write_csv(src, rows)
    before = [records_answered(port) for port in fleet.metrics[:3]]
    result = classify(str(src), "-o", str(out), "--server", fleet.three, "--batch-size", "100", "--window", "4")
    assert result.returncode == 0, result.stderr
    got = read_rows(out)
    assert [r["id"] for r in got] == [str(i) for i in range(len(rows))]  # the input's order
    spread = [records_answered(port) - b for port, b in zip(fleet.metrics[:3], before, strict=True)]
    assert all(n > 0 for n in spread) and sum(spread) == len(rows), spread

    loop = asyncio.new_event_loop()
    try:
        expected = io.StringIO()
        with src.open(newline="", encoding="utf-8") as f:
            classify_csv(f, expected, lambda recs: loop.run_until_complete(engine.classify(recs)))
    finally:
        loop.close()
    want = list(csv.DictReader(io.StringIO(expected.getvalue())))
    assert [r["target_label"] for r in got] == [r["target_label"] for r in want]
    assert [r["confidence"] for r in got] == [r["confidence"] for r in want]


def test_dns_target(fleet: Fleet, tmp_path: Path) -> None:
    port = fleet.procs[0].address.rsplit(":", 1)[1]
    src, out = tmp_path / "in.csv", tmp_path / "out.csv"
    write_csv(src, lines(40))
    result = classify(str(src), "-o", str(out), "--server", f"dns:///localhost:{port}", "--batch-size", "8")
    assert result.returncode == 0, result.stderr
    assert len(read_rows(out)) == 40
    with Client(f"dns:///localhost:{port}", timeout=30) as client:
        answers = client.classify_batch([Record("sshd", "Failed password for root from 10.1.2.3 port 22 ssh2")])
        assert answers[0].label == "Security Alert"


def test_two_jobs_against_a_daemon_at_its_in_flight_limit_both_complete(fleet: Fleet, tmp_path: Path) -> None:
    rows = lines(1500)
    src = tmp_path / "in.csv"
    write_csv(src, rows)
    before = scrape(fleet.metrics[3]).get(("logtriage_rejected_requests_total", ()), 0.0)
    args = ["--server", fleet.tight.address, "--batch-size", str(TIGHT_LIMIT), "--window", "4"]
    jobs = [
        subprocess.Popen(
            [*LOGTRIAGE, "classify", str(src), "-o", str(tmp_path / f"out{j}.csv"), *args],
            stderr=subprocess.PIPE,
            text=True,
            env=ENV,
            cwd=ROOT,
        )
        for j in range(2)
    ]
    for job in jobs:
        _, err = job.communicate(timeout=120)
        assert job.returncode == 0, err
        assert "Traceback" not in err
    for j in range(2):
        assert [r["id"] for r in read_rows(tmp_path / f"out{j}.csv")] == [str(i) for i in range(len(rows))]
    rejected = scrape(fleet.metrics[3])[("logtriage_rejected_requests_total", ())] - before
    assert rejected >= 1, "the daemon never said RESOURCE_EXHAUSTED: the retry path was not exercised"


def _chunks(rows: list[tuple[str, str]], size: int) -> Iterator[list[Record]]:
    for start in range(0, len(rows), size):
        yield [Record(source, message) for source, message in rows[start : start + size]]


class _BusyAfter(pb_grpc.ClassifierServiceServicer):
    """Answers the first `answered` calls, then RESOURCE_EXHAUSTED for ever."""

    def __init__(self, answered: int) -> None:
        self.answered, self.calls = answered, 0

    def ClassifyBatch(self, request: pb.ClassifyBatchRequest, context: grpc.ServicerContext) -> Any:
        self.calls += 1
        if self.calls > self.answered:
            context.abort(grpc.StatusCode.RESOURCE_EXHAUSTED, "busy; retry with backoff")
        answer = pb.Classification(label="Error", tier=pb.TIER_MODEL, confidence=0.5)
        return pb.ClassifyBatchResponse(classifications=[answer] * len(request.records))


class _StreamDropsOnce(pb_grpc.ClassifierServiceServicer):
    """ClassifyStream that answers `answered` batches of its first stream and then fails it with UNAVAILABLE,
    as a client sees a daemon killed mid-stream; later streams are answered to the end."""

    def __init__(self, name: str, answered: int) -> None:
        self.name, self.answered, self.streams, self.batches = name, answered, 0, 0

    def ClassifyStream(self, requests: Any, context: grpc.ServicerContext) -> Any:
        self.streams += 1
        first = self.streams == 1
        for n, request in enumerate(requests):
            if first and n == self.answered:
                context.abort(grpc.StatusCode.UNAVAILABLE, "going away")
            self.batches += 1
            answer = [pb.Classification(label=f"{self.name}:{r.message}", tier=pb.TIER_MODEL) for r in request.records]
            yield pb.ClassifyStreamResponse(batch_id=request.batch_id, classifications=answer)


def _serve(*servicers: Any) -> tuple[list[grpc.Server], str]:
    servers, addresses = [], []
    for servicer in servicers:
        server = grpc.server(futures.ThreadPoolExecutor(4), options=[("grpc.so_reuseport", 0)])
        pb_grpc.add_ClassifierServiceServicer_to_server(servicer, server)
        health = HealthServicer()
        health.set("logtriage.v1.ClassifierService", health_pb2.HealthCheckResponse.SERVING)
        health_pb2_grpc.add_HealthServicer_to_server(health, server)
        addresses.append(f"127.0.0.1:{server.add_insecure_port('127.0.0.1:0')}")
        server.start()
        servers.append(server)
    return servers, ",".join(addresses)


def test_a_stream_that_fails_mid_way_goes_on_on_another_daemon_each_batch_answered_once() -> None:
    a, b = _StreamDropsOnce("a", 3), _StreamDropsOnce("b", 3)
    servers, both = _serve(a, b)
    try:
        batches = [[Record("app", f"m{i}-{j}") for j in range(5)] for i in range(20)]
        with Client(both, retry_for=10) as client:
            answers = list(client.classify_stream(batches))
    finally:
        for server in servers:
            server.stop(0)
    assert len(answers) == len(batches)
    for batch, answer in zip(batches, answers, strict=True):
        assert [x.label.split(":", 1)[1] for x in answer] == [r.message for r in batch]
    assert a.streams + b.streams >= 2, "no stream failed: the test proved nothing"


def test_give_up_is_one_line_naming_the_last_row_written(tmp_path: Path) -> None:
    server = grpc.server(futures.ThreadPoolExecutor(2), options=[("grpc.so_reuseport", 0)])
    pb_grpc.add_ClassifierServiceServicer_to_server(_BusyAfter(2), server)
    health = HealthServicer()
    health.set("logtriage.v1.ClassifierService", health_pb2.HealthCheckResponse.SERVING)  # as a daemon says
    health_pb2_grpc.add_HealthServicer_to_server(health, server)
    port = server.add_insecure_port("127.0.0.1:0")
    server.start()
    try:
        src, out = tmp_path / "in.csv", tmp_path / "out.csv"
        write_csv(src, lines(10))
        args = ["--server", f"127.0.0.1:{port}", "--batch-size", "2", "--window", "1", "--retry-for", "1.5"]
        result = classify(str(src), "-o", str(out), *args)
    finally:
        server.stop(0)
    assert result.returncode == 3
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert "gave up" in result.stderr and "RESOURCE_EXHAUSTED" in result.stderr
    assert "4 rows written" in result.stderr and "input line 5" in result.stderr  # header is line 1
    assert [r["id"] for r in read_rows(out)] == ["0", "1", "2", "3"]  # the output so far is kept

    nobody = classify(str(src), "-o", str(out), "--server", f"127.0.0.1:{free_port()}", "--retry-for", "1")
    assert nobody.returncode == 3 and "UNAVAILABLE" in nobody.stderr and "no row written" in nobody.stderr
    assert len(nobody.stderr.strip().splitlines()) == 1, nobody.stderr


def test_bridge_to_three_daemons_one_killed_mid_stream_delivers_each_record_once(fleet: Fleet, tmp_path: Path):
    """Runs last: it kills the third daemon."""
    receiver = ForwardReceiver().start()
    bridge = BridgeProcess(tmp_path, "fluentbit", receiver.address, fleet.three, "--batch-size", "50")
    try:
        total = 3000
        host, port = bridge.address.rsplit(":", 1)
        before = [records_answered(p) for p in fleet.metrics[:3]]
        errors: list[BaseException] = []

        def send() -> None:
            try:
                fluent = sender.FluentSender("app", host=host, port=int(port), nanosecond_precision=True)
                for i, (source, message) in enumerate(lines(total)):
                    assert fluent.emit("web", {"log": message, "source": source, "id": i}), fluent.last_error
                fluent.close()
            except BaseException as exc:
                errors.append(exc)

        thread = threading.Thread(target=send)
        thread.start()
        wait_until(lambda: len(receiver.records()) >= total // 5, 60, "a fifth of the records")
        victim = fleet.procs[2]
        victim.stop(signal.SIGKILL)
        thread.join(120)
        assert not errors, errors
        records = receiver.wait_records(total, timeout=120)
        ids = sorted(r["id"] for _, _, r in records)
        assert ids == list(range(total)), "records lost or doubled"
        with Client(fleet.three) as client:  # what a daemon answers for each line
            want = [a for batch in client.classify_batches(_chunks(lines(total), 500)) for a in batch]
        by_id = {r["id"]: r["classification"] for _, _, r in records}
        wrong = [
            i
            for i in range(total)
            if (by_id[i]["label"], by_id[i]["tier"] == "none") != (want[i].label, want[i].tier.value == "none")
        ]
        assert not wrong, f"{len(wrong)} records forwarded without a daemon's answer, e.g. {by_id[wrong[0]]}"
        after = [records_answered(p) - b for p, b in zip(fleet.metrics[:2], before[:2], strict=True)]
        assert all(n > 0 for n in after), after
    finally:
        bridge.stop()
        receiver.stop()
