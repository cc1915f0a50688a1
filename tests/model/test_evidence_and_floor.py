"""Issue 14: the model answers only on evidence, and has two operating points.

Text the model cannot place (empty, one stop word, gibberish, gibberish around a stop word, only
masked values) comes out Unclassified with the LLM off, and costs no embedding. With the LLM off,
best guesses at or above the floor are answered; with an LLM, what is below the threshold goes to it.
"""

from __future__ import annotations

import asyncio
import random
import string
from collections.abc import Sequence
from dataclasses import replace

import numpy as np
import pytest

from logtriage import config
from logtriage.engine.cascade import Engine, LlmRequestItem
from logtriage.model.tier import ModelTier
from logtriage.records import UNCLASSIFIED, Classification, Record, Tier
from logtriage.service.assembly import load_linear_model


def _gibberish(r: random.Random, words: int) -> str:
    return " ".join("".join(r.choices(string.ascii_lowercase, k=r.randint(4, 9))) for _ in range(words))


_R = random.Random(14)
NOTHING_TO_GO_ON = [
    "",
    "   ",
    "for",
    "while",
    "the",
    "of",
    "and",
    "12345 0x1f 10.1.2.3",
    *[_gibberish(_R, 4) for _ in range(10)],
    *[f"{_gibberish(_R, 2)} for {_gibberish(_R, 2)}" for _ in range(10)],
    *[f"{_gibberish(_R, 1)} while {_gibberish(_R, 3)}" for _ in range(5)],
]


class CountingEncoder:
    def __init__(self, inner) -> None:  # type: ignore[no-untyped-def]
        self.inner = inner
        self.texts: list[str] = []

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        self.texts += texts
        return self.inner.encode(texts)


class AskedLlm:
    """An LLM tier that answers Error for everything it is asked, and keeps what it was asked."""

    enabled = True

    def __init__(self) -> None:
        self.asked: list[str] = []

    async def classify(self, items: Sequence[LlmRequestItem], deadline: float | None = None) -> list:
        self.asked += [item.text for item in items]
        return [Classification("Error", Tier.LLM, 0.9) for _ in items]


def _engine(engine: Engine, tier: ModelTier, llm: AskedLlm | None = None) -> Engine:
    return Engine(engine.ruleset, engine.regex_tier, tier, llm_tier=llm)


def test_text_without_evidence_is_unclassified_and_never_embedded(engine: Engine) -> None:
    encoder = CountingEncoder(engine.model_tier.encoder)
    built = _engine(engine, ModelTier(engine.model_tier.model, encoder))
    try:
        answers = asyncio.run(built.classify([Record("app", m) for m in NOTHING_TO_GO_ON]))
    finally:
        built.close()
    pairs = zip(NOTHING_TO_GO_ON, answers, strict=True)
    placed = [(m, a.label, a.confidence) for m, a in pairs if a.label != UNCLASSIFIED]
    assert not placed, placed
    assert all(a.tier is Tier.NONE for a in answers)
    assert encoder.texts == []


def test_a_single_informative_word_is_not_enough_for_the_words_stage(engine: Engine) -> None:
    tier = ModelTier(engine.model_tier.model, CountingEncoder(engine.model_tier.encoder))
    assert tier.min_words >= 2 and tier.words_first is not None
    tier.predict(["deprecated", "failed", "disk"])
    assert tier.answered_by_words == 0 and tier.embedded == 3


def test_floor_without_llm_threshold_with_llm(engine: Engine) -> None:
    model = replace(engine.model_tier.model, threshold=0.999, floor=0.05)
    lines = ["kernel: EXT4-fs error (device sda1): ext4_find_entry: reading directory lblock 0"] + [
        f"worker {i} finished compacting segment files of the archive store" for i in range(3)
    ]
    records = [Record("app", m) for m in lines]
    off = _engine(engine, ModelTier(model, engine.model_tier.encoder, words_first=False))
    llm = AskedLlm()
    on = _engine(engine, ModelTier(model, engine.model_tier.encoder, words_first=False), llm)
    try:
        without = asyncio.run(off.classify(records))
        again = asyncio.run(off.classify(records))  # from the cache: the same answers
        with_llm = asyncio.run(on.classify(records))
    finally:
        off.close()
        on.close()
    assert all(a.label != UNCLASSIFIED and a.tier is Tier.MODEL for a in without), without
    assert [a.label for a in again] == [a.label for a in without] and {a.tier for a in again} == {Tier.CACHE}
    assert {a.tier for a in with_llm} == {Tier.LLM} and len(llm.asked) == 2  # one question per template


def test_floor_is_a_setting_with_env_and_flag() -> None:
    setting = next(s for s in config.SETTINGS if s.key == "model.floor")
    assert setting.env == "LOGTRIAGE_MODEL_FLOOR" and setting.flag == "--model-floor"
    assert load_linear_model(config.load(environ={"LOGTRIAGE_MODEL_FLOOR": "0.42"})).floor == pytest.approx(0.42)
    bundled = load_linear_model(config.load(environ={}))
    assert bundled.floor is not None and 0.0 < bundled.floor <= bundled.threshold
