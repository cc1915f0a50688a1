"""`logtriage-bridge fluentbit` and `vector` put together from their settings: the listener in front of a
deliverer to a Forward receiver (or, for vector, Vector's http_server source)."""

from __future__ import annotations

import ssl
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .chunk_ledger import FILE_NAME as CHUNK_LEDGER_FILE
from .chunk_ledger import ChunkLedger
from .delivery import Deliverer, Transport
from .labeller import DaemonLabeller
from .settings import DeliverySettings, LabelSettings, SettingsError, TlsFiles, parse_endpoint
from .sinks.forward import ForwardTransport
from .sources.forward import ForwardBridge
from .sources.vector_http import NdjsonTransport, VectorBridge

if TYPE_CHECKING:
    from .cli import Part


def forward_parts(
    mode: str, v: dict[str, Any], labeller: DaemonLabeller, forward_tls: TlsFiles, server_ssl: ssl.SSLContext | None
) -> list[Part]:
    """The deliverer and the listener of the fluentbit and vector modes."""
    listen = parse_endpoint(
        v["listen"],
        "--listen",
        v["unix_socket_mode"],
    )
    labels = LabelSettings(v["message_keys"], v["source_key"], v["classification_key"], v["flat_keys"])
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
            delivery_timeout_s=v["delivery_timeout"],
        )
    return [deliverer, bridge]
