"""`logtriage-bridge fluentbit`: a Forward server that labels each record and forwards it to the next hop.

Per connection, frames are read as they come and labelled concurrently; a chunk is acknowledged upstream only
once the next hop acknowledged it. A chunk id seen again is acknowledged without a second delivery (or, while
the first copy is still on its way, as soon as that copy is delivered). When the bytes held for the next hop
reach --max-held-bytes, connections stop being read: Fluent Bit keeps the chunks in its own buffer and retries.
"""

from __future__ import annotations

import asyncio
import contextlib
import ssl
from typing import Any, cast

import msgpack
import structlog

from ..chunk_ledger import ChunkLedger
from ..codecs.forward import HEARTBEAT, ForwardChunk, FrameSplitter, ProtocolError, ack_frame, decode_frame
from ..codecs.forward_auth import ServerHandshake
from ..delivery import ByteBudget, Deliverer, Outgoing
from ..labeller import DaemonLabeller
from ..labels import make_query, written_keys
from ..settings import DeliverySettings, Endpoint, LabelSettings
from ..streams import start_listener

log = structlog.get_logger("logtriage.bridge.fluentbit")

_OWN_OPTIONS = ("chunk", "size", "compressed")
HANDSHAKE_MAX_BYTES = 16 << 10  # a PING is a few hundred bytes
HANDSHAKE_READ = 8 << 10


class _Unfinished:
    """The bytes of a connection's unfinished frame, held in the bridge's ByteBudget."""

    def __init__(self, budget: ByteBudget) -> None:
        self.budget = budget
        self.held = 0

    async def set(self, n: int, wait_s: float = 0.0) -> bool:
        """Holds `n` bytes instead of the last count; False if no room came within `wait_s`."""
        if n < self.held:
            await self.budget.release(self.held - n)
            self.held = n
        elif n > self.held:
            more = n - self.held
            if not self.budget.try_acquire(more):
                try:
                    await asyncio.wait_for(self.budget.acquire(more), wait_s)
                except TimeoutError:
                    return False
            self.held = n
        return True


class ForwardBridge:
    def __init__(
        self,
        listen: Endpoint,
        labeller: DaemonLabeller,
        deliverer: Deliverer,
        labels: LabelSettings,
        delivery: DeliverySettings,
        *,
        server_ssl: ssl.SSLContext | None = None,
        shared_key: str = "",
        self_hostname: str = "logtriage-bridge",
        ledger: ChunkLedger | None = None,
        handshake_timeout_s: float = 10.0,
        idle_timeout_s: float = 300.0,
    ) -> None:
        self.listen = listen
        self.labeller = labeller
        self.deliverer = deliverer
        self.labels = labels
        self.delivery = delivery
        self.server_ssl = server_ssl
        self.shared_key = shared_key
        self.self_hostname = self_hostname
        self.budget = ByteBudget(delivery.max_held_bytes)
        self.ledger = ledger or ChunkLedger()
        self.handshake_timeout_s = handshake_timeout_s
        self.idle_timeout_s = idle_timeout_s
        self.owned = written_keys(labels)
        self._server: asyncio.Server | None = None
        self._udp: asyncio.DatagramTransport | None = None
        self._tasks: set[asyncio.Task[None]] = set()

    async def start(self) -> None:
        self._server = await start_listener(self.listen, self._serve, self.server_ssl, limit=1 << 20)
        if not self.listen.unix_path:
            loop = asyncio.get_running_loop()
            with contextlib.suppress(OSError):  # the UDP heartbeat is optional in the protocol
                self._udp, _ = await loop.create_datagram_endpoint(
                    _Heartbeat, local_addr=(self.listen.host, self.listen.port)
                )
        log.info("forward bridge listening", listen=str(self.listen), tls=self.server_ssl is not None)

    async def close(self, grace_s: float = 10.0) -> None:
        """Stop accepting, give chunks already read `grace_s` to be delivered, then stop."""
        if self._server:
            self._server.close()
        if self._udp:
            self._udp.close()
        if self._tasks:
            await asyncio.wait(list(self._tasks), timeout=grace_s)
        for task in list(self._tasks):
            task.cancel()
        self.ledger.close()

    def _spawn(self, coro: Any) -> None:
        task = asyncio.create_task(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        peer = str(writer.get_extra_info("peername") or writer.get_extra_info("sockname") or "")
        handshake = ServerHandshake(self.shared_key, self.self_hostname) if self.shared_key else None
        # before the handshake only a PING fits: a sender without the key cannot make the bridge buffer much
        splitter = FrameSplitter(HANDSHAKE_MAX_BYTES if handshake else self.delivery.max_frame_bytes)
        unfinished = _Unfinished(self.budget)  # bytes of a frame not yet whole count against --max-held-bytes
        in_work = [0]  # chunks of this connection not yet acknowledged: the sender waits, it is not idle
        try:
            if handshake is not None:
                writer.write(handshake.helo())
            limit: float | None
            while True:
                if handshake is not None:
                    limit, why = self.handshake_timeout_s, "no handshake"
                else:
                    limit, why = (self.idle_timeout_s, "idle") if not in_work[0] else (None, "")
                try:
                    data = await asyncio.wait_for(reader.read(HANDSHAKE_READ if handshake else 1 << 16), limit)
                except TimeoutError:
                    log.warning(
                        "closing connection", peer=peer, reason=f"{why} for {limit}s", unfinished=splitter.pending_bytes
                    )
                    return
                if not data:
                    break
                for frame in splitter.feed(data):
                    if frame == HEARTBEAT:
                        continue
                    if handshake is not None:
                        reply, refused = handshake.answer(
                            msgpack.unpackb(frame, raw=False, unicode_errors="surrogateescape", strict_map_key=False)
                        )
                        writer.write(reply)
                        if refused:
                            log.warning("handshake refused; closing connection", peer=peer, reason=refused)
                            return
                        handshake = None
                        splitter = splitter.with_limit(self.delivery.max_frame_bytes)
                        continue
                    chunk = decode_frame(frame, self.labels, self.owned, self.delivery.max_frame_bytes)
                    await unfinished.set(0)
                    await self._admit(chunk, writer, in_work)
                if not await unfinished.set(splitter.pending_bytes, self.idle_timeout_s):
                    log.warning(
                        "closing connection: an unfinished frame and no room under --max-held-bytes",
                        peer=peer,
                        unfinished=splitter.pending_bytes,
                    )
                    return
            if splitter.pending_bytes:
                log.warning("connection closed in the middle of a frame", peer=peer, bytes=splitter.pending_bytes)
        except ProtocolError as exc:
            log.warning("bad Forward data; closing connection", peer=peer, error=str(exc))
        except (ConnectionError, ssl.SSLError) as exc:
            log.info("connection lost", peer=peer, error=str(exc))
        except Exception:  # one bad peer must not take the bridge down
            log.exception("unexpected error on a connection; closing it", peer=peer)
        finally:
            await unfinished.set(0)
            writer.close()

    async def _admit(self, chunk: ForwardChunk, writer: asyncio.StreamWriter, in_work: list[int]) -> None:
        cid = chunk.chunk_id
        log.debug("frame read", tag=chunk.tag, chunk=cid, entries=len(chunk.entries), bytes=chunk.size)
        if cid is not None:
            if self.ledger.delivered(cid):
                _ack(writer, cid)
                return
            first = self.ledger.inflight(cid)
            if first is not None:  # resent while the first copy is still on its way
                self._spawn(_ack_when(first, writer, cid))
                return
        if chunk.signal_payload is None and not chunk.entries:
            if cid is not None:
                _ack(writer, cid)
            return
        await self.budget.acquire(chunk.size)  # when spent, this connection is not read until space frees
        options = {k: v for k, v in chunk.options.items() if k not in _OWN_OPTIONS}
        if chunk.signal_payload is not None:
            item = Outgoing.new(None, chunk.size)
            item.passthrough = (chunk.tag_bytes, chunk.signal_payload, options)
        else:
            item = Outgoing.new((chunk.tag_bytes, msgpack.packb(options, unicode_errors="surrogateescape")), chunk.size)
        self.deliverer.enqueue(item)
        if cid is not None:
            self.ledger.start(cid, item.delivered)
        in_work[0] += 1
        self._spawn(self._process(chunk, item, writer, in_work))

    async def _process(
        self, chunk: ForwardChunk, item: Outgoing, writer: asyncio.StreamWriter, in_work: list[int]
    ) -> None:
        try:
            if chunk.signal_payload is not None:
                item.fill([])
            else:
                limit = self.labeller.settings.max_message_chars
                queries = [
                    make_query(e.values, chunk.tag, self.labels, limit) if e.pairs is not None else None
                    for e in chunk.entries
                ]
                answers = await self.labeller.label(queries)
                item.fill([e.labelled(a, self.labels) for e, a in zip(chunk.entries, answers, strict=True)])
            await asyncio.shield(item.delivered)
        finally:
            in_work[0] -= 1
            await self.budget.release(chunk.size)
        if chunk.chunk_id is not None:
            self.ledger.finish(chunk.chunk_id)
            _ack(writer, chunk.chunk_id)


def _ack(writer: asyncio.StreamWriter, chunk_id: object) -> None:
    if not writer.is_closing():
        writer.write(ack_frame(chunk_id))


async def _ack_when(delivered: asyncio.Future[None], writer: asyncio.StreamWriter, chunk_id: object) -> None:
    await asyncio.shield(delivered)
    _ack(writer, chunk_id)


class _Heartbeat(asyncio.DatagramProtocol):
    """UDP heartbeat on the listening port: any datagram is answered with one 0x00 byte."""

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = cast(asyncio.DatagramTransport, transport)  # a datagram endpoint's transport

    def datagram_received(self, data: bytes, addr: tuple[str, int]) -> None:
        self.transport.sendto(b"\x00", addr)
