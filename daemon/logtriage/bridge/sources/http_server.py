"""An HTTP/1.1 listener for the bridges that take HTTP (vector, otlp): each connection's requests are read in
turn and answered by `handle`; a request that cannot be read is answered by `refuse` and the connection closed.
`close()` stops listening, closes kept-alive connections between requests at once, and waits a grace period for
the requests in work.

Every refusal is answered, logged as one line, and followed by a clean close: the bridge stops writing, reads
(and drops) what the sender still sends for a moment, then closes. Closing with unread bytes would reset the
connection, and the sender would see a connection error instead of the answer; one that retries on
connection errors would retry forever.
"""

from __future__ import annotations

import asyncio
import contextlib
import ssl
from collections.abc import Awaitable, Callable
from typing import Any

import structlog

from ..codecs.http11 import HttpError, Request, read_request, response
from ..settings import Endpoint
from ..streams import start_listener

log = structlog.get_logger("logtriage.bridge.http")

Handle = Callable[[Request], Awaitable[bytes]]
Refuse = Callable[[HttpError], bytes]


def plain_refusal(exc: HttpError) -> bytes:
    return response(exc.status, str(exc).encode(), keep_alive=False)


class HttpServer:
    def __init__(
        self,
        listen: Endpoint,
        handle: Handle,
        server_ssl: ssl.SSLContext | None,
        max_body_bytes: int,
        refuse: Refuse = plain_refusal,
    ) -> None:
        self.listen = listen
        self.handle = handle
        self.refuse = refuse
        self.server_ssl = server_ssl
        self.max_body_bytes = max_body_bytes
        self._server: asyncio.Server | None = None
        self._connections: set[asyncio.Task[Any]] = set()
        self._idle: set[asyncio.Task[Any]] = set()  # connections waiting for their next request

    async def start(self) -> None:
        self._server = await start_listener(self.listen, self._serve, self.server_ssl, limit=1 << 16)

    async def close(self, grace_s: float = 10.0) -> None:
        if self._server:
            self._server.close()
        for task in list(self._idle):
            task.cancel()
        if self._connections:
            await asyncio.wait(list(self._connections), timeout=grace_s)

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        if task is not None:
            self._connections.add(task)
        try:
            while True:
                if task is not None:
                    self._idle.add(task)
                try:
                    request = await read_request(reader, writer, self.max_body_bytes)
                except HttpError as exc:  # the body was not read (or cannot be): answer, then close
                    log.warning("bad request", status=exc.status, error=str(exc))
                    await _refuse_and_close(reader, writer, self.refuse(exc))
                    return
                finally:
                    if task is not None:
                        self._idle.discard(task)
                if request is None:
                    return
                writer.write(await self.handle(request))
                await writer.drain()
                if not request.keep_alive:
                    return
        except (ConnectionError, asyncio.IncompleteReadError, ssl.SSLError):
            return
        except asyncio.CancelledError:  # closing: drop the connection, no TLS goodbye to wait for
            writer.transport.abort()
            raise
        except Exception:  # a bug must cost one connection an answer, never the bridge or a silent drop
            log.exception("unexpected error on a request; answering 500 and closing the connection")
            with contextlib.suppress(Exception):
                answer = self.refuse(HttpError(500, "internal error; see the bridge log"))
                await _refuse_and_close(reader, writer, answer)
        finally:
            if task is not None:
                self._connections.discard(task)
            writer.close()
            with contextlib.suppress(Exception):
                await writer.wait_closed()


LINGER_S = 1.0
LINGER_BYTES = 1 << 20


async def _refuse_and_close(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, answer: bytes) -> None:
    writer.write(answer)
    with contextlib.suppress(Exception):
        await asyncio.wait_for(writer.drain(), LINGER_S)
        if writer.can_write_eof():
            writer.write_eof()
        loop = asyncio.get_running_loop()
        end, left = loop.time() + LINGER_S, LINGER_BYTES
        while left > 0 and (wait := end - loop.time()) > 0:
            data = await asyncio.wait_for(reader.read(min(left, 1 << 16)), wait)
            if not data:
                break
            left -= len(data)
