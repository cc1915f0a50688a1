"""Every Forward mode, hand-packed, through a real bridge subprocess to a Forward receiver that acks.

The daemon here is a stub that answers "stub:" + the message's first 20 characters, so each record's label
proves it got its own answer; the byte checks prove everything else in the record travelled unchanged."""

from __future__ import annotations

import gzip
import socket

import msgpack

from .peers import ForwardClient, event_time, forward_frame, wait_until

FB_OPTIONS_MAP32 = b"\xdf\x00\x00\x00\x03"  # Fluent Bit 5 writes the option map with a map32 header


def pack_str_raw(data: bytes) -> bytes:
    """A msgpack str holding bytes that need not be UTF-8 (as Fluent Bit sends them)."""
    assert len(data) < 256
    return (bytes((0xA0 | len(data),)) if len(data) < 32 else b"\xd9" + bytes((len(data),))) + data


def split_labelled(entry: bytes, head: bytes, original_pairs: bytes) -> dict:
    """Check entry = head + new map header + the original pairs + one added pair; return the added pair."""
    assert entry.startswith(head), (entry[:40], head)
    rest = entry[len(head) :]
    assert rest[0] == 0x80 | (original_pairs_count(original_pairs) + 1)
    assert rest[1:].startswith(original_pairs)
    u = msgpack.Unpacker(raw=False)
    u.feed(rest[1 + len(original_pairs) :])
    key, value = u.unpack(), u.unpack()
    assert u.tell() == len(rest) - 1 - len(original_pairs)
    return {key: value}


def original_pairs_count(pairs: bytes) -> int:
    u = msgpack.Unpacker(raw=False)
    u.feed(pairs)
    n = 0
    while u.tell() < len(pairs):
        u.skip()
        u.skip()
        n += 1
    return n


def test_fluent_bit_forward_frame_with_metadata_and_non_utf8_keeps_bytes(receiver, stub_daemon, start_bridge):
    bridge = start_bridge("fluentbit", receiver.address, stub_daemon.address)
    message = b"ERROR caf\xe9 \xff\xfe disk full"  # Latin-1 bytes in a msgpack str: not UTF-8
    pairs = (
        b"\xa3log"
        + pack_str_raw(message)
        + b"\xa6stream"
        + b"\xa6stderr"
        + b"\xa4kube"
        + msgpack.packb({"pod": "api-1", "labels": {"app": ["api", 1]}})
        + b"\xa5bytes"
        + msgpack.packb(b"\x00\x01", use_bin_type=True)
    )
    record = b"\x84" + pairs
    head = b"\x92" + b"\x92" + msgpack.packb(event_time(1_700_000_000, 123_456_789)) + b"\x81\xa4meta\x01"
    options = FB_OPTIONS_MAP32 + b"\xa5chunk" + msgpack.packb("uIOE9Ytf9VkFyzGvT0FB7Q==") + b"\xa4size\x02"
    options += b"\xadfluent_signal\x00"
    frame = b"\x93\xa7app.log\x92" + head + record + head + record + options

    client = ForwardClient(bridge.address)
    client.send_chunk(frame, "uIOE9Ytf9VkFyzGvT0FB7Q==")
    wait_until(lambda: receiver.frames, 30, "the labelled frame")

    (got,) = receiver.frames
    assert got.tag == "app.log"
    assert got.options["size"] == 2 and got.options.get("fluent_signal") == 0
    for entry in got.entries:
        added = split_labelled(entry, head, pairs)
        assert added == {
            "classification": {"label": "stub:ERROR caf\ufffd \ufffd\ufffd disk f", "tier": "regex", "confidence": 0.75}
        }


def test_message_mode_int_and_event_time_and_chunk_option(receiver, stub_daemon, start_bridge):
    bridge = start_bridge("fluentbit", receiver.address, stub_daemon.address)
    client = ForwardClient(bridge.address)
    client.send(msgpack.packb(["app.a", 1_700_000_001, {"log": "user 17 logged in", "n": 1}]))
    client.send_chunk(
        msgpack.packb(
            ["app.b", event_time(1_700_000_002, 5), {"message": "user 18 logged in", "n": 2}, {"chunk": "c1"}]
        ),
        "c1",
    )
    records = receiver.wait_records(2)
    by_n = {r["n"]: (tag, t, r) for tag, t, r in records}
    assert by_n[1][0] == "app.a" and by_n[1][1] == 1_700_000_001
    assert by_n[2][0] == "app.b" and by_n[2][1] == event_time(1_700_000_002, 5)
    assert by_n[1][2]["classification"] == {"label": "stub:user 17 logged in", "tier": "model", "confidence": 0.75}
    assert by_n[2][2]["classification"]["label"] == "stub:user 18 logged in"


def test_packed_forward_bin_and_str_and_compressed_gzip(receiver, stub_daemon, start_bridge):
    bridge = start_bridge("fluentbit", receiver.address, stub_daemon.address)
    client = ForwardClient(bridge.address)

    def entries(prefix: str, n: int) -> bytes:
        return b"".join(
            msgpack.packb([event_time(1_700_000_000, i), {"log": f"{prefix} {i}", "i": i}]) for i in range(n)
        )

    packed_bin = msgpack.packb(["app.packed", entries("bin", 3), {"chunk": "p1"}], use_bin_type=True)
    blob = entries("str", 2)
    packed_str = b"\x93\xaaapp.packed\xd9" + bytes((len(blob),)) + blob + msgpack.packb({"chunk": "p2"})
    members = gzip.compress(entries("gz", 2)) + gzip.compress(entries("gz2", 2))  # two gzip members
    compressed = msgpack.packb(["app.gz", members, {"chunk": "p3", "compressed": "gzip"}], use_bin_type=True)
    for frame, chunk in ((packed_bin, "p1"), (packed_str, "p2"), (compressed, "p3")):
        client.send_chunk(frame, chunk)

    records = receiver.wait_records(9)
    logs = sorted(r["log"] for _, _, r in records)
    assert logs == sorted([f"bin {i}" for i in range(3)] + ["str 0", "str 1", "gz 0", "gz 1", "gz2 0", "gz2 1"])
    assert all(r["classification"]["label"] == "stub:" + r["log"] for _, _, r in records)
    assert {t for _, t, r in records if r["log"] == "bin 2"} == {event_time(1_700_000_000, 2)}


def test_gzip_to_the_next_hop_and_heartbeats(receiver, stub_daemon, start_bridge):
    bridge = start_bridge("fluentbit", receiver.address, stub_daemon.address, "--compress", "gzip")
    client = ForwardClient(bridge.address)
    client.send(b"\xc0")  # TCP heartbeat: a msgpack nil, no event
    client.send_chunk(forward_frame("app.hb", [(1, {"log": "after heartbeat"})], chunk="h1"), "h1")
    (frame,) = wait_until(lambda: receiver.frames, 30, "a frame")
    assert frame.options.get("compressed") == "gzip"
    assert msgpack.unpackb(frame.entries[0])[1]["log"] == "after heartbeat"

    host, port = bridge.address.rsplit(":", 1)
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as udp:
        udp.settimeout(10)
        udp.sendto(b"\x00", (host, int(port)))
        assert udp.recvfrom(16)[0] == b"\x00"


def test_metrics_signal_passes_through_unlabelled(receiver, stub_daemon, start_bridge):
    bridge = start_bridge("fluentbit", receiver.address, stub_daemon.address)
    payload = msgpack.packb({"meta": {"cmetrics": {}}, "metrics": [1, 2, 3]})
    frame = msgpack.packb(["cpu", payload, {"chunk": "m1", "fluent_signal": 1}], use_bin_type=True)
    ForwardClient(bridge.address).send_chunk(frame, "m1")
    (got,) = wait_until(lambda: receiver.frames, 30, "the metrics frame")
    assert got.options["fluent_signal"] == 1
    assert got.raw.index(msgpack.packb(payload, use_bin_type=True)) > 0


def test_record_that_is_not_a_map_and_records_without_message_pass_through(receiver, stub_daemon, start_bridge):
    bridge = start_bridge("fluentbit", receiver.address, stub_daemon.address, "--flat-keys")
    frame = msgpack.packb(
        [
            "app.odd",
            [[1, "just a string"], [2, {"other": 1}], [3, {"log": ""}], [4, {"message": "ok", "source": "svc"}]],
            {"chunk": "o1"},
        ]
    )
    ForwardClient(bridge.address).send_chunk(frame, "o1")
    (got,) = wait_until(lambda: receiver.frames, 30, "the frame")
    entries = [msgpack.unpackb(e, raw=False) for e in got.entries]
    assert entries[0] == [1, "just a string"]
    assert entries[1][1] == {
        "other": 1,
        "classification_label": "Unclassified",
        "classification_tier": "none",
        "classification_confidence": 0.0,
    }
    assert entries[2][1]["classification_label"] == "Unclassified"
    assert entries[3][1]["classification_label"] == "stub:ok"
