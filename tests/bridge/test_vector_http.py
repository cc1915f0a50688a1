"""The Vector path: NDJSON POSTs in (as Vector's http sink sends them), labelled records out to an http_server
stand-in or a Forward receiver; 2xx only after delivery, 503/429 so that Vector retries."""

from __future__ import annotations

import gzip
import http.client
import json
import threading

from ..conftest import free_port
from .peers import HttpReceiver, wait_until


def post(
    address: str, body: bytes, path: str = "/app.logs", headers: dict[str, str] | None = None, chunked: bool = False
) -> tuple[int, bytes]:
    host, port = address.rsplit(":", 1)
    conn = http.client.HTTPConnection(host, int(port), timeout=60)
    try:
        if chunked:
            conn.putrequest("POST", path)
            for k, v in (headers or {}).items():
                conn.putheader(k, v)
            conn.putheader("Transfer-Encoding", "chunked")
            conn.endheaders()
            for i in range(0, len(body), 100):
                piece = body[i : i + 100]
                conn.send(f"{len(piece):x}\r\n".encode() + piece + b"\r\n")
            conn.send(b"0\r\n\r\n")
        else:
            conn.request("POST", path, body=body, headers={"Content-Type": "application/x-ndjson", **(headers or {})})
        reply = conn.getresponse()
        return reply.status, reply.read()
    finally:
        conn.close()


def ndjson(events: list[dict]) -> bytes:
    return b"".join(json.dumps(e).encode() + b"\n" for e in events)


def test_ndjson_in_labelled_ndjson_out_and_2xx_only_after_delivery(http_receiver, stub_daemon, start_bridge):
    bridge = start_bridge("vector", http_receiver.url, stub_daemon.address)
    events = [{"message": f"request {i} failed with error 500", "host": "web-1", "n": i} for i in range(20)]
    status, _ = post(bridge.address, ndjson(events))
    assert status == 200
    got = http_receiver.events()  # already there when the 200 came back
    assert [e["n"] for e in got] == list(range(20))
    for e in got:
        assert e["classification"] == {"label": "stub:" + e["message"][:20], "tier": "regex", "confidence": 0.75}
        assert e["host"] == "web-1"


def test_gzip_chunked_and_json_array_bodies(http_receiver, stub_daemon, start_bridge):
    bridge = start_bridge("vector", http_receiver.url, stub_daemon.address)
    events = [{"message": f"gz {i}", "n": i} for i in range(5)]
    assert post(bridge.address, gzip.compress(ndjson(events)), headers={"Content-Encoding": "gzip"})[0] == 200
    assert post(bridge.address, ndjson(events), chunked=True)[0] == 200
    assert post(bridge.address, json.dumps(events).encode())[0] == 200
    assert len(http_receiver.events()) == 15
    assert all(e["classification"]["label"] == "stub:" + e["message"] for e in http_receiver.events())


def test_next_hop_down_gives_503_and_nothing_is_delivered_twice(stub_daemon, start_bridge):
    late = HttpReceiver(free_port())
    bridge = start_bridge(
        "vector", late.url, stub_daemon.address, "--delivery-timeout", "1", "--retry-max-delay", "0.2"
    )
    body = ndjson([{"message": "retry me", "n": 1}])
    status, text = post(bridge.address, body)
    assert status == 503 and b"retry" in text
    late.start()
    try:
        assert post(bridge.address, body)[0] == 200  # Vector retries the same request
        wait_until(lambda: late.events(), 10, "the event")
        assert [e["n"] for e in late.events()] == [1]
    finally:
        late.stop()


def test_next_hop_answering_500_gives_503(http_receiver, stub_daemon, start_bridge):
    http_receiver.status = 500
    bridge = start_bridge("vector", http_receiver.url, stub_daemon.address, "--delivery-timeout", "1")
    assert post(bridge.address, ndjson([{"message": "x"}]))[0] == 503
    assert "answered 500" in bridge.log()


def test_too_much_held_gives_429(stub_daemon, start_bridge):
    down = HttpReceiver(free_port())  # never started
    bridge = start_bridge("vector", down.url, stub_daemon.address, "--max-held-bytes", "1K", "--delivery-timeout", "5")
    first: list[int] = []
    holder = threading.Thread(target=lambda: first.append(post(bridge.address, ndjson([{"message": "m" * 2000}]))[0]))
    holder.start()
    wait_until(lambda: "next hop not taking records" in bridge.log(), 30, "the first request to be held")
    status, _ = post(bridge.address, ndjson([{"message": "one more"}]))
    holder.join(30)
    assert status == 429 and first == [503]


def test_forward_receiver_as_the_next_hop(receiver, stub_daemon, start_bridge):
    bridge = start_bridge("vector", receiver.address, stub_daemon.address)
    events = [{"message": "to forward", "timestamp": "2024-05-01T12:00:00.123456789Z", "n": 1}, {"log": "second"}]
    assert post(bridge.address, ndjson(events), path="/k8s.app")[0] == 200
    (first, second) = receiver.wait_records(2)
    assert first[0] == "k8s.app"
    assert first[1].code == 0 and first[1].data == (1714564800).to_bytes(4, "big") + (123456789).to_bytes(4, "big")
    assert first[2]["classification"]["label"] == "stub:to forward"
    assert second[2]["classification"]["label"] == "stub:second"


def test_bad_bodies_are_refused_by_name(http_receiver, stub_daemon, start_bridge):
    bridge = start_bridge("vector", http_receiver.url, stub_daemon.address)
    status, text = post(bridge.address, b'{"message": "ok"}\n{not json}\n')
    assert status == 400 and b"line 2" in text
    status, text = post(bridge.address, b"{}", headers={"Content-Encoding": "zstd"})
    assert status == 415 and b"gzip" in text
    assert not http_receiver.bodies
