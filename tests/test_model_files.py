"""A model is data: loading reads JSON and arrays and refuses anything that would run code."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import numpy as np
import pytest

from logtriage.model_store import ModelError, load_model

from .labels import LABELS

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = ROOT / "models" / "default"


def test_bundled_model_is_arrays_plus_manifest() -> None:
    files = sorted(p.name for p in DEFAULT.iterdir())
    assert files == ["manifest.json", "vocabulary.json", "weights.npz"]
    manifest = json.loads((DEFAULT / "manifest.json").read_text())
    for key in ("labels", "threshold", "embedding", "training_data", "metrics", "version"):
        assert key in manifest
    assert manifest["embedding"]["dimension"] == 384
    model = load_model(DEFAULT)
    assert model.coef.shape == (len(model.labels), 384)
    assert model.lexical is not None and model.lexical_coef is not None
    assert model.lexical_coef.shape == (len(model.labels), len(model.lexical))
    assert set(model.labels) == set(LABELS)


def test_object_arrays_are_refused(tmp_path: Path) -> None:
    shutil.copytree(DEFAULT, tmp_path / "m")
    np.savez(tmp_path / "m" / "weights.npz", coef=np.array([object()], dtype=object), intercept=np.zeros(2))
    manifest = json.loads((tmp_path / "m" / "manifest.json").read_text())
    manifest["weights"].pop("sha256")
    (tmp_path / "m" / "manifest.json").write_text(json.dumps(manifest))
    with pytest.raises(ModelError, match="cannot read weights"):
        load_model(tmp_path / "m")


def test_weights_that_do_not_match_the_manifest_are_refused(tmp_path: Path) -> None:
    shutil.copytree(DEFAULT, tmp_path / "m")
    np.savez(tmp_path / "m" / "weights.npz", coef=np.zeros((2, 384)), intercept=np.zeros(2))
    with pytest.raises(ModelError, match="checksum"):
        load_model(tmp_path / "m")


def test_a_changed_word_list_is_refused(tmp_path: Path) -> None:
    shutil.copytree(DEFAULT, tmp_path / "m")
    words = json.loads((tmp_path / "m" / "vocabulary.json").read_text())
    (tmp_path / "m" / "vocabulary.json").write_text(json.dumps(words[::-1]))
    with pytest.raises(ModelError, match="checksum"):
        load_model(tmp_path / "m")


def test_missing_manifest_says_what_to_do(tmp_path: Path) -> None:
    with pytest.raises(ModelError, match="logtriage train"):
        load_model(tmp_path)
