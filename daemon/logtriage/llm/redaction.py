"""Redaction: the variable, possibly private parts of a log text, masked before it leaves the machine.

Each redaction has a name (the `llm.redact` config list picks some; all by default). They run in
the order below, after the operator's extra patterns, on raw text as well as on TemplateKey output.
A redaction that runs past its time limit fails closed: the whole text becomes one placeholder.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import regex
import structlog

log = structlog.get_logger(__name__)

TIMEOUT_PLACEHOLDER = "<REDACTION_TIMEOUT>"
EXTRA_PLACEHOLDER = "<REDACTED>"

# Words that follow `user`, `for`, `account`... without being a name ("user logged in").
_NOT_NAMES_TEXT = (
    "a an the this that these those all any each every some no not none is was are were has have had be "
    "been will would can could should may must does did do in on at to from with without of by via and or "
    "as if than then up out new more logged login logon logout logoff logging signed sign session sessions "
    "account accounts user users name names id ids data request requests details profile password "
    "passwords quota limit limits deleted created updated changed locked unlocked disabled enabled "
    "authenticated authentication authorized unauthorized failed failure failures succeeded successful "
    "success attempt attempts error errors denied rejected expired timeout invalid unknown illegal "
    "not-found found exists already it them connection connections response reply lock job jobs task "
    "tasks process service backup node host server disk volume shard order ticket invoice lead update "
    "updates approval input resources retry"
)
_NOT_NAMES = _NOT_NAMES_TEXT.split()
_NOT_NAME = "|".join(regex.escape(w) for w in _NOT_NAMES)
_NAME_VALUE = r"(?!<)(?!(?:" + _NOT_NAME + r")(?![\w.@-]))[^\s\"',;:()\[\]{}<>]+"
_AFTER_FOR = r"(?=\s+(?:from|on|at|via|port|with|using|to)\b|\s*[.,;]?\s*$|[\s.,;]*\Z)"


@dataclass(frozen=True, slots=True)
class Redaction:
    name: str
    pattern: regex.Pattern[str]
    replacement: str | Callable[[regex.Match[str]], str]


def _r(name: str, pattern: str, replacement: str, flags: int = 0) -> Redaction:
    return Redaction(name, regex.compile(pattern, flags | regex.VERSION0), replacement)


REDACTIONS: tuple[Redaction, ...] = (
    _r("jwt", r"\beyJ[\w-]{5,}\.[\w-]{5,}\.[\w-]*", "<JWT>"),
    _r("bearer", r"\b(bearer|basic|digest)\s+[\w.~+/=-]{6,}", r"\1 <TOKEN>", regex.IGNORECASE),
    _r("url_credentials", r"(?<=://)[^/\s:@]+:[^/\s@]+@", "<CREDENTIALS>@"),
    _r("url_query", r"(?<=[^\s?#])\?[^\s#\"'<>]*=[^\s#\"'<>]*", "?<QUERY>"),
    _r(
        "secret_value",
        r"\b([\w-]*?(?:api[_-]?key|apikey|access[_-]?key|secret|token|passw(?:or)?d|pwd|auth|credentials?"
        r"|session[_-]?id|sig(?:nature)?|private[_-]?key))([\"']?\s*[:=]\s*[\"']?)([^\s\"'&,;}]+)",
        r"\1\2<SECRET>",
        regex.IGNORECASE,
    ),
    _r(
        "api_key",
        r"\b(?:(?:AKIA|ASIA)[0-9A-Z]{16}|AIza[\w-]{35}|gh[pousr]_[A-Za-z0-9]{30,}|xox[abprs]-[\w-]{10,}"
        r"|sk-[\w-]{20,}|glpat-[\w-]{20,})",
        "<KEY>",
    ),
    _r("email", r"[\w.%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+", "<EMAIL>"),
    _r("uuid", r"\b[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\b", "<UUID>"),
    _r("mac", r"(?<![\w:-])[0-9a-fA-F]{2}(?:([:-])[0-9a-fA-F]{2})(?:\1[0-9a-fA-F]{2}){4}(?![\w:-])", "<MAC>"),
    _r(
        "ip",
        r"(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?::\d{1,5})?(?!\d)"
        r"|(?<![\w:])(?:(?:[0-9a-fA-F]{1,4}:){4,7}[0-9a-fA-F]{1,4}"
        r"|(?:[0-9a-fA-F]{1,4}:){0,6}[0-9a-fA-F]{0,4}::(?:[0-9a-fA-F]{1,4}:){0,6}[0-9a-fA-F]{1,4})(?![\w:])",
        "<IP>",
    ),
    _r("hex", r"\b(?:0[xX])?[0-9a-fA-F]{12,}\b", "<HEX>"),
    _r(
        "token",
        r"(?<![\w+/=-])(?=[\w+/-]*\d)(?=[\w+/-]*[a-z])(?=[\w+/-]*[A-Z])[\w+/-]{20,}={0,2}(?![\w+/=-])",
        "<TOKEN>",
    ),
    _r("id", r"\b(?=(?:[A-Za-z_-]*\d){3})(?=[\w-]*[A-Za-z])[A-Za-z0-9][\w-]{5,}\b", "<ID>"),
    _r(
        "long_number",
        r"\+\d[\d ().-]{7,}\d\b|\b\d(?:[ -]?\d){12,18}\b|(?<![\w.])\d{5,}(?![\w])",
        "<NUM>",
    ),
    _r(
        "user",
        r"\b(user(?:name)?|login|account|owner|uid|principal)(\s*[=:]\s*|\s+)([\"']?)" + _NAME_VALUE,
        r"\1\2\3<USER>",
        regex.IGNORECASE,
    ),
    _r(
        "user",
        r"\b(for(?:\s+(?:invalid|illegal|unknown)\s+user)?|by)(\s+)([\"']?)" + _NAME_VALUE + _AFTER_FOR,
        r"\1\2\3<USER>",
        regex.IGNORECASE,
    ),
    _r("home_dir", r"(/home/|/Users/|[A-Za-z]:\\Users\\)[^/\\\s]+", r"\1<USER>", regex.IGNORECASE),
)
REDACTION_NAMES: tuple[str, ...] = tuple(dict.fromkeys(r.name for r in REDACTIONS))


class Redactor:
    """Masks private values; `names` picks built-in redactions (None: all), `extra` adds regexes."""

    def __init__(self, names: Sequence[str] | None = None, extra: Sequence[str] = (), timeout_s: float = 0.05) -> None:
        unknown = sorted(set(names or ()) - set(REDACTION_NAMES))
        if unknown:
            raise ValueError(f"llm.redact names unknown redactions {unknown}; known: {', '.join(REDACTION_NAMES)}")
        chosen = set(REDACTION_NAMES if names is None else names)
        extras = []
        for pattern in extra:
            try:
                extras.append(Redaction("extra", regex.compile(pattern), EXTRA_PLACEHOLDER))
            except regex.error as err:
                raise ValueError(f"llm.redact_extra pattern {pattern!r} is not a valid regex: {err}") from err
        self.redactions = (*extras, *(r for r in REDACTIONS if r.name in chosen))
        self.names = tuple(n for n in REDACTION_NAMES if n in chosen)
        self.timeout_s = timeout_s
        self.timeouts = 0

    def redact(self, text: str) -> str:
        for redaction in self.redactions:
            try:
                text = redaction.pattern.sub(redaction.replacement, text, timeout=self.timeout_s)
            except TimeoutError:
                self.timeouts += 1
                log.warning("redaction_timeout", redaction=redaction.name, timeout_s=self.timeout_s)
                return TIMEOUT_PLACEHOLDER
        return text
