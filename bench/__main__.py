"""`python -m bench [flags]` from the checkout's top folder: what `logtriage bench` runs."""

from __future__ import annotations

import argparse
import sys

from logtriage import config

from .cli import register


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="logtriage")
    register(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(["bench", *(sys.argv[1:] if argv is None else argv)])
    try:
        sys.exit(args.func(args))
    except config.ConfigError as exc:
        print(f"logtriage bench: {exc}", file=sys.stderr)
        sys.exit(2)


if __name__ == "__main__":
    main()
