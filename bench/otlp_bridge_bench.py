"""Records per second through `logtriage-bridge otlp` and the daemon, against the same requests sent straight to
the receiver, in one run.

    python bench/otlp_bridge_bench.py [--records 60000] [--batch 512] [--senders 4] [--protocol grpc|http]
                                      [--server ADDR] [--repeat 3]

A child process runs the next hop (an OTLP/gRPC or OTLP/HTTP receiver on opentelemetry-proto that parses every
request and counts its records) and, unless --server names a real logtriaged, a stub ClassifierService that
answers at once. N senders export prebuilt ExportLogsServiceRequests of --batch records each (the size of the
SDK's BatchLogRecordProcessor batches), one call at a time each, as OTLP exporters do. Printed: records/s direct
to the receiver (baseline) and through the bridge, each the median of --repeat alternated runs, and the
ratio. Figures, not assertions (only that every record arrived).
"""

from __future__ import annotations

import argparse
import http.client
import http.server
import multiprocessing as mp
import os
import subprocess
import sys
import threading
import time
from concurrent import futures
from pathlib import Path
from statistics import median
from typing import Any

from bridge_bench import free_port, start_stub_daemon, wait_count

ROOT = Path(__file__).resolve().parents[1]
EXPORT = "/opentelemetry.proto.collector.logs.v1.LogsService/Export"
MESSAGES = (
    "GET /api/items/{n} HTTP/1.1 200 in {ms}ms",
    "Failed password for invalid user admin from 10.0.{a}.{b} port 22 ssh2",
    "disk usage on /var/lib/data at {pct}% of capacity",
    "payment {n} declined: card expired",
)


def stub_daemon(port: int, ready: Any) -> None:
    """Child process of its own (it would take the receiver's CPU): a stub daemon that answers at once."""
    server = start_stub_daemon(port)
    ready.set()
    server.wait_for_termination()  # type: ignore[attr-defined]


def receiver(protocol: str, receiver_port: int, counter: Any, ready: Any) -> None:
    """Child process: the next OTLP hop, counting the records of every request it parses."""
    import grpc
    from opentelemetry.proto.collector.logs.v1 import logs_service_pb2 as ls

    empty = ls.ExportLogsServiceResponse().SerializeToString()

    def take(body: bytes) -> None:
        request = ls.ExportLogsServiceRequest.FromString(body)
        n = sum(len(sl.log_records) for rl in request.resource_logs for sl in rl.scope_logs)
        with counter.get_lock():
            counter.value += n

    if protocol == "grpc":
        server = grpc.server(futures.ThreadPoolExecutor(8))
        handler = grpc.unary_unary_rpc_method_handler(lambda body, context: take(body) or empty)
        service, method = EXPORT.strip("/").split("/")
        server.add_generic_rpc_handlers((grpc.method_handlers_generic_handler(service, {method: handler}),))
        server.add_insecure_port(f"127.0.0.1:{receiver_port}")
        server.start()
        ready.set()
        server.wait_for_termination()
        return

    class Handler(http.server.BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_POST(self) -> None:
            take(self.rfile.read(int(self.headers["Content-Length"])))
            self.send_response(200)
            self.send_header("Content-Type", "application/x-protobuf")
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, *args: Any) -> None:
            pass

    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", receiver_port), Handler)
    ready.set()
    httpd.serve_forever()


def requests(n_records: int, batch: int, run: str) -> list[bytes]:
    """ExportLogsServiceRequests as an SDK builds them: one resource and scope, `batch` records each."""
    from opentelemetry.proto.collector.logs.v1 import logs_service_pb2 as ls

    out = []
    for start in range(0, n_records, batch):
        request = ls.ExportLogsServiceRequest()
        rl = request.resource_logs.add()
        rl.resource.attributes.add(key="service.name").value.string_value = "checkout"
        rl.resource.attributes.add(key="host.name").value.string_value = "web-1"
        sl = rl.scope_logs.add()
        sl.scope.name, sl.scope.version = "shop.checkout", "1.4.2"
        for n in range(start, min(start + batch, n_records)):
            text = MESSAGES[n % len(MESSAGES)].format(n=n, ms=n % 90, a=n % 7, b=n % 250, pct=80 + n % 20)
            record = sl.log_records.add(time_unix_nano=1_700_000_000_000_000_000 + n, severity_number=9)
            record.observed_time_unix_nano = record.time_unix_nano + 1000
            record.severity_text = "INFO"
            record.body.string_value = text
            record.trace_id = n.to_bytes(16, "big")
            record.span_id = n.to_bytes(8, "big")
            record.attributes.add(key="run").value.string_value = run
            record.attributes.add(key="n").value.int_value = n
        out.append(request.SerializeToString())
    return out


def send_all(protocol: str, address: str, bodies: list[bytes], senders: int) -> float:
    """Seconds for `senders` exporters to send every body, each waiting for its answer before the next."""
    import grpc

    errors: list[BaseException] = []

    def run(share: list[bytes]) -> None:
        try:
            if protocol == "grpc":
                with grpc.insecure_channel(address) as channel:
                    export = channel.unary_unary(EXPORT)
                    for body in share:
                        export(body, timeout=60)
                return
            host, port = address.rsplit(":", 1)
            conn = http.client.HTTPConnection(host, int(port), timeout=60)
            for body in share:
                conn.request("POST", "/v1/logs", body=body, headers={"Content-Type": "application/x-protobuf"})
                reply = conn.getresponse()
                reply.read()
                if reply.status != 200:
                    raise RuntimeError(f"answered {reply.status}")
            conn.close()
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(bodies[k::senders],)) for k in range(senders)]
    start = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    if errors:
        raise errors[0]
    return time.perf_counter() - start


def start_bridge(protocol: str, receiver_port: int, server: str) -> tuple[subprocess.Popen[bytes], str]:
    grpc_port, http_port = free_port(), free_port()
    forward_to = f"grpc://127.0.0.1:{receiver_port}" if protocol == "grpc" else f"http://127.0.0.1:{receiver_port}"
    command = [sys.executable, "-m", "logtriage.bridge", "otlp", "--listen", f"127.0.0.1:{grpc_port}"]
    command += ["--http-listen", f"127.0.0.1:{http_port}", "--forward-to", forward_to, "--server", server]
    command += ["--log-level", "warning"]
    env = {**os.environ, "PYTHONPATH": str(ROOT / "daemon")}
    bridge = subprocess.Popen(command, env=env, stderr=subprocess.DEVNULL)
    address = f"127.0.0.1:{grpc_port if protocol == 'grpc' else http_port}"
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            send_all(protocol, address, [b""], 1)  # an empty Export: answered once the bridge serves
            return bridge, address
        except Exception:
            time.sleep(0.1)
    bridge.terminate()
    raise TimeoutError("the bridge did not start within 30 s")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--records", type=int, default=60_000)
    ap.add_argument("--batch", type=int, default=512, help="records per Export (the SDK's default batch)")
    ap.add_argument("--senders", type=int, default=4, help="exporters sending at once")
    ap.add_argument("--protocol", choices=("grpc", "http"), default="grpc", help="OTLP/gRPC or OTLP/HTTP, in and out")
    ap.add_argument("--server", default="", help="a real logtriaged instead of the stub")
    ap.add_argument("--repeat", type=int, default=3, help="runs of each side, alternated")
    args = ap.parse_args()

    receiver_port, daemon_port = free_port(), free_port()
    counter, readies = mp.Value("q", 0), [mp.Event(), mp.Event()]
    children = [mp.Process(target=receiver, args=(args.protocol, receiver_port, counter, readies[0]), daemon=True)]
    if not args.server:
        children.append(mp.Process(target=stub_daemon, args=(daemon_port, readies[1]), daemon=True))
    for child, ready in zip(children, readies, strict=False):
        child.start()
        ready.wait(30)
    server = args.server or f"127.0.0.1:{daemon_port}"
    next_hop = f"127.0.0.1:{receiver_port}"
    warm_up = requests(4_000, args.batch, "warm")
    bridge, address = start_bridge(args.protocol, receiver_port, server)
    direct: list[float] = []
    through: list[float] = []
    try:
        send_all(args.protocol, next_hop, warm_up, args.senders)
        send_all(args.protocol, address, warm_up, args.senders)  # warm-up (and the daemon's cache, if real)
        for run in range(args.repeat):  # alternated, so both sides see the same moments of a noisy machine
            measured = requests(args.records, args.batch, f"run{run}")
            before = counter.value
            direct.append(args.records / send_all(args.protocol, next_hop, measured, args.senders))
            wait_count(counter, before + args.records)
            before = counter.value
            through.append(args.records / send_all(args.protocol, address, measured, args.senders))
            wait_count(counter, before + args.records)
            if counter.value - before != args.records:
                raise AssertionError(f"{counter.value - before} records arrived through the bridge, not {args.records}")
    finally:
        bridge.terminate()
        bridge.wait(30)
        for child in children:
            child.terminate()

    daemon = f"real daemon at {args.server}" if args.server else "stub daemon (answers at once)"
    print(f"records: {args.records} x {args.repeat} runs in Exports of {args.batch} from {args.senders} senders")
    print(f"protocol: OTLP/{args.protocol} in and out; {daemon}")
    print(f"direct to the receiver (baseline): {median(direct):10.0f} records/s  (runs: {_rates(direct)})")
    print(f"through logtriage-bridge otlp:     {median(through):10.0f} records/s  (runs: {_rates(through)})")
    ratios = ", ".join(f"{t / d:.3f}" for d, t in zip(direct, through, strict=True))
    print(f"bridge / baseline (medians):       {median(through) / median(direct):10.3f}  (per run: {ratios})")


def _rates(values: list[float]) -> str:
    return ", ".join(f"{v:.0f}" for v in values)


if __name__ == "__main__":
    main()
