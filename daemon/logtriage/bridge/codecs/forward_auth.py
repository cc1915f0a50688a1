"""The Forward protocol's shared-key handshake (HELO, PING, PONG), for the listening and the connecting side.

digest = sha512_hex(salt + hostname + nonce + shared_key). The server sends a fresh nonce in HELO; the client
answers PING with its hostname, a salt and the digest; the server answers PONG with its own hostname and the
digest over that hostname, which proves to the client that the server knows the key too. User/password
authentication (`user_auth`) is not offered: HELO carries no `auth` salt.
"""

from __future__ import annotations

import hashlib
import hmac
import os
from dataclasses import dataclass
from typing import Any

import msgpack


class HandshakeError(Exception):
    """The peer failed the shared-key handshake; the message says which step and why."""


def _bytes(value: object) -> bytes:
    if isinstance(value, bytes):
        return value
    if isinstance(value, str):
        return value.encode("utf-8", "surrogateescape")
    raise HandshakeError(f"expected a string, got {type(value).__name__}")


def digest(salt: bytes, hostname: str, nonce: bytes, shared_key: str) -> str:
    h = hashlib.sha512()
    for part in (salt, hostname.encode("utf-8", "surrogateescape"), nonce, shared_key.encode()):
        h.update(part)
    return h.hexdigest()


@dataclass(slots=True)
class ServerHandshake:
    """The listening side: send `helo()`, then answer the client's PING with `answer(ping)`."""

    shared_key: str
    self_hostname: str
    nonce: bytes = b""

    def helo(self) -> bytes:
        self.nonce = os.urandom(16)
        return msgpack.packb(["HELO", {"nonce": self.nonce, "keepalive": True}], use_bin_type=True)

    def answer(self, ping: Any) -> tuple[bytes, str]:
        """(PONG bytes, '' if the client is authenticated else the reason it is not)."""
        if not (isinstance(ping, list) and len(ping) >= 4 and ping[0] == "PING"):
            return self._refuse('expected PING ["PING", hostname, salt, digest, username, password]')
        _, hostname, salt, their_digest = ping[:4]
        try:
            salt_b = _bytes(salt)
        except HandshakeError as exc:
            return self._refuse(f"bad salt: {exc}")
        if not isinstance(hostname, str) or not isinstance(their_digest, str):
            return self._refuse("PING hostname and digest must be strings")
        expected = digest(salt_b, hostname, self.nonce, self.shared_key)
        if not hmac.compare_digest(expected, their_digest):
            return self._refuse("shared key mismatch")
        ours = digest(salt_b, self.self_hostname, self.nonce, self.shared_key)
        return msgpack.packb(["PONG", True, "", self.self_hostname, ours]), ""

    @staticmethod
    def _refuse(reason: str) -> tuple[bytes, str]:
        return msgpack.packb(["PONG", False, reason, "", ""]), reason


@dataclass(slots=True)
class ClientHandshake:
    """The connecting side: `ping(helo)` gives the PING bytes, `check(pong)` raises unless the server is good."""

    shared_key: str
    self_hostname: str
    salt: bytes = b""
    nonce: bytes = b""

    def ping(self, helo: Any) -> bytes:
        if not (isinstance(helo, list) and len(helo) >= 2 and helo[0] == "HELO" and isinstance(helo[1], dict)):
            raise HandshakeError(f"expected HELO from the next hop, got {str(helo)[:80]}")
        self.nonce = _bytes(helo[1].get("nonce", b""))
        self.salt = os.urandom(16).hex().encode()
        mine = digest(self.salt, self.self_hostname, self.nonce, self.shared_key)
        return msgpack.packb(["PING", self.self_hostname, self.salt.decode(), mine, "", ""])

    def check(self, pong: Any) -> None:
        if not (isinstance(pong, list) and len(pong) >= 5 and pong[0] == "PONG"):
            raise HandshakeError(f"expected PONG from the next hop, got {str(pong)[:80]}")
        _, ok, reason, hostname, their_digest = pong[:5]
        if ok is not True:
            raise HandshakeError(f"the next hop refused the shared key: {reason}")
        if hostname == self.self_hostname:
            raise HandshakeError("the next hop uses our own hostname; set a different --forward-self-hostname")
        if not isinstance(hostname, str) or not isinstance(their_digest, str):
            raise HandshakeError("PONG hostname and digest must be strings")
        if not hmac.compare_digest(digest(self.salt, hostname, self.nonce, self.shared_key), their_digest):
            raise HandshakeError("the next hop does not know the shared key (PONG digest mismatch)")
