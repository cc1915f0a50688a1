"""The command line as a user meets it: help, clear errors, and settings from the environment or a TOML file."""

from __future__ import annotations

import os
import socket
import stat
import subprocess
import sys
import time
from pathlib import Path

from logtriage.bridge.cli import OPTIONS

from ..conftest import ROOT, free_port


def bridge(*args: str, env: dict[str, str] | None = None, timeout: float = 30) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "logtriage.bridge", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        env={**os.environ, "PYTHONPATH": str(ROOT / "daemon"), **(env or {})},
        cwd=ROOT,
    )


def test_help_lists_every_option_with_its_default_and_variable():
    for mode in ("fluentbit", "vector", "otlp"):
        text = bridge(mode, "--help").stdout
        for opt in OPTIONS:
            if mode in opt.modes:
                assert opt.flag in text and opt.env in text.replace("\n", " ").replace("  ", " ")


def test_errors_name_the_flag_and_what_to_do():
    missing = bridge("fluentbit", "--listen", "127.0.0.1:1")
    assert missing.returncode == 2 and "--forward-to is required" in missing.stderr
    bad = bridge("fluentbit", "--listen", "nowhere", "--forward-to", "127.0.0.1:2")
    assert bad.returncode == 2 and "--listen 'nowhere': expected HOST:PORT" in bad.stderr
    policy = bridge("vector", "--forward-to", "127.0.0.1:2", "--on-daemon-failure", "retry")
    assert policy.returncode == 2 and "unclassified, wait" in policy.stderr
    size = bridge("fluentbit", "--forward-to", "127.0.0.1:2", "--max-held-bytes", "lots")
    assert size.returncode == 2 and "--max-held-bytes: 'lots' is not a size" in size.stderr


def test_settings_from_environment_and_toml_file(tmp_path: Path):
    config = tmp_path / "bridge.toml"
    config.write_text('[bridge]\nforward_to = "127.0.0.1:9"\nmessage_keys = ["msg", "log"]\n')
    port = free_port()
    log = tmp_path / "out.log"
    with log.open("w") as out:
        proc = subprocess.Popen(
            [sys.executable, "-m", "logtriage.bridge", "fluentbit", "--config", str(config)],
            stdout=out,
            stderr=subprocess.STDOUT,
            cwd=ROOT,
            env={
                **os.environ,
                "PYTHONPATH": str(ROOT / "daemon"),
                "LOGTRIAGE_BRIDGE_LISTEN": f"127.0.0.1:{port}",
                "LOGTRIAGE_BRIDGE_SERVER": "127.0.0.1:1",
            },
        )
        try:
            deadline = time.monotonic() + 30
            while "bridge ready" not in log.read_text() and time.monotonic() < deadline:
                assert proc.poll() is None, log.read_text()
                time.sleep(0.05)
            text = log.read_text()
            assert f'"listen": "127.0.0.1:{port}"' in text and '"forward_to": "127.0.0.1:9"' in text
        finally:
            proc.terminate()
            proc.wait(20)


def test_unix_socket_listener_has_the_mode_flag_and_a_second_bridge_on_it_exits_2(
    tmp_path, receiver, stub_daemon, start_bridge
):
    path = tmp_path / "bridge.sock"
    stale = socket.socket(socket.AF_UNIX)  # a bridge that was killed left its socket file: nothing answers on it
    stale.bind(str(path))
    stale.close()
    old_umask = os.umask(0)  # a permissive umask must not widen the socket
    try:
        flags = ("--listen", f"unix:{path}", "--unix-socket-mode", "0600")
        start_bridge("fluentbit", receiver.address, stub_daemon.address, *flags)
    finally:
        os.umask(old_umask)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    second = bridge("fluentbit", "--listen", f"unix:{path}", "--forward-to", receiver.address, timeout=60)
    assert second.returncode == 2
    assert "another process is listening on" in second.stderr
    with socket.socket(socket.AF_UNIX) as sock:  # the first bridge still has its socket
        sock.connect(str(path))
