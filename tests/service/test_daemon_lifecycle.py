"""Start-up errors are clear; SIGTERM and SIGINT drain and exit 0."""

from __future__ import annotations

import signal
import subprocess
import sys
import threading
from pathlib import Path

import grpc
import pytest

from logtriage.v1 import classifier_service_pb2 as pb
from logtriage.v1 import classifier_service_pb2_grpc as pb_grpc

from ..conftest import DaemonProcess

ROOT = Path(__file__).resolve().parents[2]


def test_broken_rules_file_is_a_clear_error_at_start(tmp_path: Path) -> None:
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "broken.yaml").write_text("rules:\n  - id: a\n    label: Error\n    pattern: [oops\n")
    result = subprocess.run(
        [sys.executable, "-m", "logtriage.service.daemon", "--listen", "127.0.0.1:0", "--rules", str(rules)],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
    )
    assert result.returncode == 2
    assert "broken.yaml:" in result.stderr and "YAML error" in result.stderr


def test_unknown_config_key_is_refused(tmp_path: Path) -> None:
    cfg = tmp_path / "c.toml"
    cfg.write_text("[server]\nlisten = '127.0.0.1:0'\nlisen = 'typo'\n")
    result = subprocess.run(
        [sys.executable, "-m", "logtriage.service.daemon", "--config", str(cfg)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    assert "server.lisen" in result.stderr


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT])
def test_signal_drains_in_flight_calls_and_exits_zero(tmp_path: Path, sig: int) -> None:
    daemon = DaemonProcess(tmp_path).wait_serving()
    outcome: dict[str, object] = {}

    def long_call() -> None:
        with grpc.insecure_channel(daemon.address) as channel:
            stub = pb_grpc.ClassifierServiceStub(channel)
            records = [pb.LogRecord(source="s", message=f"drain check {i} word{chr(97 + i % 26)}x") for i in range(600)]
            try:
                reply = stub.ClassifyBatch(pb.ClassifyBatchRequest(records=records), timeout=60)
                outcome["answers"] = len(reply.classifications)
            except grpc.RpcError as exc:
                outcome["error"] = exc.code()

    thread = threading.Thread(target=long_call)
    thread.start()
    threading.Event().wait(0.5)  # let the call reach the server before the signal
    code = daemon.stop(sig, timeout=60)
    thread.join(60)
    assert code == 0, daemon.log()
    assert outcome.get("answers") == 600, outcome
    assert '"event": "stopped"' in daemon.log()
