"""Training: embeddings of masked templates + logistic regression, written as arrays + manifest.

The operating points are calibrated on leave-one-family-out predictions (lofo.py): every row is
scored by a model that never saw its system family. Without a `family` column the unit held out is
the template (never a random split: near-duplicates would leak)."""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from ..records import UNCLASSIFIED
from ..template_key import TemplateKey
from . import lofo
from .char_features import NGRAM_RANGE, CharFeatures
from .evidence import MIN_WORDS_FIRST
from .store import LinearModel, WordsFirst, save_model
from .word_features import TOKEN_PATTERN, LexicalFeatures

csv.field_size_limit(64 << 20)
CHAR_MIN_DF = 2  # an n-gram in fewer texts than this is left out
CHAR_MAX_FEATURES = 150_000  # the most frequent n-grams kept: about 6 MB of weights and list per stage


@dataclass
class Dataset:
    texts: list[str] = field(default_factory=list)  # model_text of each message
    labels: list[str] = field(default_factory=list)
    groups: list[str] = field(default_factory=list)  # template of each row, for grouped splits
    families: list[str] = field(default_factory=list)  # system family of each row ("" if not given)

    def fingerprint(self) -> str:
        h = hashlib.sha256()
        for text, label in sorted(zip(self.texts, self.labels, strict=True)):
            h.update(f"{label}\t{text}\n".encode("utf-8", "replace"))
        return h.hexdigest()


def read_labelled(paths: Iterable[Path], template_key: TemplateKey | None = None) -> Dataset:
    """Rows of `source,log_message,target_label` (a `template` column, if any, names the group)."""
    tk = template_key or TemplateKey()
    data = Dataset()
    seen: set[tuple[str, str]] = set()
    for path in paths:
        with path.open(encoding="utf-8", errors="replace", newline="") as f:
            reader = csv.DictReader(f)
            fields = reader.fieldnames or []
            for column in ("log_message", "target_label"):
                if column not in fields:
                    raise ValueError(f"{path}: no '{column}' column; expected source,log_message,target_label")
            for row in reader:
                message, label = row.get("log_message") or "", (row.get("target_label") or "").strip()
                if not label or label == UNCLASSIFIED:
                    continue
                text = tk.model_text(message)
                if (text, label) in seen:
                    continue
                seen.add((text, label))
                data.texts.append(text)
                data.labels.append(label)
                data.groups.append(row.get("template") or tk.key(message))
                data.families.append((row.get("family") or "").strip())
    if not data.texts:
        raise ValueError("no labelled rows found in " + ", ".join(map(str, paths)))
    return data


def fit_logistic(
    x: np.ndarray,
    y: np.ndarray,
    labels: Sequence[str],
    c: float,
    texts: Sequence[str] | None = None,
    words_first: bool = False,
    chars: bool = False,
    words_first_chars: bool = False,
    embedding_weight: float = 1.0,
) -> LinearModel:
    """Logistic regression on the embeddings, and on word TF-IDF beside them when texts are given (and
    character n-gram TF-IDF with `chars`); with `words_first`, also one on the word TF-IDF alone (and
    the characters with `words_first_chars`); its threshold is set by `calibrate_words_first`.
    `embedding_weight` scales the embedding block while fitting (less regularisation on it than on the
    sparse blocks when above 1); the stored coefficients are scaled back, so serving reads raw embeddings."""
    from scipy.sparse import csr_matrix, hstack
    from sklearn.feature_extraction.text import TfidfVectorizer

    lexical = char_features = None
    features: Any = x * embedding_weight
    words: Any = None
    char_rows: Any = None
    if texts is not None:
        vectorizer = TfidfVectorizer(
            token_pattern=TOKEN_PATTERN,
            lowercase=True,
            ngram_range=(1, 2),
            sublinear_tf=True,
            min_df=2,
            max_features=50_000,
        )
        words = vectorizer.fit_transform(texts)
        lexical = LexicalFeatures(list(vectorizer.get_feature_names_out()), vectorizer.idf_, 2)
        blocks = [csr_matrix(features), words]
        if chars:
            char_vectorizer = TfidfVectorizer(
                analyzer="char_wb",
                ngram_range=NGRAM_RANGE,
                lowercase=True,
                sublinear_tf=True,
                min_df=CHAR_MIN_DF,
                max_features=CHAR_MAX_FEATURES,
            )
            char_rows = char_vectorizer.fit_transform(texts)
            char_features = CharFeatures(list(char_vectorizer.get_feature_names_out()), char_vectorizer.idf_)
            blocks.append(char_rows)
        features = hstack(blocks).tocsr()
    coef, intercept = _logistic(features, y, len(labels), c)
    dim = x.shape[1]
    coef[:, :dim] *= embedding_weight  # the fit saw x * weight: the same logits from raw x
    n_words = len(lexical) if lexical is not None else 0
    first = None
    if words_first and lexical is not None:
        both = words_first_chars and char_rows is not None
        first_coef, first_intercept = _logistic(
            hstack([words, char_rows]).tocsr() if both else words, y, len(labels), c
        )
        first = WordsFirst(  # off until calibrated
            first_coef[:, :n_words],
            first_intercept,
            threshold=1.01,
            chars_coef=first_coef[:, n_words:] if both else None,
        )
    return LinearModel(
        list(labels),
        coef[:, :dim],
        intercept,
        0.5,
        lexical=lexical,
        lexical_coef=coef[:, dim : dim + n_words] if lexical else None,
        words_first=first,
        chars=char_features,
        chars_coef=coef[:, dim + n_words :] if char_features is not None else None,
    )


def _logistic(features: Any, y: np.ndarray, n_labels: int, c: float) -> tuple[np.ndarray, np.ndarray]:
    """(coef, intercept) with one row per label index 0..n_labels-1, whichever labels y holds."""
    from sklearn.linear_model import LogisticRegression
    from threadpoolctl import threadpool_limits

    clf = LogisticRegression(C=c, max_iter=3000, class_weight="balanced")
    # one BLAS thread: L-BFGS makes many small BLAS calls, and a thread pool on a busy machine spins
    # on each of them (10x slower measured on 2 shared cores)
    with threadpool_limits(limits=1, user_api="blas"):
        clf.fit(features, y)
    coef = np.zeros((n_labels, features.shape[1]), dtype=np.float32)
    intercept = np.full(n_labels, -1e4, dtype=np.float32)  # a label missing from y is never chosen
    classes = [int(k) for k in clf.classes_]  # y holds label indexes
    if len(classes) == 2:  # sklearn keeps one row for two classes: softmax([0, z]) == sigmoid(z)
        intercept[classes[0]] = 0.0
        coef[classes[1]] = clf.coef_[0]
        intercept[classes[1]] = clf.intercept_[0]
    else:
        for row, k in enumerate(classes):
            coef[k] = clf.coef_[row]
            intercept[k] = clf.intercept_[row]
    return coef, intercept


def calibrate(probs: np.ndarray, truth: np.ndarray, target_precision: float) -> tuple[float, list[dict[str, float]]]:
    """The lowest threshold whose accepted answers reach the target precision, and the whole curve."""
    best = probs.max(axis=1)
    right = probs.argmax(axis=1) == truth
    curve = []
    chosen = None
    for t in np.round(np.arange(0.20, 0.991, 0.01), 2):
        accepted = best >= t
        n = int(accepted.sum())
        precision = float(right[accepted].mean()) if n else 1.0
        curve.append({"threshold": float(t), "coverage": n / len(best), "precision": precision})
        if chosen is None and precision >= target_precision:
            chosen = float(t)
    return (chosen if chosen is not None else 0.99), curve


def macro_f1(pred: np.ndarray, truth: np.ndarray, n_labels: int) -> float:
    scores = []
    for k in range(n_labels):
        tp = int(((pred == k) & (truth == k)).sum())
        fp = int(((pred == k) & (truth != k)).sum())
        fn = int(((pred != k) & (truth == k)).sum())
        if tp + fp + fn:
            scores.append(2 * tp / (2 * tp + fp + fn))
    return float(np.mean(scores)) if scores else 0.0


def train(
    data: Dataset,
    encode: Any,
    *,
    target_precision: float = 0.95,
    c: float = 2.0,
    lexical: bool = True,
    chars: bool = True,
    words_first_chars: bool = False,
    words_first_precision: float | None = 0.98,
    words_first_tolerance: float = 0.001,
    words_first_at_threshold: bool = False,
    folds: int = lofo.DEFAULT_FOLDS,
    embedding: dict[str, Any] | None = None,
    name: str = "default",
    jobs: int = 1,
    lofo_rows: Path | None = None,
    embedding_weight: float = 1.0,
) -> LinearModel:
    """`encode(texts) -> (n, dim) float32` is the embedder's encode; the same one must serve the model.

    The threshold, the floor and the words-first threshold (with word features; see
    `calibrate_words_first` for `words_first_tolerance`) come from leave-one-family-out predictions;
    the final model is then fitted on everything. `words_first_precision` 0 or None: no words-first
    stage (any other value only switches it on: the rule is no longer a precision target).
    `chars` (with word features) adds character n-gram TF-IDF to the full model;
    `words_first_chars` to the words-first stage too. `jobs` processes fit the folds and the final
    model at once (the same model whatever it is). `words_first_at_threshold`: words first never answers
    below the model's threshold, LLM or not (as it always does with an LLM). `lofo_rows`: a CSV of every
    row's held-out answer (lofo.write_rows). `embedding_weight`: see `fit_logistic`."""
    labels = sorted(set(data.labels))
    if len(labels) < 2:
        raise ValueError(f"need at least two labels to train, got {labels}")
    x = encode(data.texts)
    y = np.array([labels.index(label) for label in data.labels])
    by_family = all(data.families) and len(set(data.families)) >= 2
    units = data.families if by_family else data.groups
    words = data.texts if lexical else None
    first = bool(lexical and words_first_precision)
    chars = chars and lexical
    first_chars = first and chars and words_first_chars

    def fit(x: np.ndarray, _fold: np.ndarray, rows: list[int]) -> LinearModel:
        texts = [data.texts[i] for i in rows] if words else None
        return fit_logistic(x[rows], y[rows], labels, c, texts, first, chars, first_chars, embedding_weight)

    oof = lofo.out_of_fold(x, data.texts, units, fit, folds, jobs, fit_all=True)
    threshold = lofo.calibrate_threshold(oof, y, target_precision)
    words_first: dict[str, Any] | None = None
    if oof.first is not None and words_first_precision:
        sure_enough = np.where((oof.evidence >= MIN_WORDS_FIRST)[:, None], oof.first, 0.0)
        least = threshold if words_first_at_threshold else 0.0
        words_first = calibrate_words_first(sure_enough, oof.probs, y, threshold, words_first_tolerance, least)
        words_first["min_words"] = MIN_WORDS_FIRST
    points = lofo.OperatingPoints(threshold, 0.0, words_first["threshold"] if words_first else 1.01)
    points.floor = lofo.calibrate_floor(oof, y, len(labels), points)
    figures = lofo.report(oof, y, units, labels, points, per_family_figures=by_family)
    figures["unit"] = "family" if by_family else "template"
    if lofo_rows is not None:
        lofo.write_rows(lofo_rows, oof, y, data.texts, units, data.groups, labels, points)
    final: LinearModel = oof.everything  # the final fit on everything (beside the folds'), thresholds kept
    if final.words_first is not None and words_first is not None:
        final.words_first.threshold = words_first["threshold"]
    now = dt.datetime.now(dt.UTC)
    fingerprint = data.fingerprint()
    manifest = {
        "name": name,
        "version": f"{name}-{now:%Y%m%d}-{fingerprint[:8]}",
        "created": now.isoformat(timespec="seconds"),
        "embedding": embedding or {},
        "classifier": {
            "kind": "multinomial_logistic_regression",
            "features": "embedding" + (" + word tf-idf" if lexical else "") + (" + char tf-idf" if chars else ""),
            "words_first_features": "word tf-idf + char tf-idf" if first_chars else "word tf-idf",
            "C": c,
            "embedding_weight": embedding_weight,
            "class_weight": "balanced",
        },
        "input": "template_key.model_text",
        "target_precision": target_precision,
        "training_data": {
            "sha256": fingerprint,
            "rows": len(data.texts),
            "templates": len(set(data.groups)),
            "families": len(set(data.families) - {""}),
            "per_label": {label: data.labels.count(label) for label in labels},
        },
        "lofo": figures,
    }
    if words_first is not None:
        manifest["words_first"] = words_first
    final.threshold = threshold
    final.floor = points.floor
    final.manifest = manifest
    return final


def calibrate_words_first(
    first: np.ndarray,
    full: np.ndarray,
    truth: np.ndarray,
    threshold: float,
    tolerance: float = 0.001,
    at_least: float = 0.0,
) -> dict[str, Any]:
    """The words-first threshold from held-out probabilities of both stages, and what it does there.

    Words first may answer where it is as right as the full model would be on the same texts: the
    threshold is the lowest at which, at it and at every threshold above it, the accuracy of the
    words-only answers it accepts is not below the full model's accuracy on those same rows by more
    than `tolerance`; 1.01 (off) if no threshold with any answer qualifies. Rows of `first` left at 0
    (too little evidence) are never accepted. It may lie below the model's `threshold`: the tier then
    answers there only when no LLM is asked (with one, it uses the higher of the two); the figures here
    are those of the LLM-off case. `at_least` raises the chosen threshold to at least that value.
    """
    best, pred_first = first.max(axis=1), first.argmax(axis=1)
    right_first, right_full = pred_first == truth, full.argmax(axis=1) == truth
    curve = []
    for t in np.round(np.arange(0.20, 0.991, 0.01), 2):
        accepted = best >= t
        n = int(accepted.sum())
        curve.append(
            {
                "threshold": float(t),
                "coverage": n / len(best),
                "precision": float(right_first[accepted].mean()) if n else 1.0,
                "full_model_precision": float(right_full[accepted].mean()) if n else 1.0,
            }
        )
    chosen = 1.01
    for point in reversed(curve):  # from the top down: the lowest threshold of the run that qualifies
        if point["coverage"] == 0:
            continue
        if point["precision"] < point["full_model_precision"] - tolerance:
            break
        chosen = point["threshold"]
    if chosen <= 1.0:
        chosen = max(chosen, at_least)
    sure = best >= chosen
    pred = np.where(sure, pred_first, full.argmax(axis=1))
    conf = np.where(sure, best, full.max(axis=1))
    n_labels = full.shape[1]
    return {
        "threshold": float(chosen),
        "rule": "as right as the full model on the same held-out texts",
        "tolerance": tolerance,
        "at_least": at_least,
        "held_out_share_answered": float(sure.mean()),
        "held_out_precision": float(right_first[sure].mean()) if sure.any() else 1.0,
        "held_out_full_model_precision": float(right_full[sure].mean()) if sure.any() else 1.0,
        "held_out_macro_f1_accepted": macro_f1(np.where(conf >= threshold, pred, -1), truth, n_labels),
        "held_out_macro_f1_accepted_without": macro_f1(
            np.where(full.max(axis=1) >= threshold, full.argmax(axis=1), -1), truth, n_labels
        ),
        "calibration": curve,
    }


def write(model: LinearModel, directory: Path) -> None:
    save_model(directory, model)
