"""Where clients find daemons: one address, a list, `dns:///name:port` or `unix:/path`, as one gRPC channel
that spreads calls with gRPC's own `round_robin` and skips daemons whose health is not SERVING.

    "10.0.0.5:50051"                  one daemon (a host name: every address it resolves to)
    "10.0.0.5:50051,10.0.0.6:50051"  several; IP literals become one `ipv4:`/`ipv6:` target
    "a.example:50051,b.example:50051" several host names: resolved once, at start
    "dns:///logtriaged.ns.svc:50051"  every address of the name, resolved again as gRPC sees fit
    "unix:/run/logtriage/logtriaged.sock"

Health: each connection watches grpc.health.v1 for the ClassifierService (the daemon says NOT_SERVING while
it loads and while it drains), so a call goes only to a daemon ready to answer. No cluster protocol of our own.
"""

from __future__ import annotations

import ipaddress
import json
import random
import socket
from dataclasses import dataclass

import grpc

from .settings import split_host_port

SERVICE_NAME = "logtriage.v1.ClassifierService"
SERVICE_CONFIG = json.dumps(
    {
        "loadBalancingConfig": [{"round_robin": {}}],
        "healthCheckConfig": {"serviceName": SERVICE_NAME},
    }
)
# A daemon killed mid-call, or every daemon busy or starting: worth the same batch again (answers are idempotent).
RETRY_CODES = frozenset({grpc.StatusCode.UNAVAILABLE, grpc.StatusCode.RESOURCE_EXHAUSTED})
_SCHEMES = ("dns:", "unix:", "unix-abstract:", "ipv4:", "ipv6:", "vsock:")
_MESSAGE_LIMIT = 64 << 20


class TargetError(ValueError):
    """An address list that cannot work; the message says what to write instead."""


@dataclass(frozen=True, slots=True)
class Target:
    """A gRPC target string and the channel options that balance over it."""

    target: str
    options: tuple[tuple[str, str | int], ...]
    daemons: int  # how many addresses the target names (0: a name whose addresses only DNS knows)

    def __str__(self) -> str:
        return self.target


def parse_servers(text: str, flag: str = "--server") -> Target:
    """`HOST:PORT`, `[V6]:PORT`, `A:PORT,B:PORT,...`, `dns:///NAME:PORT`, `unix:/path` (or a gRPC URI)."""
    text = text.strip()
    if not text:
        raise TargetError(f"{flag}: give a daemon address, e.g. 127.0.0.1:50051")
    items = [item.strip() for item in text.split(",") if item.strip()]
    options: list[tuple[str, str | int]] = [
        ("grpc.service_config", SERVICE_CONFIG),
        ("grpc.max_receive_message_length", _MESSAGE_LIMIT),
        ("grpc.max_send_message_length", _MESSAGE_LIMIT),
    ]
    if text.startswith(_SCHEMES):
        if len(items) > 1 and not text.startswith(("ipv4:", "ipv6:")):
            raise TargetError(f"{flag} {text!r}: a list takes HOST:PORT items; {text.split(':')[0]}: names one target")
        return Target(text, tuple(options), len(items) if text.startswith(("ipv4:", "ipv6:")) else 0)
    pairs = [_host_port(item, flag) for item in items]
    if len(pairs) == 1:
        return Target(text, tuple(options), 1 if _ip(pairs[0][0]) is not None else 0)
    target, count = _address_list(pairs, flag)
    # TLS checks the daemons' certificates against the first name given, the :authority of every call
    options.append(("grpc.default_authority", items[0]))
    return Target(target, tuple(options), count)


def _host_port(item: str, flag: str) -> tuple[str, int]:
    address = split_host_port(item)
    if address is None:
        raise TargetError(
            f"{flag} {item!r}: expected HOST:PORT (e.g. 127.0.0.1:50051), a list of them separated by commas, "
            "dns:///NAME:PORT or unix:/path"
        )
    return address


def _ip(host: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    try:
        return ipaddress.ip_address(host)
    except ValueError:
        return None


def _address_list(pairs: list[tuple[str, int]], flag: str) -> tuple[str, int]:
    """One `ipv4:` (or `ipv6:`) target for all; host names resolved now (dns:/// re-resolves, a list does not)."""
    per_item: list[list[tuple[int, str]]] = []
    for host, port in pairs:
        ip = _ip(host)
        if ip is not None:
            per_item.append([(ip.version, _format(str(ip), ip.version, port))])
            continue
        try:
            infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        except socket.gaierror as exc:
            raise TargetError(f"{flag}: cannot resolve {host!r}: {exc.strerror}") from exc
        per_item.append(
            [
                (
                    4 if family == socket.AF_INET else 6,
                    _format(str(addr[0]), 4 if family == socket.AF_INET else 6, port),
                )
                for family, _, _, _, addr in infos
                if family in (socket.AF_INET, socket.AF_INET6)
            ]
        )
    for version in (4, 6):
        if all(any(v == version for v, _ in found) for found in per_item):
            addresses = list(dict.fromkeys(a for found in per_item for v, a in found if v == version))
            return f"ipv{version}:{','.join(addresses)}", len(addresses)
    raise TargetError(f"{flag}: the addresses mix IPv4 and IPv6; give a list of one family, or dns:///NAME:PORT")


def _format(ip: str, version: int, port: int) -> str:
    return f"{ip}:{port}" if version == 4 else f"[{ip}]:{port}"


def backoff(attempt: int, base: float = 0.05, cap: float = 5.0) -> float:
    """Full jitter: a pause drawn from [0, min(cap, base * 2**attempt)], so clients do not retry in step."""
    return random.uniform(0.0, min(cap, base * (2**attempt)))
