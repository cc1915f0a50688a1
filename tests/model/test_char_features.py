"""Character n-gram features written out as arrays give the numbers scikit-learn's TfidfVectorizer gives,
and a model that carries them saves, checks and loads them as data."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from sklearn.feature_extraction.text import TfidfVectorizer

from logtriage.model.char_features import NGRAM_RANGE, CharFeatures
from logtriage.model.store import LinearModel, ModelError, WordsFirst, load_model, save_model
from logtriage.model.word_features import LexicalFeatures

TRAIN = [
    "Failed password for root from <IP> port <NUM> ssh2",
    "user <NUM> logged in from <IP>",
    "user <NUM> logged out",
    "nightly backup finished in <NUM> seconds",
    "backup of database crm failed: disk full",
    "Disk usage on /var reached <NUM>% of <NUM> GB",
    "module ReportGenerator is deprecated and will be removed",
    "GET /api/v1/orders HTTP/<NUM> <NUM>",
    "a I ok  tabs\tand\nnewlines  Ünïcödé straße",
]
NEW = ["backup failed for user root", "unauthorised loggedin twice twice", "", "   ", "x", "Über-OOM killer!!"]


@pytest.mark.parametrize("min_df,max_features", [(1, None), (2, None), (1, 40)])
def test_same_numbers_as_sklearn(min_df: int, max_features: int | None) -> None:
    vectorizer = TfidfVectorizer(
        analyzer="char_wb",
        ngram_range=NGRAM_RANGE,
        lowercase=True,
        sublinear_tf=True,
        min_df=min_df,
        max_features=max_features,
    )
    vectorizer.fit(TRAIN)
    ours = CharFeatures(list(vectorizer.get_feature_names_out()), vectorizer.idf_)
    expected = vectorizer.transform(TRAIN + NEW).toarray()
    for _ in range(2):  # the second time from the word cache
        got = ours.transform(TRAIN + NEW).toarray()
        assert got.shape == expected.shape
        np.testing.assert_allclose(got, expected, rtol=1e-9, atol=1e-12)
    one_by_one = np.vstack([ours.transform([text]).toarray() for text in TRAIN + NEW])  # the plain-Python path
    np.testing.assert_allclose(one_by_one, expected, rtol=1e-9, atol=1e-12)
    assert got[len(TRAIN) + 2].sum() == 0.0 and got[len(TRAIN) + 3].sum() == 0.0  # no characters, no features


def test_short_words_give_themselves_once() -> None:
    ours = CharFeatures(["x"], np.ones(1))
    assert ours.terms("a ab abc") == [" a ", " ab", "ab ", " ab ", " ab", "abc", "bc ", " abc", "abc ", " abc "]
    sklearn = TfidfVectorizer(analyzer="char_wb", ngram_range=NGRAM_RANGE).build_analyzer()
    for text in TRAIN + NEW:
        assert ours.terms(text) == sklearn(text)


def test_list_and_idf_must_agree_and_the_range_must_be_sane() -> None:
    with pytest.raises(ValueError, match="2 words but 3"):
        CharFeatures(["abc", "bcd"], np.ones(3))
    with pytest.raises(ValueError, match="n-gram range"):
        CharFeatures(["abc"], np.ones(1), (4, 3))


def _tiny_model(first_reads_chars: bool) -> LinearModel:
    words = TfidfVectorizer(token_pattern=r"[A-Za-z][A-Za-z]+", ngram_range=(1, 2), sublinear_tf=True).fit(TRAIN)
    chars = TfidfVectorizer(analyzer="char_wb", ngram_range=NGRAM_RANGE, sublinear_tf=True).fit(TRAIN)
    lexical = LexicalFeatures(list(words.get_feature_names_out()), words.idf_, 2)
    char_features = CharFeatures(list(chars.get_feature_names_out()), chars.idf_)
    rng = np.random.default_rng(0)
    labels = ["A", "B", "C"]

    def weights(n: int) -> np.ndarray:
        return rng.normal(size=(len(labels), n)).astype(np.float32)

    first = WordsFirst(weights(len(lexical)), np.zeros(3, np.float32), 0.9, weights(len(char_features)))
    return LinearModel(
        labels,
        weights(4),
        np.zeros(3, np.float32),
        0.5,
        {"name": "tiny"},
        lexical,
        weights(len(lexical)),
        first if first_reads_chars else WordsFirst(first.coef, first.intercept, 0.9),
        0.3,
        char_features,
        weights(len(char_features)),
    )


@pytest.mark.parametrize("first_reads_chars", [False, True])
def test_a_model_with_characters_saves_and_loads_the_same_answers(tmp_path: Path, first_reads_chars: bool) -> None:
    model = _tiny_model(first_reads_chars)
    save_model(tmp_path / "m", model)
    assert sorted(p.name for p in (tmp_path / "m").iterdir()) == [
        "chars.json",
        "manifest.json",
        "vocabulary.json",
        "weights.npz",
    ]
    manifest = json.loads((tmp_path / "m" / "manifest.json").read_text())
    assert manifest["chars"]["ngrams"] == len(model.chars or []) and manifest["chars"]["analyzer"] == "char_wb"
    assert manifest["words_first"]["reads_chars"] is first_reads_chars
    again = load_model(tmp_path / "m")
    assert again.chars is not None and again.chars.vocabulary == model.chars.vocabulary  # type: ignore[union-attr]
    x = np.random.default_rng(1).normal(size=(len(NEW), 4)).astype(np.float32)
    np.testing.assert_allclose(again.predict_proba(x, NEW), model.predict_proba(x, NEW), rtol=1e-6)
    chars_rows = again.char_rows(NEW)
    assert chars_rows is not None and chars_rows.shape == (len(NEW), len(again.chars))
    assert again.words_first is not None and (again.words_first.chars_coef is not None) is first_reads_chars
    np.testing.assert_allclose(
        again.words_first.predict_proba(again.words(NEW), chars_rows),  # type: ignore[arg-type]
        model.words_first.predict_proba(model.words(NEW), model.char_rows(NEW)),  # type: ignore[union-attr, arg-type]
        rtol=1e-6,
    )
    without = _tiny_model(first_reads_chars)
    without.chars = without.chars_coef = None  # and the characters change the answers
    assert not np.allclose(without.predict_proba(x, NEW), model.predict_proba(x, NEW))


def test_a_changed_n_gram_list_is_refused(tmp_path: Path) -> None:
    save_model(tmp_path / "m", _tiny_model(False))
    ngrams = json.loads((tmp_path / "m" / "chars.json").read_text())
    (tmp_path / "m" / "chars.json").write_text(json.dumps(ngrams[::-1]))
    with pytest.raises(ModelError, match="checksum"):
        load_model(tmp_path / "m")


def test_a_model_saved_without_characters_has_no_chars_file_and_answers_as_before(tmp_path: Path) -> None:
    model = _tiny_model(False)
    model.chars = model.chars_coef = None
    save_model(tmp_path / "m", model)
    assert not (tmp_path / "m" / "chars.json").exists()
    manifest = json.loads((tmp_path / "m" / "manifest.json").read_text())
    assert "chars" not in manifest and manifest["words_first"]["reads_chars"] is False
    with np.load(tmp_path / "m" / "weights.npz", allow_pickle=False) as z:
        assert not any("chars" in name for name in z.files)
    again = load_model(tmp_path / "m")
    assert again.chars is None and again.char_rows(NEW) is None
    x = np.ones((len(NEW), 4), np.float32)
    np.testing.assert_allclose(again.predict_proba(x, NEW), model.predict_proba(x, NEW), rtol=1e-6)


def test_character_weights_that_do_not_fit_the_n_gram_list_are_refused(tmp_path: Path) -> None:
    model = _tiny_model(False)
    model.chars_coef = model.chars_coef[:, :-1]  # type: ignore[index]
    save_model(tmp_path / "m", model)
    with pytest.raises(ModelError, match="character n-gram list does not match its weights"):
        load_model(tmp_path / "m")


def test_missing_texts_are_asked_for_by_the_features_that_read_them() -> None:
    model = _tiny_model(False)
    x = np.ones((1, 4), np.float32)
    with pytest.raises(ValueError, match="reads words"):
        model.predict_proba(x)
    model.lexical = model.lexical_coef = None
    with pytest.raises(ValueError, match="reads characters"):
        model.predict_proba(x)
    assert model.predict_proba(x, chars=model.char_rows(["backup failed"])).shape == (1, 3)  # rows given: no texts
