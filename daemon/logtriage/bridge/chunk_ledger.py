"""Chunk ids in flight and recently delivered, so a chunk Fluent Bit sends again is not forwarded twice.

With a state file, the delivered ids outlive the process: a chunk that reached the next hop, whose
ack to Fluent Bit was lost when the bridge stopped, is acknowledged without a second delivery after a
restart. An id is written once the next hop acked its chunk and before the ack goes upstream, so
only a crash between those two steps can still double it. The file is one JSON value per line,
rewritten down to the newest `remember` ids when it has grown to twice that.
"""

from __future__ import annotations

import asyncio
import base64
import json
import os
from collections import OrderedDict
from pathlib import Path
from typing import IO

import structlog

log = structlog.get_logger("logtriage.bridge")

FILE_NAME = "delivered_chunks.jsonl"


class ChunkLedger:
    def __init__(self, remember: int = 100_000, path: Path | None = None) -> None:
        self.remember = remember
        self.path = path
        self._done: OrderedDict[object, None] = OrderedDict()
        self._inflight: dict[object, asyncio.Future[None]] = {}
        self._file: IO[str] | None = None
        self._lines = 0
        self._torn = False
        if path is not None:
            self._load(path)

    def delivered(self, chunk_id: object) -> bool:
        return chunk_id in self._done

    def inflight(self, chunk_id: object) -> asyncio.Future[None] | None:
        return self._inflight.get(chunk_id)

    def start(self, chunk_id: object, delivered: asyncio.Future[None]) -> None:
        self._inflight[chunk_id] = delivered

    def finish(self, chunk_id: object) -> None:
        self._inflight.pop(chunk_id, None)
        self._done[chunk_id] = None
        while len(self._done) > self.remember:
            self._done.popitem(last=False)
        if self.path is not None:
            self._save(chunk_id)

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
            self._file = None

    def _save(self, chunk_id: object) -> None:
        line = _encode(chunk_id)
        if line is None:
            return
        try:
            if self._lines >= 2 * self.remember:
                self._compact()  # writes every id kept, this one included
                return
            if self._file is None:
                assert self.path is not None
                self.path.parent.mkdir(parents=True, exist_ok=True)
                self._file = self.path.open("a", encoding="utf-8")
            self._file.write(("\n" if self._torn else "") + line + "\n")
            self._torn = False
            self._file.flush()  # in the kernel's hands: a crash of the process loses nothing
            self._lines += 1
        except OSError as err:
            log.warning("chunk_ledger_not_saved", path=str(self.path), error=str(err))

    def _compact(self) -> None:
        assert self.path is not None
        self.close()
        tmp = self.path.with_suffix(".tmp")
        kept = [line for line in map(_encode, self._done) if line is not None]
        tmp.write_text("".join(line + "\n" for line in kept), encoding="utf-8")
        os.replace(tmp, self.path)
        self._lines = len(kept)
        self._torn = False

    def _load(self, path: Path) -> None:
        try:
            text = path.read_text(encoding="utf-8", errors="replace")
            lines = text.splitlines()
            self._torn = bool(text) and not text.endswith("\n")  # the next line must not join it
        except FileNotFoundError:
            return
        except OSError as err:
            log.warning("chunk_ledger_unreadable", path=str(path), error=str(err))
            return
        for line in lines:
            chunk_id = _decode(line)
            if chunk_id is not None:  # a torn last line (a crash mid-write) is skipped
                self._done[chunk_id] = None
                self._done.move_to_end(chunk_id)
        while len(self._done) > self.remember:
            self._done.popitem(last=False)
        self._lines = len(lines)
        log.info("chunk_ledger_loaded", path=str(path), chunk_ids=len(self._done))


def _encode(chunk_id: object) -> str | None:
    """A line for a chunk id (text, or bytes from a sender that packs it raw); None for other types."""
    if isinstance(chunk_id, str):
        return json.dumps(["s", chunk_id])  # lone surrogates (non-UTF-8 ids) come back as they went
    if isinstance(chunk_id, bytes):
        return json.dumps(["b", base64.b64encode(chunk_id).decode("ascii")])
    return None


def _decode(line: str) -> object | None:
    try:
        kind, value = json.loads(line)
        if kind == "s" and isinstance(value, str):
            return value
        if kind == "b" and isinstance(value, str):
            return base64.b64decode(value, validate=True)
    except (ValueError, TypeError):
        pass
    return None
