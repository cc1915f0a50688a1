"""Daemon memory under hostile load and with a full cache (issue 11, findings 2 and 9). Not a test: prints figures.

Phase 1, big requests: 30 concurrent one-record Classify calls of 30 MB each against a daemon with the default
`server.max_in_flight_bytes` (128 MiB), and, in the same run as the baseline, against one whose bound is out of
the way (64 GiB: the behaviour before the bound). Prints idle RSS, peak RSS under the load, RSS 5 s and 20 s after,
and how many calls were answered or refused (RESOURCE_EXHAUSTED).

Phase 2, a full cache: a daemon started from a `template_answers.jsonl` snapshot of 200,000 templates (keys of the
bench mix's shapes and lengths) against the same daemon started empty: RSS of each once serving and warm.

    .venv/bin/python -m bench.memory_bench [--phase requests|cache|both] [--calls 30] [--mb 30]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import threading
import time
from pathlib import Path

import grpc

from bench.measure import DaemonUnderTest
from bench.workloads import _fallback_mix
from logtriage.template_key import TemplateKey
from logtriage.v1 import classifier_service_pb2 as pb
from logtriage.v1 import classifier_service_pb2_grpc as pb_grpc


def rss_mb(daemon: DaemonUnderTest) -> float:
    return daemon.memory_mb().get("VmRSS", 0.0)


def big_requests(tmp: Path, bound: int, calls: int, mb: int) -> dict[str, object]:
    daemon = DaemonUnderTest(tmp / f"daemon-{bound}.log", ["--server-max-in-flight-bytes", str(bound)])
    try:
        daemon.wait_serving()
        options = [("grpc.max_send_message_length", 64 << 20)]
        with grpc.insecure_channel(daemon.address, options=options) as channel:
            stub = pb_grpc.ClassifierServiceStub(channel)
            stub.Classify(pb.ClassifyRequest(record=pb.LogRecord(source="a", message="warm up")), timeout=120)
            time.sleep(1)
            idle = rss_mb(daemon)
            outcomes: list[str] = []
            peak = [idle]
            stop = threading.Event()

            def sample() -> None:
                while not stop.is_set():
                    peak[0] = max(peak[0], rss_mb(daemon))
                    time.sleep(0.05)

            def call(i: int) -> None:
                message = f"request {i} failed: " + "x" * (mb << 20)
                request = pb.ClassifyRequest(record=pb.LogRecord(source="app", message=message))
                del message
                try:
                    stub.Classify(request, timeout=300)
                    outcomes.append("answered")
                except grpc.RpcError as exc:
                    outcomes.append(exc.code().name)

            sampler = threading.Thread(target=sample, daemon=True)
            sampler.start()
            started = time.monotonic()
            workers = [threading.Thread(target=call, args=(i,)) for i in range(calls)]
            for w in workers:
                w.start()
            for w in workers:
                w.join()
            took = time.monotonic() - started
            stop.set()
            sampler.join()
            time.sleep(5)
            after_5 = rss_mb(daemon)
            time.sleep(15)
            after_20 = rss_mb(daemon)
        counts = {k: outcomes.count(k) for k in sorted(set(outcomes))}
        return {
            "max_in_flight_bytes": bound,
            "idle_mb": round(idle),
            "peak_mb": round(max(peak[0], daemon.memory_mb().get("VmHWM", 0.0))),
            "after_5s_mb": round(after_5),
            "after_20s_mb": round(after_20),
            "calls": counts,
            "seconds": round(took, 1),
        }
    finally:
        daemon.stop()


def full_cache(tmp: Path, entries: int, key_chars: int = 0) -> dict[str, object]:
    empty_dir, full_dir = tmp / "empty", tmp / "full"
    empty_dir.mkdir()
    full_dir.mkdir()
    # a first daemon writes a snapshot, so that the header carries this model's and rules' namespace
    first = DaemonUnderTest(tmp / "first.log", ["--cache-state-dir", str(empty_dir)])
    try:
        first.wait_serving()
        with grpc.insecure_channel(first.address) as channel:
            stub = pb_grpc.ClassifierServiceStub(channel)
            stub.Classify(pb.ClassifyRequest(record=pb.LogRecord(source="a", message="disk full on /var")), timeout=120)
    finally:
        first.stop()
    snapshot = empty_dir / "template_answers.jsonl"
    header = snapshot.read_text().splitlines()[0]
    key = TemplateKey()
    samples = [key.key(r.message) for r in _fallback_mix(2000, 7)]
    if key_chars:  # longer templates, as real systems' lines are: the sample padded with words of its own
        samples = [(s + " " + " ".join(s.split()[::-1]) * 8)[:key_chars] for s in samples]
    lines = [header] + [
        json.dumps({"k": f"{samples[n % len(samples)]} #{n}", "l": "Error", "c": 0.9}) for n in range(entries)
    ]
    (full_dir / "template_answers.jsonl").write_text("\n".join(lines) + "\n")
    snapshot.unlink()
    out: dict[str, object] = {"entries": entries, "key_chars_mean": round(sum(map(len, samples)) / len(samples) + 8)}
    for name, folder in (("empty", empty_dir), ("full", full_dir)):
        daemon = DaemonUnderTest(tmp / f"{name}.log", ["--cache-state-dir", str(folder)])
        try:
            daemon.wait_serving()
            time.sleep(3)
            with grpc.insecure_channel(daemon.address) as channel:
                stub = pb_grpc.ClassifierServiceStub(channel)
                stub.Classify(pb.ClassifyRequest(record=pb.LogRecord(source="a", message="warm up")), timeout=120)
            time.sleep(1)
            out[f"{name}_rss_mb"] = round(rss_mb(daemon))
            out[f"{name}_cache_entries"] = daemon.counters().get("logtriage_cache_entries", 0)
        finally:
            daemon.stop()
    out["cache_adds_mb"] = round(out["full_rss_mb"] - out["empty_rss_mb"])  # type: ignore[operator]
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--phase", choices=("requests", "cache", "both"), default="both")
    parser.add_argument("--calls", type=int, default=30)
    parser.add_argument("--mb", type=int, default=30)
    parser.add_argument("--entries", type=int, default=200_000)
    parser.add_argument("--key-chars", type=int, default=0, help="pad template keys to this length (0: as made)")
    args = parser.parse_args()
    report: dict[str, object] = {}
    with tempfile.TemporaryDirectory(prefix="logtriage-memory-") as name:
        tmp = Path(name)
        if args.phase in ("requests", "both"):
            report["bounded"] = big_requests(tmp, 128 << 20, args.calls, args.mb)
            print(json.dumps(report["bounded"]), flush=True)
            report["unbounded_baseline"] = big_requests(tmp, 64 << 30, args.calls, args.mb)
            print(json.dumps(report["unbounded_baseline"]), flush=True)
        if args.phase in ("cache", "both"):
            report["full_cache"] = full_cache(tmp, args.entries, args.key_chars)
            print(json.dumps(report["full_cache"]), flush=True)
    json.dump(report, sys.stdout, indent=2)
    print()


if __name__ == "__main__":
    main()
