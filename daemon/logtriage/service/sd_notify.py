"""The systemd notify protocol in a few lines of socket code: READY, RELOADING, STOPPING, WATCHDOG, STATUS.

systemd passes NOTIFY_SOCKET (a path, or `@name` for an abstract socket) and, with WatchdogSec=,
WATCHDOG_USEC and WATCHDOG_PID. Without NOTIFY_SOCKET every call is a no-op, so the daemon runs
the same outside systemd. See sd_notify(3); no libsystemd needed.
"""

from __future__ import annotations

import asyncio
import os
import socket
import time
from collections.abc import Mapping

import structlog

log = structlog.get_logger(__name__)


class Notifier:
    def __init__(self, address: str | None, watchdog_usec: int = 0) -> None:
        self.address = address
        self.watchdog_usec = watchdog_usec
        self._socket: socket.socket | None = None
        self._failed = False
        if address:
            self._socket = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM | socket.SOCK_CLOEXEC)

    @classmethod
    def from_environment(cls, environ: Mapping[str, str] | None = None) -> Notifier:
        env = os.environ if environ is None else environ
        address = env.get("NOTIFY_SOCKET") or None
        if address and not address.startswith(("/", "@")):
            log.warning("notify_socket_ignored", notify_socket=address, reason="not a path or @abstract name")
            address = None
        usec = 0
        pid = env.get("WATCHDOG_PID")
        if pid is None or pid == str(os.getpid()):  # a watchdog meant for another process is not ours
            try:
                usec = max(0, int(env.get("WATCHDOG_USEC", "0")))
            except ValueError:
                log.warning("watchdog_usec_ignored", watchdog_usec=env.get("WATCHDOG_USEC"))
        return cls(address, usec)

    @property
    def enabled(self) -> bool:
        return self._socket is not None

    def send(self, **fields: str | int) -> bool:
        """Sends `KEY=value` lines in one datagram; False (and a log line) if it could not be sent."""
        if self._socket is None or self.address is None:
            return False
        payload = "\n".join(f"{key}={value}" for key, value in fields.items()).encode()
        target = "\0" + self.address[1:] if self.address.startswith("@") else self.address
        try:
            self._socket.sendto(payload, target)
        except OSError as exc:
            # once at warning: a gone socket would otherwise log at every watchdog ping
            (log.debug if self._failed else log.warning)("notify_failed", notify_socket=self.address, error=str(exc))
            self._failed = True
            return False
        return True

    def ready(self, status: str = "") -> bool:
        return self.send(READY=1, **_status(status))

    def reloading(self, status: str = "") -> bool:
        # MONOTONIC_USEC lets Type=notify-reload (systemd >= 253) tell this reload from an earlier one
        return self.send(
            RELOADING=1, MONOTONIC_USEC=time.clock_gettime_ns(time.CLOCK_MONOTONIC) // 1000, **_status(status)
        )

    def stopping(self, status: str = "") -> bool:
        return self.send(STOPPING=1, **_status(status))

    def status(self, status: str) -> bool:
        return self.send(STATUS=status)

    async def watchdog_loop(self) -> None:
        """Pings at half of WATCHDOG_USEC from the event loop: a stalled loop stops the pings."""
        if not self.enabled or self.watchdog_usec <= 0:
            return
        interval = self.watchdog_usec / 2e6
        log.info("watchdog_enabled", interval_s=interval)
        while True:
            self.send(WATCHDOG=1)
            await asyncio.sleep(interval)

    def close(self) -> None:
        if self._socket is not None:
            self._socket.close()
            self._socket = None


def _status(text: str) -> dict[str, str]:
    return {"STATUS": text} if text else {}
