"""Records per second through `logtriage-bridge fluentbit`, against the same sender and receiver without it.

    python bench/bridge_bench.py [--records 50000] [--chunk 500] [--connections 2] [--server ADDR]

The receiver (a Forward server that acks every chunk) and, unless --server names a real daemon, a stub
ClassifierService that answers at once, run in a child process; the sender sends Fluent Bit-style chunks
([[EventTime, {}], record] entries, chunk option, waits for each ack) on N connections. Printed: records/s
direct to the receiver (baseline), through the bridge, and the ratio. Figures, not assertions.
"""

from __future__ import annotations

import argparse
import asyncio
import multiprocessing as mp
import os
import socket
import struct
import subprocess
import sys
import threading
import time
from concurrent import futures
from pathlib import Path

import msgpack

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "daemon"))


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start_stub_daemon(port: int) -> object:
    """A ClassifierService on 127.0.0.1:port that answers every record at once (label Bench, tier regex)."""
    import grpc

    from logtriage.v1 import classifier_service_pb2 as pb
    from logtriage.v1 import classifier_service_pb2_grpc as pb_grpc

    class Stub(pb_grpc.ClassifierServiceServicer):
        def ClassifyBatch(self, request, context):
            answer = pb.Classification(label="Bench", tier=pb.TIER_REGEX, confidence=1.0)
            return pb.ClassifyBatchResponse(classifications=[answer] * len(request.records))

    server = grpc.server(futures.ThreadPoolExecutor(4))
    pb_grpc.add_ClassifierServiceServicer_to_server(Stub(), server)
    server.add_insecure_port(f"127.0.0.1:{port}")
    server.start()
    return server


def peers(receiver_port: int, daemon_port: int, counter: mp.Value, ready: mp.Event) -> None:  # type: ignore[type-arg]
    """Child process: an acking Forward receiver and a stub daemon."""
    _daemon = start_stub_daemon(daemon_port)  # serves until the process ends

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        u = msgpack.Unpacker(raw=False, unicode_errors="surrogateescape", strict_map_key=False)
        while data := await reader.read(1 << 16):
            u.feed(data)
            for frame in u:
                entries, options = frame[1], frame[2] if len(frame) > 2 else {}
                with counter.get_lock():
                    counter.value += len(entries) if isinstance(entries, list) else 1
                if "chunk" in options:
                    writer.write(msgpack.packb({"ack": options["chunk"]}))
        writer.close()

    async def main() -> None:
        srv = await asyncio.start_server(handle, "127.0.0.1", receiver_port)
        ready.set()
        async with srv:
            await srv.serve_forever()

    asyncio.run(main())


def chunks(n_records: int, per_chunk: int, conn: int, run: str) -> list[tuple[bytes, str]]:
    out = []
    for c in range(0, n_records, per_chunk):
        entries = [
            [
                [msgpack.ExtType(0, struct.pack(">II", 1_700_000_000 + i, i)), {}],
                {"log": f"GET /api/items/{c + i} 200 in {i % 90}ms", "stream": "stdout", "id": c + i},
            ]
            for i in range(min(per_chunk, n_records - c))
        ]
        cid = f"{run}-{conn}-{c}"  # ids differ per run: the bridge acks a known id without sending it on
        out.append((msgpack.packb(["app.bench", entries, {"chunk": cid, "size": len(entries)}]), cid))
    return out


def send_all(port: int, n_records: int, per_chunk: int, connections: int) -> float:
    """Seconds to send n_records (split over `connections`) and get every ack."""
    run_id = os.urandom(4).hex()
    work = [chunks(n_records // connections, per_chunk, k, run_id) for k in range(connections)]

    def run(frames: list[tuple[bytes, str]]) -> None:
        sock = socket.create_connection(("127.0.0.1", port), timeout=120)
        u = msgpack.Unpacker(raw=False)
        for frame, cid in frames:
            sock.sendall(frame)
            while True:
                try:
                    assert u.unpack() == {"ack": cid}
                    break
                except msgpack.OutOfData:
                    u.feed(sock.recv(1 << 16))
        sock.close()

    threads = [threading.Thread(target=run, args=(w,)) for w in work]
    start = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return time.perf_counter() - start


def wait_count(counter: mp.Value, target: int, timeout: float = 300) -> None:  # type: ignore[type-arg]
    deadline = time.monotonic() + timeout
    while counter.value < target and time.monotonic() < deadline:
        time.sleep(0.01)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--records", type=int, default=50_000)
    ap.add_argument("--chunk", type=int, default=500, help="records per chunk")
    ap.add_argument("--connections", type=int, default=2, help="sender connections (out_forward workers)")
    ap.add_argument("--server", default="", help="a real logtriaged instead of the stub")
    args = ap.parse_args()

    receiver_port, daemon_port, bridge_port = free_port(), free_port(), free_port()
    counter, ready = mp.Value("q", 0), mp.Event()
    child = mp.Process(target=peers, args=(receiver_port, daemon_port, counter, ready), daemon=True)
    child.start()
    ready.wait(30)
    server = args.server or f"127.0.0.1:{daemon_port}"

    n = args.records - args.records % args.connections
    warm = send_all(receiver_port, 2_000, args.chunk, args.connections)
    base_s = send_all(receiver_port, n, args.chunk, args.connections)
    wait_count(counter, n + 2_000)

    env = {**os.environ, "PYTHONPATH": str(ROOT / "daemon")}
    bridge = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "logtriage.bridge",
            "fluentbit",
            "--listen",
            f"127.0.0.1:{bridge_port}",
            "--forward-to",
            f"127.0.0.1:{receiver_port}",
            "--server",
            server,
            "--log-level",
            "warning",
        ],
        env=env,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                socket.create_connection(("127.0.0.1", bridge_port), timeout=1).close()
                break
            except OSError:
                time.sleep(0.05)
        send_all(bridge_port, 2_000, args.chunk, args.connections)  # warm-up (and the daemon's cache, if real)
        before = counter.value
        bridged_s = send_all(bridge_port, n, args.chunk, args.connections)
        wait_count(counter, before + n)
    finally:
        bridge.terminate()
        bridge.wait(30)
        child.terminate()

    direct, through = n / base_s, n / bridged_s
    daemon = f"real daemon at {args.server}" if args.server else "stub daemon (answers at once)"
    print(f"records: {n} in chunks of {args.chunk} on {args.connections} connections; {daemon}; warm-up {warm:.2f}s")
    print(f"direct to the receiver (baseline): {direct:10.0f} records/s")
    print(f"through logtriage-bridge:          {through:10.0f} records/s")
    print(f"bridge / baseline:                 {through / direct:10.3f}")


if __name__ == "__main__":
    main()
