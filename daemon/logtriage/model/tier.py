"""The model tier: MiniLM embeddings of the masked template, then logistic regression.

Words first: when the model carries a words-first stage (see store.WordsFirst), each new
template is first scored on its word TF-IDF alone (and its character n-grams, when the stage
reads them), which costs microseconds. Templates it is sure
of (at or above its threshold, calibrated on held-out templates) are answered there; only the rest
pay for an embedding, which costs milliseconds. `words_first=False` embeds every template.

Evidence (see evidence.py): a text with no informative word the model knows gets confidence 0 and
no embedding: Unclassified (or the LLM). The words-first stage answers only texts with at least
`min_words` of them (the manifest's `words_first.min_words`). Its threshold may lie below the model's
`threshold` (it is calibrated to be as right as the full model, see train.calibrate_words_first); it
answers there only when no LLM is asked (`words_below_threshold`, set by the engine), else those texts
are embedded as before.

Two operating points: `threshold` (with an LLM, answers below it go to the LLM) and `floor`
(without one, best guesses at or above it are answered); the floor is at most the threshold.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

import numpy as np

from ..records import Classification, Tier
from .evidence import MIN_WORDS_FIRST, evidence, informative_mask
from .store import LinearModel

_LEAST = 1e-6  # below any softmax maximum (at least 1 / labels), above the 0 of a text without evidence


class TextEncoder(Protocol):
    def encode(self, texts: Sequence[str]) -> np.ndarray: ...


@dataclass(frozen=True, slots=True)
class ModelVerdict:
    """The model's best label for a template, whether or not it clears the threshold."""

    label: str
    confidence: float
    template_id: str
    answer: Classification | None = None  # what a cache hit answers, when the verdict clears the threshold
    fallback: Classification | None = None  # what it answers with no LLM to ask, when the verdict clears the floor


class ModelTier:
    def __init__(self, model: LinearModel, encoder: TextEncoder, words_first: bool = True) -> None:
        self.model = model
        self.encoder = encoder
        # a confidence of 0 (no evidence) must clear neither, whatever the configuration says
        self.threshold = max(model.threshold, _LEAST)
        self.floor = min(max(model.threshold if model.floor is None else model.floor, _LEAST), self.threshold)
        self.version = model.version
        self.labels = list(model.labels)
        self.words_first = model.words_first if words_first else None
        first = model.manifest.get("words_first", {})
        self.min_words = int(first.get("min_words", MIN_WORDS_FIRST)) if isinstance(first, dict) else MIN_WORDS_FIRST
        self.informative = informative_mask(model.lexical.vocabulary) if model.lexical is not None else None
        # words first answers below `threshold` only where no LLM is asked (the engine sets this): with an LLM,
        # a words-first guess under the threshold would go to it where the full model might have answered
        self.words_below_threshold = False
        self.embedded = 0  # texts that needed the embedding (written on the model thread only)
        self.answered_by_words = 0

    def predict(self, texts: Sequence[str]) -> list[tuple[str, float]]:
        """(label, probability) of the most likely label for each text. CPU-bound: call off the loop."""
        if not texts:
            return []
        words = self.model.words(texts)
        if words is None or self.informative is None:
            self.embedded += len(texts)
            return self._best(self.model.predict_proba(self.encoder.encode(texts), texts, words))
        known = evidence(words, self.informative)
        chars = None
        if self.words_first is None:
            probs = np.zeros((len(texts), len(self.labels)), dtype=np.float32)
            unsure = np.flatnonzero(known > 0)
        else:
            if self.words_first.chars_coef is not None:
                chars = self.model.char_rows(texts)
            probs = self.words_first.predict_proba(words, chars)
            cut = (
                self.words_first.threshold
                if self.words_below_threshold
                else max(self.words_first.threshold, self.threshold)
            )
            sure = (probs.max(axis=1) >= cut) & (known >= self.min_words)
            unsure = np.flatnonzero(~sure & (known > 0))
            self.answered_by_words += int(sure.sum())
        probs[known == 0] = 0.0  # nothing to go on: confidence 0, below any floor
        if len(unsure):
            self.embedded += len(unsure)
            rest = [texts[i] for i in unsure.tolist()]
            rest_chars = chars[unsure] if chars is not None else None  # else computed for these texts only
            probs[unsure] = self.model.predict_proba(self.encoder.encode(rest), rest, words[unsure], rest_chars)
        return self._best(probs)

    def _best(self, probs: np.ndarray) -> list[tuple[str, float]]:
        best = probs.argmax(axis=1)
        return [(self.labels[j], float(probs[i, j])) for i, j in enumerate(best)]


def model_answer(tier: ModelTier, label: str, confidence: float, tid: str) -> Classification:
    """The answer the model tier gives for a verdict it has just made (or, without an LLM, its best guess)."""
    return Classification(label, Tier.MODEL, confidence, model_version=tier.version, template_id=tid)


def cached_answer(tier: ModelTier, label: str, confidence: float, tid: str) -> ModelVerdict:
    """The verdict a local cache holds: with the answer a hit gives when it clears the threshold, and
    the one it gives with no LLM to ask when it clears the floor."""
    answer = fallback = None
    if confidence >= tier.floor:
        fallback = Classification(label, Tier.CACHE, confidence, model_version=tier.version, template_id=tid)
        if confidence >= tier.threshold:
            answer = fallback
    return ModelVerdict(label, confidence, tid, answer, fallback)
