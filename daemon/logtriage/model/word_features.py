"""Word features beside the embedding: TF-IDF of words and word pairs, as plain arrays.

The same transform as scikit-learn's TfidfVectorizer(token_pattern=TOKEN_PATTERN, lowercase=True,
ngram_range=(1, 2), sublinear_tf=True, norm="l2"), written out so that a saved model is a word list
and an idf array, not a pickled object. A test checks that both give the same numbers.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence

import numpy as np
from scipy.sparse import csr_matrix

TOKEN_PATTERN = r"[A-Za-z][A-Za-z]+"
_TOKEN = re.compile(TOKEN_PATTERN)


class LexicalFeatures:
    def __init__(self, vocabulary: Sequence[str], idf: np.ndarray, ngram_max: int = 2) -> None:
        if len(vocabulary) != len(idf):
            raise ValueError(f"{len(vocabulary)} words but {len(idf)} idf weights")
        self.vocabulary = list(vocabulary)
        self.index = {term: i for i, term in enumerate(self.vocabulary)}
        self.idf = np.asarray(idf, dtype=np.float64)
        self.ngram_max = ngram_max

    def __len__(self) -> int:
        return len(self.vocabulary)

    def terms(self, text: str) -> list[str]:
        words = _TOKEN.findall(text.lower())
        out = list(words)
        for n in range(2, self.ngram_max + 1):
            out += [" ".join(words[i : i + n]) for i in range(len(words) - n + 1)]
        return out

    def transform(self, texts: Sequence[str]) -> csr_matrix:
        data: list[float] = []
        indices: list[int] = []
        indptr = [0]
        for text in texts:
            counts: dict[int, int] = {}
            for term in self.terms(text):
                j = self.index.get(term)
                if j is not None:
                    counts[j] = counts.get(j, 0) + 1
            cols = sorted(counts)
            values = [(1.0 + math.log(counts[j])) * self.idf[j] for j in cols]
            norm = math.sqrt(sum(v * v for v in values)) or 1.0
            indices += cols
            data += [v / norm for v in values]
            indptr.append(len(indices))
        return csr_matrix((data, indices, indptr), shape=(len(texts), len(self.vocabulary)), dtype=np.float64)
