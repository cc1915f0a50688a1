"""The bridge under systemd Type=notify: READY=1 once listening, STOPPING=1 on SIGTERM."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from ..service_helpers import NotifySocket
from .peers import BridgeProcess, ForwardReceiver, StubDaemon


def test_bridge_tells_systemd_it_is_ready_and_stopping(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    receiver: ForwardReceiver,
    stub_daemon: StubDaemon,
    start_bridge: Callable[..., BridgeProcess],
) -> None:
    notify = NotifySocket(tmp_path / "notify.sock")
    monkeypatch.setenv("NOTIFY_SOCKET", notify.address)
    try:
        bridge = start_bridge("fluentbit", receiver.address, stub_daemon.address)
        ready = notify.wait_for("READY", timeout=30)
        assert "listening" in ready.get("STATUS", "")
        bridge.stop()
        notify.wait_for("STOPPING", timeout=30)
    finally:
        notify.close()
