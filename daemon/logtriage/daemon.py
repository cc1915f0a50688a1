"""logtriaged: the long-running gRPC daemon."""

from __future__ import annotations

import argparse
import asyncio
import os
import signal
import sys
from pathlib import Path

import grpc
import structlog
from grpc_health.v1 import health_pb2, health_pb2_grpc
from grpc_health.v1._async import HealthServicer
from grpc_reflection.v1alpha import reflection

from . import __version__, config
from .build import build_engine
from .logging_setup import configure_logging
from .server import SERVICE_NAME, ClassifierService, generic_handler

log = structlog.get_logger("logtriaged")


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="logtriaged", description="gRPC daemon that labels log records")
    parser.add_argument("--version", action="version", version=f"logtriaged {__version__}")
    config.add_flags(parser)
    return parser.parse_args(argv)


def server_credentials(cfg: config.Config) -> grpc.ServerCredentials | None:
    cert, key, ca = cfg["server.tls_cert"], cfg["server.tls_key"], cfg["server.tls_client_ca"]
    if not cert and not key:
        if ca:
            raise config.ConfigError("server.tls_client_ca needs server.tls_cert and server.tls_key too")
        return None
    if not (cert and key):
        raise config.ConfigError("server.tls_cert and server.tls_key go together; set both")
    try:
        pair = (Path(key).read_bytes(), Path(cert).read_bytes())
        root = Path(ca).read_bytes() if ca else None
    except OSError as exc:
        raise config.ConfigError(f"cannot read TLS file: {exc}") from exc
    return grpc.ssl_server_credentials([pair], root_certificates=root, require_client_auth=root is not None)


class Daemon:
    def __init__(self, cfg: config.Config) -> None:
        self.cfg = cfg
        self.service = ClassifierService(cfg["server.max_in_flight_records"], cfg["server.max_batch_records"])
        self.health = HealthServicer()
        self.server: grpc.aio.Server | None = None
        self.stopping = asyncio.Event()

    async def start(self) -> None:
        limit = self.cfg["server.max_message_bytes"]
        self.server = grpc.aio.server(
            options=[
                ("grpc.max_receive_message_length", limit),
                ("grpc.max_send_message_length", limit),
                ("grpc.so_reuseport", 0),
            ],
        )
        self.server.add_generic_rpc_handlers((generic_handler(self.service),))
        health_pb2_grpc.add_HealthServicer_to_server(self.health, self.server)
        reflection.enable_server_reflection(
            (SERVICE_NAME, "grpc.health.v1.Health", reflection.SERVICE_NAME), self.server
        )
        for name in ("", SERVICE_NAME):
            await self.health.set(name, health_pb2.HealthCheckResponse.NOT_SERVING)
        listen = self.cfg["server.listen"]
        credentials = server_credentials(self.cfg)
        if credentials is not None:
            port = self.server.add_secure_port(listen, credentials)
        else:
            port = self.server.add_insecure_port(listen)
        if port == 0 and not listen.startswith("unix:"):
            raise config.ConfigError(f"cannot listen on {listen!r}: address in use or not valid")
        await self.server.start()
        if listen.startswith("unix:"):
            os.chmod(listen.removeprefix("unix:").removeprefix("//"), int(self.cfg["server.unix_socket_mode"], 8))
        log.info("listening", address=listen, port=port, tls=credentials is not None, version=__version__)

    async def load(self) -> None:
        self.service.engine = await asyncio.to_thread(build_engine, self.cfg)
        for name in ("", SERVICE_NAME):
            await self.health.set(name, health_pb2.HealthCheckResponse.SERVING)
        log.info("serving")

    async def stop(self) -> None:
        assert self.server is not None
        await self.health.enter_graceful_shutdown()
        log.info("draining", in_flight_records=self.service.in_flight, grace_s=self.cfg["server.grace_s"])
        await self.server.stop(self.cfg["server.grace_s"])
        if self.service.engine is not None:
            self.service.engine.close()
        log.info("stopped")


async def run(cfg: config.Config) -> int:
    daemon = Daemon(cfg)
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, daemon.stopping.set)
    await daemon.start()
    loader = asyncio.create_task(daemon.load())
    stop_wait = asyncio.create_task(daemon.stopping.wait())
    done, _ = await asyncio.wait({loader, stop_wait}, return_when=asyncio.FIRST_COMPLETED)
    if loader in done and loader.exception() is not None:
        log.error("load_failed", error=str(loader.exception()))
        await daemon.stop()
        return 2
    await stop_wait
    if not loader.done():
        loader.cancel()
    await daemon.stop()
    return 0


def main(argv: list[str] | None = None) -> None:
    args = parse_args(argv)
    try:
        cfg = config.load(args)
        configure_logging(cfg["log.level"], cfg["log.format"])
        sys.exit(asyncio.run(run(cfg)))
    except config.ConfigError as exc:
        print(f"logtriaged: {exc}", file=sys.stderr)
        sys.exit(2)


if __name__ == "__main__":
    main()
