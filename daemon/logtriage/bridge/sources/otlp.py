"""`logtriage-bridge otlp`: OTLP logs in (OTLP/gRPC LogsService/Export, and OTLP/HTTP POST /v1/logs in protobuf
or JSON), labelled by the daemon in batches, and sent on to the next OTLP receiver. The sender's Export succeeds
only once the next hop took the records; the next hop's partial_success is passed back; while the next hop is
down, or the bridge holds --max-held-bytes, the answer is UNAVAILABLE / 503 with Retry-After, so the sender
keeps the records and retries."""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass
from pathlib import Path

import grpc
import structlog

from ..codecs.otlp import (
    EXPORT_METHOD,
    MalformedRequest,
    ReadSettings,
    add_labels,
    count_records,
    parse_request,
    response_bytes,
    retry_info_bytes,
    status_bytes,
)
from ..codecs.otlp import queries as read_queries
from ..delivery import ByteBudget, Exporter, NextHopDown, NextHopRefused
from ..labeller import DaemonLabeller
from ..settings import Endpoint, SettingsError, TlsFiles

log = structlog.get_logger("logtriage.bridge.otlp")

RETRY_AFTER_S = 2
# The answer must reach a gRPC sender before its deadline ends: the bridge gives up this much sooner.
DEADLINE_MARGIN_S = 0.25


@dataclass(frozen=True, slots=True)
class Outcome:
    """What one Export gets: success (with the next hop's partial_success), or a status and why."""

    code: grpc.StatusCode = grpc.StatusCode.OK
    message: str = ""
    rejected: int = 0
    retry_after_s: int = 0

    @property
    def ok(self) -> bool:
        return self.code == grpc.StatusCode.OK


class OtlpPipeline:
    """One Export request from bytes to the next hop's answer; shared by the gRPC and the HTTP listener."""

    def __init__(
        self,
        labeller: DaemonLabeller,
        exporter: Exporter,
        read: ReadSettings,
        max_held_bytes: int,
        timeout_s: float,
        retry_max_delay_s: float,
    ) -> None:
        self.labeller = labeller
        self.exporter = exporter
        self.read = read
        self.budget = ByteBudget(max_held_bytes)
        self.timeout_s = timeout_s
        self.retry_max_delay_s = retry_max_delay_s
        self._down = False

    async def export(self, body: bytes, time_left_s: float | None = None) -> Outcome:
        try:
            request = parse_request(body)
        except MalformedRequest as exc:
            return Outcome(grpc.StatusCode.INVALID_ARGUMENT, str(exc))
        if count_records(request) == 0:
            return Outcome()
        budget_s = self.timeout_s if time_left_s is None else min(self.timeout_s, time_left_s - DEADLINE_MARGIN_S)
        deadline = time.monotonic() + budget_s
        if not self.budget.try_acquire(len(body)):
            return Outcome(
                grpc.StatusCode.UNAVAILABLE, "the bridge holds too much for the next hop; retry", 0, RETRY_AFTER_S
            )
        try:
            try:
                labels = await asyncio.wait_for(self.labeller.label(read_queries(request, self.read)), budget_s)
            except TimeoutError:
                text = "the daemon did not answer in time; retry"
                return Outcome(grpc.StatusCode.UNAVAILABLE, text, 0, RETRY_AFTER_S)
            add_labels(request, body, labels, self.read.attribute_prefix)
            return await self._send(request.SerializeToString(), deadline)
        finally:
            await self.budget.release(len(body))

    async def _send(self, body: bytes, deadline: float) -> Outcome:
        delay = 0.1
        while True:
            try:
                rejected, message = await self.exporter.export(body, deadline - time.monotonic())
            except NextHopRefused as exc:
                log.warning("next hop refused records", next_hop=self.exporter.description, reason=str(exc))
                return Outcome(exc.code, str(exc))
            except NextHopDown as exc:
                if not self._down:
                    self._down = True
                    log.warning(
                        "next hop not taking records; senders told to retry",
                        next_hop=self.exporter.description,
                        reason=str(exc),
                    )
                pause = min(delay, deadline - time.monotonic())
                if pause <= 0:
                    return Outcome(
                        grpc.StatusCode.UNAVAILABLE,
                        f"next hop {self.exporter.description} not taking records ({exc}); retry",
                        0,
                        RETRY_AFTER_S,
                    )
                await asyncio.sleep(pause)
                delay = min(delay * 2, self.retry_max_delay_s)
                continue
            if self._down:
                self._down = False
                log.info("next hop taking records again", next_hop=self.exporter.description)
            return Outcome(rejected=rejected, message=message)


class GrpcListener:
    """OTLP/gRPC: LogsService/Export on raw bytes, so malformed bodies get INVALID_ARGUMENT and not INTERNAL."""

    def __init__(self, listen: Endpoint, pipeline: OtlpPipeline, tls: TlsFiles, max_message_bytes: int) -> None:
        self.listen = listen
        self.pipeline = pipeline
        self.tls = tls
        options = [("grpc.max_receive_message_length", max_message_bytes), ("grpc.so_reuseport", 0)]
        self.server = grpc.aio.server(options=options)
        service, method = EXPORT_METHOD.strip("/").split("/")
        handler: grpc.RpcMethodHandler[bytes, bytes] = grpc.unary_unary_rpc_method_handler(self._export)
        self.server.add_generic_rpc_handlers((grpc.method_handlers_generic_handler(service, {method: handler}),))

    async def start(self) -> None:
        address = str(self.listen)
        if self.tls.enabled:
            bound = self.server.add_secure_port(address, _server_credentials(self.tls))
        else:
            bound = self.server.add_insecure_port(address)
        if not bound and not self.listen.unix_path:
            raise OSError(f"cannot listen on {address} (in use?)")
        await self.server.start()
        log.info("otlp grpc listening", listen=address, tls=self.tls.enabled)

    async def close(self, grace_s: float = 10.0) -> None:
        await self.server.stop(grace_s)

    async def _export(self, request: bytes, context: grpc.aio.ServicerContext[bytes, bytes]) -> bytes:
        outcome = await self.pipeline.export(request, context.time_remaining())
        if not outcome.ok:
            trailing: tuple[tuple[str, bytes], ...] = ()
            if outcome.retry_after_s:  # how long to wait: read by the SDKs (retryinfo) and the Collector (details)
                status = status_bytes(outcome.code.value[0], outcome.message, outcome.retry_after_s)
                trailing = (
                    ("google.rpc.retryinfo-bin", retry_info_bytes(outcome.retry_after_s)),
                    ("grpc-status-details-bin", status),
                )
            await context.abort(outcome.code, outcome.message, trailing)
        return response_bytes(outcome.rejected, outcome.message)


def _server_credentials(tls: TlsFiles) -> grpc.ServerCredentials:
    if not (tls.cert and tls.key):
        raise SettingsError("--tls-cert/--tls-key: TLS on the listening side needs both a certificate and a key file")
    try:
        pair = (Path(tls.key).read_bytes(), Path(tls.cert).read_bytes())
        root = Path(tls.ca).read_bytes() if tls.ca else None
    except OSError as exc:
        raise SettingsError(f"--tls-cert/--tls-key/--tls-ca: {exc}") from exc
    return grpc.ssl_server_credentials([pair], root_certificates=root, require_client_auth=root is not None)
