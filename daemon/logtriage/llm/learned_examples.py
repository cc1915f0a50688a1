"""The learning loop: every LLM label appended to a CSV that `logtriage train` takes in.

Columns `source,log_message,target_label`; `log_message` is the redacted template text the LLM saw
(the same masking the model tier embeds, so nothing private lands in the training set either).
Unclassified answers are left out: they teach the model nothing.
"""

from __future__ import annotations

import csv
from pathlib import Path
from typing import IO

import structlog

from ..records import UNCLASSIFIED

log = structlog.get_logger(__name__)

FILE_NAME = "llm_examples.csv"
HEADER = ("source", "log_message", "target_label")


class LearnedExamples:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.rows_written = 0
        self._file: IO[str] | None = None

    def append(self, source: str, text: str, label: str) -> None:
        if label == UNCLASSIFIED:
            return
        try:
            handle = self._open()
            csv.writer(handle, lineterminator="\n").writerow((source, text, label))
            handle.flush()
            self.rows_written += 1
        except OSError as err:
            log.warning("llm_examples_not_saved", path=str(self.path), error=str(err))

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
            self._file = None

    def _open(self) -> IO[str]:
        if self._file is None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            new = not self.path.exists() or self.path.stat().st_size == 0
            self._file = self.path.open("a", encoding="utf-8", errors="replace", newline="")
            if new:
                csv.writer(self._file, lineterminator="\n").writerow(HEADER)
        return self._file
