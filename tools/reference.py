"""Writes the generated tables of docs/reference.md from the settings and flags the daemon really has.

The file's prose is edited by hand; each table between `<!-- generated: NAME -->` and
`<!-- end generated: NAME -->` is rewritten from the declarations (`config.SETTINGS`, the bridge's
`BRIDGE_SETTINGS`) and `logtriaged`'s parser,
so the reference cannot drift from the code. A test checks that the committed file is current.

    python -m tools.reference --write    # after adding or changing a setting
    python -m tools.reference --check    # exit 1 if docs/reference.md is stale
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from logtriage import config, settings
from logtriage.bridge.settings import BRIDGE_SETTINGS
from logtriage.service.daemon import build_parser  # importing the daemon registers every component's settings

REFERENCE = config.ROOT / "docs" / "reference.md"

# variables that are not settings: (name, default, meaning)
OTHER_ENVIRONMENT = (
    ("LOGTRIAGE_CONFIG", "", "TOML file to read, when `--config` is not given"),
    ("GEMINI_API_KEY", "", "API key of the LLM tier; the tier is off while neither key is set"),
    ("GOOGLE_API_KEY", "", "the same; wins over `GEMINI_API_KEY` when both are set"),
    ("LOGTRIAGE_CACHE_REDIS_PASSWORD", "", "password of `cache.redis_url` when the URL carries none"),
    ("REDISCLI_AUTH", "", "the same, as redis-cli reads it; `LOGTRIAGE_CACHE_REDIS_PASSWORD` wins"),
    ("NOTIFY_SOCKET", "", "set by systemd (`Type=notify`): where READY, RELOADING, STOPPING and WATCHDOG go"),
    ("WATCHDOG_USEC", "", "set by systemd (`WatchdogSec=`): the daemon pings every half of it"),
    ("WATCHDOG_PID", "", "set by systemd: the watchdog is ignored when it names another process"),
)


def show_default(value: Any) -> str:
    value = settings.show(value)
    if value == "":
        return "empty"
    if isinstance(value, str) and value.startswith(str(config.ROOT)):
        return f"`<source>{value.removeprefix(str(config.ROOT))}`"  # the checkout's own folders
    if isinstance(value, bool):
        return f"`{str(value).lower()}`"
    if isinstance(value, int) and value >= 1 << 20 and value % (1 << 20) == 0:
        return f"`{value}` ({value >> 20} MiB)"
    return f"`{value}`"


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _table(header: tuple[str, ...], rows: list[tuple[str, ...]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join(" --- " for _ in header) + "|"]
    lines += ["| " + " | ".join(_cell(c) for c in row) + " |" for row in rows]
    return "\n".join(lines)


def settings_table() -> str:
    rows = [
        (f"`{s.key}`", s.help, show_default(s.default), f"`{s.env}`", f"`{s.flag}`", s.reload.value)
        for s in config.SETTINGS
    ]
    return _table(("Key", "Description", "Default", "Environment", "Flag", "SIGHUP reload"), rows)


def flags_table() -> str:
    by_flag = {s.flag: s for s in config.SETTINGS}
    rows = []
    for action in build_parser()._actions:
        names = ", ".join(f"`{o}`" for o in action.option_strings)
        setting = by_flag.get(action.option_strings[0]) if action.option_strings else None
        if setting is not None:
            rows.append((names, f"sets `{setting.key}`: {setting.help}", show_default(setting.default)))
        elif action.option_strings:
            rows.append(
                (names, action.help or "", show_default(action.default if action.default != argparse.SUPPRESS else ""))
            )
    return _table(("Flag", "Description", "Default"), rows)


def environment_table() -> str:
    rows = [(f"`{s.env}`", f"sets `{s.key}`: {s.help}", show_default(s.default)) for s in config.SETTINGS]
    rows += [(f"`{name}`", meaning, show_default(default)) for name, default, meaning in OTHER_ENVIRONMENT]
    return _table(("Variable", "Description", "Default"), rows)


def bridge_default(setting: settings.Setting) -> str:
    if not setting.mode_defaults:
        return show_default(setting.default)
    return ", ".join(f"{show_default(value)} ({mode})" for mode, value in setting.mode_defaults)


def bridge_table() -> str:
    rows = [
        (f"`{s.flag}`", f"`{s.name}`", f"`{s.env}`", ", ".join(s.modes), s.help, bridge_default(s))
        for s in BRIDGE_SETTINGS
    ]
    return _table(("Flag", "[bridge] key", "Environment", "Modes", "Description", "Default"), rows)


GENERATORS: dict[str, Callable[[], str]] = {
    "settings": settings_table,
    "flags": flags_table,
    "environment": environment_table,
    "bridge": bridge_table,
}
_BLOCK = re.compile(r"(<!-- generated: (\w+) -->\n).*?(\n<!-- end generated: \2 -->)", re.DOTALL)


def render(text: str) -> str:
    """`text` with every generated block rewritten; an unknown block name is an error."""

    def replace(match: re.Match[str]) -> str:
        name = match.group(2)
        if name not in GENERATORS:
            raise ValueError(f"docs/reference.md: unknown generated block {name!r}; known: {sorted(GENERATORS)}")
        return match.group(1) + GENERATORS[name]() + match.group(3)

    return _BLOCK.sub(replace, text)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.reference", description=__doc__.splitlines()[0])
    parser.add_argument("--path", type=Path, default=REFERENCE)
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--write", action="store_true", help="rewrite the generated tables in place")
    mode.add_argument("--check", action="store_true", help="exit 1 if the file is not current")
    args = parser.parse_args(argv)
    current = args.path.read_text(encoding="utf-8")
    fresh = render(current)
    if args.write:
        if fresh != current:
            args.path.write_text(fresh, encoding="utf-8")
        return 0
    if args.check:
        if fresh != current:
            print(f"{args.path} is stale: run python -m tools.reference --write", file=sys.stderr)
            return 1
        return 0
    sys.stdout.write(fresh)
    return 0


if __name__ == "__main__":
    sys.exit(main())
