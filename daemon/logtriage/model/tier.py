"""The model tier: MiniLM embeddings of the masked template, then logistic regression.

Words first: when the model carries a words-first stage (see store.WordsFirst), each new
template is first scored on its word TF-IDF alone, which costs microseconds. Templates it is sure
of (at or above its threshold, calibrated on held-out templates) are answered there; only the rest
pay for an embedding, which costs milliseconds. `words_first=False` embeds every template.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

import numpy as np

from ..records import Classification
from .store import LinearModel


class TextEncoder(Protocol):
    def encode(self, texts: Sequence[str]) -> np.ndarray: ...


@dataclass(frozen=True, slots=True)
class ModelVerdict:
    """The model's best label for a template, whether or not it clears the threshold."""

    label: str
    confidence: float
    template_id: str
    answer: Classification | None = None  # what a cache hit answers, when the verdict clears the threshold


class ModelTier:
    def __init__(self, model: LinearModel, encoder: TextEncoder, words_first: bool = True) -> None:
        self.model = model
        self.encoder = encoder
        self.threshold = model.threshold
        self.version = model.version
        self.labels = list(model.labels)
        self.words_first = model.words_first if words_first else None
        self.embedded = 0  # texts that needed the embedding (written on the model thread only)
        self.answered_by_words = 0

    def predict(self, texts: Sequence[str]) -> list[tuple[str, float]]:
        """(label, probability) of the most likely label for each text. CPU-bound: call off the loop."""
        if not texts:
            return []
        words = self.model.words(texts)
        if self.words_first is None or words is None:
            self.embedded += len(texts)
            return self._best(self.model.predict_proba(self.encoder.encode(texts), texts, words))
        probs = self.words_first.predict_proba(words)
        unsure = np.flatnonzero(probs.max(axis=1) < self.words_first.threshold)
        self.answered_by_words += len(texts) - len(unsure)
        if len(unsure):
            self.embedded += len(unsure)
            rest = [texts[i] for i in unsure]
            probs[unsure] = self.model.predict_proba(self.encoder.encode(rest), rest, words[unsure])
        return self._best(probs)

    def _best(self, probs: np.ndarray) -> list[tuple[str, float]]:
        best = probs.argmax(axis=1)
        return [(self.labels[j], float(probs[i, j])) for i, j in enumerate(best)]
