"""A trained model on disk: `manifest.json` plus `weights.npz` (plain arrays, no pickles).

Loading reads JSON and arrays with `allow_pickle=False`: it can run no code from the files.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

FORMAT = "logtriage-model/1"
MANIFEST = "manifest.json"
WEIGHTS = "weights.npz"


class ModelError(ValueError):
    """A model directory that cannot be served; the message names the file and the fix."""


@dataclass
class LinearModel:
    """Multinomial logistic regression: probabilities = softmax(x @ coef.T + intercept)."""

    labels: list[str]
    coef: np.ndarray  # (n_labels, dim) float32
    intercept: np.ndarray  # (n_labels,) float32
    threshold: float
    manifest: dict[str, Any] = field(default_factory=dict)

    @property
    def version(self) -> str:
        return str(self.manifest.get("version", "unknown"))

    @property
    def dimension(self) -> int:
        return int(self.coef.shape[1])

    def predict_proba(self, embeddings: np.ndarray) -> np.ndarray:
        logits = embeddings.astype(np.float32, copy=False) @ self.coef.T + self.intercept
        logits -= logits.max(axis=1, keepdims=True)
        np.exp(logits, out=logits)
        logits /= logits.sum(axis=1, keepdims=True)
        return logits


def save_model(directory: Path, model: LinearModel) -> None:
    directory.mkdir(parents=True, exist_ok=True)
    weights_path = directory / WEIGHTS
    np.savez(weights_path, coef=model.coef.astype(np.float32), intercept=model.intercept.astype(np.float32))
    manifest = dict(model.manifest)
    manifest.update(
        format=FORMAT,
        labels=list(model.labels),
        threshold=float(model.threshold),
        weights={"file": WEIGHTS, "sha256": _sha256(weights_path), "dimension": model.dimension},
    )
    tmp = directory / (MANIFEST + ".tmp")
    tmp.write_text(json.dumps(manifest, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    tmp.replace(directory / MANIFEST)


def load_model(directory: Path) -> LinearModel:
    manifest_path = directory / MANIFEST
    try:
        manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise ModelError(f"{manifest_path} not found; point --model at a folder made by 'logtriage train'") from exc
    except (OSError, ValueError) as exc:
        raise ModelError(f"{manifest_path}: unreadable manifest: {exc}") from exc
    if manifest.get("format") != FORMAT:
        raise ModelError(f"{manifest_path}: format {manifest.get('format')!r} is not {FORMAT!r}")
    weights_path = directory / manifest.get("weights", {}).get("file", WEIGHTS)
    expected = manifest.get("weights", {}).get("sha256")
    if expected and _sha256(weights_path) != expected:
        raise ModelError(f"{weights_path}: checksum differs from {manifest_path}; the model folder is mixed up")
    try:
        with np.load(weights_path, allow_pickle=False) as arrays:
            coef = np.asarray(arrays["coef"], dtype=np.float32)
            intercept = np.asarray(arrays["intercept"], dtype=np.float32)
    except (OSError, KeyError, ValueError) as exc:
        raise ModelError(f"{weights_path}: cannot read weights: {exc}") from exc
    labels = manifest.get("labels")
    if not isinstance(labels, list) or coef.shape[0] != len(labels) or intercept.shape != (len(labels),):
        raise ModelError(f"{manifest_path}: labels do not match the weights' shape {coef.shape}")
    return LinearModel(labels, coef, intercept, float(manifest.get("threshold", 0.5)), manifest)


def _sha256(path: Path) -> str:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError as exc:
        raise ModelError(f"{path}: cannot read: {exc}") from exc
