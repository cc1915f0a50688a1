"""Nothing lost, nothing doubled: acks wait for the next hop, the bridge holds a bounded amount and then stops
reading, and a chunk sent again with the same id is delivered once."""

from __future__ import annotations

import select
import socket
import threading

import msgpack
import pytest

from ..conftest import free_port
from .peers import ForwardClient, ForwardReceiver, forward_frame, wait_until


def test_next_hop_started_late_gets_the_chunk_and_only_then_upstream_is_acked(stub_daemon, start_bridge):
    late = ForwardReceiver(free_port())
    bridge = start_bridge("fluentbit", late.address, stub_daemon.address, "--retry-max-delay", "0.2")
    client = ForwardClient(bridge.address)
    client.send(forward_frame("app.late", [(1, {"log": "held while the next hop is down", "id": 1})], chunk="late1"))
    wait_until(lambda: "next hop not taking records" in bridge.log(), 30, "the bridge to notice the next hop is down")
    readable, _, _ = select.select([client.sock], [], [], 0.5)
    assert not readable, "the bridge acked a chunk the next hop never got"
    late.start()
    try:
        assert client.read() == {"ack": "late1"}
        # the ack came back, so the next hop must already hold the record
        assert [r["id"] for _, _, r in late.records()] == [1]
    finally:
        late.stop()


def test_next_hop_down_the_bridge_stops_reading_then_delivers_every_whole_frame(stub_daemon, start_bridge):
    late = ForwardReceiver(free_port())
    bridge = start_bridge(
        "fluentbit", late.address, stub_daemon.address, "--max-held-bytes", "64K", "--retry-max-delay", "0.2"
    )
    frame_of = [
        msgpack.packb(["app.bp", 1_700_000_000, {"log": f"line {i:06d} " + "x" * 900, "id": f"{i:06d}"}])
        for i in range(70_000)
    ]
    frame_len = len(frame_of[0])
    assert all(len(f) == frame_len for f in frame_of)
    host, port = bridge.address.rsplit(":", 1)
    sock = socket.create_connection((host, int(port)))
    sock.settimeout(3.0)
    sent = 0
    stream = b"".join(frame_of)  # 64 MB: far more than the socket buffers and the 64K the bridge may hold
    try:
        while sent < len(stream):
            sent += sock.send(stream[sent : sent + 65536])
        raise AssertionError("the bridge read 64 MB while the next hop was down: it does not stop reading")
    except TimeoutError:
        pass
    whole = sent // frame_len
    assert 0 < whole < len(frame_of)
    sock.shutdown(socket.SHUT_WR)
    late.start()
    try:
        records = late.wait_records(whole, timeout=120)
        ids = [int(r["id"]) for _, _, r in records]
        assert sorted(ids) == list(range(whole)), "a whole frame was lost or doubled"
        assert all(r["classification"]["label"].startswith("stub:line") for _, _, r in records)
    finally:
        sock.close()
        late.stop()


def test_chunk_sent_again_after_its_ack_is_acked_and_not_forwarded_twice(receiver, stub_daemon, start_bridge):
    bridge = start_bridge("fluentbit", receiver.address, stub_daemon.address)
    client = ForwardClient(bridge.address)
    first = forward_frame("app.dup", [(1, {"log": "once", "id": 1})], chunk="dup1")
    client.send_chunk(first, "dup1")
    client.send_chunk(first, "dup1")  # Fluent Bit resends with the same id after an io timeout
    client.send_chunk(forward_frame("app.dup", [(2, {"log": "then this", "id": 2})], chunk="dup2"), "dup2")
    wait_until(lambda: len(receiver.records()) >= 2, 30, "two records")
    # delivery is in order, so a second copy of dup1 would have arrived before dup2
    assert [r["id"] for _, _, r in receiver.records()] == [1, 2]


def test_chunk_resent_on_a_new_connection_while_in_flight_is_delivered_once(stub_daemon, start_bridge):
    late = ForwardReceiver(free_port())
    bridge = start_bridge("fluentbit", late.address, stub_daemon.address, "--retry-max-delay", "0.2")
    frame = forward_frame("app.flight", [(1, {"log": "in flight", "id": 1})], chunk="fl1")
    a = ForwardClient(bridge.address)
    a.send(frame)
    wait_until(lambda: "fl1" in bridge.log(), 30, "the bridge to read chunk fl1")
    a.close()  # out_forward gives up on this connection (net.io_timeout) and retries on a new one
    b = ForwardClient(bridge.address)
    b.send(frame)
    late.start()
    try:
        assert b.read() == {"ack": "fl1"}
        b.send_chunk(forward_frame("app.flight", [(2, {"log": "next", "id": 2})], chunk="fl2"), "fl2")
        wait_until(lambda: len(late.records()) >= 2, 30, "two records")
        assert [r["id"] for _, _, r in late.records()] == [1, 2]
    finally:
        late.stop()


def test_many_connections_at_once_each_get_their_own_acks(receiver, stub_daemon, start_bridge):
    bridge = start_bridge("fluentbit", receiver.address, stub_daemon.address)
    errors: list[BaseException] = []

    def worker(w: int) -> None:
        try:
            client = ForwardClient(bridge.address)
            for c in range(20):
                entries = [(1, {"log": f"w{w} c{c} r{r}", "id": (w, c, r)}) for r in range(10)]
                client.send_chunk(forward_frame("app.multi", entries, chunk=f"w{w}-c{c}"), f"w{w}-c{c}")
            client.close()
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=worker, args=(w,)) for w in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    assert not errors, errors
    ids = [tuple(r["id"]) for _, _, r in receiver.records()]
    assert len(ids) == 6 * 20 * 10 and len(set(ids)) == len(ids)
    assert all(r["classification"]["label"] == "stub:" + r["log"] for _, _, r in receiver.records())


@pytest.mark.parametrize("state", [True, False], ids=["state-dir", "memory-only"])
def test_chunk_resent_after_a_bridge_crash_is_delivered_once_with_a_state_dir(
    receiver, stub_daemon, start_bridge, tmp_path, state: bool
):
    flags = ("--state-dir", str(tmp_path / "state")) if state else ()
    first = start_bridge("fluentbit", receiver.address, stub_daemon.address, *flags)
    frame = forward_frame("app.restart", [(1, {"log": "before the crash", "id": 1})], chunk="rs1")
    ForwardClient(first.address).send_chunk(frame, "rs1")  # acked: delivered, and its id written down
    first.proc.kill()  # a crash before Fluent Bit saw the ack: it sends rs1 again to the new bridge
    first.proc.wait(10)

    second = start_bridge("fluentbit", receiver.address, stub_daemon.address, *flags)
    client = ForwardClient(second.address)
    client.send_chunk(frame, "rs1")
    client.send_chunk(forward_frame("app.restart", [(2, {"log": "after", "id": 2})], chunk="rs2"), "rs2")
    wait_until(lambda: sum(r["id"] == 2 for _, _, r in receiver.records()) == 1, 30, "the record after")
    ids = [r["id"] for _, _, r in receiver.records()]
    assert ids == ([1, 2] if state else [1, 1, 2])  # memory only: at least once, as documented
