"""`logtriage classify`: the original job, in-process and through the daemon."""

from __future__ import annotations

import csv
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
LOGTRIAGE = [sys.executable, "-m", "logtriage.commands.main"]
ENV = {**os.environ, "GEMINI_API_KEY": "", "GOOGLE_API_KEY": "", "LOGTRIAGE_NO_PROGRESS": "1"}

ROWS = [
    ("ModernCRM", "User User123 logged in."),
    ("sshd", "Failed password for root from 198.51.100.7 port 40022 ssh2"),
    ("WebServer", '192.168.0.4 - - [25/Nov/2026:10:01:02 +0000] "GET /index.html HTTP/1.1" 404 128'),
    ("BillingSystem", "Invoice run for order 8910 stopped: tax module invalid"),
    ("nobody", ""),
    ("LegacyCRM", "Case escalation for ticket ID 7324 failed because the assigned support agent is inactive."),
]


def write_input(path: Path, extra_column: bool = True) -> None:
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["id", "source", "log_message"] if extra_column else ["source", "message"])
        for i, (source, message) in enumerate(ROWS):
            w.writerow([i, source, message] if extra_column else [source, message])


def run(*args: str, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*LOGTRIAGE, *args], capture_output=True, text=True, env=ENV, cwd=ROOT, timeout=timeout)


def read_output(path: Path) -> list[dict[str, str]]:
    with path.open(newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def check(rows: list[dict[str, str]]) -> None:
    assert [r["id"] for r in rows] == [str(i) for i in range(len(ROWS))]
    assert [r["log_message"] for r in rows] == [m for _, m in ROWS]
    assert rows[1]["target_label"] == "Security Alert" and rows[1]["tier"] == "regex"
    assert rows[2]["target_label"] == "HTTP Status"
    for r in rows:
        assert r["tier"] in {"regex", "cache", "model", "llm", "none"}
        assert 0.0 <= float(r["confidence"]) <= 1.0
        assert r["target_label"]


@pytest.fixture(scope="module")
def input_csv(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("csv") / "logs.csv"
    write_input(path)
    return path


def test_in_process(input_csv: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.csv"
    result = run("classify", str(input_csv), "-o", str(out))
    assert result.returncode == 0, result.stderr
    check(read_output(out))
    assert "6 rows labelled" in result.stderr


def test_through_the_daemon(input_csv: Path, tmp_path: Path, daemon_address: str) -> None:
    out = tmp_path / "out.csv"
    result = run("classify", str(input_csv), "-o", str(out), "--server", daemon_address, "--batch-size", "2")
    assert result.returncode == 0, result.stderr
    check(read_output(out))


def test_missing_column_is_an_error_before_any_work(tmp_path: Path, daemon_address: str) -> None:
    src = tmp_path / "bad.csv"
    write_input(src, extra_column=False)
    result = run("classify", str(src), "-o", str(tmp_path / "o.csv"), "--server", daemon_address)
    assert result.returncode == 2
    assert "log_message" in result.stderr and "bad.csv" in result.stderr


def test_bad_row_is_reported_with_its_line_and_the_rest_labelled(tmp_path: Path, daemon_address: str) -> None:
    src = tmp_path / "ragged.csv"
    src.write_bytes(
        b"source,log_message\n"
        b"app,user U1 logged in\n"
        b"app,too,many,fields\n"
        b'app,"not valid utf-8 \xff\xfe here"\n'
        b"app,Failed password for root from 10.0.0.1 port 22 ssh2\n"
    )
    out = tmp_path / "o.csv"
    result = run("classify", str(src), "-o", str(out), "--server", daemon_address)
    assert result.returncode == 0, result.stderr
    assert "line 3:" in result.stderr
    rows = out.read_bytes().splitlines()
    assert len(rows) == 4  # header + 3 good rows
    assert b"\xff\xfe" in rows[2]  # the original bytes go out as they came
    assert rows[3].endswith(b"Security Alert,regex,1.0000")


def test_bom_unterminated_quote_and_duplicate_column(tmp_path: Path, daemon_address: str) -> None:
    # a spreadsheet's UTF-8 export starts with a byte order mark: the header still has 'source'
    src = tmp_path / "edge.csv"
    src.write_bytes(
        "\ufeffsource,log_message\n"
        "app,user U1 logged in\n"
        'app,"this quote is never closed\n'
        "sshd,Failed password for root from 10.0.0.1 port 22 ssh2\n".encode()
    )
    out = tmp_path / "o.csv"
    result = run("classify", str(src), "-o", str(out), "--server", daemon_address)
    assert result.returncode == 0, result.stderr
    assert "line 3: bad CSV row skipped: a quoted field is never closed" in result.stderr
    rows = read_output(out)
    assert [r["source"] for r in rows] == ["app", "sshd"]  # the row after the bad one is read on its own
    assert rows[1]["target_label"] == "Security Alert"

    dup = tmp_path / "dup.csv"
    dup.write_text("source,log_message,log_message\napp,a,b\n")
    result = run("classify", str(dup), "-o", str(tmp_path / "d.csv"), "--server", daemon_address)
    assert result.returncode == 2
    assert "2 'log_message' columns (columns 2, 3)" in result.stderr
