"""Settings: each part declares its own once; key, variable, flag, checks and docs/reference.md follow from that.

A `Setting` names `section.key`, its type (that of its default unless given), default, help, checks and
whether a SIGHUP reload may change it. From it: the TOML key `key` of `[section]`, the environment variable
`LOGTRIAGE_SECTION_KEY`, the flag `--section-key` (a command whose settings share one section may leave the
section out: the bridge's `--forward-to` is `bridge.forward_to`). Precedence: flag > environment > TOML > default.
A part declares a tuple of Settings, or a dataclass whose fields are `setting(...)` (`declare()` reads them).
This module imports nothing of logtriage's parts: the parts import it.
"""

from __future__ import annotations

import argparse
import dataclasses
import enum
import os
import tomllib
import types
import typing
import warnings
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

T = TypeVar("T")
_TRUE = ("1", "true", "yes", "on")
_FALSE = ("0", "false", "no", "off")


class ConfigError(ValueError):
    """A setting that cannot be used; the message names where it came from."""


class Reload(enum.Enum):
    """What a SIGHUP reload does with a changed value."""

    RESTART = "no: restart"  # read once at start; a reload logs restart_needed
    APPLY = "yes"
    CACHE = "yes: drops the answer cache"  # the cached answers depend on it
    EMBEDDER = "yes: loads the embedder again"  # it decides which embedder is built (and so the cache)


@dataclass(frozen=True)
class Setting:
    key: str  # "section.name"
    default: Any
    help: str
    short_flag: str | None = None
    reload: Reload = Reload.RESTART
    kind: type | None = None  # None: the default's type (str when the default is None)
    choices: tuple[str, ...] = ()  # besides empty, when the default is empty
    at_least: float | None = None
    parse: Callable[[str], Any] | None = None  # text of a flag, variable or TOML string to the value
    modes: tuple[str, ...] = ()  # the subcommands that have it; empty: all
    flag_has_section: bool = True
    metavar: str | None = None
    renamed_from: tuple[str, ...] = ()  # old keys, still read (with a warning naming this one) for one release
    mode_defaults: tuple[tuple[str, Any], ...] = ()  # (subcommand, its own default) pairs, over `default`
    check: Callable[[Any], str | None] | None = None  # a non-empty value to what is wrong with it, or None

    def default_for(self, mode: str | None) -> Any:
        return dict(self.mode_defaults).get(mode, self.default) if mode is not None else self.default

    @property
    def section(self) -> str:
        return self.key.partition(".")[0]

    @property
    def name(self) -> str:
        return self.key.partition(".")[2]

    @property
    def env(self) -> str:
        return env_name(self.key)

    @property
    def flag(self) -> str:
        return flag_name(self.key if self.flag_has_section else self.name)

    @property
    def value_kind(self) -> type:
        if self.kind is not None:
            return self.kind
        return type(self.default) if self.default is not None else str

    @property
    def dest(self) -> str:
        """The argparse attribute: `cfg_section__key`; the bare name when the flag has no section."""
        return "cfg_" + self.key.replace(".", "__") if self.flag_has_section else self.name

    def problem(self, value: Any) -> str | None:
        """What is wrong with a value of the right type, or None."""
        if self.choices and value not in ("", None) and value not in self.choices:
            return f"use one of {', '.join(self.choices)}"
        if self.at_least is not None and value is not None and float(value) < self.at_least:
            return "it must not be negative" if self.at_least == 0 else f"it must be at least {self.at_least:g}"
        if self.check is not None and value not in ("", None):
            return self.check(value)
        return None

    def coerce(self, value: Any, where: str) -> Any:
        """`value` (text of a flag or variable, or a TOML value) as this setting's type, checked."""
        try:
            if self.parse is not None and isinstance(value, str):
                out = self.parse(value)
            else:
                out = _convert(self.value_kind, value)
        except (TypeError, ValueError) as exc:
            detail = str(exc) if self.parse is not None else f"{value!r} is not a valid {self.value_kind.__name__}"
            raise ConfigError(
                f"{where}: {detail} for {self.key}" if self.parse is None else f"{where}: {detail}"
            ) from exc
        problem = self.problem(out)
        if problem:
            raise ConfigError(f"{where}: {self.key} {out!r}: {problem}")
        return out


def env_name(key: str) -> str:
    return "LOGTRIAGE_" + key.replace(".", "_").upper()


def flag_name(key: str) -> str:
    return "--" + key.replace(".", "-").replace("_", "-")


def parse_bool(text: str) -> bool:
    lowered = str(text).strip().lower()
    if lowered not in (*_TRUE, *_FALSE):
        raise ValueError(f"{text!r} is not true or false")
    return lowered in _TRUE


def parse_size(text: str) -> int:
    """`64M`, `512K`, `1G` or a plain number of bytes."""
    digits = str(text).strip().lower().removesuffix("b").removesuffix("i")
    unit = digits[-1:] if digits[-1:] in ("k", "m", "g") else ""
    number = digits.removesuffix(unit).strip()
    if not number.isdigit():
        raise ValueError(f"{text!r} is not a size like 64M, 512K or 1048576")
    return int(number) << {"": 0, "k": 10, "m": 20, "g": 30}[unit]


def split_host_port(text: str, allow_port_zero: bool = False) -> tuple[str, int] | None:
    """`HOST:PORT` or `[V6]:PORT` to (host, port); None when it is not one (each caller names its setting)."""
    host, sep, port = text.rpartition(":")
    host = host.strip("[]")
    if not sep or not host or not port.isdigit() or not (0 if allow_port_zero else 1) <= int(port) <= 65535:
        return None
    return host, int(port)


def host_port_problem(text: str) -> str | None:
    """A `check` for a listening address: HOST:PORT (port 0: any free port)."""
    return None if split_host_port(text, allow_port_zero=True) else "expected HOST:PORT, e.g. 127.0.0.1:9464"


def file_mode_problem(text: str) -> str | None:
    """A `check` for an octal file mode."""
    return None if parse_file_mode(text) is not None else "expected an octal file mode such as 0660"


def parse_file_mode(text: str) -> int | None:
    """Octal file mode text such as `0660`; None when it is not one."""
    try:
        mode = int(str(text), 8)
    except ValueError:
        return None
    return mode if 0 <= mode <= 0o777 else None


def _convert(kind: type, value: Any) -> Any:
    if kind is bool:
        return value if isinstance(value, bool) else parse_bool(value)
    if kind in (list, tuple):
        if isinstance(value, list | tuple):  # a TOML array: its items as written
            return kind(str(v) for v in value)
        return kind(item.strip() for item in str(value).split(",") if item.strip())
    return kind(value)


# -- a dataclass as the declaration ---------------------------------------------------------------------------


def setting(default: T, help: str, **options: Any) -> T:
    """A dataclass field that is also a setting's declaration (see `declare`); `options` as in Setting."""
    return dataclasses.field(default=default, metadata={"setting": (help, options)})


def declare(cls: type, section: str) -> tuple[Setting, ...]:
    """The settings of a dataclass's `setting(...)` fields, as `section.<field>`; an `X | None` field reads empty
    text as None."""
    hints = typing.get_type_hints(cls)
    out = []
    for f in dataclasses.fields(cls):
        if "setting" not in f.metadata:
            continue
        help_text, options = f.metadata["setting"]
        kind = options.get("kind") or _kind_of(hints[f.name])
        default = "" if f.default is None and kind is str else f.default  # a TOML file has no None
        out.append(Setting(f"{section}.{f.name}", default, help_text, **{**options, "kind": kind}))
    return tuple(out)


def check_fields(obj: Any, settings: Iterable[Setting]) -> None:
    """Raises ValueError naming the first field of `obj` its declaration does not allow."""
    for s in settings:
        value = getattr(obj, s.name)
        problem = s.problem(value)
        if problem:
            raise ValueError(f"{s.key} is {value!r}; {problem}")


def _kind_of(hint: Any) -> type:
    args = [a for a in typing.get_args(hint) if a is not type(None)]
    if isinstance(hint, types.UnionType) or typing.get_origin(hint) is typing.Union:
        hint = args[0]
    origin = typing.get_origin(hint) or hint
    if origin is tuple:
        return list
    return str if origin is Path else origin


# -- loading --------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Config:
    values: Mapping[str, Any]

    def __getitem__(self, key: str) -> Any:
        return self.values[key]

    def section(self, name: str) -> dict[str, Any]:
        prefix = name + "."
        return {k[len(prefix) :]: v for k, v in self.values.items() if k.startswith(prefix)}


def add_flags(
    parser: argparse.ArgumentParser,
    table: Sequence[Setting],
    mode: str | None = None,
    *,
    env_in_help: bool = False,
    config_help: str = "TOML file; env LOGTRIAGE_CONFIG",
) -> None:
    """`--config` and one flag per setting (of `mode`); `env_in_help` also names the variable, and bools may be bare."""
    parser.add_argument("--config", type=Path, metavar="FILE" if env_in_help else None, help=config_help)
    for s in table:
        if mode is not None and s.modes and mode not in s.modes:
            continue
        names = [s.flag] + ([s.short_flag] if s.short_flag else [])
        if s.renamed_from:
            old = [flag_name(key if s.flag_has_section else key.partition(".")[2]) for key in s.renamed_from]
            names += old
            extra_action: dict[str, Any] = {"action": _RenamedFlag, "old_names": old}
        else:
            extra_action = {}
        if env_in_help:
            extra: dict[str, Any] = (
                {"nargs": "?", "const": "true", "metavar": "BOOL"}
                if s.value_kind is bool
                else {"metavar": s.metavar or s.name.upper()}
            )
            default = s.default_for(mode)
            shown = "None" if default is None else show(default, lower_bools=True)
            text = f"{s.help} [default: {shown}; env {s.env}]"
        else:
            extra = {"metavar": s.metavar or s.value_kind.__name__.upper()}
            text = f"{s.help} (default {show(s.default)!r})"
        parser.add_argument(*names, dest=s.dest, default=None, help=text, **extra, **extra_action)


class _RenamedFlag(argparse.Action):
    """Stores the value; given by an old name, it warns naming the new one."""

    def __init__(self, *args: Any, old_names: Sequence[str] = (), **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.old_names = tuple(old_names)

    def __call__(
        self, parser: Any, namespace: argparse.Namespace, values: Any, option_string: str | None = None
    ) -> None:
        if option_string in self.old_names:
            _renamed(f"flag {option_string}", self.option_strings[0])
        setattr(namespace, self.dest, values)


def show(value: Any, lower_bools: bool = False) -> Any:
    """A default as help shows it: None as empty, tuples as lists."""
    if value is None:
        return ""
    if isinstance(value, bool) and lower_bools:
        return str(value).lower()
    return list(value) if isinstance(value, tuple) else value


def load(
    table: Sequence[Setting],
    args: argparse.Namespace | None = None,
    environ: Mapping[str, str] | None = None,
    *,
    mode: str | None = None,
    sections: tuple[str, ...] | None = None,
) -> Config:
    """The values of `table` (of `mode`): flag > environment > TOML (--config, else LOGTRIAGE_CONFIG) > default.

    `sections`: the TOML tables this command reads, others ignored, an unknown key in them a warning (the
    bridge; the keys of its other modes are known); None reads every table and an unknown key is an error.
    """
    environ = os.environ if environ is None else environ
    active = [s for s in table if mode is None or not s.modes or mode in s.modes]
    values = {s.key: _default(s, mode) for s in active}
    path = getattr(args, "config", None) or environ.get("LOGTRIAGE_CONFIG")
    if path:
        values.update(_read_toml(Path(path), table, active, sections))
    for s in active:
        for old in s.renamed_from:
            if env_name(old) in environ and s.env not in environ:
                _renamed(f"environment {env_name(old)}", s.env)
                values[s.key] = s.coerce(environ[env_name(old)], f"environment {env_name(old)}")
        if s.env in environ:
            values[s.key] = s.coerce(environ[s.env], f"environment {s.env}")
        flag_value = getattr(args, s.dest, None) if args is not None else None
        if flag_value is not None:
            values[s.key] = s.coerce(flag_value, f"flag {s.flag}")
    return Config(values)


def _default(setting: Setting, mode: str | None) -> Any:
    value = setting.default_for(mode)
    return None if value is None else setting.coerce(value, f"default of {setting.key}")


def _read_toml(
    path: Path, table: Sequence[Setting], active: Sequence[Setting], sections: tuple[str, ...] | None
) -> dict[str, Any]:
    try:
        doc = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read config: {exc}") from exc
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: TOML error: {exc}") from exc
    known = {s.key: s for s in table}
    renamed = {old: s for s in table for old in s.renamed_from}
    wanted = {s.key for s in active}
    out: dict[str, Any] = {}
    for section, entries in doc.items():
        if sections is not None and section not in sections:
            continue
        if not isinstance(entries, dict):
            raise ConfigError(f"{path}: top-level key {section!r} must be a [section]")
        for name, value in entries.items():
            key = f"{section}.{name}"
            if key in renamed and renamed[key].key not in {f"{section}.{n}" for n in entries}:
                _renamed(f"{path}: {key}", renamed[key].key)
                key = renamed[key].key
            if key not in known:
                if sections is None:
                    raise ConfigError(f"{path}: unknown setting {key!r}; see 'logtriaged --help'")
                warnings.warn(f"{path}: unknown setting {key!r} ignored", UserWarning, stacklevel=3)
                continue
            if key in wanted:
                out[key] = known[key].coerce(value, f"{path}: {key}")
    return out


def _renamed(where: str, new: str) -> None:
    warnings.warn(f"{where} is renamed {new}; the old name goes away in the next release", FutureWarning, stacklevel=3)
