"""Feature trials (issue 14): does a feature beside MiniLM + word TF-IDF win on systems never trained on?

    python -m training.feature_trials data.csv --embedding-cache emb.npz [--blind training/blindset.csv]

Every candidate is measured in the same run as the baseline, on two things:
- leave-one-family-out (LOFO) predictions of the generated corpus, exactly as `logtriage train` makes
  them (same folds; threshold and floor calibrated on those predictions, per candidate);
- the blind set, scored as the engine scores it with the LLM off: the bundled rules first, then the
  model fitted on the whole corpus, one prediction per template, answered at or above its floor.

Candidates: `base` (embedding + word TF-IDF, the shipped features), `chars` (+ character 3-5-gram
TF-IDF within words), `severity` (+ a one-hot of the record's level word), `negation` (+ TF-IDF of the
words a negation governs, `not successful` -> `NOT_successful`). The words-first stage is the same for
all (it reads words only). A candidate is worth shipping only if it wins by more than one point on both.
The blind set only measures here: nothing is fitted or calibrated on it.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np
from scipy.sparse import csr_matrix, hstack

from logtriage import config
from logtriage.engine import batch_prep
from logtriage.model import lofo
from logtriage.model.evidence import evidence, informative_mask
from logtriage.model.train import Dataset, _logistic, calibrate_words_first, fit_logistic, read_labelled
from logtriage.records import UNCLASSIFIED
from logtriage.service.assembly import load_ruleset
from logtriage.template_key import TemplateKey

_SEVERITY = [
    ("fatal", r"emerg|emergency|fatal|panic|crit|critical|alert|severe"),
    ("error", r"err|error|e"),
    ("warn", r"warn|warning|w"),
    ("info", r"notice|info|information|informational|i"),
    ("debug", r"debug|trace|verbose|d|v"),
]
_LEVEL = re.compile(r"(?<![A-Za-z0-9])(" + "|".join(f"(?P<{n}>{p})" for n, p in _SEVERITY) + r")(?![A-Za-z0-9])")
_NEGATOR = re.compile(r"^(not|no|never|cannot|unable|without|nor|none|neither)$|n't$")
_WORD = re.compile(r"[A-Za-z][A-Za-z']+")
NEGATION_SCOPE = 3  # words after a negator that it governs


def severity_features(texts: Sequence[str]) -> csr_matrix:
    """One column per level (fatal, error, warn, info, debug, none): the first level word of the text.
    One-letter levels (Android's `E/`, glog's `E1201`) count only upper-case; the rest any case."""
    rows = np.zeros((len(texts), len(_SEVERITY) + 1), dtype=np.float64)
    for i, text in enumerate(texts):
        column = len(_SEVERITY)
        for match in _LEVEL.finditer(text):
            word = match.group(0)
            if len(word) == 1 and not word.isupper():
                continue
            column = next(j for j, (name, _) in enumerate(_SEVERITY) if match.group(name))
            break
        rows[i, column] = 1.0
    return csr_matrix(rows)


def negation_text(text: str) -> str:
    """The words each negator governs, marked: `login attempt was not successful` -> `NOT_successful`."""
    out: list[str] = []
    left = 0
    for word in _WORD.findall(text.lower()):
        if _NEGATOR.search(word):
            left = NEGATION_SCOPE
            out.append("NEGATOR")
        elif left:
            out.append("NOT_" + word)
            left -= 1
    return " ".join(out)


Extra = Callable[[Sequence[str], Sequence[str]], tuple[Any, Callable[[Sequence[str]], Any]]]


def _tfidf_block(**kwargs: Any) -> Extra:
    def fit(texts: Sequence[str], _raw: Sequence[str]) -> tuple[Any, Callable[[Sequence[str]], Any]]:
        from sklearn.feature_extraction.text import TfidfVectorizer

        vectorizer = TfidfVectorizer(sublinear_tf=True, min_df=2, **kwargs)
        return vectorizer.fit_transform(texts), vectorizer.transform

    return fit


def _negation_block(texts: Sequence[str], _raw: Sequence[str]) -> tuple[Any, Callable[[Sequence[str]], Any]]:
    from sklearn.feature_extraction.text import TfidfVectorizer

    vectorizer = TfidfVectorizer(token_pattern=r"\S+", lowercase=False, sublinear_tf=True, min_df=2)
    try:
        m = vectorizer.fit_transform([negation_text(t) for t in texts])
    except ValueError:  # no negation at all in these rows
        return csr_matrix((len(texts), 0)), lambda t: csr_matrix((len(t), 0))
    return m, lambda t: vectorizer.transform([negation_text(x) for x in t])


def _severity_block(texts: Sequence[str], _raw: Sequence[str]) -> tuple[Any, Callable[[Sequence[str]], Any]]:
    return severity_features(texts), severity_features


CANDIDATES: dict[str, Extra | None] = {
    "base": None,
    "chars": _tfidf_block(analyzer="char_wb", ngram_range=(3, 5), lowercase=True, max_features=150_000),
    "severity": _severity_block,
    "negation": _negation_block,
}


class Fitted:
    """One fold's models: the shipped one (fit_logistic: words-first stage + full stage) and, per
    candidate, a full stage with the candidate's block beside the embedding and the words."""

    def __init__(
        self, x: np.ndarray, y: np.ndarray, texts: Sequence[str], labels: list[str], c: float, names: list[str]
    ) -> None:
        self.base = fit_logistic(x, y, labels, c, texts, words_first=True)
        assert self.base.lexical is not None
        self.lexical, self.words_first = self.base.lexical, self.base.words_first
        words = self.lexical.transform(texts)
        self.extra: dict[str, tuple[np.ndarray, np.ndarray, Callable[[Sequence[str]], Any]]] = {}
        for name in names:
            extra = CANDIDATES[name]
            if extra is not None:
                block, transform = extra(texts, texts)
                coef, intercept = _logistic(hstack([csr_matrix(x), words, block]).tocsr(), y, len(labels), c)
                self.extra[name] = (coef, intercept, transform)

    def words(self, texts: Sequence[str]) -> Any:
        return self.base.words(texts)

    def predict_proba(self, name: str, x: np.ndarray, texts: Sequence[str], words: Any) -> np.ndarray:
        if name not in self.extra:
            return self.base.predict_proba(x, texts, words)
        coef, intercept, transform = self.extra[name]
        features = hstack([csr_matrix(x), words, transform(texts)]).tocsr()
        logits = np.asarray(features @ coef.T, dtype=np.float64) + intercept
        logits -= logits.max(axis=1, keepdims=True)
        p = np.exp(logits)
        return (p / p.sum(axis=1, keepdims=True)).astype(np.float32)


def out_of_fold(
    data: Dataset, x: np.ndarray, y: np.ndarray, labels: list[str], c: float, names: list[str], n_folds: int
) -> dict[str, lofo.OutOfFold]:
    """lofo.out_of_fold for every candidate at once (one shipped fit per fold serves them all)."""
    fold_of = lofo.assign_folds(data.families, n_folds)
    fold = np.array([fold_of[f] for f in data.families])
    n = len(data.texts)
    probs = {name: np.zeros((n, len(labels)), dtype=np.float32) for name in names}
    first = np.zeros((n, len(labels)), dtype=np.float32)
    known = np.zeros(n, dtype=np.int64)
    for k in sorted(set(fold.tolist())):
        held, rows = np.flatnonzero(fold == k), np.flatnonzero(fold != k)
        model = Fitted(x[rows], y[rows], [data.texts[i] for i in rows], labels, c, names)
        texts = [data.texts[i] for i in held]
        words = model.words(texts)
        for name in names:
            probs[name][held] = model.predict_proba(name, x[held], texts, words)
        known[held] = evidence(words, informative_mask(model.lexical.vocabulary))
        assert model.words_first is not None
        first[held] = model.words_first.predict_proba(words)
        print(f"fold {k} done", file=sys.stderr, flush=True)
    return {name: lofo.OutOfFold(probs[name], first, known, fold) for name in names}


def operating_points(oof: lofo.OutOfFold, y: np.ndarray, n_labels: int, target: float) -> lofo.OperatingPoints:
    """As train.train sets them: the threshold, the words-first threshold, then the floor."""
    threshold = lofo.calibrate_threshold(oof, y, target)
    assert oof.first is not None
    sure_enough = np.where((oof.evidence >= lofo.MIN_WORDS_FIRST)[:, None], oof.first, 0.0)
    wf = calibrate_words_first(sure_enough, oof.probs, y, threshold)["threshold"]
    points = lofo.OperatingPoints(threshold, 0.0, wf)
    points.floor = lofo.calibrate_floor(oof, y, n_labels, points)
    return points


def load_blind(path: Path, encode: Callable[[list[str]], np.ndarray]) -> dict[str, Any]:
    """The blind set's rows, the bundled rules' answers, and the model text + embedding of each
    template the rules leave (its first record, as the engine embeds it)."""
    with path.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    cfg = config.load(environ={})
    _, regex_tier = load_ruleset(cfg)
    tk = TemplateKey(cfg["template.max_chars"])
    sources, messages = [r["source"] for r in rows], [r["log_message"] for r in rows]
    keys = batch_prep.keys(tk, messages)
    matched = batch_prep.match(regex_tier, sources, messages, None)
    first: dict[str, int] = {}
    for i, key in enumerate(keys):
        if i not in matched:
            first.setdefault(key, i)
    texts = [tk.model_text(messages[i]) for i in first.values()]
    return {
        "truth": [r["target_label"] for r in rows],
        "rules": {i: a.label for i, a in matched.items()},
        "keys": keys,
        "templates": list(first),
        "texts": texts,
        "x": encode(texts),
    }


def score_blind(
    model: Fitted, name: str, points: lofo.OperatingPoints, labels: list[str], blind: dict[str, Any]
) -> dict[str, Any]:
    """The engine's answers with the LLM off: a rule's, else the model's for the record's template."""
    texts = blind["texts"]
    words = model.words(texts)
    probs = model.predict_proba(name, blind["x"], texts, words)
    known = evidence(words, informative_mask(model.lexical.vocabulary))
    first = model.words_first.predict_proba(words) if model.words_first is not None else None
    oof = lofo.OutOfFold(probs, first, known, np.zeros(len(texts), dtype=np.int64))
    pred, _ = lofo.decide(oof, points, points.floor)
    by_key = {key: (labels[p] if p >= 0 else UNCLASSIFIED) for key, p in zip(blind["templates"], pred, strict=True)}
    answers = [blind["rules"].get(i) or by_key[key] for i, key in enumerate(blind["keys"])]
    truth = blind["truth"]
    names = sorted(set(truth))
    index = {label: i for i, label in enumerate(names)}
    t = np.array([index[v] for v in truth])
    a = np.array([index.get(v, -1) for v in answers])
    s = lofo.scores(a, t, names)
    return {k: s[k] for k in ("accuracy", "macro_f1", "unclassified_share", "per_label_f1")}


def main(argv: list[str] | None = None) -> int:
    from logtriage.commands.train import cached_encoder
    from logtriage.model.encoders.minilm_torch import Embedder

    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("data", nargs="+", type=Path)
    p.add_argument("--embedding-cache", type=Path, required=True)
    p.add_argument("--blind", type=Path, default=Path("training/blindset.csv"))
    p.add_argument("--candidates", default=",".join(CANDIDATES))
    p.add_argument("--folds", type=int, default=lofo.DEFAULT_FOLDS)
    p.add_argument("--c", type=float, default=2.0)
    p.add_argument("--target-precision", type=float, default=0.95)
    args = p.parse_args(argv)
    loaded: list[Embedder] = []

    def embed(texts: list[str]) -> np.ndarray:
        if not loaded:
            loaded.append(Embedder())
        return loaded[0].encode(texts)

    encode = cached_encoder(embed, args.embedding_cache, 128)
    data = read_labelled(args.data, TemplateKey())
    labels = sorted(set(data.labels))
    x = encode(data.texts)
    y = np.array([labels.index(v) for v in data.labels])
    blind = load_blind(args.blind, encode) if args.blind else None
    names = args.candidates.split(",")
    start = time.monotonic()
    oofs = out_of_fold(data, x, y, labels, args.c, names, args.folds)
    final = Fitted(x, y, data.texts, labels, args.c, names) if blind is not None else None
    for name in names:
        points = operating_points(oofs[name], y, len(labels), args.target_precision)
        off = lofo.report(oofs[name], y, data.families, labels, points)["llm_off"]
        result: dict[str, Any] = {
            "candidate": name,
            "threshold": points.threshold,
            "floor": points.floor,
            "words_first": points.words_first,
            "lofo": {k: off[k] for k in ("accuracy", "macro_f1", "unclassified_share", "per_label_f1")},
        }
        line = (
            f"{name:<10} LOFO acc {off['accuracy']:.4f} F1 {off['macro_f1']:.4f} Uncl {off['unclassified_share']:.2%}"
        )
        if final is not None:
            b = result["blind"] = score_blind(final, name, points, labels, blind)
            line += f" | blind acc {b['accuracy']:.4f} F1 {b['macro_f1']:.4f} Uncl {b['unclassified_share']:.2%}"
        print(json.dumps(result), flush=True)
        print(line + f" | floor {points.floor:.2f} threshold {points.threshold:.2f}", file=sys.stderr, flush=True)
    print(f"{time.monotonic() - start:.0f} s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
