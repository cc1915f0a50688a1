"""Hostile Forward senders: frames that never finish count against --max-held-bytes, a connection that goes quiet
or never finishes the handshake is closed, and before the handshake only a small frame is accepted."""

from __future__ import annotations

import contextlib
import time

from .peers import ForwardClient, forward_frame


def _closed_within(client: ForwardClient, seconds: float) -> bool:
    """True if the bridge closes the connection within `seconds` (end of stream or a reset)."""
    client.sock.settimeout(0.5)
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            if not client.sock.recv(1 << 16):
                return True
        except TimeoutError:
            continue
        except (ConnectionResetError, BrokenPipeError):
            return True
    return False


def _unfinished(n: int) -> bytes:
    """The start of a frame whose message is a 10 MB string, cut after `n` bytes."""
    head = b"\x93\xa3app\x91\x92\x01\x81\xa3log\xdb" + (10 << 20).to_bytes(4, "big")
    return head + b"z" * (n - len(head))


def test_unfinished_frames_count_against_max_held_bytes_and_quiet_connections_are_closed(
    receiver, stub_daemon, start_bridge
):
    flags = ("--max-held-bytes", "1M", "--idle-timeout", "2")
    bridge = start_bridge("fluentbit", receiver.address, stub_daemon.address, *flags)
    first, second = ForwardClient(bridge.address), ForwardClient(bridge.address)
    frame = _unfinished(900 << 10)
    first.send(frame[:-1000])
    time.sleep(0.5)
    with contextlib.suppress(ConnectionResetError, BrokenPipeError):
        second.send(_unfinished(900 << 10))  # 1.8 MB unfinished in all: past the 1 MB bound
    closed = False
    for k in range(16):  # the first keeps trickling bytes, so it is not idle, and keeps its share
        first.send(frame[-1000 + k * 10 : -1000 + (k + 1) * 10])
        if _closed_within(second, 0.5):
            closed = True
            break
    assert closed, "a frame past --max-held-bytes was buffered and its connection kept"
    assert _closed_within(first, 10), "a connection that sent nothing for --idle-timeout was kept"
    log = bridge.log()
    assert "no room under --max-held-bytes" in log
    assert "idle for 2.0s" in log
    # the bytes were freed with the connections: a sender that finishes its frames is served
    good = ForwardClient(bridge.address)
    good.send_chunk(forward_frame("app.ok", [(1, {"log": "after the hogs"})], chunk="g1"), "g1")
    ((_, _, record),) = receiver.wait_records(1)
    assert record["log"] == "after the hogs"


def test_before_the_handshake_only_a_small_frame_is_accepted_and_a_silent_sender_is_closed(
    receiver, stub_daemon, start_bridge
):
    flags = ("--shared-key", "s3cret", "--handshake-timeout", "1")
    bridge = start_bridge("fluentbit", receiver.address, stub_daemon.address, *flags)
    silent = ForwardClient(bridge.address)
    assert silent.read()[0] == "HELO"
    assert _closed_within(silent, 10), "a sender that never answered HELO was kept"

    big = ForwardClient(bridge.address)
    assert big.read()[0] == "HELO"
    with contextlib.suppress(ConnectionResetError, BrokenPipeError, TimeoutError):
        big.send(_unfinished(200 << 10))  # no PING: 200 KB of an unfinished frame before authenticating
    assert _closed_within(big, 10)
    assert "bad Forward data; closing connection" in bridge.log()

    good = ForwardClient(bridge.address)
    pong, _, _ = good.handshake("s3cret")
    assert pong[1] is True
    good.send_chunk(forward_frame("app.ok", [(1, {"log": "authenticated", "pad": "p" * 100_000})], chunk="a1"), "a1")
    ((_, _, record),) = receiver.wait_records(1)
    assert record["log"] == "authenticated"
