"""A model is data: loading reads JSON and arrays and refuses anything that would run code."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import numpy as np
import pytest

from logtriage.model.store import ModelError, load_model, save_model
from logtriage.model.tier import ModelTier

from ..labels import LABELS

ROOT = Path(__file__).resolve().parents[2]
DEFAULT = ROOT / "models" / "default"


def test_bundled_model_is_arrays_plus_manifest() -> None:
    files = sorted(p.name for p in DEFAULT.iterdir())
    assert files == ["chars.json", "manifest.json", "vocabulary.json", "weights.npz"]
    manifest = json.loads((DEFAULT / "manifest.json").read_text())
    for key in ("labels", "threshold", "floor", "embedding", "training_data", "lofo", "version"):
        assert key in manifest
    assert manifest["lofo"]["unit"] == "family" and manifest["lofo"]["families"] >= 40  # calibrated on LOFO
    assert sum(p.stat().st_size for p in DEFAULT.iterdir()) < 60 << 20
    assert manifest["embedding"]["dimension"] == 384
    model = load_model(DEFAULT)
    assert model.coef.shape == (len(model.labels), 384)
    assert model.lexical is not None and model.lexical_coef is not None
    assert model.lexical_coef.shape == (len(model.labels), len(model.lexical))
    assert model.chars is not None and model.chars_coef is not None  # character 3-5-grams beside the words
    assert model.chars_coef.shape == (len(model.labels), len(model.chars)) and manifest["chars"]["ngrams"] > 10_000
    assert set(model.labels) == set(LABELS)


def test_object_arrays_are_refused(tmp_path: Path) -> None:
    _copy_with_weights(tmp_path / "m", coef=np.array([object()], dtype=object), intercept=np.zeros(2))
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


def test_bundled_model_carries_a_calibrated_words_first_stage() -> None:
    model = load_model(DEFAULT)
    first = model.words_first
    assert first is not None and model.lexical is not None
    assert first.coef.shape == (len(model.labels), len(model.lexical)) and first.intercept.shape == (len(model.labels),)
    assert 0.0 < first.threshold <= 1.0  # below the model's threshold it answers only when no LLM is asked
    summary = model.manifest["words_first"]
    assert summary["threshold"] == first.threshold
    # the rule: on held-out families its answers are as right as the full model's on the same texts
    assert summary["rule"] == "as right as the full model on the same held-out texts"
    assert summary["held_out_precision"] >= summary["held_out_full_model_precision"] - summary["tolerance"]


def test_words_first_weights_of_the_wrong_shape_are_refused(tmp_path: Path) -> None:
    with np.load(DEFAULT / "weights.npz", allow_pickle=False) as z:
        arrays = {name: z[name] for name in z.files}
    arrays["words_first_coef"] = arrays["words_first_coef"][:, :-1]
    _copy_with_weights(tmp_path / "m", **arrays)
    with pytest.raises(ModelError, match="words-first weights do not match"):
        load_model(tmp_path / "m")


def test_a_model_saved_without_words_first_loads_and_embeds_every_template(tmp_path: Path) -> None:
    model = load_model(DEFAULT)
    model.words_first = None
    save_model(tmp_path / "m", model)
    manifest = json.loads((tmp_path / "m" / "manifest.json").read_text())
    assert "words_first" not in manifest
    with np.load(tmp_path / "m" / "weights.npz", allow_pickle=False) as z:
        assert not any(name.startswith("words_first") for name in z.files)
    again = load_model(tmp_path / "m")
    assert again.words_first is None
    assert ModelTier(again, encoder=None).words_first is None  # type: ignore[arg-type]


def _copy_with_weights(folder: Path, **arrays: np.ndarray) -> None:
    """The bundled model with other weights, and no checksum for them in the manifest."""
    shutil.copytree(DEFAULT, folder)
    np.savez(folder / "weights.npz", **arrays)
    manifest = json.loads((folder / "manifest.json").read_text())
    manifest["weights"].pop("sha256")
    (folder / "manifest.json").write_text(json.dumps(manifest))


@pytest.mark.parametrize("name", ["../../../../etc/passwd", "/etc/passwd", "sub/weights.npz", ""])
def test_manifest_file_names_are_confined_to_the_model_folder(tmp_path: Path, name: str) -> None:
    shutil.copytree(DEFAULT, tmp_path / "m")
    manifest_path = tmp_path / "m" / "manifest.json"
    manifest = json.loads(manifest_path.read_text())
    manifest["weights"]["file"] = name
    manifest_path.write_text(json.dumps(manifest))
    with pytest.raises(ModelError, match=r"outside the model folder|non-empty string"):
        load_model(tmp_path / "m")
