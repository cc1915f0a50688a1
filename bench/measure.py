"""Measurements for `logtriage bench`: a real daemon on loopback, and in-process baselines.

Every figure is records per second over a whole phase plus per-call latency percentiles. The
client sends pre-serialised requests and does not parse the answers (one per phase is checked),
so that the figures are the daemon's, not the client's protobuf work.
"""

from __future__ import annotations

import asyncio
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path

import grpc

from logtriage.records import Record
from logtriage.v1 import classifier_service_pb2 as pb

_BATCH = "/logtriage.v1.ClassifierService/ClassifyBatch"
_STREAM = "/logtriage.v1.ClassifierService/ClassifyStream"
_OPTIONS = [("grpc.max_receive_message_length", 64 << 20), ("grpc.max_send_message_length", 64 << 20)]


@dataclass
class Result:
    name: str
    records: int
    seconds: float
    latencies_ms: list[float] = field(default_factory=list, repr=False)
    note: str = ""

    @property
    def rate(self) -> float:
        return self.records / self.seconds if self.seconds > 0 else 0.0

    def percentile(self, q: float) -> float | None:
        if not self.latencies_ms:
            return None
        ordered = sorted(self.latencies_ms)
        return ordered[min(len(ordered) - 1, int(q * len(ordered)))]

    def as_dict(self) -> dict[str, object]:
        d = asdict(self)
        del d["latencies_ms"]
        return {
            **d,
            "records_per_s": round(self.rate, 1),
            "p50_ms": self.percentile(0.5),
            "p99_ms": self.percentile(0.99),
        }


def merged(runs: list[Result]) -> Result:
    """Runs of one phase (before and after, or alternating) as one figure."""
    latencies = [ms for r in runs for ms in r.latencies_ms]
    return Result(runs[0].name, sum(r.records for r in runs), sum(r.seconds for r in runs), latencies)


def result_lines(results: Sequence[Result]) -> list[str]:
    """The phases as a table: records, records/s, p50 and p99 per call."""
    width = max([48, *(len(r.name) for r in results)])
    lines = [f"{'phase':{width}} {'records':>8} {'records/s':>11} {'p50 ms':>9} {'p99 ms':>9}"]
    for r in results:
        p50, p99 = r.percentile(0.5), r.percentile(0.99)
        lines.append(
            f"{r.name:{width}} {r.records:>8} {r.rate:>11,.0f} "
            f"{'' if p50 is None else f'{p50:.1f}':>9} {'' if p99 is None else f'{p99:.1f}':>9}"
        )
    return lines


def _free_loopback_address() -> str:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return f"127.0.0.1:{s.getsockname()[1]}"


class DaemonUnderTest:
    """`logtriaged` as a subprocess on a free loopback port, LLM off, its log in a file, metrics on."""

    def __init__(self, log_path: Path, flags: Sequence[str] = ()) -> None:
        self.address = _free_loopback_address()
        self.metrics_address = _free_loopback_address()
        self.log_path = log_path
        self._log = log_path.open("wb")
        env = {**os.environ, "GEMINI_API_KEY": "", "GOOGLE_API_KEY": ""}
        command = [sys.executable, "-m", "logtriage.service.daemon", "--listen", self.address, "--log-level", "warning"]
        self.proc = subprocess.Popen(
            [*command, "--metrics-listen", self.metrics_address, *flags],
            stdout=self._log,
            stderr=subprocess.STDOUT,
            env=env,
        )

    def wait_serving(self, timeout: float = 300.0) -> float:
        """Seconds until SERVING (the model is loaded)."""
        from grpc_health.v1 import health_pb2, health_pb2_grpc

        started = time.monotonic()
        with grpc.insecure_channel(self.address) as channel:
            stub = health_pb2_grpc.HealthStub(channel)
            while time.monotonic() - started < timeout:
                if self.proc.poll() is not None:
                    raise RuntimeError(f"daemon exited with {self.proc.returncode}; see {self.log_path}")
                try:
                    reply = stub.Check(health_pb2.HealthCheckRequest(service=""), timeout=2)
                    if reply.status == health_pb2.HealthCheckResponse.SERVING:
                        return time.monotonic() - started
                except grpc.RpcError:
                    pass
                time.sleep(0.1)
        raise TimeoutError(f"daemon not SERVING after {timeout}s; see {self.log_path}")

    def counters(self) -> dict[str, float]:
        """The daemon's unlabelled Prometheus samples (name -> value), from its metrics endpoint."""
        with urllib.request.urlopen(f"http://{self.metrics_address}/metrics", timeout=10) as reply:
            text = reply.read().decode()
        out = {}
        for line in text.splitlines():
            name, _, value = line.partition(" ")
            if name and not name.startswith("#") and "{" not in name:
                out[name] = float(value)
        return out

    def memory_mb(self) -> dict[str, float]:
        """VmHWM (peak resident set) and VmRSS now, from /proc."""
        out: dict[str, float] = {}
        for line in Path(f"/proc/{self.proc.pid}/status").read_text().splitlines():
            name, _, value = line.partition(":")
            if name in ("VmHWM", "VmRSS"):
                out[name] = int(value.split()[0]) / 1024
        return out

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(30)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(5)
        self._log.close()


def batch_payloads(records: Sequence[Record], batch_size: int) -> list[bytes]:
    return [
        pb.ClassifyBatchRequest(
            records=[pb.LogRecord(source=r.source, message=r.message) for r in records[i : i + batch_size]]
        ).SerializeToString()
        for i in range(0, len(records), batch_size)
    ]


def stream_payloads(records: Sequence[Record], batch_size: int) -> list[bytes]:
    return [
        pb.ClassifyStreamRequest(
            batch_id=n,
            records=[pb.LogRecord(source=r.source, message=r.message) for r in records[i : i + batch_size]],
        ).SerializeToString()
        for n, i in enumerate(range(0, len(records), batch_size))
    ]


async def drive_batch(address: str, payloads: Sequence[bytes], records: int, concurrency: int, name: str) -> Result:
    """ClassifyBatch calls from `concurrency` callers at once, each sending its next batch on an answer."""
    async with grpc.aio.insecure_channel(address, options=_OPTIONS) as channel:
        call = channel.unary_unary(_BATCH)
        latencies: list[float] = []
        next_index = 0
        first: bytes | None = None

        async def caller() -> None:
            nonlocal next_index, first
            while next_index < len(payloads):
                payload = payloads[next_index]
                next_index += 1
                sent = time.perf_counter()
                reply = await call(payload, timeout=600)
                latencies.append((time.perf_counter() - sent) * 1000)
                if payload is payloads[0]:
                    first = reply

        started = time.perf_counter()
        await asyncio.gather(*(caller() for _ in range(concurrency)))
        elapsed = time.perf_counter() - started
    _check(pb.ClassifyBatchRequest, pb.ClassifyBatchResponse, payloads[0], first)
    return Result(name, records, elapsed, latencies)


async def drive_stream(address: str, payloads: Sequence[bytes], records: int, streams: int, name: str) -> Result:
    """`streams` ClassifyStream calls, each keeping up to 4 batches in flight; latency is send to answer."""
    per_stream = [payloads[i::streams] for i in range(streams)]
    latencies: list[float] = []
    first: bytes | None = None
    async with grpc.aio.insecure_channel(address, options=_OPTIONS) as channel:
        open_stream = channel.stream_stream(_STREAM)

        async def one(mine: Sequence[bytes]) -> None:
            nonlocal first
            window = asyncio.Semaphore(4)
            sent: list[float] = []
            call = open_stream(timeout=600)

            async def writer() -> None:
                for payload in mine:
                    await window.acquire()
                    sent.append(time.perf_counter())
                    await call.write(payload)
                await call.done_writing()

            task = asyncio.create_task(writer())
            got = 0
            async for reply in call:
                latencies.append((time.perf_counter() - sent[got]) * 1000)
                got += 1
                window.release()
                if mine is per_stream[0] and got == 1:
                    first = reply
            await task

        started = time.perf_counter()
        await asyncio.gather(*(one(mine) for mine in per_stream if mine))
        elapsed = time.perf_counter() - started
    _check(pb.ClassifyStreamRequest, pb.ClassifyStreamResponse, payloads[0], first)
    return Result(name, records, elapsed, latencies)


def _check(request_type: type, reply_type: type, request: bytes, reply: bytes | None) -> None:
    """One answer per record, or the figures mean nothing."""
    sent = len(request_type.FromString(request).records)  # type: ignore[attr-defined]
    got = len(reply_type.FromString(reply).classifications) if reply else 0  # type: ignore[attr-defined]
    if got != sent:
        raise RuntimeError(f"the daemon answered {got} classifications for {sent} records")
