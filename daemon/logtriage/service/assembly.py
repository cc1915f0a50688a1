"""Builds an Engine from a Config: rules, model, embedder, cache. The slow part is the embedder."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import structlog

from ..config import Config, Reload, reloadable
from ..engine.cascade import Engine, LlmClassifier
from ..engine.template_cache import TemplateCache
from ..model.encoders.minilm_torch import Embedder
from ..model.store import LinearModel, load_model
from ..model.tier import ModelTier, TextEncoder
from ..regex.rules import RuleSet, load_rules
from ..regex.tier import RegexTier
from ..template_key import TemplateKey

if TYPE_CHECKING:
    from ..store.shared_store import SharedStore

log = structlog.get_logger(__name__)


def load_ruleset(config: Config) -> tuple[RuleSet, RegexTier]:
    ruleset = load_rules(Path(config["rules.dir"]))
    tier = RegexTier(
        ruleset.rules,
        config["rules.match_timeout_ms"] / 1000.0,
        config["rules.max_chars"],
        record_budget_s=config["rules.record_budget_ms"] / 1000.0,
        batch_budget_s=config["rules.batch_budget_ms"] / 1000.0,
    )
    return ruleset, tier


def load_linear_model(config: Config) -> LinearModel:
    model = load_model(Path(config["model.dir"]))
    if config["model.threshold"] >= 0:
        model.threshold = float(config["model.threshold"])
    if config["model.floor"] >= 0:
        model.floor = float(config["model.floor"])
    return model


# the settings that decide which embedder is built; a reload with all of them unchanged keeps the loaded one
EMBEDDER_SETTINGS = reloadable(Reload.EMBEDDER)


def token_limit(config: Config, model: LinearModel) -> int:
    """The embedder's token limit: the config's override, else the one the model was trained with."""
    return int(config["model.max_seq_length"] or model.manifest.get("embedding", {}).get("max_seq_length", 128))


def make_embedder(config: Config, model: LinearModel) -> TextEncoder:
    seq = token_limit(config, model)
    if config["model.backend"] == "onnx":
        from ..model.encoders.minilm_onnx import OnnxEmbedder

        return OnnxEmbedder(
            Path(config["model.onnx_dir"]),
            int8=config["model.onnx_int8"],
            max_seq_length=seq,
            threads=config["model.threads"],
            batch_size=config["model.batch_size"],
        )
    return Embedder(max_seq_length=seq, threads=config["model.threads"], batch_size=config["model.batch_size"])


def build_engine(
    config: Config,
    *,
    encoder: TextEncoder | None = None,
    llm_tier: LlmClassifier | None = None,
    llm_mode: str | None = None,
    model: LinearModel | None = None,
    store: SharedStore | None = None,
) -> Engine:
    """`encoder` lets a reload reuse the loaded embedder when only the rules or weights changed;
    `model` one it has loaded already; `store` the daemon's shared answer store (cache.redis_url)."""
    ruleset, regex_tier = load_ruleset(config)
    model = model or load_linear_model(config)
    encoder = encoder or make_embedder(config, model)
    engine = Engine(
        ruleset,
        regex_tier,
        ModelTier(model, encoder, words_first=bool(config["model.words_first"])),
        llm_tier=llm_tier,
        template_key=TemplateKey(config["template.max_chars"]),
        cache=TemplateCache(config["cache.max_entries"], config["cache.max_bytes"]),
        model_chunk=config["model.batch_size"],
        batch_wait_s=config["model.batch_wait_ms"] / 1000.0,
    )
    attach_answers(engine, config, model, store)
    if llm_tier is None:
        llm_tier = make_llm_tier(config, engine.labels, llm_mode or "async")
    else:
        llm_tier.set_labels(engine.labels)
    engine.llm_tier = llm_tier
    if store is not None:
        from ..store.llm_fleet import attach

        attach(llm_tier, store)
    log.info(
        "engine_ready",
        rules=len(ruleset.rules),
        routes=len(ruleset.routes),
        model_version=model.version,
        labels=len(engine.labels),
        threshold=model.threshold,
        floor=engine.model_tier.floor if engine.model_tier else None,
        llm_enabled=engine.llm_enabled,
    )
    return engine


def attach_answers(engine: Engine, config: Config, model: LinearModel, store: SharedStore | None) -> None:
    """The answer namespace; the snapshot of a previous run (cache.state_dir); the shared store."""
    from ..store.answer_snapshot import load_snapshot, snapshot_path
    from ..store.shared_answers import SharedAnswers, answer_namespace

    assert engine.model_tier is not None
    namespace = answer_namespace(
        engine.model_tier, engine.ruleset, config["template.max_chars"], token_limit(config, model)
    )
    engine.answer_namespace = namespace
    if config["cache.state_dir"]:
        load_snapshot(snapshot_path(config["cache.state_dir"]), namespace, engine.model_tier, engine.cache)
    if store is not None:
        engine.shared = SharedAnswers(store, namespace, engine.model_tier)


def make_llm_tier(config: Config, labels: list[str], mode: str) -> LlmClassifier:
    """The LLM tier; it is off (and says so in the log) when no API key is configured."""
    from ..llm import LlmSettings, LlmTier

    return LlmTier(LlmSettings.from_config(config.section("llm"), mode=mode), labels)
