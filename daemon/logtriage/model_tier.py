"""The model tier: MiniLM embeddings of the masked template, then logistic regression."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

import numpy as np

from .model_store import LinearModel
from .records import Classification


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
    def __init__(self, model: LinearModel, encoder: TextEncoder) -> None:
        self.model = model
        self.encoder = encoder
        self.threshold = model.threshold
        self.version = model.version
        self.labels = list(model.labels)

    def predict(self, texts: Sequence[str]) -> list[tuple[str, float]]:
        """(label, probability) of the most likely label for each text. CPU-bound: call off the loop."""
        if not texts:
            return []
        probs = self.model.predict_proba(self.encoder.encode(texts), texts)
        best = probs.argmax(axis=1)
        return [(self.labels[j], float(probs[i, j])) for i, j in enumerate(best)]
