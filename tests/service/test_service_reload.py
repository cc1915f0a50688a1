"""SIGHUP reloads rules and model from disk; a broken file keeps the old ones serving; calls go on."""

from __future__ import annotations

import json
import shutil
import signal
import threading
import time
from dataclasses import replace
from pathlib import Path

import grpc
import numpy as np

from logtriage.model.store import load_model, save_model
from logtriage.v1 import classifier_service_pb2 as pb
from logtriage.v1 import classifier_service_pb2_grpc as pb_grpc

from ..conftest import ROOT, DaemonProcess, free_port
from ..service_helpers import NotifySocket, scrape, start_ready

CANARY = "canary-7f3a check from the reload test"


def classify(address: str, message: str, source: str = "app") -> pb.Classification:
    with grpc.insecure_channel(address) as channel:
        stub = pb_grpc.ClassifierServiceStub(channel)
        request = pb.ClassifyRequest(record=pb.LogRecord(source=source, message=message))
        return stub.Classify(request, timeout=60).classification


def info(address: str) -> pb.GetInfoResponse:
    with grpc.insecure_channel(address) as channel:
        return pb_grpc.ClassifierServiceStub(channel).GetInfo(pb.GetInfoRequest(), timeout=10)


def hup(daemon: DaemonProcess, notify: NotifySocket) -> dict[str, str]:
    """SIGHUP, then the READY=1 that ends the reload (systemd's view of it); returns that message."""
    daemon.proc.send_signal(signal.SIGHUP)
    notify.wait_for("RELOADING", daemon=daemon)
    return notify.wait_for("READY", daemon=daemon)


def log_events(daemon: DaemonProcess, event: str, count: int, timeout: float = 10.0) -> list[dict]:
    """The daemon's `event` log entries, once `count` of them are in its log (or the timeout passed)."""

    def found(log: str) -> list[dict]:
        lines = [json.loads(line) for line in log.splitlines() if line.startswith("{")]
        return [line for line in lines if line.get("event") == event]

    return found(daemon.log_when(lambda log: len(found(log)) >= count, timeout))


def canary_rule(label: str, pattern: str = "canary-\\w+ check") -> str:
    return f"rules:\n  - id: canary-rule\n    label: {label}\n    pattern: '{pattern}'\n"


def test_new_rule_answers_after_sighup_and_a_broken_one_keeps_the_old(tmp_path: Path) -> None:
    rules = tmp_path / "rules"
    shutil.copytree(ROOT / "rules", rules)
    notify = NotifySocket(tmp_path / "notify.sock")
    daemon = DaemonProcess(tmp_path, "--rules", str(rules), env=notify.env())
    try:
        # a SIGHUP while the first load runs is not lost: the daemon reloads right after it
        notify.wait_for("STATUS", "loading rules and model", daemon=daemon)
        (rules / "zz-canary.yaml").write_text(canary_rule("Canary"))
        daemon.proc.send_signal(signal.SIGHUP)
        notify.wait_for("READY", daemon=daemon)
        notify.wait_for("RELOADING", daemon=daemon)
        notify.wait_for("READY", daemon=daemon)
        answer = classify(daemon.address, CANARY)
        assert (answer.label, answer.tier, answer.rule_id) == ("Canary", pb.TIER_REGEX, "canary-rule")

        (rules / "zz-canary.yaml").write_text(canary_rule("Canary Two"))
        ready = hup(daemon, notify)
        assert ready["STATUS"].startswith("serving:")
        answer = classify(daemon.address, CANARY)
        assert (answer.label, answer.tier, answer.rule_id) == ("Canary Two", pb.TIER_REGEX, "canary-rule")
        assert "Canary Two" in info(daemon.address).labels
        reloaded = log_events(daemon, "reloaded", 2)[-1]
        # only the rules changed: the embedder and the template cache are kept
        assert reloaded["reused_encoder"] is True and reloaded["reused_cache"] is True

        (rules / "zz-canary.yaml").write_text(canary_rule("Canary Three", "canary-(unclosed"))
        ready = hup(daemon, notify)
        assert ready["STATUS"].startswith("reload failed, serving the previous rules and model")
        answer = classify(daemon.address, CANARY)
        assert (answer.label, answer.rule_id) == ("Canary Two", "canary-rule")
        (failed,) = log_events(daemon, "reload_failed", 1)
        assert "zz-canary.yaml" in failed["error"] and "invalid pattern" in failed["error"]
        assert failed["level"] == "error"
    finally:
        daemon.stop()
        notify.close()


def variant(source: Path, target: Path, version: str, *, intercept_shift: float = 0.0, dim: int | None = None) -> Path:
    """A copy of a model with another version; shifted intercepts give other weight bytes, same answers."""
    model = load_model(source)
    coef = model.coef if dim is None else np.zeros((len(model.labels), dim), dtype=np.float32)
    manifest = {**model.manifest, "version": version}
    save_model(target, replace(model, coef=coef, intercept=model.intercept + intercept_shift, manifest=manifest))
    return target


def write_config(path: Path, model_dir: Path, extra: str = "") -> None:
    path.write_text(f'[model]\ndir = "{model_dir}"\n{extra}')


def test_model_swap_keeps_calls_in_flight_and_bad_models_are_refused(tmp_path: Path) -> None:
    bundled = ROOT / "models" / "default"
    model_b = variant(bundled, tmp_path / "model-b", "test-model-b", intercept_shift=0.5)
    model_c = variant(bundled, tmp_path / "model-c", "test-model-c")
    np.savez(model_c / "weights.npz", coef=np.ones((2, 2)), intercept=np.ones(2))  # manifest checksum now wrong
    model_d = variant(bundled, tmp_path / "model-d", "test-model-d", dim=10)  # not the embedder's 384 dimensions
    config = tmp_path / "logtriaged.toml"
    write_config(config, bundled)
    metrics_port = free_port()
    daemon, notify = start_ready(tmp_path, "--config", str(config), "--metrics-listen", f"127.0.0.1:{metrics_port}")
    try:
        first_version = info(daemon.address).model_version
        assert first_version and first_version != "test-model-b"

        # a batch of never-seen templates keeps the model busy for a while; reload under it
        records = [
            pb.LogRecord(source="app", message=f"zq{i} reload wording {chr(97 + i % 26) * (i % 5 + 1)}")
            for i in range(800)
        ]
        outcome: dict[str, object] = {}

        def call() -> None:
            with grpc.insecure_channel(daemon.address) as channel:
                stub = pb_grpc.ClassifierServiceStub(channel)
                try:
                    outcome["reply"] = stub.ClassifyBatch(pb.ClassifyBatchRequest(records=records), timeout=120)
                except grpc.RpcError as exc:
                    outcome["error"] = exc

        worker = threading.Thread(target=call)
        worker.start()
        deadline = time.monotonic() + 60
        while scrape(metrics_port)[("logtriage_in_flight_records", ())] == 0 and worker.is_alive():
            assert time.monotonic() < deadline, "the batch never showed up as in flight"
            time.sleep(0.02)
        write_config(config, model_b)
        hup(daemon, notify)
        worker.join(120)
        assert "error" not in outcome, outcome.get("error")
        assert len(outcome["reply"].classifications) == len(records)  # type: ignore[attr-defined]
        assert info(daemon.address).model_version == "test-model-b"
        (reloaded,) = log_events(daemon, "reloaded", 1)
        assert reloaded["reused_encoder"] is True and reloaded["reused_cache"] is False  # new weights, old embedder

        # weights that do not match the manifest's checksum; a setting that needs a restart is named
        write_config(config, model_c, "[server]\ngrace_s = 3.0\n")
        ready = hup(daemon, notify)
        assert "reload failed" in ready["STATUS"] and "checksum" in ready["STATUS"]
        (restart,) = log_events(daemon, "restart_needed", 1)
        assert restart["settings"] == ["server.grace_s"]
        # weights for another embedding size
        write_config(config, model_d)
        ready = hup(daemon, notify)
        assert "reload failed" in ready["STATUS"]
        # a config file that is not TOML
        config.write_text("[model\n")
        ready = hup(daemon, notify)
        assert "reload failed" in ready["STATUS"] and "TOML" in ready["STATUS"]

        errors = [event["error"] for event in log_events(daemon, "reload_failed", 3)]
        assert len(errors) == 3
        assert "model-c/weights.npz" in errors[0] and "checksum" in errors[0]
        assert "model-d" in errors[1] and "10-dimensional" in errors[1]
        assert "logtriaged.toml" in errors[2]
        assert info(daemon.address).model_version == "test-model-b"
        assert classify(daemon.address, "user U7 logged in from 10.0.0.7").label

        samples = scrape(metrics_port)
        assert samples[("logtriage_reloads_total", (("result", "applied"),))] == 1
        assert samples[("logtriage_reloads_total", (("result", "failed"),))] == 3
        assert samples[("logtriage_reload_last_successful", ())] == 0
    finally:
        daemon.stop()
        notify.close()
