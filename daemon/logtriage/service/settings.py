"""logtriaged's own settings: the gRPC server (`server.*`), logging (`log.*`) and Prometheus metrics (`metrics.*`)."""

from __future__ import annotations

from ..settings import Setting, file_mode_problem, host_port_problem

SERVER_SETTINGS: tuple[Setting, ...] = (
    Setting("server.listen", "127.0.0.1:50051", "gRPC address: host:port, or unix:/path", "--listen"),
    Setting("server.unix_socket_mode", "0660", "file mode of a unix socket (octal)", check=file_mode_problem),
    Setting("server.max_in_flight_records", 50_000, "records in work at once; past it, RESOURCE_EXHAUSTED"),
    Setting("server.max_in_flight_bytes", 128 << 20, "request bytes in work at once; past it, RESOURCE_EXHAUSTED"),
    Setting("server.max_message_bytes", 32 << 20, "largest gRPC request accepted, in bytes"),
    Setting("server.max_batch_records", 10_000, "most records in one batch request"),
    Setting("server.grace_s", 10.0, "on SIGTERM, how long in-flight calls may finish"),
    Setting("server.tls_cert", "", "PEM server certificate; with tls_key, serve TLS"),
    Setting("server.tls_key", "", "PEM private key of tls_cert"),
    Setting("server.tls_client_ca", "", "PEM CA bundle; when set, clients must present a certificate"),
)

LOG_SETTINGS: tuple[Setting, ...] = (
    Setting("log.level", "info", "debug, info, warning or error", choices=("debug", "info", "warning", "error")),
    Setting("log.format", "json", "json, or console for people"),
    Setting(
        "metrics.listen",
        "",
        "Prometheus /metrics HTTP address, host:port (e.g. 127.0.0.1:9464); empty: off",
        check=host_port_problem,
    ),
)
