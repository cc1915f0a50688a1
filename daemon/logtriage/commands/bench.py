"""`logtriage bench`: runs the checkout's benchmark (bench/ at the repo's top, `python -m bench`).

The benchmark and its workloads (training/) are tools of a source checkout, not part of the installed
package: this finds the checkout this package runs from and hands the arguments to `python -m bench`.
"""

from __future__ import annotations

import argparse
import os
import sys

from ..bundled import checkout_root


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "bench",
        help="measure records/s and latency of a daemon on loopback against baselines (in a source checkout)",
        add_help=False,
    )
    p.set_defaults(func=run, passes_on=True)  # its flags are python -m bench's: main() hands them on unparsed


def run(args: argparse.Namespace) -> int:
    root = checkout_root()
    if root is None or not (root / "bench" / "__main__.py").is_file():
        print(
            "logtriage bench: runs from a source checkout (bench/ and training/ are not installed with the package)",
            file=sys.stderr,
        )
        return 2
    path = os.environ.get("PYTHONPATH")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(root), *([path] if path else [])])}
    os.execve(sys.executable, [sys.executable, "-m", "bench", *args.passed_on], env)
