"""`logtriage bench --store URL|auto`: what the shared answer store costs and what it buys, in the same run.

Two more daemons share one store (`auto`: a throwaway `redis-server` on a free loopback port; the keys
get a prefix of their own either way). The first labels the realistic mix on a cold cache and fills the
store; the second, a fresh process with an empty cache, then labels the same mix: the time a new
replica takes for records the fleet has seen, against the first's cold pass. Then the warm replay runs
on the daemon without a store and on the first daemon with one, alternately (A, B, A, B), so that the
machine's load hits both alike. The store's memory per 100,000 templates is read with INFO memory
(100,000 answers in the daemons' format, written and removed again) and MEMORY USAGE of the keys the
daemons wrote.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import shutil
import socket
import subprocess
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

from .measure import DaemonUnderTest, Result, batch_payloads, drive_batch, merged, result_lines

COLD_FIRST = "store: first daemon, cold cache, the mix (first pass), ClassifyBatch"
SECOND = "store: second daemon, empty cache, the mix the first saw, ClassifyBatch"
WARM_WITHOUT = "warm replay of the mix, no store, ClassifyBatch"
WARM_WITH = "warm replay of the mix, store configured, ClassifyBatch"
WARM_ROUNDS = 3  # A, B, A, B, A, B


def _redis_server(tmp: Path) -> tuple[str, subprocess.Popen[bytes]]:
    binary = shutil.which("redis-server")
    if binary is None:
        raise SystemExit("logtriage bench --store auto: redis-server is not installed (apt-get install redis-server)")
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = subprocess.Popen(
        [binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", str(tmp)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    return f"redis://127.0.0.1:{port}/0", proc


def _client(url: str) -> Any:
    import redis

    client = redis.Redis.from_url(url, socket_timeout=5)
    deadline = time.monotonic() + 10
    while True:
        try:
            client.ping()
            return client
        except redis.ConnectionError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.1)


def _memory_per_100k(url: str, prefix: str, sample_of: str) -> dict[str, float]:
    """INFO memory's used_memory before and after 100,000 answers in the daemons' own key and value
    format (keys hold a digest, so a template's length does not matter), then deletes them; and
    MEMORY USAGE of keys the daemons wrote."""
    from logtriage.store.shared_answers import key_digest

    client = _client(url)
    try:
        mine = f"{prefix}memtest:0123456789abcdef:"
        before = float(client.info("memory")["used_memory"])
        for start in range(0, 100_000, 5_000):
            pipe = client.pipeline(transaction=False)
            for i in range(start, start + 5_000):
                pipe.set(mine + key_digest(f"template {i} <*>"), "System Notification|0.912345", px=7 * 86400 * 1000)
            pipe.execute()
        after = float(client.info("memory")["used_memory"])
        for start in range(0, 100_000, 5_000):
            client.unlink(*(mine + key_digest(f"template {i} <*>") for i in range(start, start + 5_000)))
        written = [k for _, k in zip(range(200), client.scan_iter(match=sample_of, count=1000), strict=False)]
        usage = [client.memory_usage(k) or 0 for k in written]
        return {
            "mb_per_100k_templates": round((after - before) / 1e6, 1),
            "memory_usage_bytes_per_key": round(sum(usage) / max(1, len(usage)), 1),
            "keys_sampled": float(len(written)),
        }
    finally:
        client.close()


def _writes_settled(daemon: DaemonUnderTest, timeout: float = 20.0) -> float:
    """Waits until the daemon's background writes stop growing; returns how many were written."""
    deadline, last = time.monotonic() + timeout, -1.0
    while time.monotonic() < deadline:
        now = daemon.counters().get("logtriage_cache_store_writes_total", 0.0)
        if now == last:
            return now
        last = now
        time.sleep(0.3)
    return last


async def store_phases(
    plain: DaemonUnderTest, work: Any, args: argparse.Namespace, say: Any, tmp: Path, flags: list[str]
) -> tuple[list[Result], dict[str, Any]]:
    server = None
    url = args.store
    if url == "auto":
        url, server = _redis_server(tmp)
    prefix = f"bench-{uuid.uuid4().hex[:8]}:"
    store_flags = [*flags, f"--cache-redis-url={url}", f"--cache-redis-prefix={prefix}"]
    report: dict[str, Any] = {"url": url if server else "(given)"}
    first = DaemonUnderTest(tmp / "store-first.log", store_flags)
    second = DaemonUnderTest(tmp / "store-second.log", store_flags)
    try:
        say("store: starting two daemons that share it ...")
        first.wait_serving()
        second.wait_serving()
        n = len(work.mix)
        batches = batch_payloads(work.mix, args.batch_size)
        say("store: the first daemon labels the mix on a cold cache ...")
        cold = await drive_batch(first.address, batches, n, args.concurrency, COLD_FIRST)
        report["writes"] = _writes_settled(first)
        report["memory"] = _memory_per_100k(url, prefix, prefix + "m:*")
        say("store: a second daemon, empty cache, labels the same mix ...")
        seen = second.counters()
        again = await drive_batch(second.address, batches, n, args.concurrency, SECOND)
        got = second.counters()
        report["second_daemon"] = {
            name: got.get(f"logtriage_{name}_total", 0.0) - seen.get(f"logtriage_{name}_total", 0.0)
            for name in ("model_templates", "model_embedded", "cache_store_hits", "cache_store_misses")
        }
        second.stop()  # idle from here on; one process fewer competing for the CPUs
        say("store: warm replay, without and with the store, alternately ...")
        without, with_store = [], []
        for _ in range(WARM_ROUNDS):
            payloads = batches * args.repeat
            without.append(await drive_batch(plain.address, payloads, n * args.repeat, args.concurrency, WARM_WITHOUT))
            with_store.append(await drive_batch(first.address, payloads, n * args.repeat, args.concurrency, WARM_WITH))
    finally:
        first.stop()
        second.stop()
        if server is not None:
            server.terminate()
            server.wait(10)
    results = [cold, again, merged(without), merged(with_store)]
    report["warm_with_store_vs_without"] = round(results[3].rate / results[2].rate, 3) if results[2].rate else 0.0
    report["second_daemon_vs_cold_first"] = round(again.rate / cold.rate, 1) if cold.rate else 0.0
    report["seconds"] = {"first_daemon_cold": round(cold.seconds, 2), "second_daemon": round(again.seconds, 2)}
    return results, report


def store_lines(store: dict[str, Any]) -> list[str]:
    mem, second = store["memory"], store["second_daemon"]
    return [
        "",
        f"store: warm with the store configured / without: {store['warm_with_store_vs_without']:.3f}",
        f"store: a second daemon on the mix the first saw took {store['seconds']['second_daemon']:.2f} s against "
        f"{store['seconds']['first_daemon_cold']:.2f} s for the first's cold pass "
        f"({store['second_daemon_vs_cold_first']:.1f}x); it scored {second['model_templates']:.0f} templates "
        f"itself and embedded {second['model_embedded']:.0f}, the store answered {second['cache_store_hits']:.0f} "
        f"(missed {second['cache_store_misses']:.0f})",
        f"store: {mem['mb_per_100k_templates']:.1f} MB per 100,000 templates (INFO memory, 100,000 answers "
        f"written and removed again); MEMORY USAGE {mem['memory_usage_bytes_per_key']:.0f} bytes per key",
    ]


def run_store_only(args: argparse.Namespace, work: Any, say: Any, report: dict[str, Any], flags: list[str]) -> int:
    """`--store-only`: a daemon without the store for the warm comparison, and the store's phases."""
    with tempfile.TemporaryDirectory(prefix="logtriage-bench-") as tmp:
        plain = DaemonUnderTest(Path(tmp) / "daemon.log", flags)
        try:
            say("starting the daemon without a store ...")
            report["daemon_start_s"] = round(plain.wait_serving(), 1)
            say("the daemon without a store labels the mix once (its cache warm for the replay) ...")
            asyncio.run(drive_batch(plain.address, batch_payloads(work.mix, args.batch_size), len(work.mix), 4, "fill"))
            results, report["store"] = asyncio.run(store_phases(plain, work, args, say, Path(tmp), flags))
        finally:
            plain.stop()
    report["results"] = [r.as_dict() for r in results]
    if args.json:
        print(json.dumps(report, indent=2))
    else:
        print("\n".join([*result_lines(results), *store_lines(report["store"])]))
    return 0
