"""Character features beside the words: TF-IDF of character 3-5-grams inside words, as plain arrays.

The same transform as scikit-learn's TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5),
lowercase=True, sublinear_tf=True, norm="l2"): each whitespace-separated word, padded with one space
on each side, gives its n-grams (a padded word no longer than n gives itself once, and no longer
n-grams). Written out so that a saved model is an n-gram list and an idf array, not a pickled
object; a test checks that both give the same numbers.

They place words the vocabulary has never seen by their pieces (`unauthorised`, `authz`, `SIGSEGV`,
`OutOfMemoryError`), which is most of what a system we never wrote a template for writes.
A word's n-grams are kept in a bounded cache: log words repeat, so most texts are lookups.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from ..bounded_memo import BoundedMemo
from .word_features import LexicalFeatures

NGRAM_RANGE = (3, 5)
_WORD_CACHE = 20_000  # distinct words whose known n-gram columns are kept (cleared when full): a few MB


class CharFeatures(LexicalFeatures):
    """`vocabulary` is the n-gram list (spaces included: `" fa"` starts a word), `idf` its weights."""

    def __init__(self, vocabulary: Sequence[str], idf: np.ndarray, ngram_range: tuple[int, int] = NGRAM_RANGE) -> None:
        low, high = int(ngram_range[0]), int(ngram_range[1])
        if not 1 <= low <= high:
            raise ValueError(f"n-gram range {ngram_range} is not 1 <= low <= high")
        super().__init__(vocabulary, idf, ngram_max=high)
        self.ngram_min = low
        self._columns: BoundedMemo[str, list[int]] = BoundedMemo(_WORD_CACHE)

    def terms(self, text: str) -> list[str]:
        out: list[str] = []
        for word in text.lower().split():
            out += self._grams(word)
        return out

    def _grams(self, word: str) -> list[str]:
        padded = f" {word} "
        size = len(padded)
        out: list[str] = []
        for n in range(self.ngram_min, self.ngram_max + 1):
            if size <= n:  # the whole padded word, once; longer n-grams would be the same string
                out.append(padded)
                break
            out += [padded[i : i + n] for i in range(size - n + 1)]
        return out

    def known_columns(self, text: str) -> list[int]:
        """The vocabulary columns of the text's n-grams, one per occurrence (unknown ones left out)."""
        cache = self._columns
        index = self.index
        out: list[int] = []
        for word in text.lower().split():
            columns = cache.get(word)
            if columns is None:
                columns = cache.keep(word, [j for g in self._grams(word) if (j := index.get(g)) is not None])
            out += columns
        return out
