"""Evidence: how many informative words of a text the model knows.

A text with none (empty, one stop word, gibberish, only masked values) is one the model cannot
place: its answer is Unclassified, however sure the logistic regression looks (a softmax is sure
of something on any input). The words-first stage needs several such words before it may answer.

An informative word is a single word of the model's vocabulary that is not an English function
word, a masked-value placeholder (`<NUM>` reads as "num") or a bare log-level word.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from scipy.sparse import csr_matrix

_FUNCTION_WORDS = """
a about above after again against all am an and any are as at be because been before being below
between both but by can could did do does doing down during each few for from further had has have
having he her here hers herself him himself his how if in into is it its itself just me more most
my myself no nor not now of off on once only or other our ours ourselves out over own same she
should so some such than that the their theirs them themselves then there these they this those
through to too under until up very was we were what when where which while who whom why will with
would you your yours yourself yourselves also yet still ever never cannot shall may might must
upon via per within without onto unto whether either neither though although however thus hence
let lets us one two
"""
FUNCTION_WORDS = frozenset(_FUNCTION_WORDS.split())
PLACEHOLDER_WORDS = frozenset({"uuid", "ts", "email", "ip", "hex", "num"})  # template_key's masks, lowercased
LEVEL_WORDS = frozenset({"info", "debug", "trace", "notice", "verbose"})
NOT_INFORMATIVE = FUNCTION_WORDS | PLACEHOLDER_WORDS | LEVEL_WORDS
MIN_WORDS_FIRST = 2  # informative known words the words-first stage needs before it may answer


def informative_mask(vocabulary: Sequence[str]) -> np.ndarray:
    """True for the vocabulary's terms that count as evidence: single informative words."""
    return np.fromiter(
        (" " not in term and term not in NOT_INFORMATIVE for term in vocabulary), dtype=bool, count=len(vocabulary)
    )


def evidence(words: csr_matrix, mask: np.ndarray) -> np.ndarray:
    """Informative known words of each row of a TF-IDF matrix (distinct words, not occurrences)."""
    hits = np.concatenate(([0], np.cumsum(mask[words.indices], dtype=np.int64)))
    return hits[words.indptr[1:]] - hits[words.indptr[:-1]]
