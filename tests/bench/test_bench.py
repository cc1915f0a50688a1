"""`logtriage bench` end to end on tiny workloads: every phase runs against a real daemon and is
reported with its records, rate and ratios. The figures themselves are not asserted (never timed tests)."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest


@pytest.mark.timeout(900)  # a real daemon and baselines: minutes on a loaded machine (the bench's own limit is 600 s)
def test_bench_reports_every_phase_its_baselines_and_what_was_embedded() -> None:
    command = [sys.executable, "-m", "logtriage.commands.main", "bench", "--json", "--records", "300", "--repeat", "1"]
    command += ["--cold", "20", "--cold-batch-size", "10", "--batch-size", "100", "--one-at-a-time", "5"]
    command += ["--check-set", "12", "--concurrency", "2"]
    done = subprocess.run(command, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-3000:]
    report = json.loads(done.stdout)

    records = {r["name"]: r["records"] for r in report["results"]}
    assert records == {
        "cold unique templates, ClassifyBatch": 10,
        "cold unique templates, ClassifyStream": 10,
        "cold, the check set's lines, ClassifyBatch": 12,
        "regex only, ClassifyBatch": 300,
        "regex only, ClassifyStream": 300,
        "cold cache, realistic mix (first pass), ClassifyBatch": 300,
        "warm replay of the mix, ClassifyBatch": 300,
        "warm replay of the mix, ClassifyStream": 300,
        "one at a time (in-process)": 10,  # run before and after the warm phases
        "plain batched encode, the unique templates": 40,
        "plain batched encode, a sample of the mix": 40,
        "plain batched encode, the check set's lines": 24,
    }
    assert all(r["records_per_s"] > 0 for r in report["results"])
    assert set(report["ratios"]) == {
        "cold unique templates, ClassifyBatch / plain batched encode",
        "cold unique templates, ClassifyStream / plain batched encode",
        "cold, the check set's lines, ClassifyBatch / plain batched encode",
        "cold cache, realistic mix (first pass), ClassifyBatch / plain batched encode",
        "warm replay of the mix, ClassifyBatch / one at a time",
        "warm replay of the mix, ClassifyStream / one at a time",
    }
    # every cold record is a template of its own: the model scores each once, and embeds at most that many
    cold, novel = report["embedded"]["cold unique templates"], report["embedded"]["the check set's lines"]
    assert cold["templates"] == 20 and 0 <= cold["embedded"] <= 20
    assert novel["templates"] == 12 and 0 <= novel["embedded"] <= 12
    # Real systems write a few statements whose label turns on a number (slapd's err=49 against err=0,
    # a job's exit status): those keys hold two labels. They must stay rare.
    tk = report["template_key"]
    assert tk["keys_with_several_labels"] <= 0.005 * tk["keys_checked"], tk
    assert report["daemon_memory_mb"]["VmHWM"] > 100  # the model is loaded
    assert report["projected_peak_rss_mb"] >= report["daemon_memory_mb"]["VmHWM"]


@pytest.mark.timeout(900)
def test_bench_store_phases_against_a_real_redis_server() -> None:
    """`--store auto --store-only`: a daemon without the store, two sharing a throwaway redis-server."""
    command = [sys.executable, "-m", "logtriage.commands.main", "bench", "--json", "--store", "auto", "--store-only"]
    command += ["--records", "300", "--repeat", "1", "--batch-size", "100", "--concurrency", "2"]
    done = subprocess.run(command, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-3000:]
    report = json.loads(done.stdout)
    records = {r["name"]: r["records"] for r in report["results"]}
    assert records == {
        "store: first daemon, cold cache, the mix (first pass), ClassifyBatch": 300,
        "store: second daemon, empty cache, the mix the first saw, ClassifyBatch": 300,
        "warm replay of the mix, no store, ClassifyBatch": 900,  # alternating with the next, three times each
        "warm replay of the mix, store configured, ClassifyBatch": 900,
    }
    store = report["store"]
    # the second daemon scores only what the store did not have (none, unless the rules' time budget cut
    # records on one daemon and not on the other, as on a loaded machine)
    second = store["second_daemon"]
    assert second["cache_store_hits"] > 0 and second["model_templates"] <= second["cache_store_misses"]
    assert store["memory"]["keys_sampled"] > 0 and store["memory"]["mb_per_100k_templates"] > 0
    assert store["warm_with_store_vs_without"] > 0 and store["second_daemon_vs_cold_first"] > 0
