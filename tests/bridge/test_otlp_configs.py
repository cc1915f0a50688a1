"""The shipped OpenTelemetry configs agree with the bridge command written at their top (ports, protocols), and
the OTLP flag tables list every flag the otlp mode has."""

from __future__ import annotations

import shlex
from pathlib import Path

import yaml

from logtriage.bridge.cli import OPTIONS, build_parser, main

from ..conftest import ROOT

DIR = ROOT / "integrations" / "opentelemetry"


def bridge_command(path: Path):
    """The `logtriage-bridge otlp ...` command in the file's header comment, parsed by the bridge's own parser."""
    lines = [line.lstrip("# ").rstrip("\\ ") for line in path.read_text().splitlines() if line.startswith("#")]
    start = next(i for i, line in enumerate(lines) if line.startswith("logtriage-bridge otlp"))
    words = shlex.split(" ".join(lines[start : start + 2]))
    return build_parser().parse_args(words[1:])


def port(address: str) -> int:
    return int(address.rsplit(":", 1)[1].split("/")[0])


def test_fluent_bit_sends_to_the_bridge_and_takes_back_what_it_forwards():
    args = bridge_command(DIR / "fluent-bit.yaml")
    pipeline = yaml.safe_load((DIR / "fluent-bit.yaml").read_text())["pipeline"]
    (out,) = [o for o in pipeline["outputs"] if o["name"] == "opentelemetry"]
    (back,) = [i for i in pipeline["inputs"] if i["name"] == "opentelemetry"]
    assert out["grpc"] is True and out["port"] == port(args.listen)
    assert args.forward_to == f"grpc://127.0.0.1:{back['port']}"
    assert any(o["match"] == back["tag"].split(".")[0] + ".*" for o in pipeline["outputs"])


def test_vector_sink_posts_to_the_bridge_and_the_bridge_forwards_to_the_labelled_source():
    args = bridge_command(DIR / "vector.yaml")
    config = yaml.safe_load((DIR / "vector.yaml").read_text())
    sink = config["sinks"]["to_bridge"]
    assert sink["type"] == "opentelemetry" and sink["protocol"]["encoding"]["codec"] == "otlp"
    assert sink["protocol"]["uri"] == f"http://{args.http_listen}/v1/logs" and args.listen == "off"
    labelled = config["sources"]["labelled"]
    assert args.forward_to == f"grpc://{labelled['grpc']['address']}" and labelled["use_otlp_decoding"] is True
    assert config["sinks"]["out"]["inputs"] == ["labelled.logs"]


def test_collector_exports_to_the_bridge_and_receives_what_it_forwards():
    args = bridge_command(DIR / "otelcol.yaml")
    config = yaml.safe_load((DIR / "otelcol.yaml").read_text())
    exporter = config["exporters"]["otlp/logtriage"]
    assert exporter["endpoint"] == args.listen and exporter["tls"]["insecure"] is True
    back = config["receivers"]["otlp/labelled"]["protocols"]["grpc"]["endpoint"]
    assert args.forward_to == f"grpc://{back}" and args.http_listen == "off"
    pipelines = config["service"]["pipelines"]
    assert pipelines["logs/to_logtriage"]["exporters"] == ["otlp/logtriage"]
    assert pipelines["logs/labelled"]["receivers"] == ["otlp/labelled"]


def test_the_flag_table_lists_every_otlp_flag():
    text = (DIR / "README.md").read_text()
    for opt in OPTIONS:
        if "otlp" in opt.modes:
            assert f"`{opt.flag}" in text, opt.flag


def test_otlp_command_line_errors_name_the_flag(capsys):
    assert main(["otlp", "--listen", "off", "--http-listen", "off", "--forward-to", "grpc://127.0.0.1:1"], {}) == 2
    assert "--listen and --http-listen are both off" in capsys.readouterr().err
    assert main(["otlp", "--forward-to", "127.0.0.1:1"], {}) == 2
    assert "grpc://HOST:PORT (OTLP/gRPC) or http://HOST:PORT/v1/logs" in capsys.readouterr().err
