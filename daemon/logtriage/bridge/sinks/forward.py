"""The Forward client side: frames to the next hop (Fluent Bit in_forward, Fluentd, Vector `fluent`), each sent
with a `chunk` option and counted as delivered only when the matching `{"ack": chunk}` came back."""

from __future__ import annotations

import asyncio
import ssl
from typing import Any

import msgpack

from ..codecs.forward import DECODE, encode_frame, encode_passthrough, new_chunk_id
from ..codecs.forward_auth import ClientHandshake, HandshakeError
from ..delivery import DeliveryError, Outgoing
from ..settings import DeliverySettings, Endpoint
from ..streams import close_quietly


class ForwardTransport:
    def __init__(self, endpoint: Endpoint, settings: DeliverySettings) -> None:
        self.endpoint = endpoint
        self.settings = settings
        self.description = f"forward://{endpoint}"
        self._ssl: ssl.SSLContext | None = settings.tls.client_context("--forward-tls")
        self._reader: asyncio.StreamReader | None = None
        self._writer: asyncio.StreamWriter | None = None
        self._unpacker = msgpack.Unpacker(**DECODE)

    async def send(self, items: list[Outgoing]) -> None:
        head = items[0]
        if head.passthrough is not None:  # a metrics/traces payload, passed through whole
            tag_bytes, payload, options = head.passthrough
            chunk_id = _chunk_for(items)
            frame = encode_passthrough(tag_bytes, payload, {**options, "chunk": chunk_id})
        else:
            tag_bytes, packed_options = head.merge_key
            entries = [e for item in items for e in item.payload]
            chunk_id = _chunk_for(items)
            options = {**msgpack.unpackb(packed_options, **DECODE), "chunk": chunk_id, "size": len(entries)}
            frame = encode_frame(tag_bytes, entries, options, self.settings.compress)
        try:
            await asyncio.wait_for(self._send_frame(frame, chunk_id), self.settings.ack_timeout_s)
        except TimeoutError:
            await self._drop()
            raise DeliveryError(f"no ack for chunk {chunk_id} within {self.settings.ack_timeout_s}s") from None
        except (OSError, DeliveryError, HandshakeError, ssl.SSLError) as exc:
            await self._drop()
            raise DeliveryError(str(exc) or type(exc).__name__) from exc

    async def _send_frame(self, frame: bytes, chunk_id: str) -> None:
        if self._writer is None:
            await self._connect()
        assert self._writer is not None
        self._writer.write(frame)
        await self._writer.drain()
        reply = await self._read_object()
        if not (isinstance(reply, dict) and reply.get("ack") == chunk_id):
            raise DeliveryError(f"expected ack for chunk {chunk_id}, got {str(reply)[:80]}")

    async def _connect(self) -> None:
        ep = self.endpoint
        if ep.unix_path:
            self._reader, self._writer = await asyncio.open_unix_connection(ep.unix_path, ssl=self._ssl)
        else:
            server_hostname = ep.host if self._ssl else None
            self._reader, self._writer = await asyncio.open_connection(
                ep.host, ep.port, ssl=self._ssl, server_hostname=server_hostname
            )
        self._unpacker = msgpack.Unpacker(**DECODE)
        if self.settings.shared_key:
            hs = ClientHandshake(self.settings.shared_key, self.settings.self_hostname)
            self._writer.write(hs.ping(await self._read_object()))
            await self._writer.drain()
            hs.check(await self._read_object())

    async def _read_object(self) -> Any:
        assert self._reader is not None
        while True:
            try:
                return self._unpacker.unpack()
            except msgpack.OutOfData:
                pass
            data = await self._reader.read(65536)
            if not data:
                raise DeliveryError("the next hop closed the connection")
            self._unpacker.feed(data)

    async def _drop(self) -> None:
        writer, self._writer, self._reader = self._writer, None, None
        await close_quietly(writer)

    async def close(self) -> None:
        await self._drop()


def _chunk_for(items: list[Outgoing]) -> str:
    """The same batch keeps its chunk id across retries, so a receiver that dedups by id can."""
    head = items[0]
    key = tuple(id(i) for i in items)
    if head.send_id is None or head.send_id[0] != key:
        head.send_id = (key, new_chunk_id())
    return head.send_id[1]
