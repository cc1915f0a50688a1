"""The shared store against a real redis-server: shared answers, deadlines, down and back by itself."""

from __future__ import annotations

import asyncio
import subprocess
import time
from pathlib import Path

import pytest

from logtriage.store.shared_store import SharedStore, StoreUnavailable

from ..conftest import free_port
from .redis_server import RedisServer


async def wait_written(store: SharedStore, timeout: float = 2.0) -> None:
    deadline = time.monotonic() + timeout
    while store.stats.writes == 0 and time.monotonic() < deadline:
        await asyncio.sleep(0.01)


def test_a_write_is_read_by_another_daemon_and_carries_a_ttl(redis_server: RedisServer) -> None:
    async def scenario() -> None:
        writer = SharedStore(redis_server.url, prefix="t1:", ttl_s=600)
        reader = SharedStore(redis_server.url, prefix="t1:")
        writer.put("t1:a", "Error|0.9")
        await wait_written(writer)
        assert await reader.get_many(["t1:a", "t1:b"]) == ["Error|0.9", None]
        assert (reader.stats.hits, reader.stats.misses) == (1, 1)
        await writer.aclose()
        await reader.aclose()

    asyncio.run(scenario())
    ttl_ms = int(redis_server.command("PTTL", "t1:a"))
    assert 590_000 < ttl_ms <= 600_000


def test_a_hung_redis_costs_one_deadline_then_nothing_until_it_answers_again(
    redis_server: RedisServer, caplog: pytest.LogCaptureFixture
) -> None:
    async def scenario() -> None:
        store = SharedStore(redis_server.url, timeout_s=0.05, prefix="t2:")
        assert await store.get_many(["t2:x"]) == [None]
        redis_server.pause()
        try:
            started = time.perf_counter()
            with pytest.raises(StoreUnavailable):
                await store.get_many(["t2:x"])
            assert time.perf_counter() - started < 0.5  # the deadline, not the socket's or the OS's
            assert not store.up and store.stats.errors == 1
            started = time.perf_counter()
            for _ in range(100):  # within the back-off nothing is even tried
                with pytest.raises(StoreUnavailable):
                    await store.get_many(["t2:x"])
            assert time.perf_counter() - started < 0.1
            assert store.stats.skipped == 100 and store.stats.errors == 1
            store.put("t2:y", "Error|0.9")  # a write while down never blocks the caller
        finally:
            redis_server.resume()
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:  # reconnects by itself on the first call after the back-off
            try:
                assert await store.get_many(["t2:x"]) == [None]
                break
            except StoreUnavailable:
                await asyncio.sleep(0.1)
        assert store.up and store.stats.state_changes == 2
        await store.aclose()

    asyncio.run(scenario())


def test_the_password_comes_from_the_environment_when_the_url_has_none() -> None:
    server = RedisServer(None, "--requirepass", "s3cret").start()
    try:

        async def scenario(environ: dict[str, str]) -> list[str | None]:
            store = SharedStore(server.url, environ=environ, prefix="t3:")
            try:
                return await store.get_many(["t3:a"])
            finally:
                await store.aclose()

        assert asyncio.run(scenario({"REDISCLI_AUTH": "s3cret"})) == [None]
        assert asyncio.run(scenario({"LOGTRIAGE_CACHE_REDIS_PASSWORD": "s3cret"})) == [None]
        with pytest.raises(StoreUnavailable, match=r"(?i)auth"):
            asyncio.run(scenario({}))
    finally:
        server.stop()


def test_rediss_verifies_the_server_certificate(tmp_path: Path) -> None:
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    openssl = ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=localhost"]
    names = ["-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1"]
    subprocess.run([*openssl, *names, "-keyout", str(key), "-out", str(cert)], check=True, capture_output=True)
    port = free_port()
    tls = ["--port", "0", "--tls-port", str(port), "--tls-cert-file", str(cert), "--tls-key-file", str(key)]
    tls += ["--tls-ca-cert-file", str(cert), "--tls-auth-clients", "no"]
    server = subprocess.Popen(
        ["redis-server", "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", *tls],
        stdout=subprocess.DEVNULL,
    )
    try:
        url = f"rediss://127.0.0.1:{port}/0"

        async def scenario(url: str) -> list[str | None]:
            store = SharedStore(url, timeout_s=2.0, prefix="t4:")
            try:
                for _ in range(50):  # until the server listens
                    try:
                        return await store.get_many(["t4:a"])
                    except StoreUnavailable as err:
                        if "refused" not in str(err).lower():
                            raise
                        await asyncio.sleep(0.1)
                        store._retry_at = 0.0  # the test does not wait out the back-off
                raise AssertionError("the TLS redis-server did not come up")
            finally:
                await store.aclose()

        assert asyncio.run(scenario(f"{url}?ssl_ca_certs={cert}")) == [None]
        with pytest.raises(StoreUnavailable, match=r"(?i)certificate verify failed"):
            asyncio.run(scenario(url))  # a server the system's CAs do not vouch for is refused
    finally:
        server.kill()
        server.wait(10)
