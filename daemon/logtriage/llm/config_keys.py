"""The `llm.*` keys of the one config table (TOML `[llm]`, env `LOGTRIAGE_LLM_*`, flags `--llm-*`).

`register_settings()` adds them to logtriage.config; `settings_from_config()` turns a loaded Config
into LlmSettings. Empty strings mean "not set" (the config table has no None).
"""

from __future__ import annotations

from pathlib import Path

from .. import config as config_table
from .redaction import REDACTION_NAMES
from .settings import LlmSettings

_D = LlmSettings()
LLM_SETTINGS: tuple[config_table.Setting, ...] = (
    config_table.Setting("llm.enabled", _D.enabled, "ask the LLM tier at all (it is off anyway without a key)"),
    config_table.Setting("llm.api_key", "", "Gemini API key; empty: GOOGLE_API_KEY, then GEMINI_API_KEY"),
    config_table.Setting("llm.model", _D.model, "Gemini model name"),
    config_table.Setting("llm.base_url", "", "API base URL; empty: GOOGLE_GEMINI_BASE_URL, else Google's"),
    config_table.Setting("llm.api_version", "", "API version path segment; empty: the SDK's default (v1)"),
    config_table.Setting("llm.thinking_level", "", "minimal, low, medium or high; empty: the model's default"),
    config_table.Setting("llm.mode", "", "async (answer now, ask in background) or sync; empty: per command"),
    config_table.Setting("llm.deadline_s", _D.deadline_s, "time limit of one classify call without a caller deadline"),
    config_table.Setting("llm.max_templates_per_request", _D.max_templates_per_request, "templates in one request"),
    config_table.Setting("llm.max_template_chars", _D.max_template_chars, "characters of one redacted template sent"),
    config_table.Setting("llm.requests_per_minute", _D.requests_per_minute, "request budget per minute"),
    config_table.Setting("llm.requests_per_day", _D.requests_per_day, "request budget per UTC day"),
    config_table.Setting("llm.max_concurrency", _D.max_concurrency, "requests in flight at once"),
    config_table.Setting("llm.retries", _D.retries, "retries on 429, 5xx and connection errors, within the deadline"),
    config_table.Setting("llm.backoff_s", _D.backoff_s, "first retry delay, doubled each retry"),
    config_table.Setting("llm.breaker_failures", _D.breaker_failures, "failed requests in a row that stop requests"),
    config_table.Setting("llm.breaker_reset_s", _D.breaker_reset_s, "pause before one probe request"),
    config_table.Setting("llm.state_dir", "", "folder of the answer cache, day budget, learned examples; empty: none"),
    config_table.Setting("llm.cache_max_entries", _D.cache_max_entries, "templates kept in the LLM answer cache"),
    config_table.Setting(
        "llm.examples_max_mb", _D.examples_max_mb, "size at which the learned-examples CSV stops growing (MB)"
    ),
    config_table.Setting("llm.max_pending", _D.max_pending, "templates queued for the background (async mode)"),
    config_table.Setting("llm.redact", list(REDACTION_NAMES), "redactions applied before sending"),
    config_table.Setting("llm.redact_extra", [], "extra regexes; each match is sent as <REDACTED>"),
)


def register_settings() -> None:
    config_table.register(LLM_SETTINGS)


def settings_from_config(config: config_table.Config, mode: str | None = None) -> LlmSettings:
    """`mode` is the command's default (daemon: async, CSV: sync); llm.mode in the config wins over it."""
    v = config.section("llm")
    return LlmSettings(
        enabled=bool(v["enabled"]),
        api_key=v["api_key"] or None,
        model=v["model"],
        base_url=v["base_url"] or None,
        api_version=v["api_version"] or None,
        thinking_level=v["thinking_level"] or None,
        mode=v["mode"] or mode or _D.mode,
        deadline_s=float(v["deadline_s"]),
        max_templates_per_request=int(v["max_templates_per_request"]),
        max_template_chars=int(v["max_template_chars"]),
        requests_per_minute=int(v["requests_per_minute"]),
        requests_per_day=int(v["requests_per_day"]),
        max_concurrency=int(v["max_concurrency"]),
        retries=int(v["retries"]),
        backoff_s=float(v["backoff_s"]),
        breaker_failures=int(v["breaker_failures"]),
        breaker_reset_s=float(v["breaker_reset_s"]),
        state_dir=Path(v["state_dir"]) if v["state_dir"] else None,
        cache_max_entries=int(v["cache_max_entries"]),
        examples_max_mb=float(v["examples_max_mb"]),
        max_pending=int(v["max_pending"]),
        redact=tuple(v["redact"]),
        redact_extra=tuple(v["redact_extra"]),
    )
