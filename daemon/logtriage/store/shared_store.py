"""The shared store (Redis or Valkey, through redis-py's asyncio client): never a reason to be down.

Every call has a short deadline (`cache.redis_timeout_ms`). A call that fails or runs past it marks the
store down: one log line (`cache_store_down`), and for a back-off interval (0.5 s doubling to 5 s) calls
are not even tried, so a dead or slow Redis costs nothing but local-only answers. The first call after
the interval is the probe; when it works the store is up again (`cache_store_up`, one line). redis-py
opens a new connection by itself on that call. Writes are queued (bounded) and sent in batches by a
background task, so an answer never waits on a write.
"""

from __future__ import annotations

import asyncio
import os
import time
import uuid
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, TypeVar

import structlog

log = structlog.get_logger(__name__)

T = TypeVar("T")
LATENCY_BUCKETS = (0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0)
PASSWORD_VARIABLES = ("LOGTRIAGE_CACHE_REDIS_PASSWORD", "REDISCLI_AUTH")  # when the URL has no password
BACKOFF_FIRST_S = 0.5
BACKOFF_MAX_S = 5.0
FLUSH_EVERY_S = 0.02
FLUSH_BATCH = 500


class StoreUnavailable(Exception):
    """The call was not made or did not finish in time; the caller goes on local-only."""


@dataclass
class StoreStats:
    hits: int = 0
    misses: int = 0
    errors: int = 0
    skipped: int = 0  # calls not tried while the store was down
    writes: int = 0
    dropped_writes: int = 0
    state_changes: int = 0
    latency: dict[str, list[float]] = field(default_factory=dict)  # op -> [count per bucket..., +Inf, sum]

    def observe(self, op: str, seconds: float) -> None:
        row = self.latency.get(op)
        if row is None:
            row = self.latency[op] = [0.0] * (len(LATENCY_BUCKETS) + 2)
        for i, bound in enumerate(LATENCY_BUCKETS):
            if seconds <= bound:
                row[i] += 1
                break
        else:
            row[len(LATENCY_BUCKETS)] += 1
        row[-1] += seconds


def redis_password(url: str, environ: Mapping[str, str] | None = None) -> str | None:
    """The password of the environment, when the URL carries none."""
    env = os.environ if environ is None else environ
    if "@" in url.split("//", 1)[-1].split("/", 1)[0]:
        return None
    for name in PASSWORD_VARIABLES:
        if env.get(name):
            return env[name]
    return None


class SharedStore:
    """One per daemon process; engines rebuilt by a reload keep using it."""

    def __init__(
        self,
        url: str,
        *,
        timeout_s: float = 0.05,
        ttl_s: float = 7 * 86400,
        prefix: str = "logtriage:",
        max_pending_writes: int = 10_000,
        examples_max: int = 1_000_000,
        environ: Mapping[str, str] | None = None,
    ) -> None:
        from redis.asyncio import Redis
        from redis.backoff import NoBackoff
        from redis.connection import parse_url
        from redis.retry import Retry

        from ..settings import ConfigError

        url = url.replace("valkey", "redis", 1) if url.startswith("valkey") else url
        try:
            parse_url(url)
        except ValueError as err:
            shown = _without_password(url)
            raise ConfigError(
                f"cache.redis_url {shown!r}: {err}; expected redis://host:port/db or rediss://..."
            ) from err
        self.url_for_log = _without_password(url)
        self.timeout_s = timeout_s
        self.ttl_ms = max(1, int(ttl_s * 1000))
        self.prefix = prefix
        self.max_pending_writes = max_pending_writes
        self.examples_max = examples_max
        self.instance = uuid.uuid4().hex[:12]  # the owner written into claims
        self.stats = StoreStats()
        self.up = True
        self._retry_at = 0.0
        self._backoff = BACKOFF_FIRST_S
        options: dict[str, Any] = {
            "socket_timeout": timeout_s,
            "socket_connect_timeout": timeout_s,
            "retry": Retry(NoBackoff(), 0),  # the deadline is ours; the next call after the back-off retries
            "health_check_interval": 0,
            "decode_responses": True,
        }
        password = redis_password(url, environ)
        if password is not None:
            options["password"] = password
        self._options = options
        self._url = url
        self._redis: Redis | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._writes: dict[str, tuple[str, int]] = {}  # key -> (value, ttl ms); the latest value wins
        self._stream: list[tuple[str, dict[str, str]]] = []  # (stream key, fields) to XADD
        self._wakeup: asyncio.Event | None = None
        self._flusher: asyncio.Task[None] | None = None

    # -- calls -----------------------------------------------------------------------------------

    @property
    def client(self) -> Any:
        """The redis-py client of the running loop (a new one if the loop changed)."""
        loop = asyncio.get_running_loop()
        if self._redis is None or loop is not self._loop:
            from redis.asyncio import Redis

            self._redis = Redis.from_url(self._url, **self._options)
            self._loop = loop
            self._wakeup = asyncio.Event()
            self._flusher = None
        return self._redis

    def available(self) -> bool:
        return self.up or time.monotonic() >= self._retry_at

    async def call(self, op: str, make: Callable[[Any], Awaitable[T]]) -> T:
        """`await make(client)` within the deadline; StoreUnavailable when down, failed or late."""
        if not self.available():
            self.stats.skipped += 1
            raise StoreUnavailable("store down")
        client = self.client
        started = time.perf_counter()
        try:
            async with asyncio.timeout(self.timeout_s):
                result = await make(client)
        except asyncio.CancelledError:
            raise
        except Exception as err:  # RedisError, OSError, TimeoutError: any of them means local-only
            self.stats.observe(op, time.perf_counter() - started)
            self.stats.errors += 1
            self._went_down(op, err)
            raise StoreUnavailable(str(err) or type(err).__name__) from err
        self.stats.observe(op, time.perf_counter() - started)
        self._came_up()
        return result

    async def get_many(self, keys: list[str]) -> list[str | None]:
        """One MGET; all misses (and StoreUnavailable) when the store is down."""
        if not keys:
            return []
        values: list[str | None] = await self.call("get", lambda r: r.mget(keys))
        hits = len(keys) - values.count(None)
        self.stats.hits += hits
        self.stats.misses += len(keys) - hits
        return values

    def put(self, key: str, value: str, ttl_ms: int | None = None) -> None:
        """Queued for the background writer; dropped (and counted) when the queue is full."""
        if len(self._writes) >= self.max_pending_writes and key not in self._writes:
            self.stats.dropped_writes += 1
            return
        self._writes[key] = (value, ttl_ms or self.ttl_ms)
        self._kick()

    def append_stream(self, key: str, fields: dict[str, str]) -> None:
        if len(self._stream) >= self.max_pending_writes:
            self.stats.dropped_writes += 1
            return
        self._stream.append((key, fields))
        self._kick()

    async def flush(self) -> None:
        """Writes everything queued now (one pipeline per FLUSH_BATCH entries); failures drop the batch."""
        while self._writes or self._stream:
            batch = [self._writes.popitem() for _ in range(min(FLUSH_BATCH, len(self._writes)))]
            stream, self._stream = self._stream[:FLUSH_BATCH], self._stream[FLUSH_BATCH:]

            async def send(r: Any, batch: list[tuple[str, tuple[str, int]]] = batch, stream: list[Any] = stream) -> Any:
                pipe = r.pipeline(transaction=False)
                for key, (value, ttl_ms) in batch:
                    pipe.set(key, value, px=ttl_ms)
                for key, fields in stream:
                    pipe.xadd(key, fields, maxlen=self.examples_max, approximate=True)
                return await pipe.execute()

            try:
                await self.call("set", send)
            except StoreUnavailable:
                self.stats.dropped_writes += len(batch) + len(stream)
                return
            self.stats.writes += len(batch) + len(stream)

    async def aclose(self, flush_within_s: float = 1.0) -> None:
        """Sends what is queued (within `flush_within_s`), then closes the connections."""
        if self._flusher is not None and not self._flusher.done():
            self._flusher.cancel()
        if self._redis is None or self._loop is not asyncio.get_running_loop():
            return
        try:
            async with asyncio.timeout(flush_within_s):
                await self.flush()
        except TimeoutError:
            pass
        try:
            await self._redis.aclose()
        except Exception as err:  # closing a broken connection
            log.debug("cache_store_close_failed", error=repr(err))

    # -- internals -------------------------------------------------------------------------------

    def _kick(self) -> None:
        try:
            self.client  # noqa: B018 (binds the loop-bound objects)
        except RuntimeError:  # no running loop: the next call in a loop sends it
            return
        assert self._wakeup is not None
        self._wakeup.set()
        if self._flusher is None or self._flusher.done():
            self._flusher = asyncio.get_running_loop().create_task(self._flush_loop(), name="cache-store-writer")

    async def _flush_loop(self) -> None:
        assert self._wakeup is not None
        while True:
            await self._wakeup.wait()
            self._wakeup.clear()
            await asyncio.sleep(FLUSH_EVERY_S)  # gathers the answers of concurrent calls into one pipeline
            if not self.available():
                await asyncio.sleep(max(0.0, self._retry_at - time.monotonic()))
            try:
                await self.flush()
            except Exception:  # never let the writer die
                log.exception("cache_store_writer_error")

    def _went_down(self, op: str, err: BaseException) -> None:
        self._retry_at = time.monotonic() + self._backoff
        self._backoff = min(BACKOFF_MAX_S, self._backoff * 2)
        if self.up:
            self.up = False
            self.stats.state_changes += 1
            log.warning(
                "cache_store_down",
                url=self.url_for_log,
                op=op,
                error=str(err) or type(err).__name__,
                serving="local cache only; retrying by itself",
            )

    def _came_up(self) -> None:
        self._backoff = BACKOFF_FIRST_S
        if not self.up:
            self.up = True
            self.stats.state_changes += 1
            log.info("cache_store_up", url=self.url_for_log)


def _without_password(url: str) -> str:
    scheme, sep, rest = url.partition("//")
    netloc, slash, path = rest.partition("/")
    if "@" in netloc:
        netloc = "***@" + netloc.rsplit("@", 1)[1]
    return f"{scheme}{sep}{netloc}{slash}{path}"


def store_from_config(cfg: Any) -> SharedStore | None:
    url = cfg["cache.redis_url"]
    if not url:
        return None
    store = SharedStore(
        url,
        timeout_s=cfg["cache.redis_timeout_ms"] / 1000.0,
        ttl_s=cfg["cache.redis_ttl_s"],
        prefix=cfg["cache.redis_prefix"],
        max_pending_writes=cfg["cache.redis_max_pending_writes"],
        examples_max=cfg["cache.redis_examples_max"],
    )
    log.info("cache_store_configured", url=store.url_for_log, timeout_ms=cfg["cache.redis_timeout_ms"])
    return store
