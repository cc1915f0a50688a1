"""`logtriage classify`: label a CSV of `source,log_message` rows, streaming, in the input's order."""

from __future__ import annotations

import csv
import os
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from typing import IO, TextIO

from .records import BatchClassifier, Record

SOURCE, MESSAGE = "source", "log_message"
ADDED = ("target_label", "tier", "confidence")
csv.field_size_limit(64 << 20)  # a 10 MB message is a valid row


class CsvError(ValueError):
    """The CSV cannot be processed at all (a missing column); raised before any work."""


@dataclass
class CsvReport:
    rows: int = 0
    bad_rows: int = 0


def _safe_text(text: str) -> str:
    """Text read with surrogateescape may hold lone surrogates: give the tiers valid UTF-8."""
    try:
        text.encode("utf-8")
        return text
    except UnicodeEncodeError:
        return text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


class _CountingLines:
    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self.chars = 0

    def __iter__(self) -> Iterator[str]:
        for line in self.stream:
            self.chars += len(line)
            yield line


def classify_csv(
    src: TextIO,
    dst: TextIO,
    classify: BatchClassifier,
    *,
    batch_size: int = 512,
    errors: IO[str] = sys.stderr,
    progress_total: int | None = None,
) -> CsvReport:
    lines = _CountingLines(src)
    reader = csv.reader(lines)
    try:
        header = next(reader)
    except StopIteration:
        raise CsvError("the input is empty; expected a header row with 'source' and 'log_message'") from None
    missing = [c for c in (SOURCE, MESSAGE) if c not in header]
    if missing:
        raise CsvError(f"the header {header} lacks column(s) {missing}; expected 'source' and 'log_message'")
    i_source, i_message = header.index(SOURCE), header.index(MESSAGE)
    writer = csv.writer(dst, lineterminator="\n")
    writer.writerow([*header, *ADDED])
    report = CsvReport()
    bar = _progress(progress_total)
    rows: list[list[str]] = []

    def flush() -> None:
        if not rows:
            return
        answers = classify([Record(_safe_text(r[i_source]), _safe_text(r[i_message])) for r in rows])
        for row, a in zip(rows, answers, strict=True):
            writer.writerow([*row, a.label, a.tier.value, f"{a.confidence:.4f}"])
        report.rows += len(rows)
        rows.clear()
        if bar is not None:
            bar.update(lines.chars - bar.n)

    while True:
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            report.bad_rows += 1
            print(f"line {reader.line_num}: bad CSV row skipped: {exc}", file=errors)
            continue
        if not row:
            continue
        if len(row) != len(header):
            report.bad_rows += 1
            print(
                f"line {reader.line_num}: bad CSV row skipped: {len(row)} fields, the header has {len(header)}",
                file=errors,
            )
            continue
        rows.append(row)
        if len(rows) >= batch_size:
            flush()
    flush()
    if bar is not None:
        bar.close()
    return report


def _progress(total: int | None):
    if total is None or not sys.stderr.isatty() or os.environ.get("LOGTRIAGE_NO_PROGRESS"):
        return None
    from tqdm import tqdm

    return tqdm(total=total, unit="B", unit_scale=True, desc="classify", file=sys.stderr)
