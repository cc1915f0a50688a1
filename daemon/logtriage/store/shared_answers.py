"""The model's template answers in the shared store, for every daemon of a fleet.

Keys: `{prefix}m:{namespace}:{digest}`, where the namespace stands for what decides an answer (model
version and weights, words-first, token limit, template length, rules version: `answer_namespace`)
and the digest is a 128-bit blake2b of the template key, so a 2,000-character template costs 32 bytes
of key. Value: `label|confidence`. Below-threshold verdicts are stored too: a daemon that reads one
does not embed the template again and goes straight to the LLM tier (or Unclassified).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence

from ..model.tier import ModelTier, ModelVerdict, cached_answer
from ..regex.rules import RuleSet
from ..template_key import template_id
from .shared_store import SharedStore, StoreUnavailable


def key_digest(key: str) -> str:
    return hashlib.blake2b(key.encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()


def rules_version(ruleset: RuleSet) -> str:
    """A digest of the rules and routes as loaded: the same files give the same version."""
    h = hashlib.blake2b(digest_size=8)
    for rule in ruleset.rules:
        sources = ",".join(sorted(rule.sources)) if rule.sources is not None else "*"
        h.update(
            f"r\x1f{rule.id}\x1f{rule.label}\x1f{rule.pattern.pattern}\x1f{rule.pattern.flags}\x1f{sources}\n".encode()
        )
    for route in ruleset.routes:
        h.update(f"t\x1f{route.id}\x1f{','.join(sorted(route.sources))}\x1f{','.join(route.tiers)}\n".encode())
    h.update(("d\x1f" + ",".join(ruleset.default_tiers)).encode())
    return h.hexdigest()


def answer_namespace(tier: ModelTier, ruleset: RuleSet, template_chars: int, token_limit: int) -> str:
    """What an answer depends on, as one short digest; any change starts a fresh set of answers."""
    manifest = tier.model.manifest
    parts = (
        tier.version,
        str(manifest.get("weights", {}).get("sha256", "")),
        str(manifest.get("lexical", "")),
        "words-first" if tier.words_first is not None else "embed-all",
        str(token_limit),
        str(template_chars),
        rules_version(ruleset),
    )
    return hashlib.blake2b("\x1f".join(parts).encode(), digest_size=8).hexdigest()


class SharedAnswers:
    """One engine's view of the store: its namespace, its model tier's labels and threshold."""

    def __init__(self, store: SharedStore, namespace: str, tier: ModelTier) -> None:
        self.store = store
        self.namespace = namespace
        self.tier = tier
        self._labels = frozenset(tier.labels)
        self._prefix = f"{store.prefix}m:{namespace}:"

    async def lookup(self, keys: Sequence[str]) -> dict[str, ModelVerdict]:
        """The stored verdicts of `keys` (one MGET); empty when the store is down or slow."""
        try:
            values = await self.store.get_many([self._prefix + key_digest(k) for k in keys])
        except StoreUnavailable:
            return {}
        found: dict[str, ModelVerdict] = {}
        for key, value in zip(keys, values, strict=True):
            if value is None:
                continue
            label, _, number = value.rpartition("|")
            try:
                confidence = float(number)
            except ValueError:
                continue
            if label in self._labels and 0.0 <= confidence <= 1.0:
                found[key] = cached_answer(self.tier, label, confidence, template_id(key))
        return found

    def publish(self, items: Iterable[tuple[str, str, float]]) -> None:
        """(key, label, confidence) of fresh verdicts, written in the background."""
        for key, label, confidence in items:
            self.store.put(self._prefix + key_digest(key), f"{label}|{confidence:.6f}")
