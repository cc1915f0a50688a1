"""The bridge's settings as plain values, and the TLS contexts built from them."""

from __future__ import annotations

import ssl
from dataclasses import dataclass, field

ON_FAILURE_POLICIES = ("unclassified", "wait")


class SettingsError(ValueError):
    """A flag value that cannot work; the message names the flag and what to do."""


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
    try:
        mode = int(str(text), 8)
    except ValueError:
        mode = -1
    if not 0 <= mode <= 0o777:
        raise SettingsError(f"--unix-socket-mode {text!r}: expected an octal file mode such as 0660")
    return mode


def parse_endpoint(text: str, flag: str, unix_mode: str | None = None) -> Endpoint:
    """Parse `HOST:PORT`, `[V6]:PORT` or `unix:/path`; `unix_mode` (octal text) for a socket to listen on."""
    if text.startswith("unix:"):
        path = text[len("unix:") :]
        if not path:
            raise SettingsError(f"{flag} {text!r}: give a socket path after unix:, e.g. unix:/run/bridge.sock")
        return Endpoint(unix_path=path, unix_mode=parse_mode(unix_mode) if unix_mode is not None else None)
    host, sep, port = text.rpartition(":")
    host = host.strip("[]")
    if not sep or not host or not port.isdigit() or not 0 < int(port) < 65536:
        raise SettingsError(f"{flag} {text!r}: expected HOST:PORT (e.g. 127.0.0.1:24224) or unix:/path")
    return Endpoint(host=host, port=int(port))


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

    message_keys: tuple[str, ...] = ("log", "message")
    source_key: str = "source"
    classification_key: str = "classification"
    flat_keys: bool = False


@dataclass(frozen=True, slots=True)
class DaemonSettings:
    """How records travel to logtriaged and what happens when it does not answer."""

    target: str = "127.0.0.1:50051"
    deadline_s: float = 5.0
    on_failure: str = "unclassified"
    batch_size: int = 500
    max_inflight_batches: int = 4
    max_request_bytes: int = 4 << 20
    max_message_chars: int = 16384
    tls_ca: str = ""

    def check(self) -> None:
        if self.on_failure not in ON_FAILURE_POLICIES:
            raise SettingsError(f"--on-daemon-failure {self.on_failure!r}: use one of {', '.join(ON_FAILURE_POLICIES)}")
        if self.deadline_s <= 0:
            raise SettingsError(f"--daemon-deadline {self.deadline_s}: must be a positive number of seconds")
        if self.batch_size < 1 or self.max_inflight_batches < 1:
            raise SettingsError("--batch-size and --max-inflight-batches must be at least 1")


@dataclass(frozen=True, slots=True)
class DeliverySettings:
    """The next hop: how much the bridge holds for it and how it retries."""

    max_held_bytes: int = 64 << 20
    max_frame_bytes: int = 64 << 20
    ack_timeout_s: float = 30.0
    retry_max_delay_s: float = 5.0
    compress: bool = False
    shared_key: str = ""
    self_hostname: str = "logtriage-bridge"
    tls: TlsFiles = field(default_factory=TlsFiles)
