"""`logtriage`: classify CSV files, train and evaluate models, benchmark, mine rules."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from pathlib import Path

from .. import __version__, config
from ..balancing import TargetError
from ..client import GaveUp
from .classify import CsvError, CsvReport, classify_csv
from .inprocess import open_batches_classifier

Command = Callable[[argparse.Namespace], int]


def _classify(args: argparse.Namespace) -> int:
    if args.window < 1:
        print(f"logtriage classify: --window {args.window}: must be at least 1", file=sys.stderr)
        return 2
    src_path, out_path = Path(args.input), Path(args.output) if args.output else None
    if args.input == "-":
        src, total = sys.stdin, None
    else:
        src, total = src_path.open(encoding="utf-8", errors="surrogateescape", newline=""), src_path.stat().st_size
    dst = out_path.open("w", encoding="utf-8", errors="surrogateescape", newline="") if out_path else sys.stdout
    closer: Callable[[], None] = lambda: None  # noqa: E731
    report = CsvReport()
    try:
        setup = open_batches_classifier(args)
        closer = setup.close
        classify_csv(
            src,
            dst,
            batch_size=args.batch_size,
            progress_total=total,
            classify_batches=setup.classify_batches,
            report=report,
            make_record=setup.make_record,
        )
    except CsvError as exc:
        print(f"logtriage classify: {args.input}: {exc}", file=sys.stderr)
        return 2
    except TargetError as exc:
        print(f"logtriage classify: {exc}", file=sys.stderr)
        return 2
    except GaveUp as exc:
        where = f"the last row written is input line {report.last_line}" if report.rows else "no row written"
        print(
            f"logtriage classify: {args.server}: gave up, {exc}; {report.rows} rows written, {where}", file=sys.stderr
        )
        return 3
    finally:
        closer()
        if src is not sys.stdin:
            src.close()
        if dst is not sys.stdout:
            dst.close()
    print(f"logtriage classify: {report.rows} rows labelled, {report.bad_rows} bad rows skipped", file=sys.stderr)
    return 0 if report.rows or not report.bad_rows else 1


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="logtriage", description=__doc__)
    parser.add_argument("--version", action="version", version=f"logtriage {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("classify", help="label a CSV with columns source,log_message")
    p.add_argument("input", help="CSV file, or - for standard input")
    p.add_argument("-o", "--output", help="output CSV (default standard output)")
    p.add_argument(
        "--server",
        help="daemon address: HOST:PORT, a list A:PORT,B:PORT (round_robin over them), dns:///NAME:PORT or "
        "unix:/path; default: classify in-process",
    )
    p.add_argument("--batch-size", type=int, default=512, help="records per call (default 512)")
    p.add_argument("--window", type=int, default=4, help="calls to --server in flight at once (default 4)")
    p.add_argument("--timeout", type=float, default=120.0, help="deadline of each call to --server, seconds")
    p.add_argument(
        "--retry-for",
        type=float,
        default=60.0,
        help="seconds a batch is retried (jittered backoff) while the daemons say UNAVAILABLE or "
        "RESOURCE_EXHAUSTED, before giving up (default 60)",
    )
    config.add_flags(p)
    p.set_defaults(func=_classify)

    for register in _extra_commands():
        register(sub)
    return parser


def _extra_commands() -> list[Callable[[argparse._SubParsersAction[argparse.ArgumentParser]], None]]:
    from ..model.encoders import minilm_onnx
    from . import bench, examples_export, rules_suggest, train

    return [
        train.register,
        train.register_eval,
        rules_suggest.register,
        bench.register,
        minilm_onnx.register,
        examples_export.register,
    ]


def main(argv: list[str] | None = None) -> None:
    parser = build_parser()
    args, rest = parser.parse_known_args(argv)
    if rest and not getattr(args, "passes_on", False):
        parser.error(f"unrecognized arguments: {' '.join(rest)}")
    args.passed_on = rest
    try:
        sys.exit(args.func(args))
    except config.ConfigError as exc:
        print(f"logtriage: {exc}", file=sys.stderr)
        sys.exit(2)
    except BrokenPipeError:
        # the reader went away (`logtriage rules suggest ... | head`): stop quietly, as Unix tools do
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # no second error when Python flushes
        sys.exit(141)  # 128 + SIGPIPE, what a shell reports for a tool killed by the signal


if __name__ == "__main__":
    main()
