"""Rows/s of `logtriage classify --server` with one batch in flight (the old way) against a window of N, one run.

    python bench/csv_window_bench.py [--rows 190000] [--window 4] [--batch-size 512] [--repeat 2]
                                     [--server ADDR] [--one-at-a-time 200]

Starts a daemon on loopback (unless --server names one), writes a CSV of `--rows` log lines of a few dozen
families (numbers, names and paths vary; written for this script), labels it once to warm the daemon's cache,
then labels it `--repeat` times with window 1 and with window N, alternated, in this process (the CSV command's
own code: classify_csv over logtriage.client). Printed per run: rows/s, wall seconds, this client's CPU seconds
and the daemon's; then the ratio window N / window 1 and, with --one-at-a-time, the ratio to the original
one-record-at-a-time way (rules, then sentence-transformers and the model, per record, in-process). Figures,
not assertions: the machine is shared, so compare ratios of one run.
"""

from __future__ import annotations

import argparse
import csv
import os
import random
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "daemon"), str(ROOT)]

from logtriage.client import Client, wire_record  # noqa: E402
from logtriage.commands.classify import classify_csv  # noqa: E402

FAMILIES = [
    ("nginx", "GET /api/{w}/items/{n} HTTP/1.1 {code} {n2} bytes in {ms}ms"),
    ("nginx", '10.{a}.{b}.{c} - - "POST /v2/{w}/orders HTTP/1.1" {code} {n2}'),
    ("sshd", "Failed password for {w} from 10.{a}.{b}.{c} port {port} ssh2"),
    ("sshd", "Accepted publickey for {w} from 192.168.{b}.{c} port {port} ssh2"),
    ("sudo", "{w} : TTY=pts/{b} ; PWD=/home/{w} ; USER=root ; COMMAND=/usr/bin/systemctl restart {w}"),
    ("kernel", "Out of memory: Killed process {port} ({w}) total-vm:{n}kB, anon-rss:{n2}kB"),
    ("kernel", "EXT4-fs error (device sda{b}): ext4_find_entry:{n}: inode #{n2}: comm {w}: reading directory"),
    ("systemd", "Started {w}.service - {w} daemon."),
    ("systemd", "{w}.service: Main process exited, code=exited, status={b}/FAILURE"),
    ("cron", "({w}) CMD (/usr/local/bin/{w}-backup --since {n})"),
    ("billing", "Invoice run for order {n} stopped: tax module invalid"),
    ("billing", "Payment {n} for customer {w} settled in {ms} ms"),
    ("crm", "User User{n} logged in."),
    ("crm", "Case escalation for ticket ID {n} failed because the assigned agent is inactive."),
    ("worker", "job {n} failed: timeout after {ms}s"),
    ("worker", "job {n} finished in {ms} ms, {n2} items"),
    ("postgres", 'duplicate key value violates unique constraint "{w}_pkey" (id)=({n})'),
    ("postgres", "checkpoint complete: wrote {n} buffers ({b}.{c}%); {n2} WAL file(s) added"),
    ("redis", "Background saving started by pid {port}"),
    ("redis", "DB saved on disk, {n} keys in {ms} ms"),
    ("app", "WARN disk usage at {b}% on /var/lib/{w}"),
    ("app", "ERROR connection to {w}.internal:{port} refused after {b} retries"),
    ("k8s", "Back-off restarting failed container {w} in pod {w}-{n}_default({n2})"),
    ("k8s", 'Successfully pulled image "registry.local/{w}:{b}.{c}" in {ms}ms'),
]
WORDS = ["alice", "bob", "carol", "deploy", "web", "api", "cache", "queue", "search", "batch", "auth", "store"]


def rows(n: int) -> list[tuple[str, str]]:
    rnd = random.Random(7)
    out = []
    for i in range(n):
        source, shape = FAMILIES[i % len(FAMILIES)]
        out.append(
            (
                source,
                shape.format(
                    w=rnd.choice(WORDS),
                    n=rnd.randrange(1, 10**6),
                    n2=rnd.randrange(1, 10**5),
                    ms=rnd.randrange(1, 5000),
                    code=rnd.choice([200, 201, 301, 404, 500, 503]),
                    a=rnd.randrange(256),
                    b=rnd.randrange(100),
                    c=rnd.randrange(256),
                    port=rnd.randrange(1024, 65535),
                ),
            )
        )
    return out


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def cpu_s(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def label_once(src: Path, dst: Path, client: Client, window: int, batch_size: int, daemon_pid: int | None) -> dict:
    d0 = cpu_s(daemon_pid) if daemon_pid else 0.0
    c0 = time.process_time()
    t0 = time.perf_counter()
    with src.open(newline="", encoding="utf-8") as f, dst.open("w", newline="", encoding="utf-8") as out:
        report = classify_csv(
            f,
            out,
            batch_size=batch_size,
            classify_batches=lambda bs: client.classify_batches(bs, window=window, raw=True),
            make_record=wire_record,
        )
    wall = time.perf_counter() - t0
    return {
        "window": window,
        "rows": report.rows,
        "wall_s": wall,
        "rows_per_s": report.rows / wall,
        "client_cpu_s": time.process_time() - c0,
        "daemon_cpu_s": (cpu_s(daemon_pid) - d0) if daemon_pid else float("nan"),
    }


def one_at_a_time_rate(n: int) -> tuple[float, str]:
    """Records/s of the original way, with the bundled rules and model (logtriage bench's baseline), and how.
    Run with torch on model.threads threads and on one: on a loaded machine two threads can be 20x slower per
    single-record encode, and the baseline should be the original way at its best."""
    import torch

    from bench.baselines import load_sentence_transformer, one_at_a_time
    from logtriage import config
    from logtriage.records import Record
    from logtriage.service.assembly import load_linear_model, load_ruleset

    cfg = config.load(environ={})
    ruleset, _ = load_ruleset(cfg)
    model = load_linear_model(cfg)
    st = load_sentence_transformer(cfg["model.threads"])
    sample = [Record(s, m) for s, m in rows(n)]
    rates = {}
    for threads in dict.fromkeys((cfg["model.threads"] or torch.get_num_threads(), 1)):
        torch.set_num_threads(threads)
        rates[threads] = one_at_a_time(sample, ruleset.rules, st, model).rate
    best = max(rates, key=lambda t: rates[t])
    return rates[best], ", ".join(f"{rate:,.1f} rec/s on {t} torch thread(s)" for t, rate in rates.items())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=190_000)
    parser.add_argument("--window", type=int, default=4)
    parser.add_argument("--batch-size", type=int, default=512)
    parser.add_argument("--repeat", type=int, default=2, help="runs per window, alternated")
    parser.add_argument("--server", help="a daemon already running (default: start one on loopback)")
    parser.add_argument("--one-at-a-time", type=int, default=200, help="records for that baseline (0: skip)")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="csv-window-bench-") as tmp:
        src, dst = Path(tmp) / "in.csv", Path(tmp) / "out.csv"
        with src.open("w", newline="", encoding="utf-8") as f:
            w = csv.writer(f)
            w.writerow(["source", "log_message"])
            w.writerows(rows(args.rows))
        daemon = None
        address = args.server
        if not address:
            address = f"127.0.0.1:{free_port()}"
            env = {**os.environ, "GEMINI_API_KEY": "", "GOOGLE_API_KEY": ""}
            log = (Path(tmp) / "daemon.log").open("wb")
            command = [sys.executable, "-m", "logtriage.service.daemon", "--listen", address, "--log-level", "warning"]
            daemon = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT, env=env)
        try:
            with Client(address, timeout=120, wait_ready=300) as client:
                pid = daemon.pid if daemon else None
                print(f"warming the daemon with {args.rows} rows ...", file=sys.stderr)
                label_once(src, dst, client, args.window, args.batch_size, pid)
                runs = []
                for _ in range(args.repeat):
                    for window in (1, args.window):
                        runs.append(r := label_once(src, dst, client, window, args.batch_size, pid))
                        print(
                            f"window {r['window']:>2}: {r['rows_per_s']:>9,.0f} rows/s  {r['wall_s']:6.2f} s wall  "
                            f"client {r['client_cpu_s']:5.2f} s CPU  daemon {r['daemon_cpu_s']:5.2f} s CPU"
                        )
        finally:
            if daemon is not None:
                daemon.send_signal(signal.SIGTERM)
                daemon.wait(60)
    best = {w: max(r["rows_per_s"] for r in runs if r["window"] == w) for w in (1, args.window)}
    print(
        f"best: window 1 {best[1]:,.0f} rows/s, window {args.window} {best[args.window]:,.0f} rows/s, "
        f"ratio {best[args.window] / best[1]:.2f}x"
    )
    if args.one_at_a_time:
        rate, how = one_at_a_time_rate(args.one_at_a_time)
        print(
            f"one at a time (in-process, the original way): {how}; at its best {rate:,.1f} rec/s, "
            f"so window {args.window} is "
            f"{best[args.window] / rate:,.0f}x, window 1 {best[1] / rate:,.0f}x"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
