"""`logtriage rules suggest`: mine the most frequent templates of unlabelled logs and propose a rule
for each (pattern, the model's label, how many lines it covers), as YAML to review and drop into rules/."""

from __future__ import annotations

import argparse
import csv
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import yaml

from ..records import BatchClassifier, Record
from ..template_key import TemplateKey, template_id

_VARIABLE = "<*>"


def template_pattern(key: str) -> str:
    """A regex for a template key: literal words escaped, each variable token one run of non-spaces,
    runs of spaces as \\s+; anchored at neither end, so that prefixes (timestamps, hosts) may vary."""
    parts = []
    for token in key.split():
        parts.append(r"\S+" if token == _VARIABLE else re.escape(token).replace(re.escape(_VARIABLE), r"\S*"))
    return r"\s+".join(parts)


def _trim_leading_variables(key: str) -> str:
    """Leading variables are mostly timestamps and pids: a rule is sturdier without them."""
    tokens = key.split()
    while len(tokens) > 1 and tokens[0] == _VARIABLE:
        tokens.pop(0)
    return " ".join(tokens)


def suggest(path: Path, top: int, min_count: int, classify: BatchClassifier | None) -> list[dict[str, Any]]:
    tk = TemplateKey()
    counts: Counter[str] = Counter()
    example: dict[str, tuple[str, str]] = {}
    csv.field_size_limit(64 << 20)
    with path.open(encoding="utf-8", errors="replace", newline="") as f:
        reader = csv.DictReader(f)
        if "log_message" not in (reader.fieldnames or []):
            raise ValueError(f"{path}: no 'log_message' column")
        for row in reader:
            message = row["log_message"] or ""
            key = _trim_leading_variables(tk.key(message))
            if key.strip() in ("", _VARIABLE):
                continue
            counts[key] += 1
            example.setdefault(key, (row.get("source") or "", message))
    chosen = [(k, n) for k, n in counts.most_common(top) if n >= min_count]
    labels: list[tuple[str, float]] = [("", 0.0)] * len(chosen)
    if classify is not None and chosen:
        answers = classify([Record(*example[k]) for k, _ in chosen])
        labels = [(a.label, a.confidence) for a in answers]
    rules = []
    for (key, n), (label, confidence) in zip(chosen, labels, strict=True):
        rules.append(
            {
                "id": f"suggested-{template_id(key)}",
                "label": label or "FILL ME IN",
                "pattern": template_pattern(key),
                "covers": n,
                "share": round(n / max(1, sum(counts.values())), 4),
                "model_confidence": round(confidence, 3),
                "example": example[key][1][:300],
            }
        )
    return rules


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    from .. import config

    rules = sub.add_parser("rules", help="work with regex rules")
    rules_sub = rules.add_subparsers(dest="rules_command", required=True)
    p = rules_sub.add_parser("suggest", help="propose rules for the most frequent templates of a CSV")
    p.add_argument("data", type=Path, help="CSV with a log_message column (source optional)")
    p.add_argument("--top", type=int, default=20, help="how many templates to propose (default 20)")
    p.add_argument("--min-count", type=int, default=2, help="ignore templates seen fewer times")
    p.add_argument("--no-model", action="store_true", help="do not ask the model for labels")
    p.add_argument("--server", help="ask a running daemon for the labels instead of the in-process model")
    p.add_argument("--timeout", type=float, default=120.0)
    config.add_flags(p)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from .inprocess import open_classifier

    classify, close = (None, _nothing) if args.no_model else open_classifier(args)
    try:
        rules = suggest(args.data, args.top, args.min_count, classify)
    except (OSError, ValueError) as exc:
        print(f"logtriage rules suggest: {exc}", file=sys.stderr)
        return 2
    finally:
        close()
    print("# Proposed by 'logtriage rules suggest'. Review each rule, delete the extra keys")
    print("# (covers, share, model_confidence, example) or keep them as notes, then save under rules/.")
    yaml.safe_dump({"rules": rules}, sys.stdout, sort_keys=False, allow_unicode=True, width=200)
    return 0


def _nothing() -> None:
    """The close of no classifier (--no-model)."""
