"""One declaration per setting: TOML key, variable, flag, checks, renames and reloadability all follow from it."""

from __future__ import annotations

import argparse
from dataclasses import dataclass
from pathlib import Path

import pytest

from logtriage import config
from logtriage.llm.settings import LLM_SETTINGS, LlmSettings
from logtriage.settings import (
    ConfigError,
    Reload,
    Setting,
    add_flags,
    declare,
    load,
    parse_size,
    setting,
    split_host_port,
)

TABLE = (
    Setting("server.grace_s", 10.0, "grace"),
    Setting("pool.size", 4, "size", at_least=1, renamed_from=("pool.workers",)),
    Setting("pool.kind", "fast", "kind", choices=("fast", "slow")),
)


def parsed(*flags: str, table=TABLE) -> argparse.Namespace:
    parser = argparse.ArgumentParser()
    add_flags(parser, table)
    return parser.parse_args(list(flags))


def test_flag_beats_environment_beats_file_beats_default(tmp_path: Path) -> None:
    toml = tmp_path / "c.toml"
    toml.write_text("[server]\ngrace_s = 3\n[pool]\nsize = 5\nkind = 'slow'\n")
    env = {"LOGTRIAGE_CONFIG": str(toml), "LOGTRIAGE_POOL_SIZE": "6"}
    cfg = load(TABLE, parsed("--pool-size", "7"), env)
    assert (cfg["server.grace_s"], cfg["pool.size"], cfg["pool.kind"]) == (3.0, 7, "slow")
    assert load(TABLE, parsed(), env)["pool.size"] == 6
    assert load(TABLE, parsed(), {})["pool.size"] == 4


def test_checks_come_from_the_declaration_and_name_where_the_value_came_from(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=r"flag --pool-size: pool\.size 0: it must be at least 1"):
        load(TABLE, parsed("--pool-size", "0"), {})
    with pytest.raises(ConfigError, match=r"environment LOGTRIAGE_POOL_KIND: .*use one of fast, slow"):
        load(TABLE, None, {"LOGTRIAGE_POOL_KIND": "medium"})
    toml = tmp_path / "c.toml"
    toml.write_text("[pool]\nsizes = 1\n")
    with pytest.raises(ConfigError, match=r"unknown setting 'pool\.sizes'"):
        load(TABLE, None, {"LOGTRIAGE_CONFIG": str(toml)})
    with pytest.raises(ValueError, match=r"llm\.max_pending is 0; it must be at least 1"):
        LlmSettings(max_pending=0)


def test_a_command_reading_one_table_ignores_the_others_and_warns_of_unknown_keys(tmp_path: Path) -> None:
    toml = tmp_path / "c.toml"
    toml.write_text("[other]\nx = 1\n[pool]\nsize = 2\nsizes = 3\n")
    with pytest.warns(UserWarning, match=r"unknown setting 'pool\.sizes' ignored"):
        assert load(TABLE, None, {"LOGTRIAGE_CONFIG": str(toml)}, sections=("pool",))["pool.size"] == 2


def test_a_renamed_key_still_works_with_a_warning_naming_the_new_one(tmp_path: Path) -> None:
    toml = tmp_path / "c.toml"
    toml.write_text("[pool]\nworkers = 9\n")
    with pytest.warns(FutureWarning, match=r"renamed pool\.size"):
        assert load(TABLE, None, {"LOGTRIAGE_CONFIG": str(toml)})["pool.size"] == 9
    with pytest.warns(FutureWarning, match=r"LOGTRIAGE_POOL_WORKERS is renamed LOGTRIAGE_POOL_SIZE"):
        assert load(TABLE, None, {"LOGTRIAGE_POOL_WORKERS": "8"})["pool.size"] == 8
    with pytest.warns(FutureWarning, match=r"flag --pool-workers is renamed --pool-size"):
        assert load(TABLE, parsed("--pool-workers", "5"), {})["pool.size"] == 5


def test_a_dataclass_is_a_declaration() -> None:
    @dataclass
    class Pool:
        size: int = setting(4, "workers", at_least=1)
        name: str | None = setting(None, "empty: none")
        tags: tuple[str, ...] = setting(("a",), "tags")

    size, name, tags = declare(Pool, "pool")
    assert (size.key, size.env, size.flag, size.value_kind, size.at_least) == (
        "pool.size",
        "LOGTRIAGE_POOL_SIZE",
        "--pool-size",
        int,
        1,
    )
    assert (name.default, name.value_kind, tags.value_kind) == ("", str, list)
    assert load((tags,), None, {"LOGTRIAGE_POOL_TAGS": "x, y"})["pool.tags"] == ["x", "y"]


def test_llm_settings_come_from_their_dataclass() -> None:
    assert [s.name for s in LLM_SETTINGS] == list(LlmSettings.field_names())
    cfg = config.load(None, {"LOGTRIAGE_LLM_STATE_DIR": "/tmp/x", "LOGTRIAGE_LLM_MAX_PENDING": "7"})
    made = LlmSettings.from_config(cfg.section("llm"), mode="sync")
    assert (made.mode, made.state_dir, made.max_pending, made.api_key) == ("sync", Path("/tmp/x"), 7, None)
    assert LlmSettings.from_config(config.load(None, {"LOGTRIAGE_LLM_MODE": "async"}).section("llm"), "sync").mode == (
        "async"
    )


def test_reloadability_is_read_from_the_declarations() -> None:
    by_key = {s.key: s.reload for s in config.SETTINGS}
    assert by_key["rules.dir"] is Reload.APPLY and by_key["model.backend"] is Reload.EMBEDDER
    assert by_key["cache.max_entries"] is Reload.CACHE and by_key["cache.redis_url"] is Reload.RESTART
    assert all(by_key[k] is Reload.RESTART for k in by_key if k.startswith(("server.", "llm.", "log.")))


def test_one_host_port_parser_and_sizes() -> None:
    assert split_host_port("[::1]:50051") == ("::1", 50051)
    assert split_host_port("127.0.0.1:0") is None and split_host_port("127.0.0.1:0", allow_port_zero=True)
    assert split_host_port("9464") is None and split_host_port("host:99999") is None
    assert parse_size("64M") == 64 << 20 and parse_size("512KiB") == 512 << 10 and parse_size("100") == 100
    with pytest.raises(ValueError, match=r"not a size"):
        parse_size("lots")


def test_a_subcommand_has_its_own_default_in_its_help_and_values() -> None:
    from logtriage.bridge.cli import build_parser, resolve

    for mode, listen in (("fluentbit", "127.0.0.1:24224"), ("vector", "127.0.0.1:8686"), ("otlp", "127.0.0.1:4317")):
        assert resolve(build_parser().parse_args([mode]), {})["listen"] == listen
    assert resolve(build_parser().parse_args(["otlp"]), {})["delivery_timeout"] == 8.0
    assert resolve(build_parser().parse_args(["vector", "--listen", "127.0.0.1:9"]), {})["listen"] == "127.0.0.1:9"
