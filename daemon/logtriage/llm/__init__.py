"""The LLM tier: Gemini through google-genai, constrained to the label set, redacted, cached and budgeted.

May import: records, settings (its keys are the fields of settings.LlmSettings); never engine/, service/ or bridge/.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .llm_items import LlmItem, LlmItemLike
from .redaction import REDACTION_NAMES, Redactor
from .settings import LlmSettings

if TYPE_CHECKING:
    from .llm_tier import LlmTier

__all__ = ["REDACTION_NAMES", "LlmItem", "LlmItemLike", "LlmSettings", "LlmTier", "Redactor"]


def __getattr__(name: str) -> Any:
    # google-genai takes over a second to import: only what builds the tier pays for it
    if name == "LlmTier":
        from .llm_tier import LlmTier

        return LlmTier
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
