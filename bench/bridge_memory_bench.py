"""Forward bridge RSS while senders hold frames unfinished (issue 11, finding 3). Not a test: prints figures.

N connections each start a 100 MB frame and push 1 MB pieces of it for up to 40 s, never finishing it; the
bytes of unfinished frames count against --max-held-bytes (64M by default), so the bridge stops reading
them. Prints the bridge's RSS idle, with the connections holding, and how many MB each got in.

    .venv/bin/python -m bench.bridge_memory_bench [--connections 8]
"""

from __future__ import annotations

import argparse
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--connections", type=int, default=8)
    parser.add_argument("--mb", type=int, default=60, help="MB each connection tries to get in")
    args = parser.parse_args()
    port = free_port()
    with tempfile.TemporaryDirectory() as tmp, (Path(tmp) / "bridge.log").open("wb") as log:
        command = [sys.executable, "-m", "logtriage.bridge", "fluentbit", "--listen", f"127.0.0.1:{port}"]
        bridge = subprocess.Popen(
            [*command, "--forward-to", "127.0.0.1:9", "--server", "127.0.0.1:9"], stdout=log, stderr=subprocess.STDOUT
        )
        try:
            time.sleep(4)
            idle = rss_mb(bridge.pid)
            head = b"\x93\xa3app\x91\x92\x01\x81\xa3log\xdb" + (100 << 20).to_bytes(4, "big")
            socks = []
            for _ in range(args.connections):
                s = socket.create_connection(("127.0.0.1", port))
                s.settimeout(2)
                s.sendall(head)
                socks.append(s)
            sent = [0] * len(socks)
            piece = b"z" * (1 << 20)
            started = time.monotonic()
            while time.monotonic() - started < 40 and min(sent) < args.mb:
                for i, s in enumerate(socks):
                    if sent[i] < args.mb:
                        try:
                            s.sendall(piece)
                            sent[i] += 1
                        except OSError:  # a timeout: the bridge stopped reading this one
                            pass
            time.sleep(2)
            held = rss_mb(bridge.pid)
            for s in socks:
                s.close()
        finally:
            bridge.terminate()
            bridge.wait(10)
    print(f"connections {args.connections}: bridge RSS idle {idle:.0f} MB, holding {held:.0f} MB; MB in: {sent}")


if __name__ == "__main__":
    main()
