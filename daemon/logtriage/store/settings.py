"""The shared answer store's and the answer snapshot's `cache.*` settings (read once, at start).

`cache.redis_url` turns the shared store on (redis:// or rediss://, Redis or Valkey); empty keeps every
daemon on its own. `cache.state_dir` turns the snapshot of template answers on (see answer_snapshot).
"""

from __future__ import annotations

from ..settings import Setting

STORE_SETTINGS: tuple[Setting, ...] = (
    Setting(
        "cache.redis_url",
        "",
        "shared answer store, redis://[user:password@]host:port/db or rediss:// (TLS); Redis or Valkey; "
        "a password not in the URL comes from LOGTRIAGE_CACHE_REDIS_PASSWORD or REDISCLI_AUTH; empty: off",
    ),
    Setting("cache.redis_timeout_ms", 50.0, "deadline of one call to the shared store"),
    Setting("cache.redis_ttl_s", 7 * 86400, "lifetime of an answer in the store (from its last write)"),
    Setting("cache.redis_prefix", "logtriage:", "prefix of every key the daemon writes in the store"),
    Setting(
        "cache.redis_max_pending_writes", 10_000, "answers waiting to be written; past it, new ones are not shared"
    ),
    Setting("cache.redis_examples_max", 1_000_000, "learned examples kept in the store's stream (oldest trimmed)"),
    Setting("cache.state_dir", "", "folder of the template-answer snapshot read at start (warm restarts); empty: off"),
    Setting("cache.snapshot_interval_s", 300.0, "seconds between snapshots (and one on SIGTERM)"),
)
