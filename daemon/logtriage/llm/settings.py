"""The LLM tier's settings: one field per `llm.<field>` config key, each with a working default."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

MODES = ("async", "sync")
THINKING_LEVELS = ("minimal", "low", "medium", "high")
# The SDK's own order: GOOGLE_API_KEY wins when both are set.
API_KEY_VARIABLES = ("GOOGLE_API_KEY", "GEMINI_API_KEY")


@dataclass
class LlmSettings:
    enabled: bool = True  # false turns the tier off even with a key set
    api_key: str | None = None  # None: GOOGLE_API_KEY, then GEMINI_API_KEY
    model: str = "gemini-3.8-flash"
    base_url: str | None = None  # None: the SDK's GOOGLE_GEMINI_BASE_URL, else Google's endpoint
    api_version: str | None = None  # None: the SDK's default (v1 in google-genai 3.x)
    thinking_level: str | None = None  # minimal, low, medium, high; None: the model's default
    mode: str = "async"  # "async": answer at once, ask in the background; "sync": wait up to the deadline
    deadline_s: float = 10.0  # per classify call when the caller gives none; per request in async mode
    max_templates_per_request: int = 20
    max_template_chars: int = 500  # of redacted text per template sent
    requests_per_minute: int = 60
    requests_per_day: int = 10000  # UTC calendar day; persisted in state_dir
    max_concurrency: int = 2  # requests in flight at once
    retries: int = 3  # on 429, 5xx, time-outs of the connection; only while the deadline allows
    backoff_s: float = 0.5  # first retry delay, doubled per retry, with jitter
    breaker_failures: int = 5  # consecutive failed requests that open the circuit
    breaker_reset_s: float = 30.0  # then one probe request decides
    state_dir: Path | None = None  # answer cache, day budget and learned examples; None: memory only
    cache_max_entries: int = 50000
    examples_max_mb: float = 100.0  # size at which the learned-examples CSV stops growing
    max_pending: int = 10000  # templates waiting for the background worker (async mode)
    redact: tuple[str, ...] | None = None  # redaction names to apply; None: all of them
    redact_extra: tuple[str, ...] = field(default=())  # extra regexes; a match becomes <REDACTED>

    def __post_init__(self) -> None:
        if self.mode not in MODES:
            raise ValueError(f"llm.mode is {self.mode!r}; use one of {', '.join(MODES)}")
        for name in (
            "max_templates_per_request",
            "max_template_chars",
            "requests_per_minute",
            "requests_per_day",
            "max_concurrency",
            "breaker_failures",
            "cache_max_entries",
            "max_pending",
        ):
            if int(getattr(self, name)) < 1:
                raise ValueError(f"llm.{name} is {getattr(self, name)!r}; it must be at least 1")
        for name in ("deadline_s", "breaker_reset_s", "backoff_s", "retries", "examples_max_mb"):
            if float(getattr(self, name)) < 0:
                raise ValueError(f"llm.{name} is {getattr(self, name)!r}; it must not be negative")
        if self.thinking_level is not None and self.thinking_level.lower() not in THINKING_LEVELS:
            raise ValueError(f"llm.thinking_level is {self.thinking_level!r}; use one of {', '.join(THINKING_LEVELS)}")
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
    def field_names(cls) -> tuple[str, ...]:
        return tuple(f.name for f in fields(cls))


def resolve_api_key(environ: Mapping[str, str] | None = None) -> str | None:
    env = os.environ if environ is None else environ
    for name in API_KEY_VARIABLES:
        value = (env.get(name) or "").strip()
        if value:
            return value
    return None
