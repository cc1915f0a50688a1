"""A unix socket instead of TCP: the file mode is what server.unix_socket_mode says, and calls work.

This daemon also gets an abstract NOTIFY_SOCKET (`@name`) and a WATCHDOG_PID of another process.
"""

from __future__ import annotations

import os
import signal
import socket
import stat
import time
from pathlib import Path

import grpc

from logtriage.v1 import classifier_service_pb2 as pb
from logtriage.v1 import classifier_service_pb2_grpc as pb_grpc

from ..conftest import DaemonProcess
from ..service_helpers import NotifySocket


def test_unix_socket_mode_and_a_call_over_it(tmp_path: Path) -> None:
    path = tmp_path / "run" / "logtriaged.sock"
    path.parent.mkdir()
    stale = socket.socket(socket.AF_UNIX)  # left over from a daemon that was killed: nothing answers on it
    stale.bind(str(path))
    stale.close()
    notify = NotifySocket(abstract=f"logtriage-test-{os.getpid()}-{time.monotonic_ns()}")
    # WATCHDOG_PID names another process (as when systemd set it for a parent): not our watchdog
    env = notify.env(WATCHDOG_USEC="200000", WATCHDOG_PID="1")
    old_umask = os.umask(0)  # the daemon inherits a permissive umask: the mode must still be exactly 0600
    try:
        daemon = DaemonProcess(tmp_path, "--server-unix-socket-mode", "0600", listen=f"unix:{path}", env=env)
    finally:
        os.umask(old_umask)
    try:
        notify.wait_for("READY", daemon=daemon)
        info = path.stat()
        assert stat.S_ISSOCK(info.st_mode)
        assert stat.S_IMODE(info.st_mode) == 0o600
        with grpc.insecure_channel(f"unix:{path}") as channel:
            stub = pb_grpc.ClassifierServiceStub(channel)
            request = pb.ClassifyRequest(
                record=pb.LogRecord(source="sshd", message="Invalid user oracle from 10.1.2.3")
            )
            answer = stub.Classify(request, timeout=30).classification
        assert (answer.label, answer.rule_id) == ("Security Alert", "sshd-invalid-user")
        # a second daemon on the same path refuses to start, as on a taken TCP port; the first keeps its socket
        second = DaemonProcess(tmp_path, listen=f"unix:{path}", env={"GEMINI_API_KEY": ""})
        assert second.proc.wait(60) == 2
        assert "another process is listening on" in second.log()
        second.stop()
        with grpc.insecure_channel(f"unix:{path}") as channel:
            assert pb_grpc.ClassifierServiceStub(channel).GetInfo(pb.GetInfoRequest(), timeout=30).rule_count
        daemon.proc.send_signal(signal.SIGTERM)
        notify.wait_for("STOPPING", daemon=daemon)
        assert daemon.stop() == 0
        assert not any("WATCHDOG" in m for m in notify.messages)
        assert '"watchdog_enabled"' not in daemon.log()
    finally:
        daemon.stop()
        notify.close()
