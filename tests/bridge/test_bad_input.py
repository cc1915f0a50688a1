"""Bad input gets a clear error or a safe label; the bridge keeps serving and loses nothing it accepted."""

from __future__ import annotations

import msgpack
import pytest

from .peers import ForwardClient, forward_frame


def test_malformed_msgpack_closes_that_connection_and_the_bridge_keeps_serving(receiver, stub_daemon, start_bridge):
    bridge = start_bridge("fluentbit", receiver.address, stub_daemon.address)
    bad = ForwardClient(bridge.address)
    bad.send(b"\xc1\xc1\xc1 not msgpack")  # 0xc1 is never used in msgpack
    with pytest.raises(ConnectionError):
        bad.read()
    assert "bad Forward data; closing connection" in bridge.log()

    good = ForwardClient(bridge.address)
    good.send_chunk(forward_frame("app.ok", [(1, {"log": "still here", "id": 1})], chunk="ok1"), "ok1")
    ((_, _, record),) = receiver.wait_records(1)
    assert record["classification"]["label"] == "stub:still here"


@pytest.mark.parametrize(
    ("frame", "reason"),
    [
        (msgpack.packb({"not": "an array"}), "must be an array"),
        (msgpack.packb([1, 2, {}]), "tag must be a string"),
        (msgpack.packb(["app", 1]), "Message frame is"),
        (msgpack.packb(["app", b"\x92\x01", {"compressed": "gzip"}], use_bin_type=True), "not valid gzip"),
    ],
)
def test_frames_of_the_wrong_shape_are_refused_by_name(receiver, stub_daemon, start_bridge, frame, reason):
    bridge = start_bridge("fluentbit", receiver.address, stub_daemon.address)
    client = ForwardClient(bridge.address)
    client.send(frame)
    with pytest.raises(ConnectionError):
        client.read()
    assert reason in bridge.log()


def test_ten_megabyte_message_is_labelled_and_forwarded_whole(receiver, daemon_address, start_bridge):
    bridge = start_bridge("fluentbit", receiver.address, daemon_address)
    message = "ERROR " + "y" * (10 * 1024 * 1024)
    ForwardClient(bridge.address).send_chunk(forward_frame("app.big", [(1, {"log": message})], chunk="big"), "big")
    ((_, _, record),) = receiver.wait_records(1, timeout=120)
    assert record["log"] == message
    assert record["classification"]["tier"] in {"regex", "cache", "model", "llm", "none"}


def test_empty_message_gets_unclassified_without_asking(receiver, stub_daemon, start_bridge):
    bridge = start_bridge("fluentbit", receiver.address, stub_daemon.address)
    ForwardClient(bridge.address).send_chunk(forward_frame("app.e", [(1, {"log": ""}), (2, {"log": "  "})], "e1"), "e1")
    records = receiver.wait_records(2)
    assert [r["classification"]["label"] for _, _, r in records] == ["Unclassified", "Unclassified"]
    assert stub_daemon.calls == []


def test_frame_larger_than_the_limit_is_refused_with_the_flag_to_raise(receiver, stub_daemon, start_bridge):
    bridge = start_bridge("fluentbit", receiver.address, stub_daemon.address, "--max-frame-bytes", "64K")
    client = ForwardClient(bridge.address)
    client.send(forward_frame("app.huge", [(1, {"log": "z" * 100_000})], chunk="h"))
    with pytest.raises(ConnectionError):
        client.read()
    assert "--max-frame-bytes" in bridge.log()
