"""Service settings that cannot work stop the daemon at once, with exit code 2 and a message naming them."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from ..conftest import ROOT


def start(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "logtriage.service.daemon", "--listen", "127.0.0.1:0", *args],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
    )


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--server-unix-socket-mode", "rw-rw----", "--listen", "unix:/tmp/x.sock"], "server.unix_socket_mode"),
        (["--metrics-listen", "9464"], "metrics.listen '9464'"),
        (["--server-tls-cert", "/nonexistent/cert.pem"], "server.tls_cert and server.tls_key go together"),
        (["--server-tls-client-ca", "/nonexistent/ca.pem"], "server.tls_client_ca needs server.tls_cert"),
        (
            ["--listen", "unix:/nonexistent/dir/logtriaged.sock"],
            "server.listen 'unix:/nonexistent/dir/logtriaged.sock'",
        ),
    ],
    ids=["socket-mode", "metrics-listen", "cert-without-key", "ca-without-cert", "socket-dir-missing"],
)
def test_bad_service_setting_exits_2_naming_it(args: list[str], message: str, tmp_path: Path) -> None:
    result = start(*args)
    assert result.returncode == 2, result.stderr
    assert message in result.stderr
