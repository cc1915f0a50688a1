"""Real Forward bytes from the fluent-logger package, and 10,000 records in Fluent Bit's chunk form, through a
bridge in front of the real daemon: every record arrives once, labelled."""

from __future__ import annotations

import threading
import uuid

from fluent import asyncsender, sender

from .peers import ForwardClient, event_time, forward_frame

TIERS = {"regex", "cache", "model", "llm", "none"}


def assert_labelled_once(records: list, ids: set[str]) -> None:
    got = [r["id"] for _, _, r in records]
    assert len(got) == len(set(got)), "a record arrived twice"
    assert set(got) == ids, f"{len(ids - set(got))} records missing"
    for _, _, r in records:
        c = r["classification"]
        assert isinstance(c["label"], str) and c["label"]
        assert c["tier"] in TIERS and 0.0 <= c["confidence"] <= 1.0


def test_fluent_logger_sync_and_async_senders(receiver, daemon_address, start_bridge):
    bridge = start_bridge("fluentbit", receiver.address, daemon_address)
    host, port = bridge.address.rsplit(":", 1)
    ids: set[str] = set()

    sync = sender.FluentSender("app", host=host, port=int(port), nanosecond_precision=True)
    for i in range(500):
        ids.add(rid := f"sync-{i}")
        assert sync.emit("web", {"message": f"GET /items/{i} 200 in {i % 50}ms", "id": rid, "source": "nginx"})
    sync.close()

    asyn = asyncsender.FluentSender("app", host=host, port=int(port))
    for i in range(500):
        ids.add(rid := f"async-{i}")
        asyn.emit_with_time("worker", 1_700_000_000 + i, {"log": f"job {i} failed: timeout after 30s", "id": rid})
    asyn.close()

    records = receiver.wait_records(1000, timeout=120)
    assert_labelled_once(records, ids)
    tags = {tag for tag, _, _ in records}
    assert tags == {"app.web", "app.worker"}
    times = {r["id"]: t for _, t, r in records}
    assert times["async-7"] == 1_700_000_007  # integer time stays an integer
    assert getattr(times["sync-0"], "code", None) == 0  # EventTime stays an EventTime


def test_ten_thousand_records_none_missing_none_doubled(receiver, daemon_address, start_bridge):
    bridge = start_bridge("fluentbit", receiver.address, daemon_address)
    run = uuid.uuid4().hex[:8]
    ids = {f"{run}-{w}-{i}" for w in range(2) for i in range(5000)}
    errors: list[BaseException] = []

    def worker(w: int) -> None:  # out_forward's two workers, each with its own connection
        try:
            client = ForwardClient(bridge.address)
            for c in range(50):
                entries = [
                    (
                        [event_time(1_700_000_000 + i, i), {}],
                        {"log": f"user {i} logged in from 10.0.{w}.{i % 250}", "id": f"{run}-{w}-{c * 100 + i}"},
                    )
                    for i in range(100)
                ]
                chunk = f"{run}-{w}-{c}"
                client.send_chunk(forward_frame("app.volume", entries, chunk=chunk), chunk)
            client.close()
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=worker, args=(w,)) for w in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(300)
    assert not errors, errors
    assert_labelled_once(receiver.wait_records(10_000, timeout=120), ids)
