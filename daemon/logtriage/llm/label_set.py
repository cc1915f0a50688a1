"""The labels the LLM may answer with: the engine's current set, Unclassified always among them."""

from __future__ import annotations

from collections.abc import Iterable

from .answer_cache import labels_digest
from .batch_prompt import allowed_labels


class LabelSet:
    """Changed in place by a reload (`set`); every part of the tier reads the current one."""

    def __init__(self, labels: Iterable[str]) -> None:
        self.set(labels)

    def set(self, labels: Iterable[str]) -> None:
        self.allowed: tuple[str, ...] = allowed_labels(list(labels))  # in the prompt's order
        self.members = frozenset(self.allowed)
        self.digest = labels_digest(self.allowed)  # what an Unclassified answer holds for
