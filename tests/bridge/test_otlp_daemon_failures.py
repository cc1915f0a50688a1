"""The daemon SIGKILLed in the middle of an OTLP stream, or down under --on-daemon-failure wait: every record
still reaches the next hop once (Unclassified after the daemon died), or waits for the daemon."""

from __future__ import annotations

import signal
import threading
from pathlib import Path

import grpc
import pytest

from ..conftest import DaemonProcess, free_port
from .otlp_peers import SdkSender, attributes, export, one_record_request, start_otlp_bridge
from .peers import StubDaemon, wait_until

UNCLASSIFIED = ("Unclassified", "none", 0.0)


def label_of(record) -> tuple[str, str, float]:
    a = attributes(record)
    return a["logtriage.label"], a["logtriage.tier"], a["logtriage.confidence"]


def test_real_daemon_killed_in_the_middle_of_an_otlp_stream(tmp_path: Path, otlp_receiver, start_bridge):
    daemon = DaemonProcess(tmp_path, env={"GEMINI_API_KEY": "", "GOOGLE_API_KEY": ""}).wait_serving()
    try:
        bridge = start_otlp_bridge(start_bridge, otlp_receiver.target, daemon.address, "--daemon-deadline", "2")
        sender = SdkSender(bridge.address, timeout_s=20)
        rounds, per_round, kill_after = 6, 200, 2
        for r in range(rounds):
            for i in range(per_round):
                n = r * per_round + i
                sender.emit(n, f"GET /api/items/{n} 200 in 12ms")
            assert sender.flush(60)
            if r == kill_after:
                daemon.stop(signal.SIGKILL)
        sender.shutdown()
        got = otlp_receiver.records()
        assert sorted(attributes(r)["n"] for _, _, r in got) == list(range(rounds * per_round)), "lost or doubled"
        before = [label_of(r) for _, _, r in got if attributes(r)["n"] < (kill_after + 1) * per_round]
        after = [label_of(r) for _, _, r in got if attributes(r)["n"] >= (kill_after + 1) * per_round]
        assert any(tier != "none" for _, tier, _ in before), "the daemon labelled nothing before it died"
        assert after and all(label == UNCLASSIFIED for label in after)
        assert "daemon not answering" in bridge.log()
    finally:
        daemon.stop(signal.SIGKILL)


def test_wait_policy_holds_the_export_until_the_daemon_answers(otlp_receiver, start_bridge):
    stub = StubDaemon(port=free_port())  # not started: the daemon is down
    bridge = start_otlp_bridge(
        start_bridge,
        otlp_receiver.target,
        stub.address,
        "--on-daemon-failure",
        "wait",
        "--daemon-deadline",
        "1",
        "--delivery-timeout",
        "20",
    )
    replies: list[object] = []
    caller = threading.Thread(target=lambda: replies.append(export(bridge.address, one_record_request("wait for me"))))
    caller.start()
    wait_until(lambda: "holding records until it answers" in bridge.log(), 30, "the bridge to hold")
    assert not replies and not otlp_receiver.bodies, "answered or forwarded before the daemon answered"
    stub.start()
    try:
        caller.join(30)
        assert replies
        ((_, _, record),) = otlp_receiver.records()
        assert label_of(record) == ("stub:wait for me", "model", 0.75)
    finally:
        stub.stop()


def test_wait_policy_past_the_delivery_timeout_is_unavailable_and_nothing_is_forwarded(otlp_receiver, start_bridge):
    down = StubDaemon(port=free_port())
    bridge = start_otlp_bridge(
        start_bridge, otlp_receiver.target, down.address, "--on-daemon-failure", "wait", "--delivery-timeout", "1"
    )
    with pytest.raises(grpc.RpcError) as held:
        export(bridge.address, one_record_request())
    assert held.value.code() == grpc.StatusCode.UNAVAILABLE and "daemon did not answer" in held.value.details()
    assert not otlp_receiver.bodies
