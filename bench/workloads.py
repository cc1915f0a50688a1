"""Workloads for `logtriage bench`: a realistic mix, rule-matching records, never-seen templates, and
the hand-written check set's lines (templates the model was never trained on).

The mix comes from the training generator (`training.generate.realistic_mix`: the bundled
templates at Zipf-like frequencies). Outside a source checkout, a small built-in generator of the
same shape stands in, and the bench says so.
"""

from __future__ import annotations

import csv
import random
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from logtriage.records import Record
from logtriage.regex.tier import RegexTier
from logtriage.template_key import TemplateKey

ROOT = Path(__file__).resolve().parents[1]  # the checkout


@dataclass(frozen=True)
class Workloads:
    origin: str  # which generator made them
    mix: list[Record]  # realistic mix, replayed warm
    regex: list[Record]  # records some rule answers
    cold: list[Record]  # every record a template of its own, none of them in `mix`
    novel: list[Record]  # the hand-written check set's lines no rule answers: templates never trained on
    labelled: list[tuple[str, str]]  # (message, label) per template line, to check the key against labels


def _training_generator():  # type: ignore[no-untyped-def]
    try:  # bench/ runs from the checkout's top folder (python -m bench), where training/ is a package
        from training import generate
    except ImportError:
        return None
    return generate


def build(
    n_mix: int, n_cold: int, regex_tier: RegexTier, key: TemplateKey, seed: int = 1, n_novel: int | None = None
) -> Workloads:
    """`n_novel` caps the check set's lines (None: all of them)."""
    generate = _training_generator()
    if generate is not None:
        try:
            mix = [Record(e.source, e.message) for e in generate.realistic_mix(n_mix, seed)]
            pool = [Record(e.source, e.message) for e in generate.realistic_mix(max(8 * n_cold, 20_000), seed + 1)]
            labelled = [(e.message, e.label) for e in generate.generate(40, seed)]
            origin = "training.generate.realistic_mix"
        except (ImportError, ValueError):  # the generator is being edited: the stand-in is better than nothing
            generate = None
    if generate is None:
        mix = _fallback_mix(n_mix, seed)
        pool = _fallback_mix(max(8 * n_cold, 20_000), seed + 1)
        labelled = []
        origin = "built-in stand-in generator (training/ not importable)"
    mix_keys = set(key.keys([r.message for r in mix]))
    cold: dict[str, Record] = {}
    for record, k in zip(pool, key.keys([r.message for r in pool]), strict=True):
        if k not in mix_keys and k not in cold and regex_tier.match(record.source, record.message) is None:
            cold[k] = record
    regex = [r for r in mix + pool if regex_tier.match(r.source, r.message) is not None]
    if not regex:
        regex = [
            Record("sshd", f"Failed password for invalid user u{i} from 10.0.{i % 250}.{i % 7} port 22 ssh2")
            for i in range(1000)
        ]
    novel = [r for r in _checkset() if regex_tier.match(r.source, r.message) is None][:n_novel]
    return Workloads(origin, mix, _repeat(regex, n_mix), list(cold.values())[:n_cold], novel, labelled)


def _checkset() -> list[Record]:
    """training/checkset.csv in a source checkout, else nothing."""
    path = ROOT / "training" / "checkset.csv"
    if not path.is_file():
        return []
    with path.open(newline="", encoding="utf-8") as f:
        return [Record(row["source"], row["log_message"]) for row in csv.DictReader(f)]


def key_label_purity(labelled: Sequence[tuple[str, str]], key: TemplateKey) -> tuple[int, int]:
    """(keys holding more than one label, keys): whether the key merges templates of different labels."""
    labels: dict[str, set[str]] = defaultdict(set)
    for k, (_, label) in zip(key.keys([m for m, _ in labelled]), labelled, strict=True):
        labels[k].add(label)
    return sum(len(v) > 1 for v in labels.values()), len(labels)


def _repeat(records: list[Record], n: int) -> list[Record]:
    return [records[i % len(records)] for i in range(n)]


_WORDS = [
    "alpha",
    "bravo",
    "charlie",
    "delta",
    "echo",
    "foxtrot",
    "golf",
    "hotel",
    "india",
    "juliet",
    "kilo",
    "lima",
    "mike",
    "november",
    "oscar",
    "papa",
]
_SHAPES = (
    "connection from {ip} closed after {n} ms by {w}",
    "worker {w}-{n} finished job {n} in {n} seconds",
    "disk usage on /var/lib/{w} reached {n}% of {n} GB",
    "user {w}{n} logged in from {ip}",
    "cache {w} evicted {n} entries ({n} bytes)",
    "request {hex} to upstream {w} timed out after {n} ms",
)


def _fallback_mix(n: int, seed: int) -> list[Record]:
    """Templates = shape x fixed word x source, drawn with Zipf-like weights."""
    r = random.Random(seed)
    templates = [(s, w, src) for s in _SHAPES for w in _WORDS for src in ("app", "db", "web")]
    r.shuffle(templates)
    weights = [1.0 / rank**1.1 for rank in range(1, len(templates) + 1)]
    out = []
    for shape, word, source in r.choices(templates, weights=weights, k=n):
        text = shape.replace("{w}", word)
        while "{n}" in text:
            text = text.replace("{n}", str(r.randrange(100_000)), 1)
        text = text.replace("{ip}", f"10.{r.randrange(256)}.{r.randrange(256)}.{r.randrange(256)}")
        text = text.replace("{hex}", f"{r.getrandbits(64):016x}")
        out.append(Record(source, text))
    return out
