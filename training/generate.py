"""Generate labelled log lines from the templates in `training/templates/`.

    python -m training.generate -o data.csv --per-template 200 --seed 7 [--with-template-column] [--with-family-column]

The CSV has the columns `source,log_message,target_label` (plus `template` when asked), the format
`logtriage train` reads. `template` is the grouping key for held-out evaluation: never split a
template's lines between train and test, or near-duplicates leak. `family` (the system family) is the
unit of leave-one-family-out evaluation in `logtriage train`.
"""

from __future__ import annotations

import argparse
import csv
import os
import random
import re
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from training.prefixes import GENERIC, STYLES
from training.templates import Template, all_templates

CSV_HEADER = ("source", "log_message", "target_label")

_NOT_PROC = re.compile(r"[^a-z0-9.-]+")
_NOISE_SEVERITIES = ("info", "warn", "error", "notice")
# How often each kind of line leads real traffic; labels not listed count 1.
_MIX_PRIOR = {
    "HTTP Status": 8.0,
    "System Notification": 6.0,
    "Resource Usage": 4.0,
    "User Action": 3.0,
    "Error": 2.0,
    "Security Alert": 1.5,
    "Critical Error": 0.3,
}


@dataclass(frozen=True)
class Example:
    source: str
    message: str
    label: str
    template_name: str
    family: str = ""


def labels() -> list[str]:
    """Labels the templates cover, in template order."""
    return list(dict.fromkeys(t.label for t in all_templates()))


def render(template: Template, r: random.Random) -> Example:
    """One line of a template: message, then a prefix style chosen for this line only."""
    message = template.render(r)
    source = template.sources[r.randrange(len(template.sources))]
    # Mostly the severity the system would write, sometimes another: levels are weak evidence.
    sev = r.choice(_NOISE_SEVERITIES) if r.random() < 0.15 else r.choice(template.severities)
    proc = template.proc or _NOT_PROC.sub("-", source.lower()).strip("-")
    logger = r.choice(template.logger.split("|")) if template.logger else proc
    k = r.random()
    if k < 0.3:
        style = "none"
    elif k < 0.85:
        style = r.choice(template.prefixes)
    else:
        style = r.choice(GENERIC)
    line = STYLES[style](r, sev, proc, logger, message)
    return Example(source, line, template.label, template.name, template.family)


def _template_rng(seed: int, name: str) -> random.Random:
    # One stream per template: adding a template does not change the lines of the others.
    return random.Random(f"{seed}:{name}")


def generate(n_per_template: int, seed: int, templates: Iterable[Template] | None = None) -> list[Example]:
    """n_per_template lines of every template, deterministic for a seed."""
    out: list[Example] = []
    for t in templates if templates is not None else all_templates():
        r = _template_rng(seed, t.name)
        out.extend(render(t, r) for _ in range(n_per_template))
    return out


def realistic_mix(n: int, seed: int, exponent: float = 1.1) -> list[Example]:
    """n lines whose templates follow a Zipf-like law: a few very common, a long tail (for benchmarks)."""
    r = random.Random(seed)
    # A weighted shuffle (Efraimidis-Spirakis): chatty kinds of line tend to get the top ranks,
    # as in real traffic, but which templates are the common ones still depends on the seed.
    templates = sorted(all_templates(), key=lambda t: r.random() ** (1.0 / _MIX_PRIOR.get(t.label, 1.0)), reverse=True)
    weights = [1.0 / (rank**exponent) for rank in range(1, len(templates) + 1)]
    picks = r.choices(range(len(templates)), weights=weights, k=n)
    return [render(templates[i], r) for i in picks]


def write_csv(examples: Iterable[Example], out, with_template: bool = False, with_family: bool = False) -> int:
    """Write examples as CSV to an open text file; returns the number of rows."""
    w = csv.writer(out, lineterminator="\n")
    w.writerow((*CSV_HEADER, *("template",) * with_template, *("family",) * with_family))
    n = 0
    for e in examples:
        w.writerow((e.source, e.message, e.label, *(e.template_name,) * with_template, *(e.family,) * with_family))
        n += 1
    return n


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m training.generate", description=__doc__.splitlines()[0])
    p.add_argument("-o", "--output", default="-", help="CSV file to write; '-' for stdout (default)")
    p.add_argument("--per-template", type=int, default=100, help="lines per template (default 100)")
    p.add_argument("--seed", type=int, default=0, help="random seed (default 0)")
    p.add_argument("--with-template-column", action="store_true", help="add a 4th column: template name")
    p.add_argument("--with-family-column", action="store_true", help="add a column: the template's family")
    p.add_argument("--mix", type=int, default=0, help="instead: N lines in a Zipf-like realistic mix")
    args = p.parse_args(argv)
    if args.per_template < 1 and not args.mix:
        p.error(f"--per-template must be at least 1, got {args.per_template}")
    examples = realistic_mix(args.mix, args.seed) if args.mix else generate(args.per_template, args.seed)
    if args.output == "-":
        try:
            write_csv(examples, sys.stdout, args.with_template_column, args.with_family_column)
            sys.stdout.flush()
        except BrokenPipeError:
            # The reader (`head`, ...) stopped early: not an error; keep Python from complaining at exit.
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    else:
        with Path(args.output).open("w", newline="", encoding="utf-8") as f:
            n = write_csv(examples, f, args.with_template_column, args.with_family_column)
        print(f"wrote {n} rows to {args.output}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
