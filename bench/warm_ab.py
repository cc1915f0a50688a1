"""Warm replay of two checkouts' daemons in one run, alternated: is a change as fast as the code before it?

    python -m bench.warm_ab --old /tmp/base-checkout [--new .] [--records 4000 --repeat 5 --rounds 3]

Both daemons (each `python -m logtriage.service.daemon` with PYTHONPATH on its checkout's daemon/, LLM
off) label the mix of `logtriage bench --records N` once, their answers compared record by record;
then rounds of `logtriage bench`'s warm-replay phase (ClassifyBatch and ClassifyStream, batches of
1000, 4 callers, the mix `--repeat` times) run old, new, old, new, ... Printed: every figure and the
ratios new/old of the medians. Run from the checkout whose bench/ and training/ make the workload.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

import grpc

from logtriage import config
from logtriage.records import Record
from logtriage.service.assembly import load_ruleset
from logtriage.template_key import TemplateKey
from logtriage.v1 import classifier_service_pb2 as pb
from logtriage.v1 import classifier_service_pb2_grpc as pb_grpc

from .measure import DaemonUnderTest, batch_payloads, drive_batch, drive_stream, stream_payloads
from .workloads import build

Answer = tuple[str, int, float, str, str]


def answers(address: str, records: Sequence[Record]) -> list[Answer]:
    out: list[Answer] = []
    with grpc.insecure_channel(address, options=[("grpc.max_receive_message_length", 64 << 20)]) as channel:
        stub = pb_grpc.ClassifierServiceStub(channel)
        for start in range(0, len(records), 1000):
            part = [pb.LogRecord(source=r.source, message=r.message) for r in records[start : start + 1000]]
            reply = stub.ClassifyBatch(pb.ClassifyBatchRequest(records=part), timeout=900)
            out += [(c.label, c.tier, round(c.confidence, 6), c.rule_id, c.template_id) for c in reply.classifications]
    return out


def _median(values: list[float]) -> float:
    return sorted(values)[len(values) // 2]


async def run(args: argparse.Namespace) -> int:
    cfg = config.load(environ={})
    _, regex_tier = load_ruleset(cfg)
    work = build(args.records, 10, regex_tier, TemplateKey(cfg["template.max_chars"]), n_novel=0)
    batches, streams = batch_payloads(work.mix, 1000), stream_payloads(work.mix, 1000)
    n = len(work.mix) * args.repeat
    checkouts = {"old": Path(args.old).resolve(), "new": Path(args.new).resolve()}
    rates: dict[tuple[str, str], list[float]] = {(name, kind): [] for name in checkouts for kind in ("batch", "stream")}
    with tempfile.TemporaryDirectory(prefix="logtriage-warm-ab-") as tmp:
        daemons: dict[str, DaemonUnderTest] = {}
        saved = os.environ.get("PYTHONPATH")
        try:
            for name, root in checkouts.items():
                os.environ["PYTHONPATH"] = str(root / "daemon")
                daemons[name] = DaemonUnderTest(Path(tmp) / f"{name}.log")
        finally:
            if saved is None:
                os.environ.pop("PYTHONPATH", None)
            else:
                os.environ["PYTHONPATH"] = saved
        try:
            for daemon in daemons.values():
                daemon.wait_serving()
            print(f"mix: {len(work.mix)} records ({work.origin}); each daemon labels it once ...", flush=True)
            got = {name: await asyncio.to_thread(answers, d.address, work.mix) for name, d in daemons.items()}
            same = sum(a == b for a, b in zip(got["old"], got["new"], strict=True))
            print(f"answers: {same} of {len(work.mix)} the same (label, tier, confidence, rule, template)", flush=True)
            for round_ in range(args.rounds):
                for name, daemon in daemons.items():
                    b = await drive_batch(daemon.address, batches * args.repeat, n, 4, "warm replay, ClassifyBatch")
                    s = await drive_stream(daemon.address, streams * args.repeat, n, 4, "warm replay, ClassifyStream")
                    rates[(name, "batch")].append(b.rate)
                    rates[(name, "stream")].append(s.rate)
                    print(
                        f"round {round_ + 1} {name}: ClassifyBatch {b.rate:,.0f}/s, ClassifyStream {s.rate:,.0f}/s",
                        flush=True,
                    )
        finally:
            for daemon in daemons.values():
                daemon.stop()
    for kind in ("batch", "stream"):
        old, new = rates[("old", kind)], rates[("new", kind)]
        print(
            f"warm replay, Classify{kind.title()}: old {[round(x) for x in old]}, new {[round(x) for x in new]}; "
            f"new/old of the medians {_median(new) / _median(old):.3f}"
        )
    return 0 if same == len(work.mix) else 1


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--old", required=True, help="checkout of the code before the change")
    p.add_argument("--new", default=".", help="checkout of the code with it (default: this one)")
    p.add_argument("--records", type=int, default=4000, help="records in the mix (default 4000)")
    p.add_argument("--repeat", type=int, default=5, help="replays of the mix per measurement (default 5)")
    p.add_argument("--rounds", type=int, default=3, help="measurements of each daemon, alternated (default 3)")
    return asyncio.run(run(p.parse_args(argv)))


if __name__ == "__main__":
    sys.exit(main())
