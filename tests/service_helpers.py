"""Test helpers for the service tests: the test plays systemd's NOTIFY_SOCKET, scrapes /metrics."""

from __future__ import annotations

import socket
import time
import urllib.request
from pathlib import Path

from prometheus_client.parser import text_string_to_metric_families

from .conftest import READY_TIMEOUT_S, DaemonProcess


class NotifySocket:
    """A unix datagram socket bound where NOTIFY_SOCKET points, as systemd's is."""

    def __init__(self, path: Path | None = None, abstract: str | None = None) -> None:
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
        if abstract is not None:
            self.sock.bind("\0" + abstract)
            self.address = "@" + abstract
        else:
            assert path is not None
            self.sock.bind(str(path))
            self.address = str(path)
        self.messages: list[dict[str, str]] = []

    def env(self, **extra: str) -> dict[str, str]:
        return {"NOTIFY_SOCKET": self.address, "GEMINI_API_KEY": "", "GOOGLE_API_KEY": "", **extra}

    def wait_for(
        self, key: str, value: str = "1", timeout: float = READY_TIMEOUT_S, daemon: DaemonProcess | None = None
    ) -> dict[str, str]:
        """The next message with `key=value`; the ones before it are kept in `messages`."""
        deadline = time.monotonic() + timeout
        self.sock.settimeout(0.5)
        while time.monotonic() < deadline:
            try:
                data = self.sock.recv(65536)
            except TimeoutError:  # all queued messages are read before a daemon exit is reported
                if daemon is not None and daemon.proc.poll() is not None:
                    code = daemon.proc.returncode
                    raise RuntimeError(f"daemon exited with {code} before {key}={value}:\n{daemon.log()}") from None
                continue
            fields = dict(line.split("=", 1) for line in data.decode().splitlines() if "=" in line)
            self.messages.append(fields)
            if fields.get(key) == value:
                return fields
        log = daemon.log() if daemon is not None else ""
        raise TimeoutError(f"no {key}={value} on the notify socket after {timeout}s; got {self.messages}\n{log}")

    def close(self) -> None:
        self.sock.close()


def start_ready(tmp: Path, *args: str, listen: str | None = None, env: dict[str, str] | None = None):
    """A daemon that reported READY=1 on a notify socket the test holds; returns (daemon, socket)."""
    notify = NotifySocket(tmp / f"notify-{time.monotonic_ns()}.sock")
    daemon = DaemonProcess(tmp, *args, listen=listen, env=notify.env(**(env or {})))
    try:
        notify.wait_for("READY", daemon=daemon)
    except BaseException:
        daemon.stop()
        notify.close()
        raise
    return daemon, notify


def scrape(port: int) -> dict[tuple[str, tuple[tuple[str, str], ...]], float]:
    """GET /metrics over HTTP; returns {(sample name, sorted labels): value}."""
    with urllib.request.urlopen(f"http://127.0.0.1:{port}/metrics", timeout=10) as reply:
        text = reply.read().decode()
    samples = {}
    for family in text_string_to_metric_families(text):
        for sample in family.samples:
            samples[(sample.name, tuple(sorted(sample.labels.items())))] = sample.value
    return samples


def scrape_text(port: int) -> str:
    with urllib.request.urlopen(f"http://127.0.0.1:{port}/metrics", timeout=10) as reply:
        return reply.read().decode()
