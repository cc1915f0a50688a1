"""`logtriage rules suggest`: the most frequent templates, each with a pattern that matches its lines."""

from __future__ import annotations

import csv
import subprocess
import sys
from pathlib import Path

import regex

from logtriage.commands.rules_suggest import suggest


def test_top_templates_with_patterns_that_match_their_lines(tmp_path: Path) -> None:
    path = tmp_path / "logs.csv"
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["source", "log_message"])
        for i in range(30):
            w.writerow(
                ["sshd", f"Nov 25 10:{i:02d}:01 host{i % 3} sshd[{900 + i}]: Failed password for root from 10.0.0.{i}"]
            )
        for i in range(10):
            w.writerow(["app", f"2026-11-25T10:00:{i:02d}Z INFO job {i} finished in {i * 3} ms"])
        w.writerow(["app", "a line seen once"])
    rules = suggest(path, top=5, min_count=2, classify=None)
    assert [r["covers"] for r in rules] == [30, 10]  # most frequent first; the single line is below min_count
    assert rules[0]["label"] == "FILL ME IN"
    with path.open(newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    for rule, lines in ((rules[0], rows[:30]), (rules[1], rows[30:40])):
        pattern = regex.compile(rule["pattern"])
        assert all(pattern.search(r["log_message"]) for r in lines)
    assert not regex.compile(rules[1]["pattern"]).search(rows[0]["log_message"])


def test_a_reader_that_goes_away_ends_the_command_quietly(tmp_path: Path) -> None:
    """`logtriage rules suggest ... | head -1`: no traceback once head has what it wants."""
    path = tmp_path / "logs.csv"
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["source", "log_message"])
        for t in range(400):  # far more output than a pipe buffer holds
            w.writerows(
                [["app", f"template{'x' * (t % 50)} {chr(97 + t % 26)}{t // 26} job {i} done"] for i in range(2)]
            )
    shell = f"{sys.executable} -m logtriage.commands.main rules suggest {path} --no-model --top 400 | head -1"
    done = subprocess.run(["bash", "-c", shell], capture_output=True, text=True, timeout=120)
    assert done.stdout.count("\n") == 1
    assert "Traceback" not in done.stderr and "BrokenPipe" not in done.stderr, done.stderr
