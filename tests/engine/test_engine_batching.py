"""Batching across callers on the real embedder: shared templates embedded once, concurrent new ones
together, cache hits answered while the model works, and a cancelled caller's queued work dropped."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Sequence

import numpy as np
import pytest

from logtriage.engine.cascade import Engine
from logtriage.model.tier import ModelTier
from logtriage.records import Record, Tier


class WatchedEncoder:
    """The real embedder, with a record of every batch it was given and a gate that can hold it."""

    def __init__(self, inner) -> None:  # type: ignore[no-untyped-def]
        self.inner = inner
        self.batches: list[list[str]] = []
        self.gate = threading.Event()
        self.gate.set()
        self.entered = threading.Event()

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        self.batches.append(list(texts))
        self.entered.set()
        if not self.gate.wait(60):
            raise TimeoutError("the test never opened the gate")
        return self.inner.encode(texts)


@pytest.fixture
def watched(engine):  # type: ignore[no-untyped-def]
    encoder = WatchedEncoder(engine.model_tier.encoder)
    model = engine.model_tier.model
    built = Engine(engine.ruleset, engine.regex_tier, ModelTier(model, encoder, words_first=False), batch_wait_s=0.01)
    built.model_tier.threshold = 0.0  # every model verdict is an answer: tiers are then model or cache
    yield built, encoder
    encoder.gate.set()
    built.close()


async def until(condition, timeout: float = 30.0) -> None:  # type: ignore[no-untyped-def]
    for _ in range(int(timeout / 0.01)):
        if condition():
            return
        await asyncio.sleep(0.01)
    raise TimeoutError("condition not reached")


def test_concurrent_callers_with_the_same_new_template_cause_one_embedding(watched) -> None:  # type: ignore[no-untyped-def]
    engine, encoder = watched

    async def main() -> list[list]:
        calls = [
            engine.classify([Record("app", f"replica {n} of shard {n * 7} caught up after {n} retries")])
            for n in range(8)
        ]
        return await asyncio.gather(*calls)

    answers = asyncio.run(main())
    assert sum(len(b) for b in encoder.batches) == 1
    assert len({a[0].label for a in answers}) == 1
    assert len({a[0].template_id for a in answers}) == 1
    assert engine.batcher.stats.shared == 7


def test_new_templates_of_concurrent_calls_are_embedded_together(watched) -> None:  # type: ignore[no-untyped-def]
    engine, encoder = watched
    encoder.gate.clear()

    async def main() -> None:
        first = asyncio.create_task(engine.classify([Record("app", "volume group vg0 is being resized")]))
        await until(encoder.entered.is_set)  # the model is busy with the first call
        others = [
            asyncio.create_task(engine.classify([Record("app", f"consumer group {word} rebalanced partitions")]))
            for word in ("alpha", "bravo", "charlie", "delta", "echo")
        ]
        await until(lambda: engine.batcher.queued == 5)
        encoder.gate.set()
        await asyncio.gather(first, *others)

    asyncio.run(main())
    assert [len(b) for b in encoder.batches] == [1, 5]


def test_cache_hits_are_answered_while_the_model_is_busy(watched) -> None:  # type: ignore[no-untyped-def]
    engine, encoder = watched
    known = [Record("app", f"snapshot {n} of volume vol-{n} completed") for n in range(3)]
    first = asyncio.run(engine.classify(known[:1]))
    assert first[0].tier is Tier.MODEL
    encoder.gate.clear()

    async def main() -> tuple[list, bool]:
        slow = asyncio.create_task(engine.classify([Record("app", "mirror resync of array md1 started by operator")]))
        await until(encoder.entered.is_set)
        encoder.entered.clear()
        hits = await asyncio.wait_for(engine.classify(known), timeout=10)
        busy = not slow.done()
        encoder.gate.set()
        await slow
        return hits, busy

    hits, model_was_busy = asyncio.run(main())
    assert model_was_busy
    assert [a.tier for a in hits] == [Tier.CACHE] * 3
    assert {a.label for a in hits} == {first[0].label}


def test_a_cancelled_callers_queued_templates_never_reach_the_model(watched) -> None:  # type: ignore[no-untyped-def]
    engine, encoder = watched
    encoder.gate.clear()

    async def main() -> list:
        running = asyncio.create_task(engine.classify([Record("app", "backup job nightly-db started")]))
        await until(encoder.entered.is_set)
        doomed = asyncio.create_task(
            engine.classify([Record("app", f"tenant {word} exceeded its api quota") for word in ("ann", "bob", "cy")])
        )
        await until(lambda: engine.batcher.queued == 3)
        doomed.cancel()  # what gRPC does when the caller's deadline passes
        with pytest.raises(asyncio.CancelledError):
            await doomed
        encoder.gate.set()
        return await running

    answers = asyncio.run(main())
    assert answers[0].tier is Tier.MODEL
    assert encoder.batches == [[encoder.batches[0][0]]]  # only the first call's template was embedded
    assert engine.batcher.stats.dropped == 3
    assert engine.batcher.queued == 0
