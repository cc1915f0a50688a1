"""One place for every setting: a TOML key, the same key as an environment variable and a flag.

Precedence: flag > environment > TOML file > default. `section.key` in TOML is
`LOGTRIAGE_SECTION_KEY` in the environment and `--section-key` on the command line; a few
everyday settings also have a short flag (`--listen`, `--rules`, `--model`).
"""

from __future__ import annotations

import argparse
import os
import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .bundled import CHECKOUT, bundled_path

ROOT = CHECKOUT  # the source checkout this package runs from (tools, tests); the bundled files: bundled_path()


class ConfigError(ValueError):
    """A setting that cannot be used; the message names where it came from."""


@dataclass(frozen=True)
class Setting:
    key: str  # "section.name"
    default: Any
    help: str
    short_flag: str | None = None

    @property
    def env(self) -> str:
        return "LOGTRIAGE_" + self.key.replace(".", "_").upper()

    @property
    def flag(self) -> str:
        return "--" + self.key.replace(".", "-").replace("_", "-")

    @property
    def kind(self) -> type:
        return type(self.default) if self.default is not None else str


SETTINGS: tuple[Setting, ...] = (
    Setting("server.listen", "127.0.0.1:50051", "gRPC address: host:port, or unix:/path", "--listen"),
    Setting("server.unix_socket_mode", "0660", "file mode of a unix socket (octal)"),
    Setting("server.max_in_flight_records", 50_000, "records in work at once; past it, RESOURCE_EXHAUSTED"),
    Setting("server.max_in_flight_bytes", 128 << 20, "request bytes in work at once; past it, RESOURCE_EXHAUSTED"),
    Setting("server.max_message_bytes", 32 << 20, "largest gRPC request accepted, in bytes"),
    Setting("server.max_batch_records", 10_000, "most records in one batch request"),
    Setting("server.grace_s", 10.0, "on SIGTERM, how long in-flight calls may finish"),
    Setting("server.tls_cert", "", "PEM server certificate; with tls_key, serve TLS"),
    Setting("server.tls_key", "", "PEM private key of tls_cert"),
    Setting("server.tls_client_ca", "", "PEM CA bundle; when set, clients must present a certificate"),
    Setting("rules.dir", str(bundled_path("rules")), "folder of rule and route YAML files", "--rules"),
    Setting("rules.match_timeout_ms", 50.0, "time limit of one rule on one message"),
    Setting("rules.max_chars", 8192, "characters of a message the rules look at"),
    Setting(
        "rules.record_budget_ms", 50.0, "time all rules together may take on one record; past it, the model answers"
    ),
    Setting("rules.batch_budget_ms", 500.0, "time the rules may take on one batch; the rest go to the model"),
    Setting("model.dir", str(bundled_path("models/default")), "model folder (manifest.json + weights.npz)", "--model"),
    Setting("model.threshold", -1.0, "override the manifest's acceptance threshold (negative: keep it)"),
    Setting(
        "model.floor",
        -1.0,
        "override the manifest's floor: with no LLM to ask, best guesses at or above it are answered "
        "(negative: keep it)",
    ),
    Setting("model.threads", 2, "torch threads for embedding"),
    Setting("model.max_seq_length", 0, "override the manifest's token limit (0: keep it)"),
    Setting("model.batch_size", 64, "templates per embedding batch"),
    Setting("model.batch_wait_ms", 2.0, "how long a new template waits for others to join its embedding batch"),
    Setting(
        "model.words_first",
        True,
        "answer new templates from word features alone when the model's words-first stage is sure; "
        "false embeds every new template",
    ),
    Setting("model.backend", "torch", "embedding backend: torch, or onnx (files from 'logtriage export-onnx')"),
    Setting("model.onnx_dir", "", "folder written by 'logtriage export-onnx' (model.backend = onnx)"),
    Setting("model.onnx_int8", False, "int8 ONNX weights: ~1.75x faster, 1.7 macro-F1 points lower on the check set"),
    Setting("cache.max_entries", 200_000, "templates kept in the answer cache"),
    Setting("cache.max_bytes", 128 << 20, "approximate bytes of the answer cache"),
    Setting("template.max_chars", 2048, "characters of a message that make its template"),
    Setting("log.level", "info", "debug, info, warning or error"),
    Setting("log.format", "json", "json, or console for people"),
    # service (issue 7)
    Setting("metrics.listen", "", "Prometheus /metrics HTTP address, host:port (e.g. 127.0.0.1:9464); empty: off"),
)

_BY_KEY = {s.key: s for s in SETTINGS}


@dataclass(frozen=True)
class Config:
    values: Mapping[str, Any]

    def __getitem__(self, key: str) -> Any:
        return self.values[key]

    def section(self, name: str) -> dict[str, Any]:
        prefix = name + "."
        return {k[len(prefix) :]: v for k, v in self.values.items() if k.startswith(prefix)}


def register(settings: Sequence[Setting]) -> None:
    """Lets a component (the LLM tier, metrics) add its settings to the one table."""
    global SETTINGS
    new = [s for s in settings if s.key not in _BY_KEY]
    SETTINGS = (*SETTINGS, *new)
    _BY_KEY.update({s.key: s for s in new})


def add_flags(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--config", type=Path, help="TOML file; env LOGTRIAGE_CONFIG")
    for s in SETTINGS:
        names = [s.flag] + ([s.short_flag] if s.short_flag else [])
        parser.add_argument(
            *names,
            dest=_dest(s),
            default=None,
            metavar=s.kind.__name__.upper(),
            help=f"{s.help} (default {s.default!r})",
        )


def load(args: argparse.Namespace | None = None, environ: Mapping[str, str] | None = None) -> Config:
    environ = os.environ if environ is None else environ
    values = {s.key: s.default for s in SETTINGS}
    path = getattr(args, "config", None) or environ.get("LOGTRIAGE_CONFIG")
    if path:
        values.update(_read_toml(Path(path)))
    for s in SETTINGS:
        if s.env in environ:
            values[s.key] = _coerce(s, environ[s.env], f"environment {s.env}")
        flag_value = getattr(args, _dest(s), None) if args is not None else None
        if flag_value is not None:
            values[s.key] = _coerce(s, flag_value, f"flag {s.flag}")
    return Config(values)


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        doc = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read config: {exc}") from exc
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: TOML error: {exc}") from exc
    out: dict[str, Any] = {}
    for section, table in doc.items():
        if not isinstance(table, dict):
            raise ConfigError(f"{path}: top-level key {section!r} must be a [section]")
        for name, value in table.items():
            key = f"{section}.{name}"
            if key not in _BY_KEY:
                raise ConfigError(f"{path}: unknown setting {key!r}; see 'logtriaged --help'")
            out[key] = _coerce(_BY_KEY[key], value, f"{path}: {key}")
    return out


def _coerce(setting: Setting, value: Any, where: str) -> Any:
    kind = setting.kind
    try:
        if kind is bool:
            if isinstance(value, bool):
                return value
            text = str(value).strip().lower()
            if text not in ("1", "0", "true", "false", "yes", "no", "on", "off"):
                raise ValueError(value)
            return text in ("1", "true", "yes", "on")
        if kind is list:
            if isinstance(value, list):
                return [str(v) for v in value]
            return [v.strip() for v in str(value).split(",") if v.strip()]
        return kind(value)
    except (TypeError, ValueError) as exc:
        raise ConfigError(f"{where}: {value!r} is not a valid {kind.__name__} for {setting.key}") from exc


def _dest(setting: Setting) -> str:
    return "cfg_" + setting.key.replace(".", "__")


def _register_components() -> None:
    """Component settings live beside their code; they join the one table here."""
    from .llm.config_keys import register_settings
    from .store.settings import register_settings as register_store_settings

    register_settings()
    register_store_settings()


_register_components()
