"""asyncio stream plumbing both bridges and both transports share: opening a listener on an
Endpoint (TCP or Unix socket), and closing a connection without waiting on a peer that hangs."""

from __future__ import annotations

import asyncio
import contextlib
import ssl
from collections.abc import Awaitable, Callable

from .settings import Endpoint

Serve = Callable[[asyncio.StreamReader, asyncio.StreamWriter], Awaitable[None]]


async def start_listener(
    endpoint: Endpoint, serve: Serve, server_ssl: ssl.SSLContext | None, limit: int
) -> asyncio.Server:
    """`limit`: the stream reader's buffer for a TCP listener (a Unix socket keeps asyncio's default)."""
    if endpoint.unix_path:
        return await asyncio.start_unix_server(serve, endpoint.unix_path, ssl=server_ssl)
    return await asyncio.start_server(serve, endpoint.host, endpoint.port, ssl=server_ssl, limit=limit)


async def close_quietly(writer: asyncio.StreamWriter | None, timeout_s: float = 2.0) -> None:
    if writer is not None:
        writer.close()
        with contextlib.suppress(Exception):
            await asyncio.wait_for(writer.wait_closed(), timeout_s)
