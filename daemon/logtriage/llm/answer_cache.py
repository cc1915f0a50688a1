"""The LLM's answers by template key: asked once, kept across restarts, bounded.

The state file is JSON lines, appended as answers arrive (a torn last line after a crash is skipped),
and rewritten compactly via temp + rename at start-up and whenever it has grown to twice the bound.
"""

from __future__ import annotations

import hashlib
import json
import time
from collections import OrderedDict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import IO

import structlog

from ..records import UNCLASSIFIED
from .state_files import write_atomic

log = structlog.get_logger(__name__)

FILE_NAME = "llm_answers.jsonl"
FORMAT_VERSION = 1


@dataclass(frozen=True, slots=True)
class CachedAnswer:
    label: str
    model: str
    labels_digest: str  # the label set it was asked with: an Unclassified answer holds only for that set


def labels_digest(labels: Iterable[str]) -> str:
    joined = "\n".join(sorted(set(labels)))
    return hashlib.blake2b(joined.encode("utf-8", "surrogatepass"), digest_size=8).hexdigest()


class AnswerCache:
    """Least recently used entries go first once `max_entries` is reached."""

    def __init__(self, path: Path | None, max_entries: int) -> None:
        self.path = path
        self.max_entries = max_entries
        self._entries: OrderedDict[str, CachedAnswer] = OrderedDict()
        self._lines_in_file = 0
        self._file: IO[str] | None = None
        if path is not None:
            self._load(path)

    def __len__(self) -> int:
        return len(self._entries)

    def get(self, key: str, labels: frozenset[str], digest: str) -> CachedAnswer | None:
        """The answer, when it still fits the current label set."""
        answer = self._entries.get(key)
        if answer is None:
            return None
        if answer.label not in labels or (answer.label == UNCLASSIFIED and answer.labels_digest != digest):
            return None
        self._entries.move_to_end(key)
        return answer

    def put(self, key: str, answer: CachedAnswer) -> None:
        self._entries[key] = answer
        self._entries.move_to_end(key)
        while len(self._entries) > self.max_entries:
            self._entries.popitem(last=False)
        if self.path is None:
            return
        if self._lines_in_file >= 2 * self.max_entries:
            self._compact()
            return
        if self._file is None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._file = self.path.open("a", encoding="utf-8", newline="\n")
        self._file.write(_line(key, answer))
        self._file.flush()
        self._lines_in_file += 1

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
            self._file = None

    def _load(self, path: Path) -> None:
        bad = 0
        lines = 0
        try:
            with path.open(encoding="utf-8", errors="replace") as handle:
                for raw in handle:
                    lines += 1
                    try:
                        row = json.loads(raw)
                        answer = CachedAnswer(str(row["label"]), str(row["model"]), str(row["labels"]))
                        key = row["key"]
                        if row.get("v") != FORMAT_VERSION or not isinstance(key, str):
                            raise ValueError("unknown format")
                    except (ValueError, KeyError, TypeError):
                        bad += 1
                        continue
                    self._entries[key] = answer
                    self._entries.move_to_end(key)
                    if len(self._entries) > self.max_entries:
                        self._entries.popitem(last=False)
        except FileNotFoundError:
            return
        log.info("llm_cache_loaded", path=str(path), entries=len(self._entries), skipped_lines=bad)
        self._lines_in_file = lines
        if bad or lines > len(self._entries):
            self._compact()

    def _compact(self) -> None:
        assert self.path is not None
        self.close()
        write_atomic(self.path, "".join(_line(k, a) for k, a in self._entries.items()))
        self._lines_in_file = len(self._entries)


def _line(key: str, answer: CachedAnswer) -> str:
    row = {
        "v": FORMAT_VERSION,
        "key": key,
        "label": answer.label,
        "model": answer.model,
        "labels": answer.labels_digest,
        "ts": round(time.time(), 3),
    }
    return json.dumps(row) + "\n"  # ASCII: keys may hold lone surrogates
