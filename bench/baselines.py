"""In-process baselines for `logtriage bench`, run while the daemon is idle or stopped.

- one at a time: the original classifier's way, per record the rule list, then MiniLM on that one
  message (`SentenceTransformer.encode([message])`), then the logistic regression;
- plain batched encode: `SentenceTransformer.encode(messages, batch_size=64)` of raw messages, as
  shipped (no masking, no template dedup), then the logistic regression;
- the template key's cost per record, and what a full template cache costs in memory.
"""

from __future__ import annotations

import gc
import time
import tracemalloc
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from logtriage.engine.template_cache import TemplateCache
from logtriage.model.encoders.minilm_torch import bundled_model_path
from logtriage.model.store import LinearModel
from logtriage.model.tier import ModelVerdict
from logtriage.records import Classification, Record, Tier
from logtriage.regex.rules import Rule
from logtriage.template_key import TemplateKey, template_id

from .measure import Result


def load_sentence_transformer(threads: int):  # type: ignore[no-untyped-def]
    """MiniLM with its shipped settings (max_seq_length 256), as a user of sentence-transformers gets it."""
    import torch
    from sentence_transformers import SentenceTransformer

    if threads:
        torch.set_num_threads(threads)
    return SentenceTransformer(str(bundled_model_path()), device="cpu", local_files_only=True)


def one_at_a_time(records: Sequence[Record], rules: Sequence[Rule], st, model: LinearModel) -> Result:  # type: ignore[no-untyped-def]
    started = time.perf_counter()
    latencies = []
    for record in records:
        t0 = time.perf_counter()
        if not any(rule.pattern.search(record.message) for rule in rules):
            vector = st.encode([record.message], convert_to_numpy=True, normalize_embeddings=True)
            model.predict_proba(np.asarray(vector, dtype=np.float32), [record.message]).argmax(axis=1)
        latencies.append((time.perf_counter() - t0) * 1000)
    return Result("one at a time (in-process)", len(records), time.perf_counter() - started, latencies)


def plain_batched(records: Sequence[Record], st, model: LinearModel, name: str, batch_size: int = 64) -> Result:  # type: ignore[no-untyped-def]
    messages = [r.message for r in records]
    started = time.perf_counter()
    vectors = st.encode(messages, batch_size=batch_size, convert_to_numpy=True, normalize_embeddings=True)
    model.predict_proba(np.asarray(vectors, dtype=np.float32), messages).argmax(axis=1)
    return Result(name, len(records), time.perf_counter() - started)


def key_cost_us(messages: Sequence[str], key: TemplateKey, batch_size: int) -> dict[str, float]:
    """µs per record of the template key: one call per message, and a batch at a time (the engine's way)."""
    best_one = best_batch = float("inf")
    for _ in range(3):
        t0 = time.perf_counter()
        for m in messages:
            key.key(m)
        best_one = min(best_one, time.perf_counter() - t0)
        t0 = time.perf_counter()
        for i in range(0, len(messages), batch_size):
            key.keys(messages[i : i + batch_size])
        best_batch = min(best_batch, time.perf_counter() - t0)
    n = max(1, len(messages))
    return {"per_call_us": best_one / n * 1e6, "batched_us": best_batch / n * 1e6}


def full_cache_mb(messages: Sequence[str], key: TemplateKey, max_entries: int, max_bytes: int) -> dict[str, float]:
    """Python heap held by a TemplateCache filled to its limits with keys like the mix's (tracemalloc)."""
    samples = [key.key(m) for m in messages[:2000]] or ["x"]
    gc.collect()
    tracemalloc.start()
    cache: TemplateCache[ModelVerdict] = TemplateCache(max_entries, max_bytes)
    for n in range(max_entries):
        k = f"{samples[n % len(samples)]} #{n}"  # distinct keys of the mix's lengths
        tid = template_id(k)
        cache.put(k, ModelVerdict("Error", 0.9, tid, Classification("Error", Tier.CACHE, 0.9, "", "v1", tid)))
    used, _ = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return {"entries": len(cache), "accounted_mb": cache.bytes / 2**20, "measured_mb": used / 2**20}


def bundled_model_size_mb() -> float:
    return sum(p.stat().st_size for p in Path(bundled_model_path()).rglob("*") if p.is_file()) / 2**20
