"""A blocking batch classifier for commands: the in-process engine, or a daemon via --server."""

from __future__ import annotations

import argparse
import asyncio
from collections.abc import Callable, Sequence
from typing import Any, NamedTuple

from .. import config
from ..records import BatchClassifier, Classification, Record
from .classify import BatchesClassifier


def open_classifier(args: argparse.Namespace) -> tuple[BatchClassifier, Callable[[], None]]:
    """(classify, close). `args` carries `server`, `timeout` and the config flags."""
    if getattr(args, "server", None):
        from ..client import Client

        client = Client(args.server, timeout=getattr(args, "timeout", 120.0))
        return client.classify_batch, client.close

    from ..service.assembly import build_engine
    from ..service.logging_setup import configure_logging

    cfg = config.load(args)
    configure_logging("warning", "console")
    engine = build_engine(cfg, llm_mode="sync")
    loop = asyncio.new_event_loop()

    def classify(records: Sequence[Record]) -> list[Classification]:
        return loop.run_until_complete(engine.classify(records))

    def close() -> None:
        loop.run_until_complete(engine.aclose())
        loop.close()

    return classify, close


class BatchesSetup(NamedTuple):
    """What `logtriage classify` labels with: the batches classifier, its close, the record it takes."""

    classify_batches: BatchesClassifier
    close: Callable[[], None]
    make_record: Callable[[str, str], Any]


def open_batches_classifier(args: argparse.Namespace) -> BatchesSetup:
    """With --server, `window` calls in flight spread over the daemons, each retried for `retry_for` seconds;
    in-process, one batch after another."""
    if getattr(args, "server", None):
        from ..client import Client, wire_record

        timeout, retry_for = getattr(args, "timeout", 120.0), getattr(args, "retry_for", 60.0)
        client = Client(args.server, timeout=timeout, retry_for=retry_for)
        window = getattr(args, "window", 4)
        return BatchesSetup(
            lambda batches: client.classify_batches(batches, window=window, raw=True), client.close, wire_record
        )
    classify, close = open_classifier(args)
    return BatchesSetup(lambda batches: map(classify, batches), close, Record)
