"""The LLM tier's settings: each field is the declaration of its `llm.<field>` key (TOML, env, flag, reference)."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any

from ..settings import Setting, check_fields, declare, setting
from .redaction import REDACTION_NAMES

MODES = ("async", "sync")
THINKING_LEVELS = ("minimal", "low", "medium", "high")
# The SDK's own order: GOOGLE_API_KEY wins when both are set.
API_KEY_VARIABLES = ("GOOGLE_API_KEY", "GEMINI_API_KEY")


@dataclass
class LlmSettings:
    enabled: bool = setting(True, "ask the LLM tier at all (it is off anyway without a key)")
    api_key: str | None = setting(None, "Gemini API key; empty: GOOGLE_API_KEY, then GEMINI_API_KEY")
    model: str = setting("gemini-3.8-flash", "Gemini model name")
    base_url: str | None = setting(None, "API base URL; empty: GOOGLE_GEMINI_BASE_URL, else Google's")
    api_version: str | None = setting(None, "API version path segment; empty: the SDK's default (v1)")
    thinking_level: str | None = setting(
        None, "minimal, low, medium or high; empty: the model's default", choices=THINKING_LEVELS
    )
    # "async": answer at once, ask in the background; "sync": wait up to the deadline; empty: the command's
    # own (daemon async, CSV sync), async when made here
    mode: str = setting("", "async (answer now, ask in background) or sync; empty: per command", choices=MODES)
    deadline_s: float = setting(10.0, "time limit of one classify call without a caller deadline", at_least=0)
    max_templates_per_request: int = setting(20, "templates in one request", at_least=1)
    max_template_chars: int = setting(500, "characters of one redacted template sent", at_least=1)
    requests_per_minute: int = setting(60, "request budget per minute", at_least=1)
    requests_per_day: int = setting(10000, "request budget per UTC day", at_least=1)  # persisted in state_dir
    max_concurrency: int = setting(2, "requests in flight at once", at_least=1)
    retries: int = setting(3, "retries on 429, 5xx and connection errors, within the deadline", at_least=0)
    backoff_s: float = setting(0.5, "first retry delay, doubled each retry", at_least=0)  # with jitter
    breaker_failures: int = setting(5, "failed requests in a row that stop requests", at_least=1)
    breaker_reset_s: float = setting(30.0, "pause before one probe request", at_least=0)
    state_dir: Path | None = setting(
        None, "folder of the answer cache, day budget, learned examples; empty: none"
    )  # None: memory only
    cache_max_entries: int = setting(50000, "templates kept in the LLM answer cache", at_least=1)
    examples_max_mb: float = setting(100.0, "size at which the learned-examples CSV stops growing (MB)", at_least=0)
    max_pending: int = setting(10000, "templates queued for the background (async mode)", at_least=1)
    redact: tuple[str, ...] | None = setting(REDACTION_NAMES, "redactions applied before sending")  # None: all
    redact_extra: tuple[str, ...] = setting((), "extra regexes; each match is sent as <REDACTED>")

    def __post_init__(self) -> None:
        self.mode = self.mode or MODES[0]
        if self.thinking_level is not None:
            self.thinking_level = self.thinking_level.lower() or None
        check_fields(self, LLM_SETTINGS)
        if self.state_dir is not None:
            self.state_dir = Path(self.state_dir)
        if self.redact is not None:
            self.redact = tuple(self.redact)
        self.redact_extra = tuple(self.redact_extra)

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None, **overrides: Any) -> LlmSettings:
        """Settings from `overrides`, with the API key taken from the environment when not given."""
        settings = cls(**overrides)
        if settings.api_key is None:
            settings = replace(settings, api_key=resolve_api_key(environ))
        return settings

    @classmethod
    def from_config(cls, values: Mapping[str, Any], mode: str | None = None) -> LlmSettings:
        """From the `llm` section of a loaded Config; `mode` is the command's default (daemon: async, CSV: sync),
        llm.mode in the config wins over it. Empty text is None (a TOML file has no None)."""
        given = {f.name: values[f.name] for f in fields(cls) if f.name in values}
        given = {name: None if value == "" and _optional(name) else value for name, value in given.items()}
        return cls(**{**given, "mode": given.get("mode") or mode or ""})

    @classmethod
    def field_names(cls) -> tuple[str, ...]:
        return tuple(f.name for f in fields(cls))


def _optional(name: str) -> bool:
    return next(f for f in fields(LlmSettings) if f.name == name).default is None


LLM_SETTINGS: tuple[Setting, ...] = declare(LlmSettings, "llm")


def resolve_api_key(environ: Mapping[str, str] | None = None) -> str | None:
    env = os.environ if environ is None else environ
    for name in API_KEY_VARIABLES:
        value = (env.get(name) or "").strip()
        if value:
            return value
    return None
