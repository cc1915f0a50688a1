"""Test support: a fake Gemini `generateContent` endpoint on 127.0.0.1 for the real google-genai client.

It plays the model: it reads the numbered template lines of the prompt and answers a JSON object
id -> label, or whatever a test scripts instead (an error status, a hang, nonsense).
"""

from __future__ import annotations

import asyncio
import json
import re
import threading
import time
from collections import deque
from collections.abc import Callable, Coroutine, Sequence
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, TypeVar

from logtriage.llm import LlmItem, LlmSettings, LlmTier
from logtriage.records import Classification
from logtriage.template_key import TemplateKey, template_id

from ..labels import LABELS

TEST_KEY = "test-key-0000"
TEST_MODEL = "gemini-test-flash"
HANG_LIMIT_S = 30.0  # a hung reply is released by the test, or by the fixture at teardown, or after this
TEST_LIMIT_S = 20.0  # no test scenario may run longer

# How the fake "model" labels a template: the first phrase found in it wins.
PHRASES = (
    ("http/1.1", "HTTP Status"),
    ("kernel panic", "Critical Error"),
    ("failed password", "Security Alert"),
    ("logged in", "User Action"),
    ("deprecated", "Deprecation Warning"),
    ("backup finished", "System Notification"),
    ("memory limit", "Resource Usage"),
    ("could not be converted", "Workflow Error"),
    ("did not finish", "Error"),
)
_LINE = re.compile(r"^(\d+)\. \[(.*?)\] (.*)$")

T = TypeVar("T")
# (status, body) or (status, body, extra headers)
Reply = Callable[["FakeGemini", dict[str, Any]], tuple[int, bytes] | tuple[int, bytes, dict[str, str]]]


def right_label(text: str) -> str:
    lowered = text.lower()
    return next((label for phrase, label in PHRASES if phrase in lowered), "Unclassified")


def prompt_lines(body: dict[str, Any]) -> list[tuple[str, str, str]]:
    prompt = body["contents"][0]["parts"][0]["text"]
    return [m.groups() for m in map(_LINE.match, prompt.splitlines()) if m]  # type: ignore[misc]


def model_reply(text: str) -> tuple[int, bytes]:
    candidate = {"content": {"role": "model", "parts": [{"text": text}]}, "finishReason": "STOP", "index": 0}
    return 200, json.dumps({"candidates": [candidate]}).encode()


def answer() -> Reply:
    """Right answers, the way the real model would give them under the enum schema."""
    return lambda fake, body: model_reply(json.dumps({i: right_label(t) for i, _, t in prompt_lines(body)}))


def answer_all(label: str) -> Reply:
    return lambda fake, body: model_reply(json.dumps(dict.fromkeys((i for i, _, _ in prompt_lines(body)), label)))


def nonsense() -> Reply:
    return lambda fake, body: model_reply("Sure! Here are your labels: 1 is an error, I think.")


def not_json_body() -> Reply:
    return lambda fake, body: (200, b"<html><body>proxy error</body></html>")


def status(code: int, retry_delay: str | None = None, retry_after: str | None = None) -> Reply:
    """An error as Gemini sends it; `retry_delay` ("17s") adds google.rpc.RetryInfo to the body,
    `retry_after` a Retry-After header."""
    names = {429: "RESOURCE_EXHAUSTED", 500: "INTERNAL", 503: "UNAVAILABLE"}
    error: dict[str, Any] = {"code": code, "message": "scripted failure", "status": names.get(code, "UNKNOWN")}
    if retry_delay is not None:
        error["details"] = [
            {"@type": "type.googleapis.com/google.rpc.QuotaFailure", "violations": [{"quotaMetric": "requests"}]},
            {"@type": "type.googleapis.com/google.rpc.RetryInfo", "retryDelay": retry_delay},
        ]
    headers = {"Retry-After": retry_after} if retry_after is not None else {}
    return lambda fake, body: (code, json.dumps({"error": error}).encode(), headers)


def hang(then: Reply | None = None) -> Reply:
    """Holds the request until the test releases it, then answers (right answers by default)."""

    def reply(fake: FakeGemini, body: dict[str, Any]) -> tuple[int, bytes]:
        fake.release.wait(HANG_LIMIT_S)
        return (then or answer())(fake, body)

    return reply


@dataclass(frozen=True)
class SeenRequest:
    path: str
    headers: dict[str, str]
    body: bytes
    at: float = 0.0  # time.monotonic() when it arrived

    @property
    def json(self) -> dict[str, Any]:
        return json.loads(self.body)


class FakeGemini:
    def __init__(self) -> None:
        self.requests: list[SeenRequest] = []
        self.script: deque[Reply] = deque()
        self.default: Reply = answer()
        self.release = threading.Event()
        self.active = 0
        self.max_active = 0
        self._cond = threading.Condition()
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                raw = self.rfile.read(int(self.headers.get("Content-Length", 0)))
                with fake._cond:
                    fake.requests.append(SeenRequest(self.path, dict(self.headers), raw, time.monotonic()))
                    reply = fake.script.popleft() if fake.script else fake.default
                    fake.active += 1
                    fake.max_active = max(fake.max_active, fake.active)
                    fake._cond.notify_all()
                try:
                    code, payload, *extra = reply(fake, json.loads(raw))
                    self.send_response(code)
                    for name, value in (extra[0] if extra else {}).items():
                        self.send_header(name, value)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(payload)))
                    self.end_headers()
                    self.wfile.write(payload)
                except OSError:
                    pass  # the client gave up on a hung request
                finally:
                    with fake._cond:
                        fake.active -= 1

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self._server.server_address[1]}"
        self._thread = threading.Thread(
            target=self._server.serve_forever, args=(0.05,), name="fake-gemini", daemon=True
        )

    def then(self, *replies: Reply) -> FakeGemini:
        self.script.extend(replies)
        return self

    def always(self, reply: Reply) -> FakeGemini:
        self.default = reply
        return self

    def wait_for_requests(self, count: int, timeout: float = 5.0) -> bool:
        with self._cond:
            return self._cond.wait_for(lambda: len(self.requests) >= count, timeout)

    def bodies(self) -> list[str]:
        return [r.body.decode("utf-8") for r in self.requests]

    def start(self) -> FakeGemini:
        self._thread.start()
        return self

    def stop(self) -> None:
        self.release.set()
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(5)


def settings_for(fake: FakeGemini, **overrides: Any) -> LlmSettings:
    fields: dict[str, Any] = {
        "api_key": TEST_KEY,
        "model": TEST_MODEL,
        "base_url": fake.url,
        "mode": "sync",
        "deadline_s": 5.0,
        "backoff_s": 0.01,
    }
    return LlmSettings(**(fields | overrides))


_TEMPLATES = TemplateKey()


def item(message: str, source: str = "app", raw: bool = False) -> LlmItem:
    """An item as the engine builds it; `raw` skips TemplateKey masking (redaction must cope alone)."""
    key = _TEMPLATES.key(message)
    text = message if raw else _TEMPLATES.model_text(message)
    return LlmItem(key=key, template_id=template_id(key), source=source, text=text)


def run(coro: Coroutine[Any, Any, T], limit: float = TEST_LIMIT_S) -> T:
    return asyncio.run(asyncio.wait_for(coro, limit))


async def classify_once(
    tier: LlmTier, items: Sequence[LlmItem], deadline: float | None = None
) -> list[Classification | None]:
    try:
        return await tier.classify(items, deadline)
    finally:
        await tier.aclose()


def tier_for(fake: FakeGemini, state_dir: Path | None = None, **overrides: Any) -> LlmTier:
    return LlmTier(settings_for(fake, state_dir=state_dir, **overrides), LABELS)


def deadline_in(seconds: float) -> float:
    return time.monotonic() + seconds
