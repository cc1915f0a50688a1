"""asyncio stream plumbing both bridges and both transports share: opening a listener on an
Endpoint (TCP or Unix socket), and closing a connection without waiting on a peer that hangs."""

from __future__ import annotations

import asyncio
import contextlib
import os
import ssl
from collections.abc import Awaitable, Callable

from logtriage.service.unix_socket import claim

from .settings import Endpoint

Serve = Callable[[asyncio.StreamReader, asyncio.StreamWriter], Awaitable[None]]


async def start_listener(
    endpoint: Endpoint, serve: Serve, server_ssl: ssl.SSLContext | None, limit: int
) -> asyncio.Server:
    """`limit`: the stream reader's buffer for a TCP listener (a Unix socket keeps asyncio's default). A unix
    socket path another process answers on is refused (SocketPathTaken), a stale one removed; the socket file
    is created with `endpoint.unix_mode`, never wider for a moment."""
    if endpoint.unix_path:
        claim(endpoint.unix_path)
        mode = endpoint.unix_mode
        umask = os.umask(0o777 & ~mode) if mode is not None else None
        try:
            server = await asyncio.start_unix_server(serve, endpoint.unix_path, ssl=server_ssl)
        finally:
            if umask is not None:
                os.umask(umask)
        if mode is not None:
            os.chmod(endpoint.unix_path, mode)
        return server
    return await asyncio.start_server(serve, endpoint.host, endpoint.port, ssl=server_ssl, limit=limit)


async def close_quietly(writer: asyncio.StreamWriter | None, timeout_s: float = 2.0) -> None:
    if writer is not None:
        writer.close()
        with contextlib.suppress(Exception):
            await asyncio.wait_for(writer.wait_closed(), timeout_s)
