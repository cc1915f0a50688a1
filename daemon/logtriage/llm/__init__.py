"""The LLM tier: Gemini through google-genai, constrained to the label set, redacted, cached and budgeted."""

from .llm_items import LlmItem, LlmItemLike
from .llm_tier import LlmTier
from .redaction import REDACTION_NAMES, Redactor
from .settings import LlmSettings

__all__ = ["REDACTION_NAMES", "LlmItem", "LlmItemLike", "LlmSettings", "LlmTier", "Redactor"]
