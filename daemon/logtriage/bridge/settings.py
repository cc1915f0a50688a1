"""The bridge's settings: their declarations (`bridge.<name>`), the plain values built from them, TLS contexts.

Every option is a flag `--<name>`, the environment variable LOGTRIAGE_BRIDGE_<NAME> (e.g. LOGTRIAGE_BRIDGE_FORWARD_TO)
and the key <name> in the [bridge] table of the TOML file named by --config or LOGTRIAGE_CONFIG (e.g. forward_to).
Precedence: flag > environment > file > default.
"""

from __future__ import annotations

import ssl
from dataclasses import dataclass, field
from typing import Any

from ..settings import ConfigError, Setting, parse_bool, parse_file_mode, parse_size, split_host_port

ON_FAILURE_POLICIES = ("unclassified", "wait")
MODES = ("fluentbit", "vector", "otlp")


class SettingsError(ConfigError):
    """A flag value that cannot work; the message names the flag and what to do."""


def _bool_or_empty(text: str) -> bool:
    return False if not text.strip() else parse_bool(text)


def option(
    name: str,
    default: Any,
    help: str,
    kind: type | None = None,
    *,
    modes: tuple[str, ...] = MODES,
    metavar: str | None = None,
    **checks: Any,
) -> Setting:
    """The declaration of the bridge setting `bridge.<name>`, whose flag is `--<name>`, in the subcommands `modes`."""
    parse = _bool_or_empty if kind is bool else checks.pop("parse", None)
    return Setting(
        f"bridge.{name}",
        default,
        help,
        kind=kind,
        parse=parse,
        modes=modes,
        flag_has_section=False,
        metavar=metavar,
        **checks,
    )


FORWARD_MODES = ("fluentbit", "vector")
OTLP_OPTIONS: tuple[Setting, ...] = (
    option(
        "http_listen",
        "127.0.0.1:4318",
        "where the otlp bridge takes OTLP/HTTP (POST /v1/logs): HOST:PORT or unix:/path; 'off' for none",
        modes=("otlp",),
        metavar="ADDR",
    ),
    option(
        "attribute_prefix",
        "logtriage",
        "the otlp bridge adds the LogRecord attributes <prefix>.label, <prefix>.tier, <prefix>.confidence",
        modes=("otlp",),
    ),
)


BRIDGE_SETTINGS: tuple[Setting, ...] = (
    option(
        "listen",
        None,
        "where the bridge listens: HOST:PORT or unix:/path (otlp: OTLP/gRPC, 'off' for none)",
        metavar="ADDR",
        mode_defaults=(("fluentbit", "127.0.0.1:24224"), ("vector", "127.0.0.1:8686"), ("otlp", "127.0.0.1:4317")),
    ),
    option(
        "forward_to",
        None,
        "next hop: HOST:PORT or unix:/path of a Forward receiver; for vector also "
        "http(s)://host:port/path of Vector's http_server source; for otlp grpc(s)://HOST:PORT or "
        "http(s)://HOST:PORT/v1/logs of an OTLP receiver (required)",
        metavar="ADDR",
    ),
    option(
        "server",
        "127.0.0.1:50051",
        "logtriaged gRPC target: HOST:PORT, a list A:PORT,B:PORT (round_robin with health checks; host names "
        "resolved at start), dns:///NAME:PORT (re-resolved) or unix:/path",
        metavar="ADDR",
    ),
    option(
        "message_keys",
        "log,message",
        "record keys holding the message, first present wins (otlp: keys of a map body)",
        tuple,
    ),
    option(
        "source_key",
        "source",
        "record key holding the source; the tag (or URL path) when absent (otlp: the LogRecord attribute "
        "read when the resource has no service.name; the scope name when absent)",
    ),
    option(
        "classification_key",
        "classification",
        "key of the map the bridge adds (prefix of flat keys)",
        modes=FORWARD_MODES,
    ),
    option(
        "flat_keys",
        False,
        "write classification_label/_tier/_confidence instead of one map",
        bool,
        modes=FORWARD_MODES,
    ),
    option(
        "on_daemon_failure",
        "unclassified",
        "daemon down or past the deadline: 'unclassified' forwards the "
        "records labelled Unclassified/none/0; 'wait' holds them and retries",
        choices=ON_FAILURE_POLICIES,
    ),
    option("daemon_deadline", 5.0, "seconds one ClassifyBatch call may take", float, metavar="SECONDS", at_least=0.001),
    option("batch_size", 500, "most records in one ClassifyBatch call", int, at_least=1),
    option("max_inflight_batches", 4, "ClassifyBatch calls in flight at once", int, at_least=1),
    option("max_message_chars", 16384, "message characters sent to the daemon (the record keeps all)", int),
    option(
        "max_held_bytes", "64M", "bytes held for the next hop before the bridge stops reading", int, parse=parse_size
    ),
    option("max_frame_bytes", "64M", "largest frame or request body accepted", int, parse=parse_size),
    option(
        "ack_timeout",
        30.0,
        "seconds to wait for the next hop's ack before retrying",
        float,
        modes=FORWARD_MODES,
        metavar="SECONDS",
    ),
    option("retry_max_delay", 5.0, "longest pause between retries to the next hop", float, metavar="SECONDS"),
    option(
        "compress",
        "none",
        "compression to a Forward next hop: gzip or none",
        modes=FORWARD_MODES,
        choices=("gzip", "none"),
    ),
    option("shared_key", "", "require the Forward shared-key handshake from senders", modes=("fluentbit",)),
    option(
        "state_dir",
        "",
        "folder that keeps delivered chunk ids, so a chunk resent after a bridge restart is not forwarded "
        "twice (empty: memory only)",
        modes=("fluentbit",),
        metavar="DIR",
    ),
    option(
        "handshake_timeout",
        10.0,
        "seconds a sender has to finish the shared-key handshake before its connection is closed",
        float,
        modes=("fluentbit",),
        metavar="SECONDS",
    ),
    option(
        "idle_timeout",
        300.0,
        "seconds a connection may send nothing (no chunk of it in work) before it is closed; an unfinished "
        "frame's bytes count against --max-held-bytes and are freed with it",
        float,
        modes=("fluentbit",),
        metavar="SECONDS",
    ),
    option(
        "unix_socket_mode",
        "0660",
        "file mode (octal) of the socket when --listen is unix:/path",
        modes=FORWARD_MODES,
        metavar="MODE",
    ),
    option("self_hostname", "logtriage-bridge", "hostname in the handshake, both directions", modes=FORWARD_MODES),
    option("forward_shared_key", "", "shared key for the handshake with a Forward next hop", modes=FORWARD_MODES),
    option("tls_cert", "", "PEM certificate: listen with TLS", metavar="FILE"),
    option("tls_key", "", "PEM private key for --tls-cert", metavar="FILE"),
    option("tls_ca", "", "PEM CA: require client certificates signed by it", metavar="FILE"),
    option("forward_tls", False, "TLS to the next hop (implied by any --forward-tls-* file)", bool),
    option("forward_tls_ca", "", "PEM CA to verify the next hop", metavar="FILE"),
    option("forward_tls_cert", "", "PEM client certificate for the next hop", metavar="FILE"),
    option("forward_tls_key", "", "PEM key for --forward-tls-cert", metavar="FILE"),
    option("forward_tls_verify", True, "verify the next hop's certificate and hostname", bool),
    option("server_ca", "", "PEM CA: talk TLS to the daemon", metavar="FILE"),
    option(
        "delivery_timeout",
        None,
        "seconds a request may wait for labelling and delivery before 503 (otlp: UNAVAILABLE too; a gRPC "
        "sender's deadline if sooner)",
        float,
        modes=("vector", "otlp"),
        metavar="SECONDS",
        mode_defaults=(("vector", 30.0), ("otlp", 8.0)),
    ),
    *OTLP_OPTIONS,
    option("log_level", "info", "debug, info, warning or error"),
    option("log_format", "json", "json or console"),
)

_DEFAULTS: dict[str, Any] = {s.name: None if s.default is None else s.coerce(s.default, s.key) for s in BRIDGE_SETTINGS}


@dataclass(frozen=True, slots=True)
class Endpoint:
    """A TCP host and port, or a Unix socket path."""

    host: str = ""
    port: int = 0
    unix_path: str = ""
    unix_mode: int | None = None  # file mode of a unix socket the bridge listens on

    def __str__(self) -> str:
        return f"unix:{self.unix_path}" if self.unix_path else f"{self.host}:{self.port}"


def parse_mode(text: str) -> int:
    mode = parse_file_mode(text)
    if mode is None:
        raise SettingsError(f"--unix-socket-mode {text!r}: expected an octal file mode such as 0660")
    return mode


def parse_endpoint(text: str, flag: str, unix_mode: str | None = None) -> Endpoint:
    """Parse `HOST:PORT`, `[V6]:PORT` or `unix:/path`; `unix_mode` (octal text) for a socket to listen on."""
    if text.startswith("unix:"):
        path = text[len("unix:") :]
        if not path:
            raise SettingsError(f"{flag} {text!r}: give a socket path after unix:, e.g. unix:/run/bridge.sock")
        return Endpoint(unix_path=path, unix_mode=parse_mode(unix_mode) if unix_mode is not None else None)
    address = split_host_port(text)
    if address is None:
        raise SettingsError(f"{flag} {text!r}: expected HOST:PORT (e.g. 127.0.0.1:24224) or unix:/path")
    return Endpoint(host=address[0], port=address[1])


@dataclass(frozen=True, slots=True)
class TlsFiles:
    """PEM files for one side of a connection; all empty means plain TCP."""

    enabled: bool = False
    cert: str = ""
    key: str = ""
    ca: str = ""
    verify: bool = True

    def server_context(self, flag: str) -> ssl.SSLContext | None:
        if not self.enabled:
            return None
        if not (self.cert and self.key):
            raise SettingsError(f"{flag}: TLS on the listening side needs both a certificate and a key file")
        ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        _load(ctx, self, flag)
        if self.ca:
            ctx.verify_mode = ssl.CERT_REQUIRED
        return ctx

    def client_context(self, flag: str) -> ssl.SSLContext | None:
        if not self.enabled:
            return None
        ctx = ssl.create_default_context(ssl.Purpose.SERVER_AUTH)
        if not self.verify:
            ctx.check_hostname = False
            ctx.verify_mode = ssl.CERT_NONE
        _load(ctx, self, flag)
        return ctx


def _load(ctx: ssl.SSLContext, files: TlsFiles, flag: str) -> None:
    try:
        if files.cert:
            ctx.load_cert_chain(files.cert, files.key or None)
        if files.ca:
            ctx.load_verify_locations(files.ca)
    except (OSError, ssl.SSLError) as exc:
        raise SettingsError(f"{flag}: cannot load TLS files ({exc}); check the paths and PEM contents") from exc


@dataclass(frozen=True, slots=True)
class LabelSettings:
    """Where the message and source are read from, and how the answer is written into the record."""

    message_keys: tuple[str, ...] = _DEFAULTS["message_keys"]
    source_key: str = _DEFAULTS["source_key"]
    classification_key: str = _DEFAULTS["classification_key"]
    flat_keys: bool = _DEFAULTS["flat_keys"]


@dataclass(frozen=True, slots=True)
class DaemonSettings:
    """How records travel to logtriaged and what happens when it does not answer."""

    target: str = _DEFAULTS["server"]
    deadline_s: float = _DEFAULTS["daemon_deadline"]
    on_failure: str = _DEFAULTS["on_daemon_failure"]
    batch_size: int = _DEFAULTS["batch_size"]
    max_inflight_batches: int = _DEFAULTS["max_inflight_batches"]
    max_request_bytes: int = 4 << 20
    max_message_chars: int = _DEFAULTS["max_message_chars"]
    tls_ca: str = _DEFAULTS["server_ca"]


@dataclass(frozen=True, slots=True)
class DeliverySettings:
    """The next hop: how much the bridge holds for it and how it retries."""

    max_held_bytes: int = _DEFAULTS["max_held_bytes"]
    max_frame_bytes: int = _DEFAULTS["max_frame_bytes"]
    ack_timeout_s: float = _DEFAULTS["ack_timeout"]
    retry_max_delay_s: float = _DEFAULTS["retry_max_delay"]
    compress: bool = _DEFAULTS["compress"] == "gzip"
    shared_key: str = _DEFAULTS["forward_shared_key"]
    self_hostname: str = _DEFAULTS["self_hostname"]
    tls: TlsFiles = field(default_factory=TlsFiles)
