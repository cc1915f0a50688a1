"""Shared fixtures: a real logtriaged on loopback, and an in-process engine on the bundled model."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import grpc
import pytest
from grpc_health.v1 import health_pb2, health_pb2_grpc

from logtriage.engine.cascade import Engine

ROOT = Path(__file__).resolve().parents[1]
READY_TIMEOUT_S = 180.0


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_serving(address: str, timeout: float = READY_TIMEOUT_S) -> None:
    deadline = time.monotonic() + timeout
    with grpc.insecure_channel(address) as channel:
        stub = health_pb2_grpc.HealthStub(channel)
        while time.monotonic() < deadline:
            try:
                reply = stub.Check(health_pb2.HealthCheckRequest(service=""), timeout=2)
                if reply.status == health_pb2.HealthCheckResponse.SERVING:
                    return
            except grpc.RpcError:
                pass
            time.sleep(0.2)
    raise TimeoutError(f"daemon at {address} not SERVING after {timeout}s")


class DaemonProcess:
    """A real logtriaged subprocess; stderr goes to a file the test can read."""

    def __init__(self, tmp: Path, *extra: str, env: dict[str, str] | None = None, listen: str | None = None) -> None:
        self.address = listen or f"127.0.0.1:{free_port()}"
        self.log_path = tmp / f"daemon-{time.monotonic_ns()}.log"
        self._log = self.log_path.open("wb")
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "logtriage.service.daemon", "--listen", self.address, *extra],
            stdout=self._log,
            stderr=subprocess.STDOUT,
            env={**os.environ, **(env or {})},
            cwd=ROOT,
        )

    def wait_serving(self, timeout: float = READY_TIMEOUT_S) -> DaemonProcess:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"daemon exited with {self.proc.returncode}:\n{self.log()}")
            try:
                wait_serving(self.address, timeout=2)
                return self
            except TimeoutError:
                continue
        raise TimeoutError(f"daemon not SERVING after {timeout}s:\n{self.log()}")

    def log(self) -> str:
        return self.log_path.read_text(errors="replace")

    def log_when(self, ready: Callable[[str], bool], timeout: float = 10.0) -> str:
        """The log once `ready(log)` holds (or the timeout passed). A running daemon's stderr is a pipe that a
        thread copies to the file (service/native_log.py), so a line logged just before an answer or a notify
        message can reach the file just after the test reads it."""
        deadline = time.monotonic() + timeout
        while not ready(log := self.log()) and time.monotonic() < deadline:
            time.sleep(0.02)
        return log

    def log_with(self, text: str, timeout: float = 10.0) -> str:
        """The log once `text` is in it (or the timeout passed)."""
        return self.log_when(lambda log: text in log, timeout)

    def stop(self, sig: int = signal.SIGTERM, timeout: float = 30) -> int:
        if self.proc.poll() is None:
            self.proc.send_signal(sig)
            try:
                self.proc.wait(timeout)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(5)
        self._log.close()
        return self.proc.returncode


@pytest.fixture(scope="session")
def daemon(tmp_path_factory: pytest.TempPathFactory) -> Iterator[DaemonProcess]:
    """One real daemon on the bundled rules and model, shared by the session's tests."""
    proc = DaemonProcess(tmp_path_factory.mktemp("daemon"), env={"GEMINI_API_KEY": "", "GOOGLE_API_KEY": ""})
    try:
        yield proc.wait_serving()
    finally:
        proc.stop()


@pytest.fixture(scope="session")
def daemon_address(daemon: DaemonProcess) -> str:
    return daemon.address


@pytest.fixture(scope="session")
def engine() -> Iterator[Engine]:
    """The in-process engine on the bundled rules and model (the embedder loads once per session)."""
    from logtriage import config
    from logtriage.service.assembly import build_engine

    built = build_engine(config.load(environ={}))
    yield built
    built.close()
