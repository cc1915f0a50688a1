"""One request for several templates: the prompt, the response schema, and reading the answer.

The schema is a JSON object with one required property per template ("1", "2", ...), each an enum
of the allowed labels, so the API itself keeps answers inside the label set; the reader still checks,
because a proxy, an older model or a truncated answer can break that promise.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from google.genai import types

from ..records import UNCLASSIFIED

MAX_SOURCE_CHARS = 64
REDACT_INPUT_FACTOR = 4  # raw text redacted: at most this many times the characters sent

SYSTEM_INSTRUCTION = (
    "You label log message templates for an operations team. Variable parts of each template were "
    "replaced by placeholders such as <NUM>, <IP>, <EMAIL>, <USER>, <TOKEN> or <*>. Each input line is "
    "'<id>. [<source>] <template>'. Answer with a JSON object that maps every id to exactly one label "
    'from the allowed labels. Use "{unclassified}" when no label fits.\nAllowed labels:\n{labels}'
)


@dataclass(frozen=True, slots=True)
class PromptLine:
    source: str
    text: str  # already redacted


@dataclass(frozen=True, slots=True)
class ParsedAnswers:
    labels: list[str | None]  # per line; None: no usable answer for it (malformed or missing)
    out_of_set: int  # answers outside the label set, turned into Unclassified
    malformed: int  # lines without a usable answer


def allowed_labels(labels: Sequence[str]) -> tuple[str, ...]:
    return (*dict.fromkeys(label for label in labels if label != UNCLASSIFIED), UNCLASSIFIED)


def one_line(text: str, max_chars: int) -> str:
    """Whitespace and control characters collapsed, so a template cannot pose as another prompt line."""
    text = text.encode("utf-8", "replace").decode("utf-8")  # lone surrogates from undecodable input
    flat = "".join(ch if ch.isprintable() else " " for ch in text)
    return " ".join(flat.split())[:max_chars]


def prompt_line(source: str, text: str, redact: Callable[[str], str], max_chars: int) -> PromptLine:
    """Redacts before it clips, so a secret cut in half cannot slip past a length-based pattern."""
    raw_limit = max_chars * REDACT_INPUT_FACTOR
    return PromptLine(
        one_line(redact(source[:raw_limit]), MAX_SOURCE_CHARS), one_line(redact(text[:raw_limit]), max_chars)
    )


def system_instruction(allowed: Sequence[str]) -> str:
    return SYSTEM_INSTRUCTION.format(unclassified=UNCLASSIFIED, labels="\n".join(f"- {label}" for label in allowed))


def user_prompt(lines: Sequence[PromptLine]) -> str:
    return "\n".join(f"{i}. [{line.source}] {line.text}" for i, line in enumerate(lines, start=1))


def response_schema(allowed: Sequence[str], count: int) -> types.Schema:
    ids = [str(i) for i in range(1, count + 1)]
    label = types.Schema(type=types.Type.STRING, enum=list(allowed))
    return types.Schema(type=types.Type.OBJECT, properties=dict.fromkeys(ids, label), required=ids)


def parse_answers(text: str | None, count: int, allowed: Sequence[str]) -> ParsedAnswers:
    """Reads the model's JSON; anything that is not a label of `allowed` is never passed on."""
    try:
        data = json.loads(_strip_fence(text or ""))
    except ValueError:
        data = None
    if isinstance(data, list) and len(data) == count:  # an ordered list instead of the object asked for
        data = {str(i): value for i, value in enumerate(data, start=1)}
    if not isinstance(data, dict):
        return ParsedAnswers([None] * count, 0, count)
    allowed_set = set(allowed)
    labels: list[str | None] = []
    out_of_set = 0
    for i in range(1, count + 1):
        value = data.get(str(i))
        if not isinstance(value, str) or not value.strip():
            labels.append(None)
        elif value.strip() in allowed_set:
            labels.append(value.strip())
        else:
            labels.append(UNCLASSIFIED)
            out_of_set += 1
    return ParsedAnswers(labels, out_of_set, labels.count(None))


def _strip_fence(text: str) -> str:
    text = text.strip()
    if text.startswith("```"):
        text = text.split("\n", 1)[1] if "\n" in text else ""
        text = text.rsplit("```", 1)[0]
    return text
