"""The model tier's `model.*` settings; each says what a reload does when it changes."""

from __future__ import annotations

from ..bundled import bundled_path
from ..settings import Reload, Setting

_APPLY, _CACHE, _EMBEDDER = Reload.APPLY, Reload.CACHE, Reload.EMBEDDER
MODEL_SETTINGS: tuple[Setting, ...] = (
    Setting(
        "model.dir",
        str(bundled_path("models/default")),
        "model folder (manifest.json + weights.npz)",
        "--model",
        reload=_APPLY,
    ),
    Setting(
        "model.threshold",
        -1.0,
        "override the manifest's acceptance threshold (negative: keep it)",
        reload=_CACHE,  # cached answers hold the operating points
    ),
    Setting(
        "model.floor",
        -1.0,
        "override the manifest's floor: with no LLM to ask, best guesses at or above it are answered "
        "(negative: keep it)",
        reload=_CACHE,
    ),
    Setting("model.threads", 2, "torch threads for embedding", reload=_EMBEDDER),
    Setting("model.max_seq_length", 0, "override the manifest's token limit (0: keep it)", reload=_APPLY),
    Setting("model.batch_size", 64, "templates per embedding batch", reload=_EMBEDDER),
    Setting(
        "model.batch_wait_ms",
        2.0,
        "how long a new template waits for others to join its embedding batch",
        reload=_APPLY,
    ),
    Setting(
        "model.words_first",
        True,
        "answer new templates from word features alone when the model's words-first stage is sure; "
        "false embeds every new template",
        reload=_CACHE,
    ),
    Setting(
        "model.backend",
        "torch",
        "embedding backend: torch, or onnx (files from 'logtriage export-onnx')",
        reload=_EMBEDDER,
        choices=("torch", "onnx"),
    ),
    Setting("model.onnx_dir", "", "folder written by 'logtriage export-onnx' (model.backend = onnx)", reload=_EMBEDDER),
    Setting(
        "model.onnx_int8",
        False,
        "int8 ONNX weights: ~1.75x faster, 1.7 macro-F1 points lower on the check set",
        reload=_EMBEDDER,
    ),
)
