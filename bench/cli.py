"""`logtriage bench`: throughput and latency of a real daemon on loopback, against in-process baselines.

Phases, in this order: cold unique templates (every record a template never seen), the check set's
lines (templates never trained on; in a source checkout), regex-only records, a realistic mix on a
cold cache (its first pass), then its warm replay; ClassifyBatch and ClassifyStream each. After each
cold phase, the daemon's metrics say how many new templates needed an embedding. Each in-process
baseline (plain batched sentence-transformers, the original one-at-a-time way) runs just before and
just after the phases it is compared with, the daemon idle meanwhile. Ratios are between figures of
the same run: the machine is shared and noisy, absolute figures are not comparable between runs.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import sys
import tempfile
from pathlib import Path
from typing import Any

from logtriage import config

from .measure import (
    DaemonUnderTest,
    Result,
    batch_payloads,
    drive_batch,
    drive_stream,
    merged,
    result_lines,
    stream_payloads,
)

GOALS = {"warm_records_per_s": 50_000, "warm_vs_one_at_a_time": 500, "cold_vs_plain_batched": 2, "peak_rss_mb": 1536}


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("bench", help="measure records/s and latency of a daemon on loopback against baselines")
    p.add_argument("--records", type=int, default=10_000, help="records in the realistic mix (default 10000)")
    p.add_argument("--repeat", type=int, default=3, help="warm replays of the mix per method (default 3)")
    p.add_argument("--cold", type=int, default=1_000, help="never-seen templates, half per method (default 1000)")
    p.add_argument(
        "--check-set", type=int, default=None, help="check set lines to run cold (default: all that no rule answers)"
    )
    p.add_argument("--batch-size", type=int, default=1_000, help="records per call, warm and regex (default 1000)")
    p.add_argument("--cold-batch-size", type=int, default=100, help="records per call, cold (default 100)")
    p.add_argument("--concurrency", type=int, default=4, help="calls or streams in flight at once (default 4)")
    p.add_argument("--one-at-a-time", type=int, default=200, help="records for the one-at-a-time baseline")
    p.add_argument(
        "--store",
        default="",
        help="also measure the shared answer store: a redis:// URL, or auto (a throwaway redis-server)",
    )
    p.add_argument(
        "--store-only", action="store_true", help="with --store: only the store's phases (no baselines, no cold phases)"
    )
    p.add_argument("--json", action="store_true", help="print one JSON document instead of a table")
    config.add_flags(p)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    from logtriage.service.assembly import load_linear_model, load_ruleset
    from logtriage.service.logging_setup import configure_logging
    from logtriage.template_key import TemplateKey

    from .baselines import full_cache_mb, key_cost_us, load_sentence_transformer, one_at_a_time, plain_batched
    from .workloads import build, key_label_purity

    cfg = config.load(args)
    configure_logging("warning", "console")
    say = (lambda *_: None) if args.json else (lambda text: print(text, file=sys.stderr, flush=True))
    ruleset, regex_tier = load_ruleset(cfg)
    key = TemplateKey(cfg["template.max_chars"])
    work = build(args.records, args.cold, regex_tier, key, n_novel=args.check_set)
    say(f"workloads from {work.origin}: {len(work.mix)} mix, {len(work.regex)} regex, {len(work.cold)} cold")
    report: dict[str, Any] = {"machine": {"cpus": os.cpu_count()}, "workload_origin": work.origin}
    mix_messages = [r.message for r in work.mix]
    report["template_key"] = key_cost_us(mix_messages, key, args.batch_size)
    report["template_key"]["templates_in_mix"] = len(set(key.keys(mix_messages)))
    if work.labelled:
        mixed, total = key_label_purity(work.labelled, key)
        report["template_key"].update(keys_with_several_labels=mixed, keys_checked=total)

    if args.store and args.store_only:
        from .store_phases import run_store_only

        return run_store_only(args, work, say, report, _daemon_flags(args))

    say("loading sentence-transformers for the baselines ...")
    model = load_linear_model(cfg)
    st = load_sentence_transformer(cfg["model.threads"])
    sample = work.mix[: args.one_at_a_time]
    mix_sample = random.Random(3).sample(work.mix, min(len(work.mix), len(work.cold)))
    baselines = {
        "plain": lambda: plain_batched(work.cold, st, model, "plain batched encode, the unique templates"),
        "plain novel": lambda: plain_batched(work.novel, st, model, "plain batched encode, the check set's lines"),
        "plain mix": lambda: plain_batched(mix_sample, st, model, "plain batched encode, a sample of the mix"),
        "one": lambda: one_at_a_time(sample, ruleset.rules, st, model),
    }
    results: list[Result] = []
    with tempfile.TemporaryDirectory(prefix="logtriage-bench-") as tmp:
        daemon = DaemonUnderTest(Path(tmp) / "daemon.log", _daemon_flags(args))
        try:
            say("starting the daemon (loads the model) ...")
            report["daemon_start_s"] = round(daemon.wait_serving(), 1)
            results += asyncio.run(_daemon_phases(daemon, work, args, say, baselines, report))
            report["daemon_memory_mb"] = daemon.memory_mb()
            if args.store:
                from .store_phases import store_phases

                more, report["store"] = asyncio.run(
                    store_phases(daemon, work, args, say, Path(tmp), _daemon_flags(args))
                )
                results += more
        finally:
            daemon.stop()

    cache = full_cache_mb(mix_messages, key, cfg["cache.max_entries"], cfg["cache.max_bytes"])
    report["full_cache"] = cache
    report["results"] = [r.as_dict() for r in results]
    report["ratios"] = _ratios(results)
    peak = report["daemon_memory_mb"].get("VmHWM", 0.0)
    report["projected_peak_rss_mb"] = round(peak + cache["measured_mb"], 1)
    report["goals"] = GOALS
    if args.json:
        print(json.dumps(report, indent=2))
    else:
        print(_table(report, results))
    return 0


async def _daemon_phases(
    daemon: DaemonUnderTest,
    work: Any,
    args: argparse.Namespace,
    say: Any,
    baselines: dict[str, Any],
    report: dict[str, Any],
) -> list[Result]:
    """Each baseline runs just before and just after the daemon phases it is compared with (the daemon
    idle meanwhile), and counts both runs: load from other work on the machine hits both sides alike."""
    address = daemon.address
    out: list[Result] = []
    embedded = report["embedded"] = {}
    seen = _model_counters(daemon)
    half = len(work.cold) // 2
    cold_a, cold_b = work.cold[:half], work.cold[half:]
    say("plain batched encode, before ...")
    plain = [baselines["plain"]()]
    say(f"cold: {len(work.cold)} never-seen templates ...")
    out.append(
        await drive_batch(
            address,
            batch_payloads(cold_a, args.cold_batch_size),
            len(cold_a),
            args.concurrency,
            "cold unique templates, ClassifyBatch",
        )
    )
    out.append(
        await drive_stream(
            address,
            stream_payloads(cold_b, args.cold_batch_size),
            len(cold_b),
            args.concurrency,
            "cold unique templates, ClassifyStream",
        )
    )
    embedded["cold unique templates"] = _model_counters(daemon, seen)
    say("plain batched encode, after ...")
    plain.append(baselines["plain"]())
    plain_novel = []
    if work.novel:
        say("plain batched encode of the check set's lines, before ...")
        plain_novel.append(baselines["plain novel"]())
        say(f"cold: {len(work.novel)} hand-written lines of the check set, never trained on ...")
        seen = _model_counters(daemon)
        out.append(
            await drive_batch(
                address,
                batch_payloads(work.novel, args.cold_batch_size),
                len(work.novel),
                args.concurrency,
                "cold, the check set's lines, ClassifyBatch",
            )
        )
        embedded["the check set's lines"] = _model_counters(daemon, seen)
        say("plain batched encode of the check set's lines, after ...")
        plain_novel.append(baselines["plain novel"]())
    say("regex-only ...")
    n = len(work.regex)
    out.append(
        await drive_batch(
            address, batch_payloads(work.regex, args.batch_size), n, args.concurrency, "regex only, ClassifyBatch"
        )
    )
    out.append(
        await drive_stream(
            address, stream_payloads(work.regex, args.batch_size), n, args.concurrency, "regex only, ClassifyStream"
        )
    )
    say("plain batched encode of a sample of the mix, before ...")
    plain_mix = [baselines["plain mix"]()]
    say("cold cache, realistic mix: the first pass fills the cache ...")
    batches = batch_payloads(work.mix, args.batch_size)
    out.append(
        await drive_batch(
            address, batches, len(work.mix), args.concurrency, "cold cache, realistic mix (first pass), ClassifyBatch"
        )
    )
    say("plain batched encode of a sample of the mix, after ...")
    plain_mix.append(baselines["plain mix"]())
    say("one at a time, before ...")
    one = [baselines["one"]()]
    say("warm replay ...")
    out.append(
        await drive_batch(
            address,
            batches * args.repeat,
            len(work.mix) * args.repeat,
            args.concurrency,
            "warm replay of the mix, ClassifyBatch",
        )
    )
    out.append(
        await drive_stream(
            address,
            stream_payloads(work.mix, args.batch_size) * args.repeat,
            len(work.mix) * args.repeat,
            args.concurrency,
            "warm replay of the mix, ClassifyStream",
        )
    )
    say("one at a time, after ...")
    one.append(baselines["one"]())
    return [*out, merged(one), merged(plain), merged(plain_mix), *([merged(plain_novel)] if plain_novel else [])]


def _model_counters(daemon: DaemonUnderTest, since: dict[str, float] | None = None) -> dict[str, float]:
    """New templates the model scored and of those embedded (the rest: words first), since `since`."""
    got = daemon.counters()
    now = {name: got.get(f"logtriage_model_{name}_total", 0.0) for name in ("templates", "embedded")}
    return {name: value - (since or {}).get(name, 0.0) for name, value in now.items()}


def _daemon_flags(args: argparse.Namespace) -> list[str]:
    """The config flags given to the bench, passed on to the daemon."""
    flags = [f"--config={args.config}"] if args.config else []
    for s in config.SETTINGS:
        value = getattr(args, "cfg_" + s.key.replace(".", "__"), None)
        if value is not None and s.key not in ("server.listen", "metrics.listen"):  # the bench picks free ports
            flags.append(f"{s.flag}={value}")
    return flags


def _ratios(results: list[Result]) -> dict[str, float]:
    by = {r.name: r.rate for r in results}
    one = by.get("one at a time (in-process)", 0.0)
    plain = by.get("plain batched encode, the unique templates", 0.0)
    plain_mix = by.get("plain batched encode, a sample of the mix", 0.0)
    plain_novel = by.get("plain batched encode, the check set's lines", 0.0)
    out: dict[str, float] = {}
    for name, rate in by.items():
        if name.startswith("warm") and one:
            out[f"{name} / one at a time"] = round(rate / one, 1)
        if name.startswith("cold unique") and plain:
            out[f"{name} / plain batched encode"] = round(rate / plain, 2)
        if name.startswith("cold cache") and plain_mix:
            out[f"{name} / plain batched encode"] = round(rate / plain_mix, 2)
        if name.startswith("cold, the check set") and plain_novel:
            out[f"{name} / plain batched encode"] = round(rate / plain_novel, 2)
    return out


def _table(report: dict[str, Any], results: list[Result]) -> str:
    lines = [*result_lines(results), ""]
    for name, ratio in report["ratios"].items():
        lines.append(f"{name:72} {ratio:>8,.1f}x")
    tk = report["template_key"]
    lines.append("")
    for phase, counts in report["embedded"].items():
        lines.append(
            f"{phase}: the model scored {counts['templates']:.0f} new templates, embedded {counts['embedded']:.0f} "
            f"(the rest answered by word features alone)"
        )
    lines.append(
        f"template key: {tk['batched_us']:.2f} µs/record batched ({tk['per_call_us']:.2f} one call each); "
        f"{tk['templates_in_mix']} templates in the mix"
    )
    if "keys_checked" in tk:
        lines.append(f"keys holding more than one label: {tk['keys_with_several_labels']} of {tk['keys_checked']}")
    mem, cache = report["daemon_memory_mb"], report["full_cache"]
    lines.append(
        f"daemon memory: peak {mem.get('VmHWM', 0):.0f} MB, now {mem.get('VmRSS', 0):.0f} MB (model loaded, after all "
        f"phases); a full cache ({cache['entries']:,} entries) holds {cache['measured_mb']:.0f} MB "
        f"(accounted {cache['accounted_mb']:.0f} MB): projected peak {report['projected_peak_rss_mb']:.0f} MB"
    )
    if "store" in report:
        from .store_phases import store_lines

        lines += store_lines(report["store"])
    lines.append(f"workloads: {report['workload_origin']}; {report['machine']['cpus']} CPUs")
    return "\n".join(lines)
