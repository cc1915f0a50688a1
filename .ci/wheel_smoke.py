"""Run by .ci/wheel_check with the Python of a fresh virtualenv that has only the wheel installed, from a
folder outside the checkout: logtriaged serves with the bundled rules and model, labels lines right,
`logtriage classify` labels a CSV, and SIGTERM ends the daemon with exit 0. Stops by itself."""

from __future__ import annotations

import csv
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import grpc
from grpc_health.v1 import health_pb2, health_pb2_grpc

import logtriage
from logtriage.client import Client
from logtriage.records import Record

BIN = Path(sys.executable).parent
LINES = [  # (source, message, label): one per tier's everyday case
    ("sshd", "Failed password for root from 203.0.113.9 port 52211 ssh2", "Security Alert"),
    ("nginx", '10.0.0.5 - - [01/Dec/2026:10:00:00 +0000] "GET /api/v1/orders/7731 HTTP/1.1" 200 512', "HTTP Status"),
    ("billing", "Invoice run for order 8910 stopped: tax module configuration invalid", "Workflow Error"),
    ("backup", "Nightly backup of volume data-02 finished successfully", "System Notification"),
]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_serving(address: str, proc: subprocess.Popen[bytes], timeout: float = 180.0) -> None:
    deadline = time.monotonic() + timeout
    with grpc.insecure_channel(address) as channel:
        stub = health_pb2_grpc.HealthStub(channel)
        while time.monotonic() < deadline and proc.poll() is None:
            try:
                if (
                    stub.Check(health_pb2.HealthCheckRequest(), timeout=2).status
                    == health_pb2.HealthCheckResponse.SERVING
                ):
                    return
            except grpc.RpcError:
                pass
            time.sleep(0.3)
    raise SystemExit(f"wheel check: logtriaged not SERVING (exit code {proc.poll()})")


def main() -> int:
    package = Path(logtriage.__file__).resolve()
    assert "site-packages" in package.parts, f"logtriage imported from {package}, not from the wheel"
    here = Path.cwd()
    address = f"127.0.0.1:{free_port()}"
    log = (here / "logtriaged.log").open("wb")
    proc = subprocess.Popen([BIN / "logtriaged", "--listen", address], stdout=log, stderr=subprocess.STDOUT)
    try:
        wait_serving(address, proc)
        with Client(address, timeout=60) as client:
            answers = client.classify_batch([Record(source, message) for source, message, _ in LINES])
        got = [(a.label, a.tier.value) for a in answers]
        want = [label for *_, label in LINES]
        assert [label for label, _ in got] == want, f"labels {got}, expected {want}"
        rows = here / "in.csv"
        with rows.open("w", newline="") as f:
            csv.writer(f).writerows([("source", "log_message"), *((s, m) for s, m, _ in LINES)])
        done = subprocess.run(
            [BIN / "logtriage", "classify", str(rows), "-o", str(here / "out.csv"), "--server", address],
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert done.returncode == 0, done.stderr
        with (here / "out.csv").open(newline="") as f:
            labelled = [row["target_label"] for row in csv.DictReader(f)]
        assert labelled == want, f"logtriage classify wrote {labelled}, expected {want}"
        proc.send_signal(signal.SIGTERM)
        code = proc.wait(timeout=60)
        assert code == 0, f"logtriaged exited {code} on SIGTERM"
        print(f"wheel check: {package.parent} serves; {got}; classify CSV ok; SIGTERM -> 0")
        return 0
    except BaseException:
        sys.stderr.write((here / "logtriaged.log").read_text(errors="replace")[-4000:])
        raise
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()


if __name__ == "__main__":
    sys.exit(main())
