"""logtriaged: the long-running gRPC daemon.

Signals: SIGTERM/SIGINT drain and stop; SIGHUP reloads rules and model (reload.py). Under
systemd (Type=notify) it reports READY once health is SERVING, RELOADING/READY around a reload,
STOPPING on shutdown, and pings the watchdog (sd_notify.py).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import signal
import sys
from collections.abc import Callable
from pathlib import Path

import grpc
import structlog
from grpc_health.v1 import health_pb2, health_pb2_grpc
from grpc_health.v1._async import HealthServicer
from grpc_reflection.v1alpha import reflection

from .. import __version__, config
from ..engine.cascade import Engine
from ..settings import parse_file_mode
from ..store import answer_snapshot
from ..store.shared_store import store_from_config
from . import in_flight_bytes, native_log, unix_socket
from .assembly import build_engine
from .logging_setup import configure_logging
from .metrics import Metrics
from .reload import Reloader, ReloadResult
from .sd_notify import Notifier
from .servicer import SERVICE_NAME, ClassifierService, generic_handler

log = structlog.get_logger("logtriaged")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="logtriaged", description="gRPC daemon that labels log records")
    parser.add_argument("--version", action="version", version=f"logtriaged {__version__}")
    config.add_flags(parser)
    return parser


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    return build_parser().parse_args(argv)


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
    def __init__(
        self,
        cfg: config.Config,
        notifier: Notifier | None = None,
        reload_config: Callable[[], config.Config] | None = None,
    ) -> None:
        self.cfg = cfg
        self.service = ClassifierService(
            cfg["server.max_in_flight_records"], cfg["server.max_batch_records"], cfg["server.max_in_flight_bytes"]
        )
        self.health = HealthServicer()
        self.server: grpc.aio.Server | None = None
        self.stopping = asyncio.Event()
        self.notifier = notifier or Notifier(None)
        self.metrics = Metrics(self.service) if cfg["metrics.listen"] else None
        self.store = store_from_config(cfg)  # the fleet's shared answers (cache.redis_url), or None
        self._snapshots: asyncio.Task[None] | None = None
        self.reloader = Reloader(
            self.service, cfg, reload_config or (lambda: cfg), on_start=self._reload_started, on_done=self._reloaded
        )

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
        unix_path = listen.removeprefix("unix:").removeprefix("//") if listen.startswith("unix:") else None
        mode = _socket_mode(self.cfg["server.unix_socket_mode"]) if unix_path else None
        if unix_path:
            try:
                if unix_socket.claim(unix_path):
                    log.info("stale_socket_removed", path=unix_path)
            except unix_socket.SocketPathTaken as exc:
                raise config.ConfigError(f"server.listen {listen!r}: cannot listen: {exc}") from None
        # a unix socket file is created with the wanted mode: no window in which it is wider
        umask = os.umask(0o777 & ~mode) if mode is not None else None
        try:
            if credentials is not None:
                port = self.server.add_secure_port(listen, credentials)
            else:
                port = self.server.add_insecure_port(listen)
        except RuntimeError as exc:  # grpc's "Failed to bind to address ..."
            port, reason = 0, str(exc).split(";")[0]
        else:
            reason = "address in use or not valid"
        finally:
            if umask is not None:
                os.umask(umask)
        if port == 0:
            raise config.ConfigError(f"server.listen {listen!r}: cannot listen: {reason}")
        await self.server.start()
        if unix_path and mode is not None:
            os.chmod(unix_path, mode)
        log.info("listening", address=listen, port=port, tls=credentials is not None, version=__version__)
        if self.metrics is not None:
            self.metrics.start(self.cfg["metrics.listen"])

    async def load(self) -> None:
        self.notifier.status("loading rules and model")
        engine = self.service.engine = await asyncio.to_thread(build_engine, self.cfg, store=self.store)
        if self.cfg["cache.state_dir"]:
            self._snapshots = asyncio.create_task(
                answer_snapshot.save_every(
                    lambda: self.service.engine, self.cfg["cache.state_dir"], self.cfg["cache.snapshot_interval_s"]
                )
            )
        for name in ("", SERVICE_NAME):
            await self.health.set(name, health_pb2.HealthCheckResponse.SERVING)
        log.info("serving")
        self.notifier.ready(_status_line(engine))
        self.reloader.first_load_done()

    def reload_requested(self) -> None:
        if self.stopping.is_set():
            log.info("reload_ignored", reason="stopping")
            return
        self.reloader.request()

    def _reload_started(self) -> None:
        self.notifier.reloading("reloading rules and model")

    def _reloaded(self, result: ReloadResult, old: Engine | None, new: Engine | None) -> None:
        engine = self.service.engine
        assert engine is not None
        status = _status_line(engine)
        if not result.applied:
            status = f"reload failed, serving the previous rules and model: {result.reason}"[:400]
        if not self.stopping.is_set():  # READY after STOPPING would tell systemd the wrong thing
            self.notifier.ready(status)
        if self.metrics is not None:
            self.metrics.reloaded(result.applied, old, new)

    async def stop(self) -> None:
        assert self.server is not None
        self.notifier.stopping("draining calls in flight")
        await self.health.enter_graceful_shutdown()
        log.info("draining", in_flight_records=self.service.in_flight, grace_s=self.cfg["server.grace_s"])
        await self.server.stop(self.cfg["server.grace_s"])
        engine = self.service.engine
        if engine is not None:
            await engine.aclose()  # its threads; the LLM tier saves its state and closes its client
            if self._snapshots is not None:
                self._snapshots.cancel()
                await answer_snapshot.save(engine, self.cfg["cache.state_dir"])
        if self.store is not None:
            await self.store.aclose()
        if self.metrics is not None:
            self.metrics.stop()
        log.info("stopped")


def _socket_mode(text: str) -> int:
    mode = parse_file_mode(text)
    if mode is None:
        raise config.ConfigError(f"server.unix_socket_mode {text!r}: expected an octal file mode such as 0660")
    return mode


def _status_line(engine: Engine) -> str:
    model = engine.model_tier.version if engine.model_tier else "none"
    return f"serving: {len(engine.ruleset.rules)} rules, model {model}"


async def run(cfg: config.Config, reload_config: Callable[[], config.Config] | None = None) -> int:
    notifier = Notifier.from_environment()
    daemon = Daemon(cfg, notifier, reload_config)
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, daemon.stopping.set)
    loop.add_signal_handler(signal.SIGHUP, daemon.reload_requested)
    watchdog = asyncio.create_task(notifier.watchdog_loop())
    try:
        return await _serve(daemon)
    finally:
        watchdog.cancel()
        notifier.close()


async def _serve(daemon: Daemon) -> int:
    try:
        await daemon.start()
    except config.ConfigError as exc:
        daemon.notifier.status(f"cannot start: {exc}"[:400])
        if daemon.server is not None:
            await daemon.server.stop(0)
        raise
    loader = asyncio.create_task(daemon.load())
    stop_wait = asyncio.create_task(daemon.stopping.wait())
    done, _ = await asyncio.wait({loader, stop_wait}, return_when=asyncio.FIRST_COMPLETED)
    if loader in done and loader.exception() is not None:
        log.error("load_failed", error=str(loader.exception()))
        daemon.notifier.status(f"load failed: {loader.exception()}"[:400])
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
        if cfg["log.format"] == "json":
            native_log.capture()
        in_flight_bytes.fix_mmap_threshold()
        sys.exit(asyncio.run(run(cfg, lambda: config.load(args))))
    except config.ConfigError as exc:
        print(f"logtriaged: {exc}", file=sys.stderr)
        sys.exit(2)


if __name__ == "__main__":
    main()
