"""`logtriage train` and `logtriage eval` as a user runs them: generated data in, a model folder of
arrays and a manifest out (with a calibrated words-first stage), which the daemon's loader serves."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path

import pytest

from logtriage.model.store import load_model
from logtriage.model.train import read_labelled
from logtriage.template_key import TemplateKey

ROOT = Path(__file__).resolve().parents[2]


def logtriage(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "logtriage.commands.main", *args], capture_output=True, text=True, timeout=1200, cwd=ROOT
    )


@pytest.mark.timeout(1800)  # embeds ~650 lines and fits 26 regressions (with characters): minutes on a busy machine
def test_train_writes_a_model_that_loads_and_scores_the_check_set(tmp_path: Path) -> None:
    generated = tmp_path / "generated.csv"
    made = subprocess.run(
        [
            sys.executable,
            "-m",
            "training.generate",
            "-o",
            str(generated),
            "--per-template",
            "1",
            "--seed",
            "3",
            "--with-family-column",
        ],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
    )
    assert made.returncode == 0, made.stderr
    lines = generated.read_text(encoding="utf-8").splitlines(keepends=True)
    data = tmp_path / "data.csv"
    data.write_text(lines[0] + "".join(lines[1::3]), encoding="utf-8")  # a third of the templates: fewer to embed
    rows = len(read_labelled([data], TemplateKey()).texts)  # training keeps one row per distinct model text
    cache = tmp_path / "embeddings.npz"
    png, held_out = tmp_path / "lofo.png", tmp_path / "lofo_rows.csv"
    trained = logtriage(
        "train",
        str(data),
        "-o",
        str(tmp_path / "m"),
        "--embedding-cache",
        str(cache),
        "--lofo-png",
        str(png),
        "--lofo-rows",
        str(held_out),
    )
    assert trained.returncode == 0, trained.stderr[-2000:]
    summary = json.loads(trained.stdout.splitlines()[-1])
    # a floor of 0 is a calibrated outcome too (on this small sample, answering every best guess that has evidence)
    assert 0.2 <= summary["threshold"] <= 0.99 and 0.0 <= summary["floor"] <= summary["threshold"]
    assert summary["lofo_unit"] == "family" and 0.5 <= summary["macro_f1"] <= 1.0
    assert "leave-one-family-out: " in trained.stderr and png.read_bytes()[:4] == b"\x89PNG"

    files = ["chars.json", "manifest.json", "vocabulary.json", "weights.npz"]  # character n-grams on by default
    assert sorted(p.name for p in (tmp_path / "m").iterdir()) == files
    model = load_model(tmp_path / "m")
    assert model.chars is not None and model.manifest["classifier"]["features"].endswith("+ char tf-idf")
    lofo = model.manifest["lofo"]  # every family scored by a model that never saw it
    assert lofo["families"] >= 40 and len(lofo["per_family"]) == lofo["families"] and 10 <= lofo["folds"] <= 15
    assert sum(f["rows"] for f in lofo["per_family"].values()) == lofo["llm_off"]["rows"] == rows
    assert model.floor == lofo["floor"] == model.manifest["floor"] and model.threshold == lofo["threshold"]
    first = model.manifest["words_first"]
    assert model.words_first is not None and first["threshold"] == model.words_first.threshold
    if first["threshold"] <= 1.0:  # on: its held-out answers are as right as the full model's on the same rows
        assert first["held_out_precision"] >= first["held_out_full_model_precision"] - first["tolerance"]
    assert cache.is_file()
    with held_out.open(encoding="utf-8", newline="") as f:  # each row's held-out answer: the figures' rows
        answers = list(csv.DictReader(f))
    assert len(answers) == rows and {a["family"] for a in answers} == set(lofo["per_family"])
    right = sum(a["predicted"] == a["target_label"] for a in answers)
    assert round(right / rows, 4) == lofo["llm_off"]["accuracy"]
    unclassified = sum(a["predicted"] == "Unclassified" for a in answers)
    assert round(unclassified / rows, 4) == lofo["llm_off"]["unclassified_share"]
    assert {a["stage"] for a in answers} <= {"words_first", "full"}

    scored = logtriage("eval", "training/checkset.csv", "--model", str(tmp_path / "m"), "--json")
    assert scored.returncode == 0, scored.stderr[-2000:]
    report = json.loads(scored.stdout)
    assert report["rows"] == 315 and report["macro_f1"] >= 0.8  # one line per template still learns the labels
    assert report["model_lofo"]["llm_off"] == lofo["llm_off"]  # eval shows the model's own LOFO figures
    assert not (ROOT / "confusion.png").exists()  # no picture unless --png asks for one

    # again from the cached embeddings, without the words-first stage or the character n-grams
    plain = logtriage(
        "train",
        str(data),
        "-o",
        str(tmp_path / "m2"),
        "--embedding-cache",
        str(cache),
        "--words-first-precision",
        "0",
        "--no-chars",
    )
    assert plain.returncode == 0, plain.stderr[-2000:]
    assert load_model(tmp_path / "m2").words_first is None and load_model(tmp_path / "m2").chars is None
    assert not (tmp_path / "m2" / "chars.json").exists()
    assert "words_first" not in json.loads((tmp_path / "m2" / "manifest.json").read_text())
