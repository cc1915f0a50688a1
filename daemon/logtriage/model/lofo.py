"""Leave-one-family-out (LOFO) evaluation and the operating points calibrated on it.

Held-out templates of families the model has seen are not what users' logs are: a user's system is
usually one we never wrote a template for. So every row is predicted by a model trained without its
whole family (the system that writes it: sshd, hdfs, windows-cbs, ...). Families are grouped into
folds of about equal size; each fold's model is fitted on the others, word vocabulary included.

The out-of-fold predictions give the figures users can expect (per family and overall) and the two
operating points:
- `threshold`: with an LLM, answers below it go to the LLM; the lowest value at which accepted
  answers reach the target precision.
- `floor`: without an LLM, the best guess is answered when it clears the floor; the value that
  gives the best macro-F1 (Unclassified counts as a miss), the lowest such.
A text with no informative known word is Unclassified at both (see evidence.py).
"""

from __future__ import annotations

import csv
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import numpy as np

from .evidence import MIN_WORDS_FIRST, evidence, informative_mask
from .jobs import run as jobs_run

DEFAULT_FOLDS = 12


def assign_folds(families: Sequence[str], n_folds: int = DEFAULT_FOLDS) -> dict[str, int]:
    """family -> fold: the largest families first, each into the fold with the fewest rows so far."""
    counts = Counter(families)
    k = max(1, min(n_folds, len(counts)))
    load = [0] * k
    fold_of: dict[str, int] = {}
    for family in sorted(counts, key=lambda f: (-counts[f], f)):
        j = min(range(k), key=lambda i: (load[i], i))
        fold_of[family] = j
        load[j] += counts[family]
    return fold_of


@dataclass
class OutOfFold:
    """For each row, what a model that never saw its family says."""

    probs: np.ndarray  # (n, labels): the full model (embedding + words)
    first: np.ndarray | None  # (n, labels): the words-first stage, if any
    evidence: np.ndarray  # (n,): informative words the fold's vocabulary knows
    fold: np.ndarray  # (n,)
    everything: Any = None  # the model fitted on every row, when out_of_fold was asked for it


Fit = Callable[[np.ndarray, np.ndarray, list[int]], Any]  # (x, y, row indexes) -> LinearModel


def out_of_fold(
    x: np.ndarray,
    texts: Sequence[str],
    families: Sequence[str],
    fit: Fit,
    n_folds: int,
    jobs: int = 1,
    fit_all: bool = False,
) -> OutOfFold:
    """Every row predicted by a model fitted without its fold; the folds' fits (and, with `fit_all`,
    the fit on every row, kept as `everything`) run in `jobs` processes (see jobs.py)."""
    fold_of = assign_folds(families, n_folds)
    fold = np.array([fold_of[f] for f in families])

    def one(k: int) -> Any:
        if k < 0:
            return fit(x, fold, list(range(len(texts))))
        held = np.flatnonzero(fold == k)
        model = fit(x, fold, np.flatnonzero(fold != k).tolist())
        held_texts = [texts[i] for i in held.tolist()]
        words, chars = model.words(held_texts), model.char_rows(held_texts)
        p = model.predict_proba(x[held], held_texts, words, chars)
        if words is None:
            return held, p, None, np.ones(len(held), dtype=np.int64)  # no words: trust the embedding
        first = model.words_first.predict_proba(words, chars) if model.words_first is not None else None
        return held, p, first, evidence(words, informative_mask(model.lexical.vocabulary))

    folds = sorted(set(fold.tolist()))
    results = jobs_run(one, ([-1] if fit_all else []) + folds, jobs)  # the largest fit first
    everything = results.pop(0) if fit_all else None
    n_labels = results[0][1].shape[1]
    probs = np.zeros((len(texts), n_labels), dtype=np.float32)
    first_all = np.zeros_like(probs) if any(r[2] is not None for r in results) else None
    known = np.zeros(len(texts), dtype=np.int64)
    for held, p, first, k in results:
        probs[held], known[held] = p, k
        if first_all is not None and first is not None:
            first_all[held] = first
    return OutOfFold(probs, first_all, known, fold, everything)


@dataclass
class OperatingPoints:
    threshold: float
    floor: float
    words_first: float = 1.01  # off
    min_words: int = MIN_WORDS_FIRST


def by_words_first(oof: OutOfFold, points: OperatingPoints) -> np.ndarray:
    """True for the rows the words-first stage answers (sure enough, with enough known words)."""
    if oof.first is None:
        return np.zeros(len(oof.probs), dtype=bool)
    sure: np.ndarray = (oof.first.max(axis=1) >= points.words_first) & (oof.evidence >= points.min_words)
    return sure


def decide(oof: OutOfFold, points: OperatingPoints, level: float) -> tuple[np.ndarray, np.ndarray]:
    """(label index or -1 for Unclassified, confidence) of each row, as the model tier answers at `level`."""
    pred, conf = oof.probs.argmax(axis=1), oof.probs.max(axis=1)
    if oof.first is not None:
        sure = by_words_first(oof, points)
        pred = np.where(sure, oof.first.argmax(axis=1), pred)
        conf = np.where(sure, oof.first.max(axis=1), conf)
    conf = np.where(oof.evidence > 0, conf, 0.0)
    return np.where(conf >= level, pred, -1), conf


def write_rows(
    path: Path,
    oof: OutOfFold,
    truth: np.ndarray,
    texts: Sequence[str],
    families: Sequence[str],
    groups: Sequence[str],
    labels: Sequence[str],
    points: OperatingPoints,
) -> None:
    """One CSV row per training text: what the model that never saw its family answers, LLM off (at
    the floor), and which stage answered: for auditing labels and comparing models row by row."""
    pred, conf = decide(oof, points, points.floor)
    by_words = by_words_first(oof, points)
    with path.open("w", encoding="utf-8", newline="") as f:
        out = csv.writer(f)
        out.writerow(["family", "template", "target_label", "predicted", "confidence", "stage", "model_text"])
        for i, text in enumerate(texts):
            predicted = labels[pred[i]] if pred[i] >= 0 else "Unclassified"
            stage = "words_first" if by_words[i] else "full"
            out.writerow([families[i], groups[i], labels[truth[i]], predicted, f"{conf[i]:.4f}", stage, text])


def scores(pred: np.ndarray, truth: np.ndarray, labels: Sequence[str]) -> dict[str, Any]:
    """accuracy, macro-F1 over the labels present in truth, Unclassified share (a miss), per-label F1."""
    per_label = {}
    for k in sorted(set(truth.tolist())):
        tp = int(((pred == k) & (truth == k)).sum())
        fp = int(((pred == k) & (truth != k)).sum())
        fn = int(((pred != k) & (truth == k)).sum())
        per_label[labels[k]] = round(2 * tp / (2 * tp + fp + fn), 4)
    return {
        "rows": len(truth),
        "accuracy": round(float((pred == truth).mean()), 4),
        "macro_f1": round(float(np.mean(list(per_label.values()))), 4),
        "unclassified_share": round(float((pred == -1).mean()), 4),
        "per_label_f1": per_label,
    }


def calibrate_threshold(oof: OutOfFold, truth: np.ndarray, target_precision: float) -> float:
    """The lowest threshold whose accepted answers (of texts with evidence) reach the target precision."""
    best, right = oof.probs.max(axis=1), oof.probs.argmax(axis=1) == truth
    known = oof.evidence > 0
    return _lowest(_GRID, lambda t: _precision(right, known & (best >= t)), target_precision, 0.99)


def calibrate_floor(oof: OutOfFold, truth: np.ndarray, n_labels: int, points: OperatingPoints) -> float:
    """The floor (at most the threshold) that gives the best macro-F1 without an LLM; the lowest such."""
    scored = [
        (_macro_f1(decide(oof, points, float(t))[0], truth, n_labels), -t) for t in _GRID if t <= points.threshold
    ]
    return float(-max(scored)[1]) if scored else 0.0


_GRID = np.round(np.arange(0.0, 0.991, 0.01), 2)


def _lowest(grid: np.ndarray, precision: Callable[[float], float | None], target: float, default: float) -> float:
    for t in grid:
        p = precision(float(t))
        if p is not None and p >= target:
            return float(t)
    return default


def _precision(right: np.ndarray, accepted: np.ndarray) -> float | None:
    n = int(accepted.sum())
    return float(right[accepted].sum() / n) if n else None


def _macro_f1(pred: np.ndarray, truth: np.ndarray, n_labels: int) -> float:
    f1 = []
    for k in range(n_labels):
        tp = int(((pred == k) & (truth == k)).sum())
        support = int((truth == k).sum())
        if support:
            f1.append(2 * tp / (support + int((pred == k).sum())))
    return round(float(np.mean(f1)), 6) if f1 else 0.0


def report(
    oof: OutOfFold,
    truth: np.ndarray,
    families: Sequence[str],
    labels: Sequence[str],
    points: OperatingPoints,
    per_family_figures: bool = True,
) -> dict[str, Any]:
    """The LOFO figures for the manifest: overall and per family, LLM off (at the floor) and the share
    an LLM would be asked (below the threshold), with the precision of what the model answers itself.
    `per_family_figures=False` leaves out the per-family table (when the units are templates)."""
    off, conf = decide(oof, points, points.floor)
    # with an LLM, the tier's words first answers at or above the higher of its threshold and the model's
    on, _ = decide(oof, replace(points, words_first=max(points.words_first, points.threshold)), points.threshold)
    fam = np.array(families)
    per_family = {}
    for family in sorted(set(families)) if per_family_figures else ():
        rows = fam == family
        per_family[family] = {
            **{k: v for k, v in scores(off[rows], truth[rows], labels).items() if k != "per_label_f1"},
            "fold": int(oof.fold[rows][0]),
            "to_llm_share": round(float((on[rows] == -1).mean()), 4),
        }
    accepted = on != -1
    return {
        "folds": int(oof.fold.max()) + 1,
        "families": len(set(families)),
        "threshold": points.threshold,
        "floor": points.floor,
        "words_first_threshold": points.words_first,
        "words_first_min_words": points.min_words,
        "llm_off": scores(off, truth, labels),
        "llm_on": {
            "to_llm_share": round(float((~accepted).mean()), 4),
            "precision_answered": round(float((on[accepted] == truth[accepted]).mean()), 4) if accepted.any() else 1.0,
        },
        "argmax": scores(np.where(oof.evidence > 0, oof.probs.argmax(axis=1), -1), truth, labels),
        "per_family": per_family,
        "confusion": _confusion(off, truth, len(labels)),
        "mean_confidence": round(float(conf.mean()), 4),
    }


def _confusion(pred: np.ndarray, truth: np.ndarray, n_labels: int) -> list[list[int]]:
    """rows: truth; columns: the labels, then Unclassified."""
    m = np.zeros((n_labels, n_labels + 1), dtype=np.int64)
    np.add.at(m, (truth, np.where(pred < 0, n_labels, pred)), 1)
    return m.tolist()


def render(lofo: dict[str, Any]) -> str:
    """The LOFO figures as text: overall, then one line per family."""
    off, unit = lofo["llm_off"], lofo.get("unit", "family")
    lines = [
        f"leave-one-{unit}-out: {lofo['families']} {'families' if unit == 'family' else 'templates'} "
        f"in {lofo['folds']} folds, {off['rows']} rows",
        f"  LLM off (floor {lofo['floor']:.2f}): accuracy {off['accuracy']:.4f}  macro-F1 {off['macro_f1']:.4f}  "
        f"Unclassified {off['unclassified_share']:.2%}",
        f"  LLM on (threshold {lofo['threshold']:.2f}): {lofo['llm_on']['to_llm_share']:.2%} to the LLM, "
        f"precision of the rest {lofo['llm_on']['precision_answered']:.4f}",
        f"  best guess everywhere: accuracy {lofo['argmax']['accuracy']:.4f}  "
        f"macro-F1 {lofo['argmax']['macro_f1']:.4f}",
    ]
    if not lofo["per_family"]:
        return "\n".join(lines)
    lines += [
        "",
        f"  {'family':<22}{'fold':>5}{'rows':>7}{'accuracy':>10}{'macro-F1':>10}{'Unclass.':>10}{'to LLM':>8}",
    ]
    for family, m in lofo["per_family"].items():
        lines.append(
            f"  {family:<22}{m['fold']:>5}{m['rows']:>7}{m['accuracy']:>10.3f}{m['macro_f1']:>10.3f}"
            f"{m['unclassified_share']:>10.1%}{m['to_llm_share']:>8.1%}"
        )
    return "\n".join(lines)
