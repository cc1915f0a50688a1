"""Word features beside the embedding: TF-IDF of words and word pairs, as plain arrays.

The same transform as scikit-learn's TfidfVectorizer(token_pattern=TOKEN_PATTERN, lowercase=True,
ngram_range=(1, 2), sublinear_tf=True, norm="l2"), written out so that a saved model is a word list
and an idf array, not a pickled object. A test checks that both give the same numbers.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from itertools import chain

import numpy as np
from scipy.sparse import csr_matrix

TOKEN_PATTERN = r"[A-Za-z][A-Za-z]+"
_TOKEN = re.compile(TOKEN_PATTERN)
_FEW = 4  # texts up to which transform works in plain Python (one-at-a-time requests), not arrays


class LexicalFeatures:
    def __init__(self, vocabulary: Sequence[str], idf: np.ndarray, ngram_max: int = 2) -> None:
        if len(vocabulary) != len(idf):
            raise ValueError(f"{len(vocabulary)} words but {len(idf)} idf weights")
        self.vocabulary = list(vocabulary)
        self.index = {term: i for i, term in enumerate(self.vocabulary)}
        self.idf = np.asarray(idf, dtype=np.float64)
        self._idf: list[float] = self.idf.tolist()  # a list indexes faster than an array, one term at a time
        self.ngram_max = ngram_max

    def __len__(self) -> int:
        return len(self.vocabulary)

    def terms(self, text: str) -> list[str]:
        words = _TOKEN.findall(text.lower())
        out = list(words)
        for n in range(2, self.ngram_max + 1):
            out += [" ".join(words[i : i + n]) for i in range(len(words) - n + 1)]
        return out

    def known_columns(self, text: str) -> list[int]:
        """The vocabulary columns of the text's terms, one per occurrence (unknown terms left out)."""
        index = self.index
        return [j for term in self.terms(text) if (j := index.get(term)) is not None]

    def transform(self, texts: Sequence[str]) -> csr_matrix:
        """One L2-normalised row per text: (1 + log(count)) * idf of each known term, columns sorted."""
        n, size = len(texts), len(self.vocabulary)
        rows = [self.known_columns(text) for text in texts]
        if n <= _FEW:
            return self._few(rows)
        lengths = np.fromiter(map(len, rows), dtype=np.int64, count=n)
        columns = np.fromiter(chain.from_iterable(rows), dtype=np.int64, count=int(lengths.sum()))
        # one key per (row, column), counted: np.unique sorts them by row, then column
        keys, counts = np.unique(np.repeat(np.arange(n, dtype=np.int64), lengths) * size + columns, return_counts=True)
        row, column = np.divmod(keys, size) if size else (keys, keys)
        values = (1.0 + np.log(counts)) * self.idf[column]
        norms = np.sqrt(np.bincount(row, weights=values * values, minlength=n))
        values /= np.where(norms > 0, norms, 1.0)[row]
        indptr = np.concatenate(([0], np.cumsum(np.bincount(row, minlength=n))))
        return csr_matrix((values, column, indptr), shape=(n, size), dtype=np.float64)

    def _few(self, rows: list[list[int]]) -> csr_matrix:
        """transform's rows one by one in plain Python: cheaper than array set-up for a text or two."""
        data: list[float] = []
        indices: list[int] = []
        indptr = [0]
        idf = self._idf
        for columns in rows:
            counts = Counter(columns)
            cols = sorted(counts)
            values = [(1.0 + math.log(counts[j])) * idf[j] for j in cols]
            norm = math.sqrt(sum(v * v for v in values)) or 1.0
            indices += cols
            data += [v / norm for v in values]
            indptr.append(len(indices))
        return csr_matrix((data, indices, indptr), shape=(len(rows), len(self.vocabulary)), dtype=np.float64)
