"""--server with several daemons: a batch one daemon fails (UNAVAILABLE, RESOURCE_EXHAUSTED) is answered by
another, so no record is forwarded Unclassified while some daemon answers."""

from __future__ import annotations

import grpc
import pytest

from .peers import ForwardClient, StubDaemon, forward_frame

CODES = [grpc.StatusCode.UNAVAILABLE, grpc.StatusCode.RESOURCE_EXHAUSTED]


@pytest.mark.parametrize("code", CODES, ids=[c.name for c in CODES])
def test_a_failing_daemon_s_batches_go_to_the_other(code, receiver, start_bridge):
    failing, good = StubDaemon(fail=code).start(), StubDaemon().start()
    try:
        bridge = start_bridge("fluentbit", receiver.address, f"{failing.address},{good.address}")
        client = ForwardClient(bridge.address)
        for c in range(10):
            entries = [(1, {"log": f"request {c}-{r} served", "id": c * 10 + r}) for r in range(10)]
            client.send_chunk(forward_frame("app.failover", entries, chunk=f"f{c}"), f"f{c}")
        records = receiver.wait_records(100)
        assert sorted(r["id"] for _, _, r in records) == list(range(100))
        assert all(r["classification"]["label"].startswith("stub:") for _, _, r in records)
        assert failing.calls, "round_robin never picked the failing daemon: the test proved nothing"
        assert "batch failed; sending it again" in bridge.log()
    finally:
        failing.stop()
        good.stop()


def test_dns_target_as_the_kubernetes_manifests_give_it(receiver, stub_daemon, start_bridge):
    bridge = start_bridge("fluentbit", receiver.address, f"dns:///localhost:{stub_daemon.port}")
    client = ForwardClient(bridge.address)
    entries = [(1, {"log": f"request {r} served", "id": r}) for r in range(20)]
    client.send_chunk(forward_frame("app.dns", entries, chunk="d0"), "d0")
    records = receiver.wait_records(20)
    assert all(r["classification"]["label"].startswith("stub:") for _, _, r in records)
