"""The daemon killed, slow or refusing: records still reach the next hop, labelled Unclassified (or held, with
--on-daemon-failure wait), and none is lost or doubled."""

from __future__ import annotations

import select
import signal
import threading
from pathlib import Path

import grpc

from ..conftest import DaemonProcess, free_port
from .peers import ForwardClient, StubDaemon, forward_frame, wait_until

TIERS = {"regex", "cache", "model", "llm", "none"}


def test_real_daemon_killed_in_the_middle_of_a_stream(tmp_path: Path, receiver, start_bridge):
    daemon = DaemonProcess(tmp_path, env={"GEMINI_API_KEY": "", "GOOGLE_API_KEY": ""}).wait_serving()
    try:
        bridge = start_bridge("fluentbit", receiver.address, daemon.address, "--daemon-deadline", "5")
        client = ForwardClient(bridge.address)
        acked = threading.Event()
        kill_after, chunks, per_chunk = 10, 40, 50
        errors: list[BaseException] = []

        def send() -> None:
            try:
                for c in range(chunks):
                    entries = [
                        (1, {"log": f"GET /api/items/{c * per_chunk + r} 200 in 12ms", "id": c * per_chunk + r})
                        for r in range(per_chunk)
                    ]
                    client.send_chunk(forward_frame("app.kill", entries, chunk=f"k{c}"), f"k{c}")
                    if c == kill_after:
                        acked.set()
                        wait_until(lambda: daemon.proc.poll() is not None, 30, "the daemon to die")
            except BaseException as exc:
                errors.append(exc)

        sender = threading.Thread(target=send)
        sender.start()
        assert acked.wait(120), errors
        daemon.stop(signal.SIGKILL)
        sender.join(180)
        assert not errors, errors

        records = receiver.wait_records(chunks * per_chunk)
        ids = sorted(r["id"] for _, _, r in records)
        assert ids == list(range(chunks * per_chunk)), "records lost or doubled"
        assert all(r["classification"]["tier"] in TIERS for _, _, r in records)
        after_death = [r for _, _, r in records if r["id"] >= (kill_after + 1) * per_chunk]
        assert after_death and all(
            r["classification"] == {"label": "Unclassified", "tier": "none", "confidence": 0.0} for r in after_death
        )
        assert "daemon not answering" in bridge.log()
    finally:
        daemon.stop(signal.SIGKILL)


def test_slow_daemon_past_the_deadline_gives_unclassified(receiver, start_bridge):
    slow = StubDaemon(delay_s=3.0).start()
    try:
        bridge = start_bridge("fluentbit", receiver.address, slow.address, "--daemon-deadline", "0.3")
        entries = [(1, {"log": f"slow {i}", "id": i}) for i in range(5)]
        ForwardClient(bridge.address).send_chunk(forward_frame("app.slow", entries, chunk="s1"), "s1")
        records = receiver.wait_records(5)
        assert sorted(r["id"] for _, _, r in records) == list(range(5))
        assert {r["classification"]["label"] for _, _, r in records} == {"Unclassified"}
    finally:
        slow.stop()


def test_wait_policy_holds_records_until_the_daemon_answers(receiver, start_bridge):
    stub = StubDaemon(port=free_port())  # not started yet: the daemon is down
    bridge = start_bridge(
        "fluentbit", receiver.address, stub.address, "--on-daemon-failure", "wait", "--daemon-deadline", "1"
    )
    client = ForwardClient(bridge.address)
    client.send(forward_frame("app.wait", [(1, {"log": "wait for me", "id": 1})], chunk="w1"))
    wait_until(lambda: "holding records until it answers" in bridge.log(), 30, "the bridge to hold")
    readable, _, _ = select.select([client.sock], [], [], 0.5)
    assert not readable and not receiver.frames, "forwarded before the daemon answered"
    stub.start()
    try:
        assert client.read() == {"ack": "w1"}
        ((_, _, record),) = receiver.records()
        assert record["classification"]["label"] == "stub:wait for me"
    finally:
        stub.stop()


def test_daemon_refusing_the_request_does_not_stall_even_with_wait(receiver, start_bridge):
    refusing = StubDaemon(fail=grpc.StatusCode.INVALID_ARGUMENT).start()
    try:
        bridge = start_bridge("fluentbit", receiver.address, refusing.address, "--on-daemon-failure", "wait")
        ForwardClient(bridge.address).send_chunk(forward_frame("app.r", [(1, {"log": "x", "id": 1})], chunk="r1"), "r1")
        ((_, _, record),) = receiver.wait_records(1)
        assert record["classification"]["tier"] == "none"
    finally:
        refusing.stop()


def test_records_travel_to_the_daemon_in_batches(receiver, stub_daemon, start_bridge):
    bridge = start_bridge("fluentbit", receiver.address, stub_daemon.address, "--batch-size", "100")
    client = ForwardClient(bridge.address)
    for c in range(10):
        entries = [(1, {"log": f"batch {c} {r}", "id": c * 30 + r}) for r in range(30)]
        client.send_chunk(forward_frame("app.b", entries, chunk=f"b{c}"), f"b{c}")
    receiver.wait_records(300)
    assert sum(stub_daemon.calls) == 300
    assert len(stub_daemon.calls) <= 10 and max(stub_daemon.calls) <= 100
