"""Soak: mixed load through the daemon and the Forward bridge while the daemon is killed and restarted and the
next hop goes away and comes back. Not a test (minutes long); prints figures.

    .venv/bin/python -m bench.soak [--minutes 10] [--senders 2] [--chunk 200]

Pieces, all on loopback: a real `logtriaged`; a real `logtriage-bridge fluentbit --state-dir`; senders that act
as Fluent Bit's out_forward with `Require_ack_response` (each chunk carries a chunk id and is resent, same id,
until acknowledged); a next hop that acks each chunk and counts every record by its id (a chunk counts only
when acked: a next hop that goes away drops what it had not acknowledged); a gRPC client calling ClassifyBatch
on the daemon directly with a mix that includes a hostile batch now and then. Every `--kill-every` seconds the
daemon is SIGKILLed and started again; every `--away-every` seconds the next hop stops listening and drops its
connections for `--away-for` seconds. At the end the senders' last chunks are drained, then: records sent
(acknowledged by the bridge), delivered once, lost, doubled; and RSS of the daemon and the bridge over time.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

import grpc
import msgpack

ROOT = Path(__file__).resolve().parents[1]

from bench.workloads import _fallback_mix  # noqa: E402
from logtriage.v1 import classifier_service_pb2 as pb  # noqa: E402
from logtriage.v1 import classifier_service_pb2_grpc as pb_grpc  # noqa: E402

DECODE = {"raw": False, "strict_map_key": False, "unicode_errors": "surrogateescape"}
EXTRA = [
    "Failed password for root from 203.0.113.9 port 52211 ssh2",
    '10.0.0.4 - - [01/Dec/2026:10:01:02 +0000] "GET /index.html HTTP/1.1" 500 128',
    "DeprecationWarning: the 'x' argument is deprecated",
]
HOSTILE = "fail2ban.actions " * 1000


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def rss_mb(pid: int | None) -> float:
    if pid is None:
        return 0.0
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


class NextHop:
    """A Forward receiver that acks every chunk and counts records by id; it can go away and come back."""

    def __init__(self, port: int) -> None:
        self.port = port
        self.seen: Counter[str] = Counter()
        self.labels: Counter[str] = Counter()
        self.chunks: Counter[str] = Counter()
        self._server: asyncio.Server | None = None
        self._writers: set[asyncio.StreamWriter] = set()
        self.away_count = 0

    async def up(self) -> None:
        self._server = await asyncio.start_server(self._serve, "127.0.0.1", self.port, reuse_address=True)

    async def away(self) -> None:
        self.away_count += 1
        if self._server is not None:
            self._server.close()
            self._server = None
        for w in list(self._writers):
            w.transport.abort()  # gone, like a crashed process: what was not acked is lost on this side

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self._writers.add(writer)
        unpacker = msgpack.Unpacker(**DECODE)
        try:
            while data := await reader.read(1 << 16):
                unpacker.feed(data)
                for frame in unpacker:
                    if not isinstance(frame, list) or len(frame) < 2:
                        continue
                    options = frame[2] if len(frame) > 2 and isinstance(frame[2], dict) else {}
                    entries = frame[1]
                    if isinstance(entries, (bytes, str)):
                        raw = entries.encode("utf-8", "surrogateescape") if isinstance(entries, str) else entries
                        entries = list(msgpack.Unpacker(raw_bytes(raw, options), **DECODE))
                    if writer.is_closing():
                        return
                    for entry in entries:
                        record = entry[1] if isinstance(entry, list) and len(entry) == 2 else {}
                        if isinstance(record, dict) and "id" in record:
                            self.seen[record["id"]] += 1
                            label = record.get("classification", {})
                            self.labels[label.get("label", "?") if isinstance(label, dict) else "?"] += 1
                    if "chunk" in options:
                        self.chunks[str(options["chunk"])] += 1
                        writer.write(msgpack.packb({"ack": options["chunk"]}))
        except (ConnectionError, OSError):
            pass
        finally:
            self._writers.discard(writer)
            writer.close()


def raw_bytes(raw: bytes, options: dict) -> object:
    import io
    import zlib

    if options.get("compressed") == "gzip":
        raw = zlib.decompress(raw, 31)
    return io.BytesIO(raw)


class Sender:
    """out_forward with Require_ack_response: one chunk at a time, resent with the same id until acked."""

    def __init__(self, n: int, port: int, chunk: int, mix: list[tuple[str, str]]) -> None:
        self.n = n
        self.port = port
        self.chunk = chunk
        self.mix = mix
        self.acked: list[str] = []
        self.resends = 0
        self.pending: list[str] = []
        self._seq = 0

    def _chunk(self) -> tuple[bytes, str, list[str]]:
        ids, entries = [], []
        now = int(time.time())
        for _ in range(self.chunk):
            self._seq += 1
            rid = f"s{self.n}-{self._seq}"
            source, message = random.choice(self.mix)
            ids.append(rid)
            entries.append([now, {"log": message, "source": source, "id": rid}])
        cid = os.urandom(16).hex()
        frame = msgpack.packb(["soak", entries, {"chunk": cid, "size": len(entries)}], use_bin_type=True)
        return frame, cid, ids

    async def run(self, stop: asyncio.Event) -> None:
        reader = writer = None
        while not stop.is_set():
            frame, cid, ids = self._chunk()
            self.pending = ids
            delay = 0.2
            while True:  # until this chunk is acked, however long it takes
                try:
                    if writer is None:
                        reader, writer = await asyncio.open_connection("127.0.0.1", self.port)
                    writer.write(frame)
                    await writer.drain()
                    unpacker = msgpack.Unpacker(**DECODE)
                    reply = None
                    while reply is None:
                        data = await asyncio.wait_for(reader.read(1 << 16), 30)
                        if not data:
                            raise ConnectionError("closed")
                        unpacker.feed(data)
                        for obj in unpacker:
                            reply = obj
                    if isinstance(reply, dict) and reply.get("ack") == cid:
                        break
                except (OSError, TimeoutError, ConnectionError):
                    pass
                self.resends += 1
                if writer is not None:
                    writer.close()
                reader = writer = None
                await asyncio.sleep(delay)
                delay = min(delay * 2, 5)
            self.acked.extend(ids)
            self.pending = []
            await asyncio.sleep(0.05)
        if writer is not None:
            writer.close()


class Proc:
    def __init__(self, args: list[str], log: Path) -> None:
        self.args, self.log = args, log
        self.proc: subprocess.Popen[bytes] | None = None
        self.starts = 0

    def start(self) -> None:
        self.starts += 1
        with self.log.open("ab") as out:
            env = {**os.environ, "GEMINI_API_KEY": "", "GOOGLE_API_KEY": "", "PYTHONPATH": str(ROOT / "daemon")}
            self.proc = subprocess.Popen(self.args, stdout=out, stderr=subprocess.STDOUT, env=env, cwd=ROOT)

    def kill(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGKILL)
            self.proc.wait()

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(30)
            except subprocess.TimeoutExpired:
                self.kill()

    @property
    def pid(self) -> int | None:
        return self.proc.pid if self.proc and self.proc.poll() is None else None


async def direct_load(address: str, stop: asyncio.Event, mix: list[tuple[str, str]], stats: Counter[str]) -> None:
    async with grpc.aio.insecure_channel(address) as channel:
        stub = pb_grpc.ClassifierServiceStub(channel)
        n = 0
        while not stop.is_set():
            n += 1
            picks = random.sample(mix, min(100, len(mix)))
            records = [pb.LogRecord(source=s, message=m) for s, m in picks]
            if n % 50 == 0:
                records = [pb.LogRecord(source="fail2ban", message=HOSTILE)] * 200
            try:
                reply = await stub.ClassifyBatch(pb.ClassifyBatchRequest(records=records), timeout=10)
                stats["calls_ok"] += 1
                stats["records_ok"] += len(reply.classifications)
            except grpc.aio.AioRpcError as exc:
                stats[f"calls_{exc.code().name}"] += 1
            await asyncio.sleep(0.1)


async def soak(args: argparse.Namespace, tmp: Path) -> None:
    daemon_port, bridge_port, hop_port = free_port(), free_port(), free_port()
    daemon = Proc(
        [
            sys.executable,
            "-m",
            "logtriage.service.daemon",
            "--listen",
            f"127.0.0.1:{daemon_port}",
            "--log-level",
            "warning",
        ],
        tmp / "daemon.log",
    )
    bridge = Proc(
        [
            sys.executable, "-m", "logtriage.bridge", "fluentbit",
            "--listen", f"127.0.0.1:{bridge_port}", "--forward-to", f"127.0.0.1:{hop_port}",
            "--server", f"127.0.0.1:{daemon_port}", "--state-dir", str(tmp / "state"),
            "--ack-timeout", "5", "--retry-max-delay", "2", "--log-level", "warning",
        ],
        tmp / "bridge.log",
    )  # fmt: skip
    hop = NextHop(hop_port)
    await hop.up()
    daemon.start()
    bridge.start()
    mix = [(r.source, r.message) for r in _fallback_mix(3000, 11)] + [("sshd", m) for m in EXTRA]
    stop = asyncio.Event()
    senders = [Sender(k, bridge_port, args.chunk, mix) for k in range(args.senders)]
    stats: Counter[str] = Counter()
    tasks = [asyncio.create_task(s.run(stop)) for s in senders]
    await asyncio.sleep(5)
    tasks.append(asyncio.create_task(direct_load(f"127.0.0.1:{daemon_port}", stop, mix, stats)))
    started = time.monotonic()
    end = started + args.minutes * 60
    next_kill, next_away = started + args.kill_every, started + args.away_every
    rss: list[tuple[int, float, float, int]] = []
    next_sample = started
    kills = 0
    while time.monotonic() < end:
        now = time.monotonic()
        if now >= next_sample:
            delivered = sum(len(s.acked) for s in senders)
            rss.append((round(now - started), rss_mb(daemon.pid), rss_mb(bridge.pid), delivered))
            print(
                f"t={rss[-1][0]:4d}s daemon {rss[-1][1]:6.0f} MB  bridge {rss[-1][2]:5.0f} MB  acked {delivered}",
                flush=True,
            )
            next_sample += args.sample_every
        if now >= next_kill:
            daemon.kill()
            kills += 1
            await asyncio.sleep(3)
            daemon.start()
            next_kill += args.kill_every
        if now >= next_away:
            await hop.away()
            await asyncio.sleep(args.away_for)
            await hop.up()
            next_away += args.away_every
        await asyncio.sleep(0.5)
    stop.set()
    drain_until = time.monotonic() + 180
    while any(s.pending for s in senders) and time.monotonic() < drain_until:
        await asyncio.sleep(0.5)
    await asyncio.wait(tasks, timeout=30)
    await asyncio.sleep(10)  # the bridge's last deliveries
    bridge.stop()
    daemon.stop()
    sent = [rid for s in senders for rid in s.acked]
    once = sum(1 for rid in sent if hop.seen[rid] == 1)
    lost = sum(1 for rid in sent if hop.seen[rid] == 0)
    doubled = sum(1 for rid in sent if hop.seen[rid] > 1)
    unacked = sum(len(s.pending) for s in senders)
    print()
    print(f"minutes {args.minutes}, daemon SIGKILLed and restarted {kills} times, next hop away {hop.away_count} times")
    print(f"records sent (acked by the bridge) {len(sent)}; delivered once {once}; lost {lost}; doubled {doubled}")
    print(f"still unacknowledged at the end: {unacked}; sender resends {sum(s.resends for s in senders)}")
    print(f"labels delivered: {dict(hop.labels.most_common())}")
    print(f"direct ClassifyBatch calls: {dict(stats)}")
    print("RSS over time (s, daemon MB, bridge MB, records acked):")
    for t, d, b, n in rss:
        print(f"  {t:5d} {d:7.0f} {b:6.0f} {n:8d}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=float, default=10.0)
    parser.add_argument("--senders", type=int, default=2)
    parser.add_argument("--chunk", type=int, default=200)
    parser.add_argument("--kill-every", type=float, default=90.0)
    parser.add_argument("--away-every", type=float, default=50.0)
    parser.add_argument("--away-for", type=float, default=8.0)
    parser.add_argument("--sample-every", type=float, default=20.0)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="logtriage-soak-") as name:
        asyncio.run(soak(args, Path(name)))


if __name__ == "__main__":
    main()
