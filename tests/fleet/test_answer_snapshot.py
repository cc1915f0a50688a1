"""The template-answer snapshot: read back for the same model and rules, ignored for others."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

from logtriage.engine.cascade import Engine
from logtriage.engine.template_cache import TemplateCache
from logtriage.model.tier import ModelVerdict, cached_answer
from logtriage.records import Tier
from logtriage.store.answer_snapshot import load_snapshot, render, snapshot_path
from logtriage.store.shared_answers import answer_namespace, rules_version


def test_answers_come_back_for_the_same_namespace_only(engine: Engine, tmp_path: Path) -> None:
    tier = engine.model_tier
    assert tier is not None and engine.answer_namespace
    sure, unsure = tier.labels[0], tier.labels[1]
    entries = [
        ("disk <*> is full", cached_answer(tier, sure, 0.99, "a")),
        ("odd <*> line", cached_answer(tier, unsure, 0.10, "b")),
    ]
    path = snapshot_path(tmp_path)
    text = render(engine.answer_namespace, tier.version, entries)
    path.write_text(text + '{"k": "torn', encoding="utf-8")  # a crash mid-write leaves a torn last line
    cache: TemplateCache[ModelVerdict] = TemplateCache()
    assert load_snapshot(path, engine.answer_namespace, tier, cache) == 2
    full = cache.get("disk <*> is full")
    assert full is not None and full.answer is not None and full.answer.tier is Tier.CACHE
    low = cache.get("odd <*> line")
    assert low is not None and low.answer is None and low.label == unsure  # below threshold: to the LLM
    other: TemplateCache[ModelVerdict] = TemplateCache()
    assert load_snapshot(path, "another-model-or-rules", tier, other) == 0 and len(other) == 0
    header = json.loads(text.splitlines()[0])
    assert header["namespace"] == engine.answer_namespace and header["model_version"] == tier.version


def test_a_label_the_model_does_not_have_is_skipped(engine: Engine, tmp_path: Path) -> None:
    tier = engine.model_tier
    assert tier is not None
    path = snapshot_path(tmp_path)
    path.write_text(
        render(engine.answer_namespace, tier.version, [])
        + json.dumps({"k": "x <*>", "l": "Not A Label", "c": 0.9})
        + "\n",
        encoding="utf-8",
    )
    cache: TemplateCache[ModelVerdict] = TemplateCache()
    assert load_snapshot(path, engine.answer_namespace, tier, cache) == 0


def test_changed_rules_or_model_make_another_namespace(engine: Engine) -> None:
    tier = engine.model_tier
    assert tier is not None
    same = answer_namespace(tier, engine.ruleset, 2048, 128)
    assert same == answer_namespace(tier, engine.ruleset, 2048, 128)
    fewer_rules = dataclasses.replace(engine.ruleset, rules=engine.ruleset.rules[:-1])
    assert rules_version(fewer_rules) != rules_version(engine.ruleset)
    assert answer_namespace(tier, fewer_rules, 2048, 128) != same
    assert answer_namespace(tier, engine.ruleset, 2048, 64) != same  # another token limit
    tier.version, saved = tier.version + "-retrained", tier.version
    try:
        assert answer_namespace(tier, engine.ruleset, 2048, 128) != same
    finally:
        tier.version = saved
