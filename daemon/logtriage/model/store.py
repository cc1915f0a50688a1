"""A trained model on disk: `manifest.json`, `weights.npz` (plain arrays, no pickles) and, when the
model uses word features, `vocabulary.json` (a list of words).

The manifest holds two operating points: `threshold` (with an LLM, answers below it go to the LLM)
and `floor` (without one, best guesses at or above it are answered).

A model with word features may also carry a words-first stage: a logistic regression on the word
TF-IDF alone, with its own threshold. Texts it is sure of need no embedding (see tier.py).

Loading reads JSON and arrays with `allow_pickle=False`: it can run no code from the files.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
from scipy.sparse import csr_matrix

from .word_features import LexicalFeatures

FORMAT = "logtriage-model/1"
MANIFEST = "manifest.json"
WEIGHTS = "weights.npz"
VOCABULARY = "vocabulary.json"


class ModelError(ValueError):
    """A model directory that cannot be served; the message names the file and the fix."""


@dataclass
class WordsFirst:
    """softmax(tfidf(text) @ coef.T + intercept); an answer at or above `threshold` skips the embedding."""

    coef: np.ndarray  # (n_labels, vocabulary size) float32
    intercept: np.ndarray  # (n_labels,) float32
    threshold: float

    def predict_proba(self, words: csr_matrix) -> np.ndarray:
        return _softmax(np.asarray(words @ self.coef.T, dtype=np.float32) + self.intercept)


@dataclass
class LinearModel:
    """Multinomial logistic regression over [embedding, word TF-IDF]:
    probabilities = softmax(x @ coef.T + tfidf(text) @ lexical_coef.T + intercept)."""

    labels: list[str]
    coef: np.ndarray  # (n_labels, dim) float32
    intercept: np.ndarray  # (n_labels,) float32
    threshold: float
    manifest: dict[str, Any] = field(default_factory=dict)
    lexical: LexicalFeatures | None = None
    lexical_coef: np.ndarray | None = None  # (n_labels, vocabulary size)
    words_first: WordsFirst | None = None
    floor: float | None = None  # without an LLM, best guesses at or above it are answered (None: the threshold)

    @property
    def version(self) -> str:
        return str(self.manifest.get("version", "unknown"))

    @property
    def dimension(self) -> int:
        return int(self.coef.shape[1])

    def words(self, texts: Sequence[str]) -> csr_matrix | None:
        """The word TF-IDF rows of texts, or None for a model without word features."""
        return self.lexical.transform(texts) if self.lexical is not None else None

    def predict_proba(
        self, embeddings: np.ndarray, texts: Sequence[str] | None = None, words: csr_matrix | None = None
    ) -> np.ndarray:
        """`words` may pass `self.words(texts)` when already computed."""
        logits = embeddings.astype(np.float32, copy=False) @ self.coef.T + self.intercept
        if self.lexical is not None and self.lexical_coef is not None:
            if words is None:
                if texts is None:
                    raise ValueError("this model also reads words: pass the texts beside their embeddings")
                words = self.lexical.transform(texts)
            logits = logits + np.asarray(words @ self.lexical_coef.T, dtype=np.float32)
        return _softmax(logits)


def _softmax(logits: np.ndarray) -> np.ndarray:
    logits -= logits.max(axis=1, keepdims=True)
    np.exp(logits, out=logits)
    logits /= logits.sum(axis=1, keepdims=True)
    return logits


def save_model(directory: Path, model: LinearModel) -> None:
    directory.mkdir(parents=True, exist_ok=True)
    weights_path = directory / WEIGHTS
    arrays = {"coef": model.coef.astype(np.float32), "intercept": model.intercept.astype(np.float32)}
    manifest = dict(model.manifest)
    manifest.pop("lexical", None)  # written below only when this model has words: the manifest matches the files
    words_first = manifest.pop("words_first", None)
    if model.lexical is not None and model.lexical_coef is not None:
        arrays["lexical_coef"] = model.lexical_coef.astype(np.float32)
        arrays["lexical_idf"] = model.lexical.idf.astype(np.float64)
        (directory / VOCABULARY).write_text(json.dumps(model.lexical.vocabulary), encoding="utf-8")
        manifest["lexical"] = {
            "file": VOCABULARY,
            "words": len(model.lexical),
            "ngram_max": model.lexical.ngram_max,
            "sha256": _sha256(directory / VOCABULARY),
        }
        if model.words_first is not None:
            arrays["words_first_coef"] = model.words_first.coef.astype(np.float32)
            arrays["words_first_intercept"] = model.words_first.intercept.astype(np.float32)
            manifest["words_first"] = {**(words_first or {}), "threshold": float(model.words_first.threshold)}
    np.savez(weights_path, allow_pickle=False, **arrays)
    manifest.update(
        format=FORMAT,
        labels=list(model.labels),
        threshold=float(model.threshold),
        floor=float(model.threshold if model.floor is None else model.floor),
        weights={"file": WEIGHTS, "sha256": _sha256(weights_path), "dimension": model.dimension},
    )
    tmp = directory / (MANIFEST + ".tmp")
    tmp.write_text(json.dumps(manifest, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    tmp.replace(directory / MANIFEST)


def _inside(directory: Path, name: object, manifest_path: Path) -> Path:
    """A file the manifest names, which must be a plain file name inside the model folder."""
    if not isinstance(name, str) or not name:
        raise ModelError(f"{manifest_path}: a file name must be a non-empty string, got {name!r}")
    path = (directory / name).resolve()
    if path.parent != directory.resolve() or "/" in name or "\\" in name:
        raise ModelError(f"{manifest_path}: file {name!r} is outside the model folder; name a file in {directory}")
    return path


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
    weights_path = _inside(directory, manifest.get("weights", {}).get("file", WEIGHTS), manifest_path)
    expected = manifest.get("weights", {}).get("sha256")
    if expected and _sha256(weights_path) != expected:
        raise ModelError(f"{weights_path}: checksum differs from {manifest_path}; the model folder is mixed up")
    try:
        with np.load(weights_path, allow_pickle=False) as arrays:
            coef = np.asarray(arrays["coef"], dtype=np.float32)
            intercept = np.asarray(arrays["intercept"], dtype=np.float32)
            lexical_coef = np.asarray(arrays["lexical_coef"], dtype=np.float32) if "lexical" in manifest else None
            idf = np.asarray(arrays["lexical_idf"], dtype=np.float64) if "lexical" in manifest else None
            first = "words_first" in manifest and "lexical" in manifest
            first_coef = np.asarray(arrays["words_first_coef"], dtype=np.float32) if first else None
            first_intercept = np.asarray(arrays["words_first_intercept"], dtype=np.float32) if first else None
    except (OSError, KeyError, ValueError) as exc:
        raise ModelError(f"{weights_path}: cannot read weights: {exc}") from exc
    lexical = None
    if idf is not None:
        vocabulary_path = _inside(directory, manifest["lexical"].get("file", VOCABULARY), manifest_path)
        expected_words = manifest["lexical"].get("sha256")
        if expected_words and _sha256(vocabulary_path) != expected_words:
            raise ModelError(f"{vocabulary_path}: checksum differs from {manifest_path}; the model folder is mixed up")
        try:
            vocabulary = json.loads(vocabulary_path.read_text(encoding="utf-8"))
            lexical = LexicalFeatures(vocabulary, idf, int(manifest["lexical"].get("ngram_max", 2)))
        except (OSError, ValueError, TypeError) as exc:
            raise ModelError(f"{vocabulary_path}: cannot read the word list: {exc}") from exc
    labels = manifest.get("labels")
    if not isinstance(labels, list) or coef.shape[0] != len(labels) or intercept.shape != (len(labels),):
        raise ModelError(f"{manifest_path}: labels do not match the weights' shape {coef.shape}")
    if lexical is not None and (lexical_coef is None or lexical_coef.shape != (len(labels), len(lexical))):
        raise ModelError(f"{manifest_path}: the word weights do not match the word list")
    words_first = None
    if lexical is not None and first_coef is not None and first_intercept is not None:
        if first_coef.shape != (len(labels), len(lexical)) or first_intercept.shape != (len(labels),):
            raise ModelError(f"{manifest_path}: the words-first weights do not match the word list")
        try:
            words_first = WordsFirst(first_coef, first_intercept, float(manifest["words_first"]["threshold"]))
        except (KeyError, TypeError, ValueError) as exc:
            raise ModelError(f"{manifest_path}: words_first needs a numeric threshold: {exc}") from exc
    threshold = float(manifest.get("threshold", 0.5))
    floor = float(manifest.get("floor", threshold))  # a model from before floors answers as it did
    return LinearModel(labels, coef, intercept, threshold, manifest, lexical, lexical_coef, words_first, floor)


def _sha256(path: Path) -> str:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError as exc:
        raise ModelError(f"{path}: cannot read: {exc}") from exc
