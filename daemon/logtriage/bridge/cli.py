"""`logtriage-bridge fluentbit|vector|otlp`: the command line.

Its options are declared in settings.BRIDGE_SETTINGS; forward_cli and otlp_cli put each mode together from them.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import signal
import sys
from collections.abc import Mapping, Sequence
from typing import Any, Protocol

import structlog

from logtriage.service.logging_setup import configure_logging
from logtriage.service.sd_notify import Notifier
from logtriage.service.unix_socket import SocketPathTaken

from ..settings import ConfigError, add_flags, load
from .forward_cli import forward_parts
from .labeller import DaemonLabeller
from .otlp_cli import otlp_bridge
from .settings import BRIDGE_SETTINGS, DaemonSettings, SettingsError, TlsFiles

log = structlog.get_logger("logtriage.bridge")

OPTIONS = BRIDGE_SETTINGS  # the declarations, by their old name


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="logtriage-bridge", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="mode", required=True)
    for mode, text in (
        ("fluentbit", "Forward protocol in (Fluent Bit out_forward), Forward out"),
        ("vector", "NDJSON over HTTP in (Vector http sink), http_server or Forward out"),
        ("otlp", "OTLP logs in (OTLP/gRPC and OTLP/HTTP), OTLP/gRPC or OTLP/HTTP out"),
    ):
        p = sub.add_parser(mode, help=text, description=text)
        add_flags(
            p,
            BRIDGE_SETTINGS,
            mode,
            env_in_help=True,
            config_help="TOML file with a [bridge] table (env LOGTRIAGE_CONFIG)",
        )
    return parser


def resolve(args: argparse.Namespace, environ: Mapping[str, str]) -> dict[str, Any]:
    """Flag > environment > [bridge] in the TOML file > default, each parsed and named if it fails."""
    return load(BRIDGE_SETTINGS, args, environ, mode=args.mode, sections=("bridge",)).section("bridge")


class Part(Protocol):
    async def start(self) -> None: ...

    async def close(self) -> None: ...


async def run(mode: str, v: dict[str, Any]) -> None:
    if not v["forward_to"]:
        raise SettingsError("--forward-to is required: where labelled records go (e.g. 127.0.0.1:24225)")
    daemon = DaemonSettings(
        v["server"],
        v["daemon_deadline"],
        v["on_daemon_failure"],
        v["batch_size"],
        v["max_inflight_batches"],
        max_message_chars=v["max_message_chars"],
        tls_ca=v["server_ca"],
    )
    forward_tls = TlsFiles(
        v["forward_tls"] or bool(v["forward_tls_ca"] or v["forward_tls_cert"]),
        v["forward_tls_cert"],
        v["forward_tls_key"],
        v["forward_tls_ca"],
        v["forward_tls_verify"],
    )
    server_tls = TlsFiles(bool(v["tls_cert"] or v["tls_key"]), v["tls_cert"], v["tls_key"], v["tls_ca"])
    labeller = DaemonLabeller(daemon)
    if mode == "otlp":
        parts: list[Part] = [otlp_bridge(v, labeller, forward_tls, server_tls)]
    else:
        parts = forward_parts(mode, v, labeller, forward_tls, server_tls.server_context("--tls-cert/--tls-key"))
    await serve(mode, v["forward_to"], labeller, parts)


async def serve(mode: str, target: str, labeller: DaemonLabeller, parts: list[Part]) -> None:
    """Starts the labeller and the parts in order, runs until SIGTERM/SIGINT, then closes them in reverse."""
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    await labeller.start()
    for part in parts:
        await part.start()
    daemon = labeller.settings
    log.info("bridge ready", mode=mode, forward_to=target, server=daemon.target, on_daemon_failure=daemon.on_failure)
    notifier = Notifier.from_environment()  # systemd Type=notify: READY once the listener is bound
    notifier.ready(f"{mode} bridge listening")
    watchdog = asyncio.create_task(notifier.watchdog_loop())
    await stop.wait()
    notifier.stopping()
    watchdog.cancel()
    log.info("stopping: delivering what was already read")
    for part in reversed(parts):
        await part.close()
    await labeller.close()


def main(argv: Sequence[str] | None = None, environ: Mapping[str, str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    env = os.environ if environ is None else environ
    try:
        values = resolve(args, env)
        configure_logging(values["log_level"], values["log_format"])
        asyncio.run(run(args.mode, values))
    except (ConfigError, SocketPathTaken) as exc:  # a taken socket path is like a taken port: exit 2
        print(f"logtriage-bridge: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:
        print(f"logtriage-bridge: cannot start: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
