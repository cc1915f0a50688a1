"""The committed generated code matches proto/, and the proto passes buf's STANDARD lint."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tools.protogen import generate

ROOT = Path(__file__).resolve().parents[2]


def test_regenerating_changes_nothing(tmp_path: Path) -> None:
    generate(tmp_path)
    produced = sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*_pb2*"))
    assert produced, "protoc produced nothing"
    for rel in produced:
        committed = ROOT / "daemon" / rel
        assert committed.read_text() == (tmp_path / rel).read_text(), f"{rel} is stale: run python -m tools.protogen"


def test_buf_lint_standard() -> None:
    buf = shutil.which("buf") or str(Path(sys.executable).parent / "buf")
    if not Path(buf).exists():
        pytest.fail("buf is not installed; it comes with the dev extra (buf-bin)")
    result = subprocess.run([buf, "lint"], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
