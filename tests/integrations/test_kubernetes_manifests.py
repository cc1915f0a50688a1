"""The Kubernetes manifests: valid against the Kubernetes schemas, and consistent with the programs they run."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import kubernetes_validate
import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
K8S = ROOT / "integrations" / "kubernetes"
VERSION = "1.33.0"  # the oldest release the manifests promise (native sidecars need 1.29)
BIN = Path(sys.executable).parent
MANIFESTS = sorted(p for p in K8S.glob("*.yaml") if p.name != "kustomization.yaml")


def _docs(path: Path) -> list[dict[str, Any]]:
    return [d for d in yaml.safe_load_all(path.read_text(encoding="utf-8")) if d]


def _find(kind: str, name: str) -> dict[str, Any]:
    for path in MANIFESTS:
        for doc in _docs(path):
            if doc["kind"] == kind and doc["metadata"]["name"] == name:
                return doc
    raise AssertionError(f"no {kind} {name} in {K8S}")


def _help_flags(*command: str) -> set[str]:
    out = subprocess.run([str(BIN / command[0]), *command[1:], "--help"], capture_output=True, text=True, check=True)
    return set(re.findall(r"--[a-z0-9-]+", out.stdout))


@pytest.mark.parametrize("path", MANIFESTS, ids=lambda p: p.name)
def test_every_manifest_validates_strictly(path: Path) -> None:
    docs = _docs(path)
    assert docs
    for doc in docs:
        kubernetes_validate.validate(doc, VERSION, strict=True)


def test_strict_validation_rejects_an_unknown_key() -> None:
    doc = _find("Deployment", "logtriaged")
    doc["spec"]["template"]["spec"]["containers"][0]["readinesProbe"] = {"grpc": {"port": 50051}}
    with pytest.raises(kubernetes_validate.ValidationError):
        kubernetes_validate.validate(doc, VERSION, strict=True)


def test_kustomization_lists_every_manifest() -> None:
    kustomization = yaml.safe_load((K8S / "kustomization.yaml").read_text(encoding="utf-8"))
    assert sorted(kustomization["resources"]) == sorted(p.name for p in MANIFESTS)
    namespaces = {d["metadata"]["name"] for p in MANIFESTS for d in _docs(p) if d["kind"] == "Namespace"}
    assert namespaces == {kustomization["namespace"]}


def test_daemon_environment_names_real_settings() -> None:
    deployment = _find("Deployment", "logtriaged")
    container = deployment["spec"]["template"]["spec"]["containers"][0]
    flags = _help_flags("logtriaged")
    names = [e["name"] for e in container["env"] if e["name"].startswith("LOGTRIAGE_")]
    assert names
    for name in names:
        flag = "--" + name.removeprefix("LOGTRIAGE_").lower().replace("_", "-")
        assert flag in flags, f"{name}: logtriaged has no setting {flag}"
    listen = next(e["value"] for e in container["env"] if e["name"] == "LOGTRIAGE_SERVER_LISTEN")
    port = int(listen.rpartition(":")[2])
    assert {p["containerPort"] for p in container["ports"]} >= {port}
    for probe in ("startupProbe", "readinessProbe", "livenessProbe"):
        assert container[probe]["grpc"]["port"] == port, probe


def test_headless_service_and_budget_select_the_daemons() -> None:
    service = _find("Service", "logtriaged")
    pdb = _find("PodDisruptionBudget", "logtriaged")
    pod_labels = _find("Deployment", "logtriaged")["spec"]["template"]["metadata"]["labels"]
    assert service["spec"]["clusterIP"] == "None"
    assert service["spec"]["selector"].items() <= pod_labels.items()
    assert pdb["spec"]["selector"]["matchLabels"].items() <= pod_labels.items()


def test_bridge_sidecar_and_fluent_bit_close_the_forward_loop() -> None:
    daemonset = _find("DaemonSet", "fluent-bit")
    spec = daemonset["spec"]["template"]["spec"]
    (bridge,) = spec["initContainers"]
    assert bridge["restartPolicy"] == "Always"  # a native sidecar
    args = bridge["args"]
    mode, options = args[0], dict(zip(args[1::2], args[2::2], strict=True))
    flags = _help_flags("logtriage-bridge", mode)
    assert set(options) <= flags, set(options) - flags
    config = yaml.safe_load(_find("ConfigMap", "fluent-bit")["data"]["fluent-bit.yaml"])
    pipeline = config["pipeline"]
    to_bridge = next(o for o in pipeline["outputs"] if o["name"] == "forward")
    back = next(i for i in pipeline["inputs"] if i["name"] == "forward")
    assert f"{to_bridge['host']}:{to_bridge['port']}" == options["--listen"]
    assert to_bridge["require_ack_response"] is True
    assert f"{back['listen']}:{back['port']}" == options["--forward-to"]
    assert any(o["match"] == back["tag_prefix"] + "*" for o in pipeline["outputs"])
    lift = next(f for f in pipeline["filters"] if f["name"] == "nest")
    assert options["--source-key"] == lift["add_prefix"] + "container_name"
    service = _find("Service", "logtriaged")
    assert options["--server"].startswith(f"dns:///{service['metadata']['name']}.logtriage.svc")
