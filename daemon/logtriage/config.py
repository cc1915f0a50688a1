"""logtriaged's settings table: each part's declarations (settings.py says how one is read), in --help order.

Precedence: flag > environment > TOML file > default. `section.key` in TOML is `LOGTRIAGE_SECTION_KEY` in the
environment and `--section-key` on the command line; a few everyday settings also have a short flag
(`--listen`, `--rules`, `--model`). The daemon, `logtriage classify/train/eval/rules` and the bench share it.
"""

from __future__ import annotations

import argparse
from collections.abc import Mapping

from . import settings
from .bundled import CHECKOUT
from .engine.settings import ENGINE_SETTINGS
from .llm.settings import LLM_SETTINGS
from .model.settings import MODEL_SETTINGS
from .regex.settings import RULES_SETTINGS
from .service.settings import LOG_SETTINGS, SERVER_SETTINGS
from .settings import Config, ConfigError, Reload, Setting
from .store.settings import STORE_SETTINGS

__all__ = ["ROOT", "SETTINGS", "Config", "ConfigError", "Reload", "Setting", "add_flags", "load", "reloadable"]

ROOT = CHECKOUT  # the source checkout this package runs from (tools, tests); the bundled files: bundled_path()

SETTINGS: tuple[Setting, ...] = (
    *SERVER_SETTINGS,
    *RULES_SETTINGS,
    *MODEL_SETTINGS,
    *ENGINE_SETTINGS,
    *LOG_SETTINGS,
    *LLM_SETTINGS,
    *STORE_SETTINGS,
)


def add_flags(parser: argparse.ArgumentParser) -> None:
    settings.add_flags(parser, SETTINGS)


def load(args: argparse.Namespace | None = None, environ: Mapping[str, str] | None = None) -> Config:
    return settings.load(SETTINGS, args, environ)


def reloadable(*kinds: Reload) -> tuple[str, ...]:
    """The keys whose declaration says a reload does one of `kinds` with them."""
    return tuple(s.key for s in SETTINGS if s.reload in kinds)
