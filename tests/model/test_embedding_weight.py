"""`--embedding-weight`: the regression is fitted on the embedding block scaled by the weight, and the
stored model, fed the raw embeddings the daemon computes, gives that regression's probabilities."""

from __future__ import annotations

import numpy as np
from scipy.sparse import csr_matrix, hstack
from sklearn.linear_model import LogisticRegression

from logtriage.model.train import fit_logistic

TEXTS = [
    "disk quota exceeded for user {n}",
    "user {n} logged in from 10.0.0.{n}",
    "job {n} failed: worker exited with code 137",
    "nightly backup {n} finished",
]


def _data() -> tuple[np.ndarray, np.ndarray, list[str]]:
    rng = np.random.default_rng(7)
    texts = [t.format(n=i) for i in range(12) for t in TEXTS]
    y = np.array([k for _ in range(12) for k in range(len(TEXTS))])
    x = rng.normal(size=(len(texts), 16)).astype(np.float32) + y[:, None] * 0.3
    return x / np.linalg.norm(x, axis=1, keepdims=True), y, texts


def test_weighted_model_serves_raw_embeddings_with_the_scaled_fits_answers() -> None:
    x, y, texts = _data()
    labels = ["a", "b", "c", "d"]
    weighted = fit_logistic(x, y, labels, 2.0, texts, chars=True, embedding_weight=0.5)
    words, chars = weighted.words(texts), weighted.char_rows(texts)
    # the regression the weight means: the same word and character rows beside x * 0.5
    reference = LogisticRegression(C=2.0, max_iter=3000, class_weight="balanced")
    scaled = hstack([csr_matrix(x * 0.5), words, chars]).tocsr()
    expected = reference.fit(scaled, y).predict_proba(scaled)
    served = weighted.predict_proba(x, texts)  # raw embeddings, as the daemon has them
    assert np.abs(served - expected).max() < 2e-3
    plain = fit_logistic(x, y, labels, 2.0, texts, chars=True)
    assert np.abs(plain.predict_proba(x, texts) - served).max() > 1e-3  # the weight changes the fit
