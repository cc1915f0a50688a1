"""Word features written out as arrays give the numbers scikit-learn's TfidfVectorizer gives."""

from __future__ import annotations

import numpy as np
import pytest
from sklearn.feature_extraction.text import TfidfVectorizer

from logtriage.model.word_features import TOKEN_PATTERN, LexicalFeatures

TRAIN = [
    "Failed password for root from <IP> port <NUM> ssh2",
    "user <NUM> logged in from <IP>",
    "user <NUM> logged out",
    "nightly backup finished in <NUM> seconds",
    "backup of database crm failed: disk full",
    "Disk usage on /var reached <NUM>% of <NUM> GB",
    "module ReportGenerator is deprecated and will be removed",
    "GET /api/v1/orders HTTP/<NUM> <NUM>",
]
NEW = ["backup failed for user root", "deprecated module logged in twice twice", "", "<NUM> <IP> !!"]


def test_same_numbers_as_sklearn() -> None:
    vectorizer = TfidfVectorizer(token_pattern=TOKEN_PATTERN, lowercase=True, ngram_range=(1, 2), sublinear_tf=True)
    vectorizer.fit(TRAIN)
    ours = LexicalFeatures(list(vectorizer.get_feature_names_out()), vectorizer.idf_, 2)
    expected = vectorizer.transform(TRAIN + NEW).toarray()
    got = ours.transform(TRAIN + NEW).toarray()
    assert got.shape == expected.shape
    np.testing.assert_allclose(got, expected, rtol=1e-9, atol=1e-12)
    one_by_one = np.vstack([ours.transform([text]).toarray() for text in TRAIN + NEW])  # the plain-Python path
    np.testing.assert_allclose(one_by_one, expected, rtol=1e-9, atol=1e-12)
    assert got[-2].sum() == 0.0  # no words, no features: the embedding alone decides


def test_vocabulary_and_idf_must_agree() -> None:
    with pytest.raises(ValueError, match="2 words but 3"):
        LexicalFeatures(["a", "b"], np.ones(3))
