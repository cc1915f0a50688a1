"""`logtriage classify`: label a CSV of `source,log_message` rows, streaming, in the input's order.

A UTF-8 byte order mark before the header is dropped. A row whose quoted field is never closed would
swallow every row after it into one field: it is reported as a bad row (with the line it starts on) and
the lines after that line are read again as rows of their own.
"""

from __future__ import annotations

import csv
import os
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import IO, TYPE_CHECKING, Any, Never, TextIO

from ..bounded_memo import BoundedMemo
from ..records import BatchClassifier, Record
from ..service.convert import TIER_TO_PB

if TYPE_CHECKING:
    from tqdm import tqdm

SOURCE, MESSAGE = "source", "log_message"
ADDED = ("target_label", "tier", "confidence")
csv.field_size_limit(64 << 20)  # a 10 MB message is a valid row


# Labels an iterable of batches, yielding each batch's answers in order (several may be in flight).
# answers: Classifications, or the logtriage.v1 Classification messages of a daemon (Client.classify_batches raw)
BatchesClassifier = Callable[[Iterable[list[Record]]], Iterator[Sequence[Any]]]


# a Tier, or the tier number of a logtriage.v1 Classification message, by the name the CSV shows
_TIER_NAMES: dict[object, str] = {**{t: t.value for t in TIER_TO_PB}, **{n: t.value for t, n in TIER_TO_PB.items()}}


class CsvError(ValueError):
    """The CSV cannot be processed at all (a missing column); raised before any work."""


@dataclass
class CsvReport:
    rows: int = 0
    bad_rows: int = 0
    last_line: int = 0  # the input line of the last row written


def _safe_text(text: str) -> str:
    """Text read with surrogateescape may hold lone surrogates: give the tiers valid UTF-8."""
    try:
        text.encode("utf-8")
        return text
    except UnicodeEncodeError:
        return text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


class _CountingLines:
    """The input's lines, counted, with the raw lines of the row being read kept so they can be read again."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = iter(stream)
        self.chars = 0
        self.line = 0  # lines handed to the csv reader so far
        self.row_lines: list[str] = []
        self._again: deque[str] = deque()

    def __iter__(self) -> Iterator[str]:
        return self

    def __next__(self) -> str:
        if self._again:
            line = self._again.popleft()
        else:
            line = next(self.stream)
            self.chars += len(line)
        self.line += 1
        self.row_lines.append(line)
        return line

    def start_row(self) -> int:
        """Forget the last row's lines; the number of the line the next row starts on."""
        self.row_lines = []
        return self.line + 1

    def read_again(self, lines: list[str]) -> None:
        self._again.extendleft(reversed(lines))
        self.line -= len(lines)


def _unterminated(lines: list[str]) -> bool:
    """A row over several lines with an odd number of quotes: a quoted field that was never closed ran on."""
    return len(lines) > 1 and sum(line.count('"') for line in lines) % 2 == 1


def classify_csv(
    src: TextIO,
    dst: TextIO,
    classify: BatchClassifier | None = None,
    *,
    batch_size: int = 512,
    errors: IO[str] = sys.stderr,
    progress_total: int | None = None,
    classify_batches: BatchesClassifier | None = None,
    report: CsvReport | None = None,
    make_record: Callable[[str, str], Any] = Record,
) -> CsvReport:
    """Writes each row with its answer, in the input's order. `classify_batches` (several batches in flight,
    answers in order) is used when given, else `classify` one batch at a time. `report` is filled as rows are
    written, so a caller still knows the last row written when labelling fails part way. `make_record(source,
    message)` builds what the classifier takes (a daemon client takes logtriage.v1 LogRecords as they are);
    an answer is a Classification or a logtriage.v1 Classification message."""
    lines = _CountingLines(src)
    reader = csv.reader(lines)
    try:
        header = next(reader)
    except StopIteration:
        raise CsvError("the input is empty; expected a header row with 'source' and 'log_message'") from None
    if header and header[0].startswith("\ufeff"):  # a UTF-8 byte order mark, as spreadsheet programs write
        header[0] = header[0][1:]
    missing = [c for c in (SOURCE, MESSAGE) if c not in header]
    if missing:
        raise CsvError(f"the header {header} lacks column(s) {missing}; expected 'source' and 'log_message'")
    for name in (SOURCE, MESSAGE):
        where = [str(k + 1) for k, c in enumerate(header) if c == name]
        if len(where) > 1:
            raise CsvError(f"the header has {len(where)} '{name}' columns (columns {', '.join(where)}); keep one")
    i_source, i_message = header.index(SOURCE), header.index(MESSAGE)
    writer = csv.writer(dst, lineterminator="\n")
    writer.writerow([*header, *ADDED])
    report = report if report is not None else CsvReport()
    bar = _progress(progress_total)
    read: deque[tuple[list[list[str]], int]] = deque()  # batches asked for and not yet written, and the last line

    def asked(rows: list[list[str]]) -> list[Any]:
        out = []
        for r in rows:
            source, message = r[i_source], r[i_message]
            out.append(
                make_record(
                    source if source.isascii() else _safe_text(source),
                    message if message.isascii() else _safe_text(message),
                )
            )
        return out

    def batches() -> Iterator[list[Any]]:
        rows: list[list[str]] = []
        for row in _good_rows(reader, lines, len(header), report, errors):
            rows.append(row)
            if len(rows) >= batch_size:
                read.append((rows, lines.line))
                yield asked(rows)
                rows = []
        if rows:
            read.append((rows, lines.line))
            yield asked(rows)

    if classify_batches is None:
        assert classify is not None, "give classify or classify_batches"
        one = classify
        classify_batches = lambda bs: map(one, bs)  # noqa: E731
    added = _AddedCells()
    for answers in classify_batches(batches()):
        rows, last_line = read.popleft()
        writer.writerows([row + added(a) for row, a in zip(rows, answers, strict=True)])
        report.rows += len(rows)
        report.last_line = last_line
        if bar is not None:
            bar.update(lines.chars - bar.n)
    if bar is not None:
        bar.close()
    return report


class _AddedCells:
    """target_label, tier, confidence of an answer as CSV cells; answers repeat, so each is formatted once."""

    def __init__(self) -> None:
        self._memo: BoundedMemo[tuple[str, object, float], list[str]] = BoundedMemo(100_000)

    def __call__(self, a: Any) -> list[str]:
        key = (a.label, a.tier, a.confidence)
        cells = self._memo.get(key)
        if cells is None:
            cells = self._memo.keep(key, [a.label, _TIER_NAMES.get(a.tier, "none"), f"{a.confidence:.4f}"])
        return cells


def _good_rows(
    reader: Any, lines: _CountingLines, width: int, report: CsvReport, errors: IO[str]
) -> Iterator[list[str]]:
    """The rows with as many fields as the header; each bad one is counted and named by its line number."""
    while True:
        first = lines.start_row()
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            report.bad_rows += 1
            print(f"line {lines.line}: bad CSV row skipped: {exc}", file=errors)
            continue
        if _unterminated(lines.row_lines):
            report.bad_rows += 1
            print(f"line {first}: bad CSV row skipped: a quoted field is never closed", file=errors)
            lines.read_again(lines.row_lines[1:])
            continue
        if not row:
            continue
        if len(row) != width:
            report.bad_rows += 1
            print(f"line {first}: bad CSV row skipped: {len(row)} fields, the header has {width}", file=errors)
            continue
        yield row


def _progress(total: int | None) -> tqdm[Never] | None:
    if total is None or not sys.stderr.isatty() or os.environ.get("LOGTRIAGE_NO_PROGRESS"):
        return None
    from tqdm import tqdm

    return tqdm(total=total, unit="B", unit_scale=True, desc="classify", file=sys.stderr)
