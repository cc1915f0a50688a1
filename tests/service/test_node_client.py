"""The Node.js client in integrations/clients/node, run with `node` against a real daemon."""

from __future__ import annotations

import json
import shutil
import subprocess

import pytest

from ..conftest import ROOT

NODE_DIR = ROOT / "integrations" / "clients" / "node"
NODE = shutil.which("node")

pytestmark = pytest.mark.skipif(NODE is None, reason="node is not installed; the Node.js client needs Node.js >= 18")


@pytest.fixture(scope="module", autouse=True)
def node_modules() -> None:
    if not (NODE_DIR / "node_modules" / "@grpc" / "grpc-js").is_dir():
        pytest.fail(f"run `npm ci --prefix {NODE_DIR.relative_to(ROOT)}` first: @grpc/grpc-js is not installed")


def run_node(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    assert NODE is not None
    return subprocess.run(
        [NODE, str(NODE_DIR / "classify.js"), *args], input=stdin, capture_output=True, text=True, timeout=60
    )


def test_node_client_classifies_by_rule_and_reads_info(daemon_address: str) -> None:
    result = run_node(
        "--address", daemon_address, "--source", "sshd", "Failed password for root from 10.0.0.1 port 22 ssh2"
    )
    assert result.returncode == 0, result.stderr
    (answer,) = [json.loads(line) for line in result.stdout.splitlines()]
    assert answer["label"] == "Security Alert"
    assert answer["tier"] == "TIER_REGEX"
    assert answer["rule_id"] == "sshd-failed-password"
    assert len(answer["template_id"]) == 16

    info = run_node("--address", daemon_address, "--info")
    assert info.returncode == 0, info.stderr
    reply = json.loads(info.stdout)
    assert "Security Alert" in reply["labels"] and reply["rule_count"] > 0 and reply["model_version"]


def test_node_client_batch_from_json_lines_keeps_order(daemon_address: str) -> None:
    lines = [
        {"source": "sshd", "message": "Accepted publickey for deploy from 10.0.0.2 port 50022 ssh2"},
        {"source": "web", "message": '10.0.0.7 - - [25/Nov/2026:10:00:01 +0000] "GET /health HTTP/1.1" 200 2'},
        {"source": "sshd", "message": "Invalid user oracle from 10.1.2.3"},
    ]
    result = run_node("--address", daemon_address, "-", stdin="".join(json.dumps(line) + "\n" for line in lines))
    assert result.returncode == 0, result.stderr
    answers = [json.loads(line) for line in result.stdout.splitlines()]
    assert [a["label"] for a in answers] == ["User Action", "HTTP Status", "Security Alert"]


def test_node_client_reports_an_unreachable_daemon() -> None:
    result = run_node("--address", "127.0.0.1:1", "--timeout-ms", "2000", "hello")
    assert result.returncode == 1
    assert "127.0.0.1:1" in result.stderr and "gRPC status 14" in result.stderr  # UNAVAILABLE
