"""The LLM tier's share of the shared store: one question per template and one budget for a fleet.

- Answers: `{prefix}l:{namespace}:{digest}` = `label|model`, the namespace being the LLM model and the
  label set it was asked with. A daemon whose local cache misses looks there first (one MGET per call).
- Claims: before asking, a daemon sets `{prefix}c:{namespace}:{digest}` if absent, with an expiry
  (SET NX PX). The others answer provisionally (the model's best guess, or Unclassified) and take the
  shared answer on a later call once it has landed. A claim whose request failed is given up at once;
  one whose daemon died expires.
- Budget: `{prefix}budget:m:{minute}` and `{prefix}budget:d:{UTC day}` are counted with INCR + EXPIRE
  before each request, so `llm.requests_per_minute` / `_per_day` hold for the whole fleet (fixed
  windows); a request over the budget gives its count back.
- Learned examples go to the stream `{prefix}examples` (XADD, trimmed at cache.redis_examples_max);
  `logtriage examples export` writes them as the CSV `logtriage train` reads.
With the store down every daemon asks, counts and writes on its own, as without a store.
"""

from __future__ import annotations

import contextlib
import hashlib
import time
from collections.abc import Mapping
from datetime import UTC, datetime, timedelta
from typing import Any

from ..llm.answer_cache import CachedAnswer
from ..llm.llm_items import LlmItemLike
from ..records import UNCLASSIFIED
from .shared_answers import key_digest
from .shared_store import SharedStore, StoreUnavailable

EXAMPLES_STREAM = "examples"
MINUTE_KEY_TTL_S = 120
DAY_KEY_TTL_S = 2 * 86400


class LlmFleet:
    def __init__(self, store: SharedStore, model: str, claim_ttl_s: float) -> None:
        self.store = store
        self.model = model
        self.claim_ttl_ms = max(1000, int(claim_ttl_s * 1000))
        self.counts = {"fleet_hits": 0, "fleet_claims": 0, "fleet_claimed_elsewhere": 0, "fleet_budget_waits": 0}

    def _namespace(self, digest: str) -> str:
        return hashlib.blake2b(f"{self.model}\x1f{digest}".encode(), digest_size=8).hexdigest()

    async def settle(
        self, items: Mapping[str, LlmItemLike], digest: str, allowed: frozenset[str]
    ) -> tuple[dict[str, CachedAnswer], set[str]]:
        """(answers the fleet has, keys another daemon is asking about); the rest are ours to ask."""
        if not items:
            return {}, set()
        ns = self._namespace(digest)
        keys = list(items)
        digests = [key_digest(key) for key in keys]
        prefix = self.store.prefix
        try:
            values = await self.store.get_many([f"{prefix}l:{ns}:{d}" for d in digests])
        except StoreUnavailable:
            return {}, set()
        hits: dict[str, CachedAnswer] = {}
        rest: list[tuple[str, str]] = []
        for key, d, value in zip(keys, digests, values, strict=True):
            label, _, model = (value or "").partition("|")
            if label in allowed:
                hits[key] = CachedAnswer(label, model, digest)
            else:
                rest.append((key, d))
        self.counts["fleet_hits"] += len(hits)
        if not rest:
            return hits, set()
        owner, ttl = self.store.instance, self.claim_ttl_ms

        async def claim(r: Any) -> list[Any]:
            pipe = r.pipeline(transaction=False)
            for _, d in rest:
                pipe.set(f"{prefix}c:{ns}:{d}", owner, nx=True, px=ttl)
            replies: list[Any] = await pipe.execute()
            return replies

        try:
            won = await self.store.call("claim", claim)
        except StoreUnavailable:
            return hits, set()
        elsewhere = {key for (key, _), ok in zip(rest, won, strict=True) if not ok}
        self.counts["fleet_claims"] += len(rest) - len(elsewhere)
        self.counts["fleet_claimed_elsewhere"] += len(elsewhere)
        return hits, elsewhere

    def publish(self, key: str, label: str, model: str, digest: str) -> None:
        self.store.put(f"{self.store.prefix}l:{self._namespace(digest)}:{key_digest(key)}", f"{label}|{model}")

    def release(self, keys: list[str], digest: str) -> None:
        """Gives up claims whose request brought no answer: a 1 ms expiry, sent with the next writes."""
        ns = self._namespace(digest)
        for key in keys:
            self.store.put(f"{self.store.prefix}c:{ns}:{key_digest(key)}", "released", ttl_ms=1)

    def example(self, source: str, text: str, label: str) -> None:
        if label != UNCLASSIFIED:
            self.store.append_stream(
                self.store.prefix + EXAMPLES_STREAM, {"source": source, "log_message": text, "target_label": label}
            )

    async def take_budget(self, per_minute: int, per_day: int) -> float:
        """Counts one request in the fleet's budget: 0.0, or the seconds until one fits (count given back).
        With the store down: 0.0, and the daemon's own budget is the only one."""
        now = datetime.now(UTC)
        minute_key = f"{self.store.prefix}budget:m:{int(now.timestamp() // 60)}"
        day_key = f"{self.store.prefix}budget:d:{now.date().isoformat()}"

        async def count(r: Any) -> list[Any]:
            pipe = r.pipeline(transaction=False)
            pipe.incr(minute_key)
            pipe.expire(minute_key, MINUTE_KEY_TTL_S)
            pipe.incr(day_key)
            pipe.expire(day_key, DAY_KEY_TTL_S)
            replies: list[Any] = await pipe.execute()
            return replies

        try:
            in_minute, _, in_day, _ = await self.store.call("incr", count)
        except StoreUnavailable:
            return 0.0
        if in_minute <= per_minute and in_day <= per_day:
            return 0.0
        self.counts["fleet_budget_waits"] += 1

        async def give_back(r: Any) -> list[Any]:
            pipe = r.pipeline(transaction=False)
            pipe.decr(minute_key)
            pipe.decr(day_key)
            replies: list[Any] = await pipe.execute()
            return replies

        with contextlib.suppress(StoreUnavailable):
            await self.store.call("incr", give_back)
        if in_day > per_day:
            midnight = datetime.combine(now.date() + timedelta(days=1), datetime.min.time(), UTC)
            return max(1.0, (midnight - now).total_seconds())
        return max(0.05, 60.0 - time.time() % 60.0)


def attach(llm_tier: Any, store: SharedStore | None) -> None:
    """Gives an LLM tier (once) its fleet side; a tier that is off or of another kind is left alone."""
    if store is None or not getattr(llm_tier, "enabled", False) or getattr(llm_tier, "fleet", "n/a") is not None:
        return
    settings = llm_tier.settings
    llm_tier.fleet = LlmFleet(store, settings.model, max(5.0, 2 * settings.deadline_s))
