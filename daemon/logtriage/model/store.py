"""A trained model on disk: `manifest.json`, `weights.npz` (plain arrays, no pickles) and, when the
model uses word features, `vocabulary.json` (a list of words); with character features, `chars.json`
(a list of character n-grams). A model folder without `chars` in its manifest reads no characters.
Words and characters are two `FeatureBlock`s, saved, loaded and read the same way.

The manifest holds two operating points: `threshold` (with an LLM, answers below it go to the LLM)
and `floor` (without one, best guesses at or above it are answered).

A model with word features may also carry a words-first stage: a logistic regression on the word
TF-IDF alone, with its own threshold. Texts it is sure of need no embedding (see tier.py).

Loading reads JSON and arrays with `allow_pickle=False`: it can run no code from the files.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Generic, TypeVar

import numpy as np
from scipy.sparse import csr_matrix

from .char_features import NGRAM_RANGE, CharFeatures
from .word_features import LexicalFeatures

FORMAT = "logtriage-model/1"
MANIFEST = "manifest.json"
WEIGHTS = "weights.npz"
VOCABULARY = "vocabulary.json"
CHARS = "chars.json"


class ModelError(ValueError):
    """A model directory that cannot be served; the message names the file and the fix."""


F = TypeVar("F", bound=LexicalFeatures)


@dataclass(frozen=True)
class FeatureBlock(Generic[F]):
    """One kind of text features in a model folder: the term list in `file` (JSON), the arrays
    `<arrays>_idf` and `<arrays>_coef` in the weights, and the manifest entry `key` (with the list's sha256)."""

    key: str
    file: str
    arrays: str
    reads: str  # what the model reads of a text through it: "words"
    terms: str  # what its term list is called in messages: "word list"
    describe: Callable[[F], dict[str, Any]]  # the manifest entry's fields beside file and sha256
    build: Callable[[list[str], np.ndarray, dict[str, Any]], F]  # the features from terms, idf and manifest entry


def _char_features(ngrams: list[str], idf: np.ndarray, entry: dict[str, Any]) -> CharFeatures:
    low, high = entry.get("ngram_range", NGRAM_RANGE)
    return CharFeatures(ngrams, idf, (int(low), int(high)))


WORD_BLOCK = FeatureBlock[LexicalFeatures](
    "lexical",
    VOCABULARY,
    "lexical",
    "words",
    "word list",
    lambda words: {"words": len(words), "ngram_max": words.ngram_max},
    lambda terms, idf, entry: LexicalFeatures(terms, idf, int(entry.get("ngram_max", 2))),
)
CHAR_BLOCK = FeatureBlock[CharFeatures](
    "chars",
    CHARS,
    "chars",
    "characters",
    "character n-gram list",
    lambda chars: {"analyzer": "char_wb", "ngrams": len(chars), "ngram_range": [chars.ngram_min, chars.ngram_max]},
    _char_features,
)
BLOCKS: tuple[FeatureBlock[Any], ...] = (WORD_BLOCK, CHAR_BLOCK)


@dataclass
class WordsFirst:
    """softmax(tfidf(text) @ coef.T [+ chars(text) @ chars_coef.T] + intercept); an answer at or above
    `threshold` skips the embedding."""

    coef: np.ndarray  # (n_labels, vocabulary size) float32
    intercept: np.ndarray  # (n_labels,) float32
    threshold: float
    chars_coef: np.ndarray | None = None  # (n_labels, n-grams): when it reads the model's characters too

    def predict_proba(self, words: csr_matrix, chars: csr_matrix | None = None) -> np.ndarray:
        logits = np.asarray(words @ self.coef.T, dtype=np.float32) + self.intercept
        if self.chars_coef is not None:
            if chars is None:
                raise ValueError("this words-first stage also reads characters: pass their rows")
            logits += np.asarray(chars @ self.chars_coef.T, dtype=np.float32)
        return _softmax(logits)


@dataclass
class LinearModel:
    """Multinomial logistic regression over [embedding, word TF-IDF, character TF-IDF]:
    probabilities = softmax(x @ coef.T + tfidf(text) @ lexical_coef.T + chars(text) @ chars_coef.T + intercept)
    (the word and character terms only when the model has them)."""

    labels: list[str]
    coef: np.ndarray  # (n_labels, dim) float32
    intercept: np.ndarray  # (n_labels,) float32
    threshold: float
    manifest: dict[str, Any] = field(default_factory=dict)
    lexical: LexicalFeatures | None = None
    lexical_coef: np.ndarray | None = None  # (n_labels, vocabulary size)
    words_first: WordsFirst | None = None
    floor: float | None = None  # without an LLM, best guesses at or above it are answered (None: the threshold)
    chars: CharFeatures | None = None
    chars_coef: np.ndarray | None = None  # (n_labels, n-grams)

    @property
    def version(self) -> str:
        return str(self.manifest.get("version", "unknown"))

    @property
    def dimension(self) -> int:
        return int(self.coef.shape[1])

    def words(self, texts: Sequence[str]) -> csr_matrix | None:
        """The word TF-IDF rows of texts, or None for a model without word features."""
        return self.lexical.transform(texts) if self.lexical is not None else None

    def char_rows(self, texts: Sequence[str]) -> csr_matrix | None:
        """The character TF-IDF rows of texts, or None for a model without character features."""
        return self.chars.transform(texts) if self.chars is not None else None

    def feature_blocks(self) -> tuple[tuple[FeatureBlock[Any], LexicalFeatures | None, np.ndarray | None], ...]:
        """Each kind of text features (BLOCKS' order) with this model's features and weights of it, or None."""
        return (WORD_BLOCK, self.lexical, self.lexical_coef), (CHAR_BLOCK, self.chars, self.chars_coef)

    def predict_proba(
        self,
        embeddings: np.ndarray,
        texts: Sequence[str] | None = None,
        words: csr_matrix | None = None,
        chars: csr_matrix | None = None,
    ) -> np.ndarray:
        """`words` and `chars` may pass `self.words(texts)` and `self.char_rows(texts)` when already computed."""
        logits = embeddings.astype(np.float32, copy=False) @ self.coef.T + self.intercept
        for (block, features, coef), rows in zip(self.feature_blocks(), (words, chars), strict=True):
            if features is None or coef is None:
                continue
            if rows is None:
                if texts is None:
                    raise ValueError(f"this model also reads {block.reads}: pass the texts beside their embeddings")
                rows = features.transform(texts)
            logits = logits + np.asarray(rows @ coef.T, dtype=np.float32)
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
    for block in BLOCKS:  # written below only when this model has them: the manifest matches the files
        manifest.pop(block.key, None)
    words_first = manifest.pop("words_first", None)
    if model.lexical is not None and model.lexical_coef is not None:  # characters and words first go beside words
        for block, features, coef in model.feature_blocks():
            if features is not None and coef is not None:
                _save_block(directory, block, features, coef, arrays, manifest)
        if model.words_first is not None:
            first = model.words_first
            arrays["words_first_coef"] = first.coef.astype(np.float32)
            arrays["words_first_intercept"] = first.intercept.astype(np.float32)
            first_chars = first.chars_coef if "chars" in manifest else None  # only beside the model's characters
            if first_chars is not None:
                arrays["words_first_chars_coef"] = first_chars.astype(np.float32)
            manifest["words_first"] = {
                **(words_first or {}),
                "threshold": float(first.threshold),
                "reads_chars": first_chars is not None,
            }
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


def _save_block(
    directory: Path,
    block: FeatureBlock[F],
    features: F,
    coef: np.ndarray,
    arrays: dict[str, np.ndarray],
    manifest: dict[str, Any],
) -> None:
    """Writes the block's term list, puts its weights in `arrays` and its entry in `manifest`."""
    arrays[f"{block.arrays}_coef"] = coef.astype(np.float32)
    arrays[f"{block.arrays}_idf"] = features.idf.astype(np.float64)
    path = directory / block.file
    path.write_text(json.dumps(features.vocabulary), encoding="utf-8")
    manifest[block.key] = {"file": block.file, **block.describe(features), "sha256": _sha256(path)}


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
            blocks = {block.key: _block_weights(arrays, block) for block in BLOCKS if block.key in manifest}
            first = "words_first" in manifest and "lexical" in manifest
            first_coef = np.asarray(arrays["words_first_coef"], dtype=np.float32) if first else None
            first_intercept = np.asarray(arrays["words_first_intercept"], dtype=np.float32) if first else None
            summary = manifest.get("words_first")
            first_chars = (
                first and "chars" in manifest and isinstance(summary, dict) and bool(summary.get("reads_chars"))
            )
            first_chars_coef = np.asarray(arrays["words_first_chars_coef"], dtype=np.float32) if first_chars else None
    except (OSError, KeyError, ValueError) as exc:
        raise ModelError(f"{weights_path}: cannot read weights: {exc}") from exc
    labels = manifest.get("labels")
    if not isinstance(labels, list) or coef.shape[0] != len(labels) or intercept.shape != (len(labels),):
        raise ModelError(f"{manifest_path}: labels do not match the weights' shape {coef.shape}")
    lexical, lexical_coef = _load_block(directory, WORD_BLOCK, manifest, blocks, len(labels))
    chars, chars_coef = _load_block(directory, CHAR_BLOCK, manifest, blocks, len(labels))
    words_first = None
    if lexical is not None and first_coef is not None and first_intercept is not None:
        if first_coef.shape != (len(labels), len(lexical)) or first_intercept.shape != (len(labels),):
            raise ModelError(f"{manifest_path}: the words-first weights do not match the word list")
        if first_chars_coef is not None and (chars is None or first_chars_coef.shape != (len(labels), len(chars))):
            raise ModelError(f"{manifest_path}: the words-first character weights do not match the n-gram list")
        try:
            threshold_first = float(manifest["words_first"]["threshold"])
            words_first = WordsFirst(first_coef, first_intercept, threshold_first, first_chars_coef)
        except (KeyError, TypeError, ValueError) as exc:
            raise ModelError(f"{manifest_path}: words_first needs a numeric threshold: {exc}") from exc
    threshold = float(manifest.get("threshold", 0.5))
    floor = float(manifest.get("floor", threshold))  # a model from before floors answers as it did
    return LinearModel(
        labels, coef, intercept, threshold, manifest, lexical, lexical_coef, words_first, floor, chars, chars_coef
    )


def _block_weights(arrays: Mapping[str, np.ndarray], block: FeatureBlock[Any]) -> tuple[np.ndarray, np.ndarray]:
    """The block's (coef, idf) from the open weights file."""
    return (
        np.asarray(arrays[f"{block.arrays}_coef"], dtype=np.float32),
        np.asarray(arrays[f"{block.arrays}_idf"], dtype=np.float64),
    )


def _load_block(
    directory: Path,
    block: FeatureBlock[F],
    manifest: dict[str, Any],
    weights: dict[str, tuple[np.ndarray, np.ndarray]],
    n_labels: int,
) -> tuple[F | None, np.ndarray | None]:
    """The block's features and weights, checked against the list's sha256 and the weights' shape (None, None
    for a model without the block)."""
    if block.key not in weights:
        return None, None
    coef, idf = weights[block.key]
    manifest_path = directory / MANIFEST
    entry = _entry(manifest, block.key)
    terms = _term_list(directory, entry, block.file, manifest_path, block.terms)
    try:
        features = block.build(terms, idf, entry)
    except (ValueError, TypeError) as exc:
        raise ModelError(f"{manifest_path}: cannot read the {block.terms}: {exc}") from exc
    if coef.shape != (n_labels, len(features)):
        raise ModelError(f"{manifest_path}: the {block.terms} does not match its weights' shape {coef.shape}")
    return features, coef


def _entry(manifest: dict[str, Any], key: str) -> dict[str, Any]:
    entry = manifest.get(key)
    if not isinstance(entry, dict):
        raise ModelError(f"manifest entry {key!r} must be an object, got {entry!r}")
    return entry


def _term_list(directory: Path, entry: dict[str, Any], default: str, manifest_path: Path, what: str) -> list[str]:
    """The list of terms a manifest entry names, checked against its sha256."""
    path = _inside(directory, entry.get("file", default), manifest_path)
    expected = entry.get("sha256")
    if expected and _sha256(path) != expected:
        raise ModelError(f"{path}: checksum differs from {manifest_path}; the model folder is mixed up")
    try:
        terms = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ModelError(f"{path}: cannot read the {what}: {exc}") from exc
    if not isinstance(terms, list) or not all(isinstance(t, str) for t in terms):
        raise ModelError(f"{path}: the {what} must be a JSON list of strings")
    return terms


def _sha256(path: Path) -> str:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError as exc:
        raise ModelError(f"{path}: cannot read: {exc}") from exc
