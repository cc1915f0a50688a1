"""Warm restarts without Redis: the model's template answers, written to `cache.state_dir`.

`template_answers.jsonl` is JSON lines (never a pickle): a header with the answer namespace (model
version and weights, words-first, token limit, template length, rules version; see shared_answers),
then one `{"k": template key, "l": label, "c": confidence}` per template, least recently used first.
It is written every `cache.snapshot_interval_s` and on SIGTERM (temp file + rename), and read at start:
a restarted daemon answers the templates it knew from its cache instead of embedding them again. A
file of another namespace (a new model or changed rules) is ignored, so those start afresh.
"""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Callable
from pathlib import Path

import structlog

from ..engine.cascade import Engine
from ..engine.template_cache import TemplateCache
from ..llm.state_files import write_atomic
from ..model.tier import ModelTier, ModelVerdict, cached_answer
from ..template_key import template_id

log = structlog.get_logger(__name__)

FILE_NAME = "template_answers.jsonl"
FORMAT_VERSION = 1


def snapshot_path(state_dir: str | Path) -> Path:
    return Path(state_dir) / FILE_NAME


def render(namespace: str, model_version: str, entries: list[tuple[str, ModelVerdict]]) -> str:
    header = {"v": FORMAT_VERSION, "namespace": namespace, "model_version": model_version, "ts": round(time.time())}
    lines = [json.dumps(header)]
    lines += [json.dumps({"k": key, "l": v.label, "c": round(v.confidence, 6)}) for key, v in entries]
    return "\n".join(lines) + "\n"


def write_snapshot(path: Path, namespace: str, model_version: str, entries: list[tuple[str, ModelVerdict]]) -> None:
    write_atomic(path, render(namespace, model_version, entries))


def load_snapshot(path: Path, namespace: str, tier: ModelTier, cache: TemplateCache[ModelVerdict]) -> int:
    """Puts the file's answers into `cache` when its namespace matches; returns how many."""
    labels = frozenset(tier.labels)
    loaded = bad = 0
    try:
        with path.open(encoding="utf-8", errors="replace") as handle:
            try:
                header = json.loads(handle.readline() or "{}")
            except ValueError:
                header = {}
            if header.get("v") != FORMAT_VERSION or header.get("namespace") != namespace:
                log.info(
                    "answer_snapshot_ignored",
                    path=str(path),
                    reason="another model or rules version",
                    file_model_version=header.get("model_version"),
                )
                return 0
            for raw in handle:
                try:
                    row = json.loads(raw)
                    key, label, confidence = row["k"], row["l"], float(row["c"])
                    if not isinstance(key, str) or label not in labels or not 0.0 <= confidence <= 1.0:
                        raise ValueError("bad entry")
                except (ValueError, KeyError, TypeError):
                    bad += 1  # a torn last line, or an edited file
                    continue
                cache.put(key, cached_answer(tier, label, confidence, template_id(key)))
                loaded += 1
    except FileNotFoundError:
        return 0
    except OSError as err:
        log.warning("answer_snapshot_unreadable", path=str(path), error=str(err))
        return 0
    log.info("answer_snapshot_loaded", path=str(path), templates=loaded, skipped_lines=bad)
    return loaded


async def save(engine: Engine, state_dir: str) -> int:
    """Takes the cache's entries on the event loop (a C-level copy), writes them on a worker thread."""
    tier, namespace = engine.model_tier, getattr(engine, "answer_namespace", "")
    if tier is None or not namespace:
        return 0
    entries = engine.cache.items()
    started = time.perf_counter()
    try:
        await asyncio.to_thread(write_snapshot, snapshot_path(state_dir), namespace, tier.version, entries)
    except OSError as err:
        log.warning("answer_snapshot_not_saved", path=str(snapshot_path(state_dir)), error=str(err))
        return 0
    log.info("answer_snapshot_saved", templates=len(entries), seconds=round(time.perf_counter() - started, 3))
    return len(entries)


async def save_every(current: Callable[[], Engine | None], state_dir: str, interval_s: float) -> None:
    """Runs until cancelled: a snapshot of the serving engine every `interval_s`."""
    while True:
        await asyncio.sleep(max(1.0, interval_s))
        engine = current()
        if engine is not None:
            await save(engine, state_dir)
