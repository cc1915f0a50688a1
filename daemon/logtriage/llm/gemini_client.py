"""The one place that talks to Gemini: the real google-genai async client, one attempt per call.

Retries, budget and the circuit breaker live in the tier, so the SDK's own retry is switched off
(`attempts=1`) and every call carries the time left before the caller's deadline, both as the HTTP
time-out and as an asyncio time-out around the whole call (connection set-up and body included).
"""

from __future__ import annotations

import asyncio
import re
from collections.abc import Sequence
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

from google import genai
from google.genai import errors, types

from .batch_prompt import PromptLine, response_schema, system_instruction, user_prompt

RETRYABLE_STATUS = frozenset({408, 429, 500, 502, 503, 504})
MAX_SERVER_DELAY_S = 86_400.0
_DURATION = re.compile(r"\s*(\d+(?:\.\d+)?)s\s*")  # protobuf Duration as JSON: "17s", "0.5s"
NO_SDK_RETRY = types.HttpRetryOptions(attempts=1)


class LlmCallError(Exception):
    """A request that brought no answer; `retryable` says whether a second try may help."""

    def __init__(
        self, message: str, *, status: int | None = None, retryable: bool = False, retry_after_s: float | None = None
    ) -> None:
        super().__init__(message)
        self.status = status
        self.retryable = retryable
        self.retry_after_s = retry_after_s  # how long the server asked us to wait, if it said


class LlmTimeout(LlmCallError):
    def __init__(self, timeout_s: float) -> None:
        super().__init__(f"no answer within {timeout_s:.3f}s", retryable=False)


class GeminiClient:
    def __init__(
        self,
        api_key: str,
        model: str,
        base_url: str | None = None,
        api_version: str | None = None,
        thinking_level: str | None = None,
    ) -> None:
        self._thinking = (
            types.ThinkingConfig(thinking_level=types.ThinkingLevel(thinking_level.upper())) if thinking_level else None
        )
        self.model = model
        options = types.HttpOptions(retry_options=NO_SDK_RETRY)
        if base_url:  # unset: the SDK applies GOOGLE_GEMINI_BASE_URL, else Google's endpoint
            options.base_url = base_url
        if api_version:
            options.api_version = api_version
        # vertexai=False: GOOGLE_GENAI_USE_VERTEXAI in the environment must not reroute the key elsewhere.
        self._client = genai.Client(api_key=api_key, vertexai=False, http_options=options)

    async def ask(self, lines: Sequence[PromptLine], allowed: Sequence[str], timeout_s: float) -> str | None:
        """The model's raw answer text (None when it gave no text, e.g. a blocked answer)."""
        config = types.GenerateContentConfig(
            system_instruction=system_instruction(allowed),
            temperature=0.0,
            candidate_count=1,
            thinking_config=self._thinking,
            response_mime_type="application/json",
            response_schema=response_schema(allowed, len(lines)),
            http_options=types.HttpOptions(timeout=max(1, int(timeout_s * 1000)), retry_options=NO_SDK_RETRY),
        )
        try:
            async with asyncio.timeout(timeout_s):
                response = await self._client.aio.models.generate_content(
                    model=self.model, contents=user_prompt(lines), config=config
                )
        except TimeoutError as err:
            raise LlmTimeout(timeout_s) from err
        except errors.APIError as err:
            status = int(err.code) if isinstance(err.code, int) else None
            raise LlmCallError(
                f"HTTP {err.code} {err.status or ''}".strip(),
                status=status,
                retryable=status in RETRYABLE_STATUS,
                retry_after_s=server_delay_s(err),
            ) from err
        except asyncio.CancelledError:
            raise
        except Exception as err:  # connection refused or reset, bad JSON from a proxy, ...
            timed_out = "timeout" in type(err).__name__.lower()
            raise LlmCallError(f"{type(err).__name__}: {err}", retryable=not timed_out) from err
        return response.text

    async def aclose(self) -> None:
        await self._client.aio.aclose()


def server_delay_s(err: errors.APIError) -> float | None:
    """The wait a refusal asks for: `google.rpc.RetryInfo.retryDelay` in the error body (what Gemini
    sends with a 429), else a `Retry-After` header in seconds or as an HTTP date. At most a day."""
    body = err.details.get("error", err.details) if isinstance(err.details, dict) else None
    for detail in (body.get("details") or []) if isinstance(body, dict) else []:
        if isinstance(detail, dict) and str(detail.get("@type", "")).endswith("google.rpc.RetryInfo"):
            found = _DURATION.fullmatch(str(detail.get("retryDelay", "")))
            if found:
                return min(float(found.group(1)), MAX_SERVER_DELAY_S)
    headers = getattr(err.response, "headers", None)
    value = str(headers.get("retry-after", "") if headers is not None else "").strip()
    if not value:
        return None
    try:
        seconds = float(value)
    except ValueError:
        try:
            seconds = (parsedate_to_datetime(value) - datetime.now(UTC)).total_seconds()
        except (TypeError, ValueError):
            return None
    return min(max(0.0, seconds), MAX_SERVER_DELAY_S)
