"""The learning loop: every LLM label appended to a CSV that `logtriage train` takes in.

Columns `source,log_message,target_label`; `log_message` is the redacted template text the LLM saw
(the same masking the model tier embeds, so nothing private lands in the training set either).
Unclassified answers are left out: they teach the model nothing. The file stops growing at
`max_bytes` (a warning once, then a count of the rows left out): a daemon left on for months must
not fill its state directory. Train on it, move it away, and the next answers start a new file.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import IO

import structlog

from ..records import UNCLASSIFIED

log = structlog.get_logger(__name__)

FILE_NAME = "llm_examples.csv"
HEADER = ("source", "log_message", "target_label")


class LearnedExamples:
    def __init__(self, path: Path, max_bytes: int = 100 << 20) -> None:
        self.path = path
        self.max_bytes = max_bytes
        self.rows_written = 0
        self.rows_dropped = 0
        self._file: IO[bytes] | None = None
        self._buffer = io.StringIO()

    def append(self, source: str, text: str, label: str) -> None:
        if label == UNCLASSIFIED:
            return
        self._buffer.seek(0)
        self._buffer.truncate()
        csv.writer(self._buffer, lineterminator="\n").writerow((source, text, label))
        row = self._buffer.getvalue().encode("utf-8", "replace")
        try:
            handle = self._open()
            if handle.tell() + len(row) > self.max_bytes:
                if not self.rows_dropped:
                    log.warning("llm_examples_full", path=str(self.path), max_bytes=self.max_bytes)
                self.rows_dropped += 1
                return
            handle.write(row)
            handle.flush()
            self.rows_written += 1
        except OSError as err:
            log.warning("llm_examples_not_saved", path=str(self.path), error=str(err))

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
            self._file = None

    def _open(self) -> IO[bytes]:
        """Opened once, on the first row; a file moved away since is started anew."""
        if self._file is not None and not self.path.exists():
            self.close()
        if self._file is None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._file = self.path.open("ab")
            if self._file.tell() == 0:
                self._file.write((",".join(HEADER) + "\n").encode())
        return self._file
