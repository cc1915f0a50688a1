"""Test support: a real redis-server (Debian's package) on a free loopback port, no persistence."""

from __future__ import annotations

import shutil
import signal
import socket
import subprocess
import time

import pytest

from ..conftest import free_port


class RedisServer:
    def __init__(self, port: int | None = None, *extra: str) -> None:
        self.port = port or free_port()
        self.extra = extra
        self.url = f"redis://127.0.0.1:{self.port}/0"
        self.proc: subprocess.Popen[bytes] | None = None

    def start(self, timeout: float = 10.0) -> RedisServer:
        binary = shutil.which("redis-server")
        if binary is None:
            pytest.fail("redis-server is not installed: apt-get install -y redis-server (.ci/run does it)")
        self.proc = subprocess.Popen(
            [binary, "--port", str(self.port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", *self.extra],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.command("PING").startswith(("+PONG", "-NOAUTH")):
                return self
            time.sleep(0.05)
        self.kill()
        raise TimeoutError(f"redis-server on port {self.port} did not answer PING")

    def pause(self) -> None:
        """SIGSTOP: the port still accepts connections, nothing answers (a Redis that hangs)."""
        assert self.proc is not None
        self.proc.send_signal(signal.SIGSTOP)

    def resume(self) -> None:
        assert self.proc is not None
        self.proc.send_signal(signal.SIGCONT)

    def command(self, *words: str) -> str:
        """One command over a plain socket (inline protocol): a bulk string's value, else the first reply
        line (an integer without its colon), or "" if the server is down."""
        try:
            with socket.create_connection(("127.0.0.1", self.port), timeout=1.0) as conn:
                conn.sendall((" ".join(words) + "\r\n").encode())
                lines = conn.recv(65536).decode(errors="replace").split("\r\n")
        except OSError:
            return ""
        if lines[0].startswith("$") and lines[0] != "$-1":  # a bulk string: its value
            return lines[1]
        return lines[0].lstrip(":")

    def kill(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(10)

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.resume()
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(5)
