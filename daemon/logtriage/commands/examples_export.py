"""`logtriage examples export`: the learned examples of every daemon of a fleet, as one training CSV.

With `cache.redis_url` set, each daemon adds the LLM's answers to the stream `{prefix}examples`
besides its own `llm_examples.csv`. This reads the stream (XRANGE, in pages) and writes the columns
`source,log_message,target_label` that `logtriage train` takes; `--delete` removes what was written,
so the next export starts where this one ended.
"""

from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path
from typing import IO, cast

from ..llm.learned_examples import HEADER
from ..store.llm_fleet import EXAMPLES_STREAM
from ..store.shared_store import redis_password

PAGE = 1000


def export(url: str, prefix: str, out: IO[str], delete: bool = False, timeout_s: float = 10.0) -> int:
    """Writes the stream's rows to `out`; returns how many."""
    import redis

    password = redis_password(url)
    client = redis.Redis.from_url(
        url, decode_responses=True, socket_timeout=timeout_s, **({"password": password} if password else {})
    )
    stream = prefix + EXAMPLES_STREAM
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(HEADER)
    rows, start = 0, "-"
    try:
        while True:
            # decode_responses=True: ids and fields are str; XRANGE gives no nil entries
            page = cast("list[tuple[str, dict[str, str]]]", client.xrange(stream, min=start, max="+", count=PAGE))
            if not page:
                break
            for _, fields in page:
                writer.writerow(tuple(fields.get(name, "") for name in HEADER))
            rows += len(page)
            if delete:
                client.xdel(stream, *(entry_id for entry_id, _ in page))
            start = "(" + page[-1][0]
            if len(page) < PAGE:
                break
    finally:
        client.close()
    return rows


def _run(args: argparse.Namespace) -> int:
    import redis

    if not args.redis_url:
        print("logtriage examples export: --cache-redis-url (or LOGTRIAGE_CACHE_REDIS_URL) is needed", file=sys.stderr)
        return 2
    out = args.output.open("w", encoding="utf-8", newline="") if args.output else sys.stdout
    try:
        rows = export(args.redis_url, args.prefix, out, args.delete)
    except redis.RedisError as err:
        print(f"logtriage examples export: {err}", file=sys.stderr)
        return 1
    finally:
        if out is not sys.stdout:
            out.close()
    print(f"logtriage examples export: {rows} examples", file=sys.stderr)
    return 0


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    import os

    from ..store.settings import STORE_SETTINGS

    url, prefix = (next(s for s in STORE_SETTINGS if s.key == key) for key in ("cache.redis_url", "cache.redis_prefix"))
    p = sub.add_parser("examples", help="learned examples of the LLM tier")
    commands = p.add_subparsers(dest="examples_command", required=True)
    e = commands.add_parser("export", help="write the fleet's learned examples (shared store) as a training CSV")
    e.add_argument(
        "--cache-redis-url",
        dest="redis_url",
        default=os.environ.get(url.env, url.default),
        help=f"the daemons' {url.key} (default: {url.env})",
    )
    e.add_argument(
        "--prefix",
        default=os.environ.get(prefix.env, prefix.default),
        help=f"the daemons' {prefix.key}",
    )
    e.add_argument("-o", "--output", type=Path, help="CSV to write (default standard output)")
    e.add_argument("--delete", action="store_true", help="remove the exported examples from the stream")
    e.set_defaults(func=_run)
