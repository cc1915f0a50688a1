"""bench/otlp_bridge_bench.py end to end on a tiny workload: both sides run, every record arrives through the
bridge, and the figures are printed (their values are not asserted: never timed tests)."""

from __future__ import annotations

import re
import subprocess
import sys

from ..conftest import ROOT


def test_bench_prints_baseline_bridge_and_ratio():
    done = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "otlp_bridge_bench.py"), "--records", "1024", "--repeat", "1"],
        capture_output=True,
        text=True,
        timeout=180,
        cwd=ROOT,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    rates = dict(
        re.findall(r"^(direct to the receiver|through logtriage-bridge otlp).*?(\d+) records/s", done.stdout, re.M)
    )
    assert set(rates) == {"direct to the receiver", "through logtriage-bridge otlp"} and all(
        int(v) > 0 for v in rates.values()
    )
    assert re.search(r"bridge / baseline \(medians\): +\d+\.\d{3}", done.stdout)
