"""The systemd units and the example config: systemd-analyze accepts them, and the TOML loads."""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from logtriage import config

from ..conftest import ROOT

UNITS_DIR = ROOT / "integrations" / "systemd"
UNITS = ("logtriaged.service", "logtriage-bridge.service", "logtriage-bridge-otlp.service")
STATELESS = {"logtriage-bridge-otlp.service"}  # nothing to keep on disk: no StateDirectory
INSTALLED_BIN = "/opt/logtriage/.venv/bin/"
HARDENING = (
    "DynamicUser=yes",
    "ProtectSystem=strict",
    "NoNewPrivileges=yes",
    "PrivateTmp=yes",
    "RestrictAddressFamilies=AF_UNIX AF_INET AF_INET6",
    "SystemCallFilter=@system-service",
    "StateDirectory=",
    "RuntimeDirectory=",
)


@pytest.mark.skipif(shutil.which("systemd-analyze") is None, reason="systemd-analyze is not installed (apt: systemd)")
def test_units_pass_systemd_analyze_verify(tmp_path: Path) -> None:
    # the units name the install path; point them at this checkout's console scripts instead
    bin_dir = Path(sys.executable).parent
    missing = [name for name in ("logtriaged", "logtriage-bridge") if not (bin_dir / name).exists()]
    assert not missing, f"console scripts {missing} not in {bin_dir}; install the package (setup.sh)"
    for unit in UNITS:
        text = (UNITS_DIR / unit).read_text()
        assert INSTALLED_BIN in text
        (tmp_path / unit).write_text(text.replace(INSTALLED_BIN, f"{bin_dir}/"))
    result = subprocess.run(
        ["systemd-analyze", "verify", *(str(tmp_path / unit) for unit in UNITS)],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip() == "" and result.stderr.strip() == ""


@pytest.mark.parametrize("unit", UNITS)
def test_units_are_notify_type_and_hardened(unit: str) -> None:
    lines = (UNITS_DIR / unit).read_text().splitlines()
    assert "Type=notify" in lines
    for setting in HARDENING:
        if setting == "StateDirectory=" and unit in STATELESS:
            continue
        assert any(line.startswith(setting) for line in lines), setting


def test_otlp_unit_runs_the_otlp_bridge_with_a_flag_set_the_bridge_accepts() -> None:
    from logtriage.bridge.cli import build_parser

    (exec_start,) = [
        x for x in (UNITS_DIR / "logtriage-bridge-otlp.service").read_text().splitlines() if "ExecStart" in x
    ]
    args = build_parser().parse_args(exec_start.split()[1:])
    assert args.mode == "otlp" and args.forward_to.startswith("grpc://") and args.http_listen


def test_example_config_loads_with_the_settings_it_names() -> None:
    path = UNITS_DIR / "logtriaged.toml"
    cfg = config.load(argparse.Namespace(config=path), environ={})
    assert cfg["rules.dir"] == "/etc/logtriage/rules"
    assert cfg["metrics.listen"] == "127.0.0.1:9464"
    assert cfg["server.listen"] == "127.0.0.1:50051"
