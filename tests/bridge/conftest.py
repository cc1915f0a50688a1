"""Fixtures of the bridge tests: the next hop (Forward, HTTP or OTLP), a stub daemon for fault injection, and
bridges as subprocesses."""

from __future__ import annotations

import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from .otlp_peers import OtlpReceiver
from .peers import BridgeProcess, ForwardReceiver, HttpReceiver, StubDaemon


@pytest.fixture
def receiver() -> Iterator[ForwardReceiver]:
    peer = ForwardReceiver().start()
    try:
        yield peer
    finally:
        peer.stop()


@pytest.fixture
def http_receiver() -> Iterator[HttpReceiver]:
    peer = HttpReceiver().start()
    try:
        yield peer
    finally:
        peer.stop()


@pytest.fixture
def otlp_receiver() -> Iterator[OtlpReceiver]:
    """An OTLP/gRPC receiver (opentelemetry-proto) as the otlp bridge's next hop."""
    peer = OtlpReceiver().start()
    try:
        yield peer
    finally:
        peer.stop()


@pytest.fixture
def stub_daemon() -> Iterator[StubDaemon]:
    stub = StubDaemon().start()
    try:
        yield stub
    finally:
        stub.stop()


@pytest.fixture
def start_bridge(tmp_path: Path) -> Iterator[Callable[..., BridgeProcess]]:
    """start_bridge(mode, forward_to, server, *flags) runs `logtriage-bridge` and stops it after the test."""
    started: list[BridgeProcess] = []

    def start(mode: str, forward_to: str, server: str, *flags: str) -> BridgeProcess:
        bridge = BridgeProcess(tmp_path, mode, forward_to, server, *flags)
        started.append(bridge)
        return bridge

    try:
        yield start
    finally:
        for bridge in started:
            bridge.stop()


@pytest.fixture(scope="session")
def certs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """A self-signed certificate for 127.0.0.1/localhost, made with the openssl command."""
    d = tmp_path_factory.mktemp("certs")
    cert, key = d / "cert.pem", d / "key.pem"
    subprocess.run(
        [
            "openssl",
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-days",
            "2",
            "-subj",
            "/CN=localhost",
            "-addext",
            "subjectAltName=DNS:localhost,IP:127.0.0.1",
            "-keyout",
            str(key),
            "-out",
            str(cert),
        ],
        check=True,
        capture_output=True,
    )
    return {"cert": str(cert), "key": str(key)}
