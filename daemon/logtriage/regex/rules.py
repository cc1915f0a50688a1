"""Loads regex rules and source routes from the YAML files of a rules directory.

Every `*.yaml` / `*.yml` file in the directory is read in name order. A file may hold
`rules:` (ordered; the first match wins) and `routes:` (which tiers a source goes through).
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import regex
import yaml

TIER_NAMES = ("regex", "model", "llm")
DEFAULT_TIERS: tuple[str, ...] = TIER_NAMES


class RulesError(ValueError):
    """A rules directory that cannot be served; the message names the file and what is wrong."""


@dataclass(frozen=True, slots=True)
class Rule:
    id: str
    label: str
    pattern: regex.Pattern[str]
    sources: frozenset[str] | None  # None: every source
    origin: str  # file:line, for error messages and GetInfo


@dataclass(frozen=True, slots=True)
class Route:
    id: str
    sources: frozenset[str]
    tiers: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class RuleSet:
    rules: tuple[Rule, ...]
    routes: tuple[Route, ...]
    default_tiers: tuple[str, ...]

    @property
    def labels(self) -> set[str]:
        return {rule.label for rule in self.rules}

    def tiers_for(self, source: str) -> tuple[str, ...]:
        for route in self.routes:
            if source in route.sources:
                return route.tiers
        return self.default_tiers


def load_rules(directory: Path) -> RuleSet:
    if not directory.is_dir():
        raise RulesError(f"rules directory {directory} does not exist; set --rules to a folder of YAML files")
    rules: list[Rule] = []
    routes: list[Route] = []
    default_tiers: tuple[str, ...] = DEFAULT_TIERS
    seen: dict[str, str] = {}
    files = sorted(p for p in directory.iterdir() if p.suffix in (".yaml", ".yml") and p.is_file())
    for path in files:
        doc = _read_yaml(path)
        for item, line in _entries(doc, "rules", path):
            rule = _parse_rule(item, f"{path}:{line}")
            if rule.id in seen:
                raise RulesError(f"{path}:{line}: rule id {rule.id!r} is already used at {seen[rule.id]}")
            seen[rule.id] = rule.origin
            rules.append(rule)
        for item, line in _entries(doc, "routes", path):
            routes.append(_parse_route(item, f"{path}:{line}"))
        if "default_tiers" in doc:
            default_tiers = _parse_tiers(doc["default_tiers"], f"{path}: default_tiers")
    return RuleSet(tuple(rules), tuple(routes), default_tiers)


class _LineLoader(yaml.SafeLoader):
    """A safe loader that remembers the line of every mapping, for error messages."""


def _construct_mapping(loader: _LineLoader, node: yaml.MappingNode) -> dict[Hashable, Any]:
    mapping = loader.construct_mapping(node, deep=True)
    mapping["__line__"] = node.start_mark.line + 1
    return mapping


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


def _read_yaml(path: Path) -> dict[str, Any]:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise RulesError(f"{path}: cannot read rules file: {exc}") from exc
    try:
        doc = yaml.load(text, Loader=_LineLoader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        where = f"{path}:{mark.line + 1}:{mark.column + 1}" if mark else str(path)
        raise RulesError(f"{where}: YAML error: {exc.problem or exc.context}") from exc
    except yaml.YAMLError as exc:
        raise RulesError(f"{path}: YAML error: {exc}") from exc
    if doc is None:
        return {}
    if not isinstance(doc, dict):
        raise RulesError(f"{path}:1: expected a mapping with 'rules:' and/or 'routes:'")
    return doc


def _entries(doc: dict[str, Any], key: str, path: Path) -> list[tuple[dict[str, Any], int]]:
    items = doc.get(key) or []
    if not isinstance(items, list):
        raise RulesError(f"{path}:{doc.get('__line__', 1)}: '{key}' must be a list")
    out = []
    for item in items:
        if not isinstance(item, dict):
            raise RulesError(f"{path}: every entry of '{key}' must be a mapping, got {item!r}")
        out.append((item, int(item.get("__line__", 0))))
    return out


def _parse_rule(item: dict[str, Any], origin: str) -> Rule:
    for key in ("id", "label", "pattern"):
        if not isinstance(item.get(key), str) or not item[key]:
            raise RulesError(f"{origin}: rule needs a non-empty string '{key}'")
    flags = 0
    if item.get("ignore_case", False):
        flags |= regex.IGNORECASE
    try:
        pattern = regex.compile(item["pattern"], flags | regex.VERSION1)
    except regex.error as exc:
        raise RulesError(f"{origin}: rule {item['id']!r} has an invalid pattern: {exc}") from exc
    return Rule(item["id"], item["label"], pattern, _sources(item, origin), origin)


def _parse_route(item: dict[str, Any], origin: str) -> Route:
    if not isinstance(item.get("id"), str):
        raise RulesError(f"{origin}: route needs a string 'id'")
    sources = _sources(item, origin)
    if not sources:
        raise RulesError(f"{origin}: route {item['id']!r} needs a non-empty 'sources' list")
    return Route(item["id"], sources, _parse_tiers(item.get("tiers"), origin))


def _sources(item: dict[str, Any], origin: str) -> frozenset[str] | None:
    sources = item.get("sources")
    if sources is None:
        return None
    if not isinstance(sources, list) or not all(isinstance(s, str) for s in sources):
        raise RulesError(f"{origin}: 'sources' must be a list of strings")
    return frozenset(sources)


def _parse_tiers(tiers: Sequence[str] | None, origin: str) -> tuple[str, ...]:
    if not isinstance(tiers, list) or not tiers:
        raise RulesError(f"{origin}: 'tiers' must be a non-empty list drawn from {list(TIER_NAMES)}")
    unknown = [t for t in tiers if t not in TIER_NAMES]
    if unknown:
        raise RulesError(f"{origin}: unknown tier(s) {unknown}; use any of {list(TIER_NAMES)}")
    return tuple(tiers)
