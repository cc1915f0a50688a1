"""Message templates, one module per label.

A phrasing is text with placeholders: `{ip}` is a random value (see `training/values.py`), `{a|b|c}`
a random choice of literal words, `{{` and `}}` literal braces. A template is one log statement of one
system: a unique name, a label, several phrasings of it, the sources that write it and the prefix
styles (see `training/prefixes.py`) that system puts in front of its lines.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field

from training.values import generate_value

_TOKEN = re.compile(r"\{\{|\}\}|\{([^{}]+)\}")

# Severity words are abstract here; each prefix style spells them its own way.
SEVERITIES = ("debug", "info", "notice", "warn", "error", "crit")

Part = str | tuple[str, ...]  # literal text | ("key",) | ("choice", a, b, ...)


def _compile(phrasing: str) -> tuple[Part, ...]:
    parts: list[Part] = []
    pos = 0
    for m in _TOKEN.finditer(phrasing):
        _literal(phrasing, pos, m.start(), parts)
        token = m.group(0)
        if token in ("{{", "}}"):
            parts.append(token[0])
        elif "|" in token:
            parts.append(("choice", *m.group(1).split("|")))
        else:
            parts.append((m.group(1),))
        pos = m.end()
    _literal(phrasing, pos, len(phrasing), parts)
    return tuple(p for p in parts if p != "")


def _literal(phrasing: str, start: int, end: int, parts: list[Part]) -> None:
    text = phrasing[start:end]
    # A stray brace means a placeholder nested in a choice, which the syntax cannot express.
    if "{" in text or "}" in text:
        raise ValueError(f"unbalanced or nested braces in phrasing {phrasing!r}; write {{{{ }}}} for literals")
    parts.append(text)


@dataclass(frozen=True)
class Template:
    name: str
    label: str
    phrasings: tuple[str, ...]
    sources: tuple[str, ...]
    prefixes: tuple[str, ...]
    severities: tuple[str, ...]
    proc: str | None = None  # program name in syslog-like prefixes; default: from the source
    logger: str | None = None  # logger/component in prefixes; may hold `a|b` choices
    family: str = ""  # the system family (sshd, hdfs, windows-cbs, ...): the unit of leave-one-family-out
    _compiled: tuple[tuple[Part, ...], ...] = field(default=(), repr=False, compare=False)

    def render(self, r: random.Random) -> str:
        parts = self._compiled[r.randrange(len(self._compiled))]
        values: dict[str, str] = {}
        out: list[str] = []
        for p in parts:
            if isinstance(p, str):
                out.append(p)
            elif p[0] == "choice":
                out.append(p[1 + r.randrange(len(p) - 1)])
            else:
                key = p[0]
                if key not in values:
                    values[key] = generate_value(key, r)
                out.append(values[key])
        return "".join(out)

    def regexes(self, min_literal_letters: int = 0) -> list[tuple[str, re.Pattern[str]]]:
        """One regex per phrasing, variables as wildcards: to tell whether a line came from here, each
        with its longest run of fixed text (a line without that run cannot match: a cheap test first).

        Phrasings with fewer than min_literal_letters letters of fixed text are left out: a phrasing
        that is mostly placeholders (`{method} {url} {status}`) would match any line.
        """
        pats = []
        for parts in self._compiled:
            fixed = [p for p in parts if isinstance(p, str)]
            if sum(c.isalpha() for c in "".join(fixed)) < min_literal_letters:
                continue
            pats.append((max(fixed, key=len), re.compile("".join(_part_regex(p) for p in parts) + "$")))
        return pats


def _part_regex(part: Part) -> str:
    if isinstance(part, str):
        return re.escape(part)
    if part[0] == "choice":
        return "(?:" + "|".join(map(re.escape, part[1:])) + ")"
    return ".+?"


DEFAULT_SEVERITIES: dict[str, tuple[str, ...]] = {
    "HTTP Status": ("info", "info", "info", "notice"),
    "Critical Error": ("crit", "crit", "error"),
    "Error": ("error", "error", "warn"),
    "Security Alert": ("warn", "notice", "error", "crit", "info"),
    "System Notification": ("info", "info", "notice"),
    "Resource Usage": ("info", "info", "warn", "debug"),
    "User Action": ("info", "info", "notice"),
    "Workflow Error": ("error", "error", "warn"),
    "Deprecation Warning": ("warn", "warn", "info", "notice"),
}


def make(
    label: str,
    name: str,
    sources: str,
    prefixes: str,
    *phrasings: str,
    proc: str | None = None,
    logger: str | None = None,
    sev: str | None = None,
    family: str = "",
) -> Template:
    """Build a template; sources, prefixes and sev are space-separated lists to keep modules short."""
    if not phrasings:
        raise ValueError(f"template {name} has no phrasing")
    severities = tuple(sev.split()) if sev else DEFAULT_SEVERITIES[label]
    bad = set(severities) - set(SEVERITIES)
    if bad:
        raise ValueError(f"template {name}: unknown severities {sorted(bad)}, use {SEVERITIES}")
    return Template(
        name=name,
        label=label,
        phrasings=phrasings,
        sources=tuple(sources.split()),
        prefixes=tuple(prefixes.split()),
        severities=severities,
        proc=proc,
        logger=logger,
        family=family,
        _compiled=tuple(_compile(p) for p in phrasings),
    )


def all_templates() -> list[Template]:
    """Every template of every label, in a fixed order (generation order depends on it)."""
    from training.templates import (
        critical_error,
        critical_error_more,
        deprecation_warning,
        deprecation_warning_more,
        error,
        error_more,
        http_status,
        http_status_more,
        resource_usage,
        resource_usage_more,
        security_alert,
        security_alert_more,
        system_notification,
        system_notification_more,
        user_action,
        user_action_more,
        workflow_error,
        workflow_error_more,
    )

    modules = (
        http_status,
        critical_error,
        error,
        security_alert,
        system_notification,
        resource_usage,
        user_action,
        workflow_error,
        deprecation_warning,
        # Added after the originals: appending keeps the per-template streams and order of the others.
        http_status_more,
        critical_error_more,
        error_more,
        security_alert_more,
        system_notification_more,
        resource_usage_more,
        user_action_more,
        workflow_error_more,
        deprecation_warning_more,
    )
    from training.templates.legacy_families import with_families

    templates = with_families([t for m in modules for t in m.TEMPLATES])
    templates += family_templates()
    seen: set[str] = set()
    for t in templates:
        if t.name in seen:
            raise ValueError(f"duplicate template name {t.name}")
        seen.add(t.name)
    return templates


def family_templates() -> list[Template]:
    """Templates of `training/templates/families/<family>.py`, one module per system family.

    Each module has `FAMILY` (a short name: "sshd", "hdfs", "windows-cbs") and `TEMPLATES`; a template
    without a family of its own takes the module's. Modules are read in file-name order.
    """
    import importlib
    import pkgutil
    from dataclasses import replace

    from training.templates import families

    out: list[Template] = []
    for info in sorted(pkgutil.iter_modules(families.__path__), key=lambda i: i.name):
        if info.name.startswith("_"):
            continue
        module = importlib.import_module(f"training.templates.families.{info.name}")
        family = getattr(module, "FAMILY", info.name)
        out += [t if t.family else replace(t, family=family) for t in module.TEMPLATES]
    return out
