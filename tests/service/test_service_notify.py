"""systemd's notify protocol as systemd sees it: the test binds NOTIFY_SOCKET and reads the datagrams."""

from __future__ import annotations

import signal
import time
from pathlib import Path

import grpc
import pytest
from grpc_health.v1 import health_pb2, health_pb2_grpc

from ..conftest import DaemonProcess
from ..service_helpers import NotifySocket


def health(address: str) -> int:
    with grpc.insecure_channel(address) as channel:
        reply = health_pb2_grpc.HealthStub(channel).Check(health_pb2.HealthCheckRequest(service=""), timeout=5)
        return reply.status


def test_ready_watchdog_reload_and_stopping(tmp_path: Path) -> None:
    notify = NotifySocket(tmp_path / "notify.sock")
    # WATCHDOG_USEC of 0.4 s: systemd would expect a ping at least that often; the daemon pings twice as often
    daemon = DaemonProcess(tmp_path, env=notify.env(WATCHDOG_USEC="400000"))
    try:
        ready = notify.wait_for("READY", daemon=daemon)
        # READY=1 comes only once the health service says SERVING
        assert health(daemon.address) == health_pb2.HealthCheckResponse.SERVING
        assert ready["STATUS"].startswith("serving:")
        assert any(m.get("STATUS") == "loading rules and model" for m in notify.messages[:-1])
        notify.wait_for("WATCHDOG", daemon=daemon)
        notify.wait_for("WATCHDOG", daemon=daemon)

        before_us = time.clock_gettime_ns(time.CLOCK_MONOTONIC) // 1000
        daemon.proc.send_signal(signal.SIGHUP)
        reloading = notify.wait_for("RELOADING", daemon=daemon)
        # MONOTONIC_USEC is CLOCK_MONOTONIC at the signal, as Type=notify-reload (systemd >= 253) requires
        assert before_us <= int(reloading["MONOTONIC_USEC"]) <= time.clock_gettime_ns(time.CLOCK_MONOTONIC) // 1000
        after = notify.wait_for("READY", daemon=daemon)
        assert after["STATUS"].startswith("serving:")
        assert health(daemon.address) == health_pb2.HealthCheckResponse.SERVING

        daemon.proc.send_signal(signal.SIGTERM)
        stopping = notify.wait_for("STOPPING", daemon=daemon)
        assert "draining" in stopping["STATUS"]
        assert daemon.stop() == 0
    finally:
        daemon.stop()
        notify.close()


def test_load_failure_reports_status_and_never_ready(tmp_path: Path) -> None:
    notify = NotifySocket(tmp_path / "notify.sock")
    daemon = DaemonProcess(tmp_path, "--rules", str(tmp_path / "no-such-rules"), env=notify.env())
    try:
        with pytest.raises(RuntimeError, match="exited with 2"):
            notify.wait_for("READY", timeout=120, daemon=daemon)
        status = " ".join(m.get("STATUS", "") for m in notify.messages)
        assert "load failed" in status and "no-such-rules" in status
    finally:
        daemon.stop()
        notify.close()
