"""`logtriage-bridge fluentbit|vector|otlp`: the command line.

Every option is a flag, the environment variable LOGTRIAGE_BRIDGE_<NAME> (e.g. LOGTRIAGE_BRIDGE_FORWARD_TO) and
the key <name> in the [bridge] table of the TOML file named by --config or LOGTRIAGE_CONFIG (e.g. forward_to).
Precedence: flag > environment > file > default.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import re
import signal
import ssl
import sys
import tomllib
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

import structlog

from logtriage.service.logging_setup import configure_logging
from logtriage.service.sd_notify import Notifier
from logtriage.service.unix_socket import SocketPathTaken

from .chunk_ledger import FILE_NAME as CHUNK_LEDGER_FILE
from .chunk_ledger import ChunkLedger
from .delivery import Deliverer, Transport
from .labeller import DaemonLabeller
from .otlp_cli import otlp_bridge
from .settings import DaemonSettings, DeliverySettings, LabelSettings, SettingsError, TlsFiles, parse_endpoint
from .sinks.forward import ForwardTransport
from .sources.forward import ForwardBridge
from .sources.vector_http import NdjsonTransport, VectorBridge

log = structlog.get_logger("logtriage.bridge")

_SIZE = re.compile(r"^(\d+)\s*([kmg]?)i?b?$", re.IGNORECASE)


def parse_size(text: str) -> int:
    match = _SIZE.match(str(text).strip())
    if not match:
        raise ValueError(f"{text!r} is not a size like 64M, 512K or 1048576")
    return int(match.group(1)) << {"": 0, "k": 10, "m": 20, "g": 30}[match.group(2).lower()]


def parse_bool(text: str) -> bool:
    if str(text).lower() in ("1", "true", "yes", "on"):
        return True
    if str(text).lower() in ("0", "false", "no", "off", ""):
        return False
    raise ValueError(f"{text!r} is not true or false")


@dataclass(frozen=True)
class Option:
    name: str
    default: Any
    help: str
    parse: Callable[[str], Any] = str
    modes: tuple[str, ...] = ("fluentbit", "vector", "otlp")
    metavar: str | None = None

    @property
    def flag(self) -> str:
        return "--" + self.name.replace("_", "-")

    @property
    def env(self) -> str:
        return "LOGTRIAGE_BRIDGE_" + self.name.upper()


def _keys(text: str) -> tuple[str, ...]:
    return tuple(k.strip() for k in str(text).split(",") if k.strip())


FORWARD_MODES = ("fluentbit", "vector")
OTLP_OPTIONS = (
    Option(
        "http_listen",
        "127.0.0.1:4318",
        "where the otlp bridge takes OTLP/HTTP (POST /v1/logs): HOST:PORT or unix:/path; 'off' for none",
        modes=("otlp",),
        metavar="ADDR",
    ),
    Option(
        "attribute_prefix",
        "logtriage",
        "the otlp bridge adds the LogRecord attributes <prefix>.label, <prefix>.tier, <prefix>.confidence",
        modes=("otlp",),
    ),
)


OPTIONS: tuple[Option, ...] = (
    Option(
        "listen",
        None,
        "where the bridge listens: HOST:PORT or unix:/path "
        "(default 127.0.0.1:24224 for fluentbit, 127.0.0.1:8686 for vector; otlp: OTLP/gRPC, 127.0.0.1:4317, "
        "'off' for none)",
        metavar="ADDR",
    ),
    Option(
        "forward_to",
        None,
        "next hop: HOST:PORT or unix:/path of a Forward receiver; for vector also "
        "http(s)://host:port/path of Vector's http_server source; for otlp grpc(s)://HOST:PORT or "
        "http(s)://HOST:PORT/v1/logs of an OTLP receiver (required)",
        metavar="ADDR",
    ),
    Option(
        "server",
        "127.0.0.1:50051",
        "logtriaged gRPC target: HOST:PORT, a list A:PORT,B:PORT (round_robin with health checks; host names "
        "resolved at start), dns:///NAME:PORT (re-resolved) or unix:/path",
        metavar="ADDR",
    ),
    Option(
        "message_keys",
        "log,message",
        "record keys holding the message, first present wins (otlp: keys of a map body)",
        _keys,
    ),
    Option(
        "source_key",
        "source",
        "record key holding the source; the tag (or URL path) when absent (otlp: the LogRecord attribute "
        "read when the resource has no service.name; the scope name when absent)",
    ),
    Option(
        "classification_key",
        "classification",
        "key of the map the bridge adds (prefix of flat keys)",
        modes=FORWARD_MODES,
    ),
    Option(
        "flat_keys",
        False,
        "write classification_label/_tier/_confidence instead of one map",
        parse_bool,
        modes=FORWARD_MODES,
    ),
    Option(
        "on_daemon_failure",
        "unclassified",
        "daemon down or past the deadline: 'unclassified' forwards the "
        "records labelled Unclassified/none/0; 'wait' holds them and retries",
    ),
    Option("daemon_deadline", 5.0, "seconds one ClassifyBatch call may take", float, metavar="SECONDS"),
    Option("batch_size", 500, "most records in one ClassifyBatch call", int),
    Option("max_inflight_batches", 4, "ClassifyBatch calls in flight at once", int),
    Option("max_message_chars", 16384, "message characters sent to the daemon (the record keeps all)", int),
    Option("max_held_bytes", "64M", "bytes held for the next hop before the bridge stops reading", parse_size),
    Option("max_frame_bytes", "64M", "largest frame or request body accepted", parse_size),
    Option(
        "ack_timeout",
        30.0,
        "seconds to wait for the next hop's ack before retrying",
        float,
        modes=FORWARD_MODES,
        metavar="SECONDS",
    ),
    Option("retry_max_delay", 5.0, "longest pause between retries to the next hop", float, metavar="SECONDS"),
    Option("compress", "none", "compression to a Forward next hop: gzip or none", modes=("fluentbit", "vector")),
    Option("shared_key", "", "require the Forward shared-key handshake from senders", modes=("fluentbit",)),
    Option(
        "state_dir",
        "",
        "folder that keeps delivered chunk ids, so a chunk resent after a bridge restart is not forwarded "
        "twice (empty: memory only)",
        modes=("fluentbit",),
        metavar="DIR",
    ),
    Option(
        "handshake_timeout",
        10.0,
        "seconds a sender has to finish the shared-key handshake before its connection is closed",
        float,
        modes=("fluentbit",),
        metavar="SECONDS",
    ),
    Option(
        "idle_timeout",
        300.0,
        "seconds a connection may send nothing (no chunk of it in work) before it is closed; an unfinished "
        "frame's bytes count against --max-held-bytes and are freed with it",
        float,
        modes=("fluentbit",),
        metavar="SECONDS",
    ),
    Option(
        "unix_socket_mode",
        "0660",
        "file mode (octal) of the socket when --listen is unix:/path",
        modes=FORWARD_MODES,
        metavar="MODE",
    ),
    Option("self_hostname", "logtriage-bridge", "hostname in the handshake, both directions", modes=FORWARD_MODES),
    Option("forward_shared_key", "", "shared key for the handshake with a Forward next hop", modes=FORWARD_MODES),
    Option("tls_cert", "", "PEM certificate: listen with TLS", metavar="FILE"),
    Option("tls_key", "", "PEM private key for --tls-cert", metavar="FILE"),
    Option("tls_ca", "", "PEM CA: require client certificates signed by it", metavar="FILE"),
    Option("forward_tls", False, "TLS to the next hop (implied by any --forward-tls-* file)", parse_bool),
    Option("forward_tls_ca", "", "PEM CA to verify the next hop", metavar="FILE"),
    Option("forward_tls_cert", "", "PEM client certificate for the next hop", metavar="FILE"),
    Option("forward_tls_key", "", "PEM key for --forward-tls-cert", metavar="FILE"),
    Option("forward_tls_verify", True, "verify the next hop's certificate and hostname", parse_bool),
    Option("server_ca", "", "PEM CA: talk TLS to the daemon", metavar="FILE"),
    Option(
        "delivery_timeout",
        None,
        "seconds a request may wait for labelling and delivery before 503 (otlp: UNAVAILABLE too; a gRPC "
        "sender's deadline if sooner) (default 30 for vector, 8 for otlp)",
        float,
        modes=("vector", "otlp"),
        metavar="SECONDS",
    ),
    *OTLP_OPTIONS,
    Option("log_level", "info", "debug, info, warning or error"),
    Option("log_format", "json", "json or console"),
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="logtriage-bridge", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="mode", required=True)
    for mode, text in (
        ("fluentbit", "Forward protocol in (Fluent Bit out_forward), Forward out"),
        ("vector", "NDJSON over HTTP in (Vector http sink), http_server or Forward out"),
        ("otlp", "OTLP logs in (OTLP/gRPC and OTLP/HTTP), OTLP/gRPC or OTLP/HTTP out"),
    ):
        p = sub.add_parser(mode, help=text, description=text)
        p.add_argument("--config", metavar="FILE", help="TOML file with a [bridge] table (env LOGTRIAGE_CONFIG)")
        for opt in OPTIONS:
            if mode in opt.modes:
                shown = str(opt.default).lower() if isinstance(opt.default, bool) else opt.default
                extra: dict[str, Any] = (
                    {"nargs": "?", "const": "true", "metavar": "BOOL"}
                    if opt.parse is parse_bool
                    else {"metavar": opt.metavar or opt.name.upper()}
                )
                p.add_argument(
                    opt.flag, dest=opt.name, default=None, help=f"{opt.help} [default: {shown}; env {opt.env}]", **extra
                )
    return parser


def resolve(args: argparse.Namespace, environ: Mapping[str, str]) -> dict[str, Any]:
    """Flag > environment > [bridge] in the TOML file > default, each parsed and named if it fails."""
    path = args.config or environ.get("LOGTRIAGE_CONFIG")
    table: dict[str, Any] = {}
    if path:
        try:
            table = tomllib.loads(Path(path).read_text()).get("bridge", {})
        except (OSError, tomllib.TOMLDecodeError) as exc:
            raise SettingsError(f"--config {path}: {exc}") from exc
    values: dict[str, Any] = {}
    for opt in OPTIONS:
        if args.mode not in opt.modes:
            continue
        raw, where = opt.default, "default"
        if opt.name in table:
            raw, where = table[opt.name], f"{path} [bridge] {opt.name}"
        if opt.env in environ:
            raw, where = environ[opt.env], f"environment {opt.env}"
        if getattr(args, opt.name) is not None:
            raw, where = getattr(args, opt.name), opt.flag
        try:
            if isinstance(raw, str):
                values[opt.name] = opt.parse(raw)
            elif isinstance(raw, list) and opt.parse is _keys:
                values[opt.name] = tuple(str(k) for k in raw)
            else:
                values[opt.name] = raw
        except ValueError as exc:
            raise SettingsError(f"{where}: {exc}") from exc
    return values


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
    daemon.check()
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
        parts = _forward_parts(mode, v, labeller, forward_tls, server_tls.server_context("--tls-cert/--tls-key"))
    await serve(mode, v["forward_to"], labeller, parts)


def _forward_parts(
    mode: str, v: dict[str, Any], labeller: DaemonLabeller, forward_tls: TlsFiles, server_ssl: ssl.SSLContext | None
) -> list[Part]:
    """The deliverer and the listener of the fluentbit and vector modes."""
    listen = parse_endpoint(
        v["listen"] or ("127.0.0.1:24224" if mode == "fluentbit" else "127.0.0.1:8686"),
        "--listen",
        v["unix_socket_mode"],
    )
    labels = LabelSettings(v["message_keys"], v["source_key"], v["classification_key"], v["flat_keys"])
    if v["compress"] not in ("gzip", "none"):
        raise SettingsError(f"--compress {v['compress']!r}: use gzip or none")
    delivery = DeliverySettings(
        v["max_held_bytes"],
        v["max_frame_bytes"],
        v["ack_timeout"],
        v["retry_max_delay"],
        v["compress"] == "gzip",
        v["forward_shared_key"],
        v["self_hostname"],
        forward_tls,
    )
    target: str = v["forward_to"]
    is_http = target.startswith(("http://", "https://"))
    if is_http and mode == "fluentbit":
        raise SettingsError("--forward-to for fluentbit is a Forward receiver HOST:PORT, not an http URL")
    transport: Transport
    if is_http:
        transport = NdjsonTransport(
            target, forward_tls.client_context("--forward-tls") if forward_tls.enabled else None, v["ack_timeout"]
        )
    else:
        transport = ForwardTransport(parse_endpoint(target, "--forward-to"), delivery)

    deliverer = Deliverer(transport, delivery.max_frame_bytes, delivery.retry_max_delay_s)
    bridge: ForwardBridge | VectorBridge
    if mode == "fluentbit":
        bridge = ForwardBridge(
            listen,
            labeller,
            deliverer,
            labels,
            delivery,
            server_ssl=server_ssl,
            shared_key=v["shared_key"],
            self_hostname=v["self_hostname"],
            ledger=ChunkLedger(path=Path(v["state_dir"]) / CHUNK_LEDGER_FILE if v["state_dir"] else None),
            handshake_timeout_s=v["handshake_timeout"],
            idle_timeout_s=v["idle_timeout"],
        )
    else:
        bridge = VectorBridge(
            listen,
            labeller,
            deliverer,
            labels,
            delivery,
            forward_output=not is_http,
            server_ssl=server_ssl,
            delivery_timeout_s=v["delivery_timeout"] or 30.0,
        )
    return [deliverer, bridge]


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
    except (SettingsError, SocketPathTaken) as exc:  # a taken socket path is like a taken port: exit 2
        print(f"logtriage-bridge: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:
        print(f"logtriage-bridge: cannot start: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
