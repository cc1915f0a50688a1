"""SIGHUP: build a new Engine from the current files off the event loop, check it, then swap it in.

The swap is one attribute assignment on the event loop (`service.engine = new`), so each call
sees either the old engine or the new one, never a mix; calls in flight keep the engine they
started with until they finish. A rules file or model that fails to load or to answer a probe
leaves the old engine serving, and the log says why. The loaded embedder is reused when the
new model was trained on the same embedding (the slow part of a load); the template cache is
kept when the model's weights did not change.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, cast

import structlog

from ..config import Config, Reload, reloadable
from ..engine.cascade import Engine
from ..model.store import LinearModel
from .assembly import EMBEDDER_SETTINGS, build_engine, load_linear_model, token_limit
from .servicer import ClassifierService

if TYPE_CHECKING:
    from ..store.shared_answers import SharedAnswers

log = structlog.get_logger(__name__)

# what each setting's declaration says a reload does with it: a new Engine takes these; others need a restart
RELOADABLE = frozenset(reloadable(Reload.APPLY, Reload.CACHE, Reload.EMBEDDER))
KEEPS_CACHE_UNLESS = reloadable(Reload.CACHE)  # cached answers are per template key, size and operating points
PROBE_TEXT = "logtriage reload probe: disk usage at 91% on /var"


@dataclass(frozen=True)
class ReloadResult:
    applied: bool
    reason: str = ""
    seconds: float = 0.0
    reused_encoder: bool = False
    reused_cache: bool = False


class Reloader:
    """Runs one reload at a time; a SIGHUP during a reload runs one more reload after it."""

    def __init__(
        self,
        service: ClassifierService,
        cfg: Config,
        load_config: Callable[[], Config],
        on_start: Callable[[], Any] = lambda: None,
        on_done: Callable[[ReloadResult, Engine | None, Engine | None], Any] = lambda *_: None,
    ) -> None:
        self.service = service
        self.cfg = cfg
        self.load_config = load_config
        self.on_start = on_start
        self.on_done = on_done
        self._lock = asyncio.Lock()
        self._again = False
        self._deferred = False
        self._tasks: set[asyncio.Task[None]] = set()

    def request(self) -> None:
        """Signal handler side: schedule a reload (or one more, if one is running)."""
        if self.service.engine is None:  # files may have changed since the first load read them
            self._deferred = True
            log.info("reload_deferred", reason="the first load has not finished; reloading right after it")
            return
        if self._lock.locked():
            self._again = True
            return
        task = asyncio.get_running_loop().create_task(self._run())
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    def first_load_done(self) -> None:
        if self._deferred:
            self._deferred = False
            self.request()

    async def _run(self) -> None:
        async with self._lock:
            while True:
                self._again = False
                await self.reload()
                if not self._again:
                    return

    async def reload(self) -> ReloadResult:
        old = self.service.engine
        if old is None:
            return ReloadResult(False, "the first load has not finished")
        self.on_start()
        started = time.perf_counter()
        try:
            cfg = self.load_config()
            self._warn_restart_needed(cfg)
            new, reused_encoder, reused_cache = await asyncio.to_thread(_build_checked, cfg, old, self.cfg)
        except Exception as exc:  # any failure keeps the old engine; the operator reads why in the log
            if old.llm_tier is not None:  # the build gave the shared LLM tier new labels
                old.llm_tier.set_labels(old.labels)
            seconds = time.perf_counter() - started
            result = ReloadResult(False, f"{type(exc).__name__}: {exc}", seconds)
            log.error(
                "reload_failed", error=result.reason, seconds=round(seconds, 3), serving="previous rules and model"
            )
            self.on_done(result, old, None)
            return result
        self.service.engine = new  # the atomic swap; calls already running keep `old`
        self.cfg = cfg
        seconds = time.perf_counter() - started
        result = ReloadResult(True, "", seconds, reused_encoder, reused_cache)
        log.info(
            "reloaded",
            seconds=round(seconds, 3),
            rules=len(new.ruleset.rules),
            routes=len(new.ruleset.routes),
            model_version=new.model_tier.version if new.model_tier else "",
            reused_encoder=reused_encoder,
            reused_cache=reused_cache,
        )
        # `old` is not closed: calls in flight may still be using its model thread. It and its
        # thread go away when the last of them returns and drops the reference.
        self.on_done(result, old, new)
        return result

    def _warn_restart_needed(self, cfg: Config) -> None:
        changed = sorted(
            key for key, value in cfg.values.items() if key not in RELOADABLE and self.cfg.values.get(key) != value
        )
        if changed:
            log.warning(
                "restart_needed", settings=changed, reason="only rules, model, cache (not its store), template reload"
            )


def _build_checked(cfg: Config, old: Engine, old_cfg: Config) -> tuple[Engine, bool, bool]:
    """Runs in a worker thread. Raises on anything that would make the new engine fail calls."""
    model = load_linear_model(cfg)
    encoder = old.model_tier.encoder if old.model_tier and _same_embedding(cfg, model, old, old_cfg) else None
    # one per process: a new URL needs a restart; attach_answers makes the engine's only SharedVerdicts
    store = cast("SharedAnswers", old.shared).store if old.shared is not None else None
    new = build_engine(cfg, encoder=encoder, llm_tier=old.llm_tier, model=model, store=store)
    if new.model_tier is not None:
        # a model whose weights do not fit the embedding fails here, not on the first call
        dimension = getattr(new.model_tier.encoder, "dimension", model.dimension)
        if model.dimension != dimension:
            raise ValueError(
                f"model {cfg['model.dir']}: weights expect {model.dimension}-dimensional embeddings, "
                f"the embedder gives {dimension}; train the model on this embedding"
            )
        ((label, confidence),) = new.model_tier.predict([PROBE_TEXT])
        if label not in new.model_tier.labels or not 0.0 <= confidence <= 1.0:
            raise ValueError(f"model {cfg['model.dir']} answered a probe with {label!r} at {confidence}")
    reused_cache = _same_weights(cfg, new, old, old_cfg)
    if reused_cache:
        new.cache = old.cache  # verdicts are per template and weights; the threshold applies after
    return new, encoder is not None, reused_cache


def _embedding(model: LinearModel, cfg: Config) -> tuple[str, int]:
    return str(model.manifest.get("embedding", {}).get("model", "")), token_limit(cfg, model)


def _same_embedding(cfg: Config, model: LinearModel, old: Engine, old_cfg: Config) -> bool:
    assert old.model_tier is not None
    return _embedding(model, cfg) == _embedding(old.model_tier.model, old_cfg) and all(
        cfg[key] == old_cfg[key] for key in EMBEDDER_SETTINGS
    )


def _same_weights(cfg: Config, new: Engine, old: Engine, old_cfg: Config) -> bool:
    if new.model_tier is None or old.model_tier is None:
        return False
    new_manifest, old_manifest = new.model_tier.model.manifest, old.model_tier.model.manifest
    return (
        new.model_tier.encoder is old.model_tier.encoder
        and bool(new_manifest.get("weights", {}).get("sha256"))
        and new_manifest.get("weights") == old_manifest.get("weights")
        and new_manifest.get("lexical") == old_manifest.get("lexical")
        and all(cfg[key] == old_cfg[key] for key in KEEPS_CACHE_UNLESS)
    )
