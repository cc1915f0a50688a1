"""The shared-key handshake and TLS, on the listening side and towards the next hop."""

from __future__ import annotations

import ssl

import pytest

from .peers import ForwardClient, ForwardReceiver, forward_frame, sha512_hex, wait_until


def test_shared_key_handshake_accepts_the_right_key(receiver, stub_daemon, start_bridge):
    bridge = start_bridge(
        "fluentbit", receiver.address, stub_daemon.address, "--shared-key", "s3cret", "--self-hostname", "bridge-host"
    )
    client = ForwardClient(bridge.address)
    pong, salt, nonce = client.handshake("s3cret", hostname="fluent-bit")
    assert pong[:4] == ["PONG", True, "", "bridge-host"]
    assert pong[4] == sha512_hex(salt, b"bridge-host", nonce, b"s3cret")  # the bridge proves it knows the key
    client.send_chunk(forward_frame("app.auth", [(1, {"log": "authenticated"})], chunk="a1"), "a1")
    assert receiver.wait_records(1)[0][2]["classification"]["label"] == "stub:authenticated"


def test_shared_key_handshake_refuses_a_wrong_key(receiver, stub_daemon, start_bridge):
    bridge = start_bridge("fluentbit", receiver.address, stub_daemon.address, "--shared-key", "s3cret")
    client = ForwardClient(bridge.address)
    pong, _, _ = client.handshake("wrong")
    assert pong[:3] == ["PONG", False, "shared key mismatch"]
    with pytest.raises(ConnectionError):
        client.read()


def test_handshake_and_tls_towards_the_next_hop(stub_daemon, start_bridge, certs):
    server_ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    server_ctx.load_cert_chain(certs["cert"], certs["key"])
    secure = ForwardReceiver(shared_key="hop-key", ssl_context=server_ctx).start()
    try:
        bridge = start_bridge(
            "fluentbit",
            secure.address,
            stub_daemon.address,
            "--forward-shared-key",
            "hop-key",
            "--forward-tls-ca",
            certs["cert"],
        )
        ForwardClient(bridge.address).send_chunk(forward_frame("app.tls", [(1, {"log": "over tls"})], chunk="t1"), "t1")
        assert secure.wait_records(1)[0][2]["classification"]["label"] == "stub:over tls"
    finally:
        secure.stop()


def test_wrong_key_towards_the_next_hop_holds_and_says_why(stub_daemon, start_bridge):
    secure = ForwardReceiver(shared_key="hop-key").start()
    try:
        bridge = start_bridge("fluentbit", secure.address, stub_daemon.address, "--forward-shared-key", "nope")
        client = ForwardClient(bridge.address)
        client.send(forward_frame("app.k", [(1, {"log": "x"})], chunk="k1"))
        wait_until(lambda: "refused the shared key" in bridge.log(), 30, "the refusal in the log")
        assert not secure.frames
    finally:
        secure.stop()


def test_tls_on_the_listening_side(receiver, stub_daemon, start_bridge, certs):
    bridge = start_bridge(
        "fluentbit", receiver.address, stub_daemon.address, "--tls-cert", certs["cert"], "--tls-key", certs["key"]
    )
    ctx = ssl.create_default_context(cafile=certs["cert"])
    client = ForwardClient(bridge.address, ssl_context=ctx)
    client.send_chunk(forward_frame("app.tls", [(1, {"log": "tls in"})], chunk="ti"), "ti")
    assert receiver.wait_records(1)[0][2]["log"] == "tls in"
