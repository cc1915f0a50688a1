"""The labelled-data generator and the hand-written check set."""

from __future__ import annotations

import csv
import re
import statistics
from collections import Counter
from pathlib import Path

import pytest
from training.generate import CSV_HEADER, generate, main, realistic_mix, render
from training.templates import Template, all_templates, make

from ..labels import LABELS

CHECKSET = Path(__file__).resolve().parents[2] / "training" / "checkset.csv"
_UNFILLED = re.compile(r"\{[a-z_]+\d*\}")
_ACCESS_STATUS = re.compile(r'"(?:GET|POST|PUT|DELETE|PATCH|HEAD) \S+ HTTP/[\d.]+" (?:status: )?\d{3}\b')
_MASK = re.compile(r"[0-9a-fA-F]{6,}|\d+")


@pytest.fixture(scope="module")
def templates() -> list[Template]:
    return all_templates()


@pytest.fixture(scope="module")
def sample() -> list:
    return generate(40, seed=11)


@pytest.fixture(scope="module")
def checkset() -> list[dict[str, str]]:
    with CHECKSET.open(newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def test_every_label_has_at_least_40_distinct_templates(templates: list[Template]) -> None:
    names = Counter(t.name for t in templates)
    assert [n for n, c in names.items() if c > 1] == []
    by_label: dict[str, set[tuple[str, ...]]] = {label: set() for label in LABELS}
    for t in templates:
        by_label[t.label].add(t.phrasings)  # distinct wording, not only distinct names
    short = {label: len(p) for label, p in by_label.items() if len(p) < 40}
    assert short == {}


def test_templates_use_only_the_nine_labels(templates: list[Template]) -> None:
    assert {t.label for t in templates} == set(LABELS)


def test_every_template_renders_without_unfilled_placeholders(templates: list[Template]) -> None:
    for t in templates:
        for ex in generate(30, seed=3, templates=[t]):
            assert ex.message.strip(), t.name
            assert not _UNFILLED.search(ex.message), (t.name, ex.message)
            assert "\n" not in ex.message, t.name
            assert ex.source in t.sources


def test_nested_placeholder_in_a_choice_is_rejected() -> None:
    with pytest.raises(ValueError, match="nested"):
        make("Error", "x", "app", "iso", "job {a|{id}} failed")


def test_unknown_placeholder_names_the_fix() -> None:
    t = make("Error", "x", "app", "iso", "job {no_such_thing} failed")
    with pytest.raises(KeyError, match=r"training/values\.py"):
        generate(1, seed=0, templates=[t])


def test_generation_is_deterministic_for_a_seed() -> None:
    assert generate(3, seed=7) == generate(3, seed=7)
    assert generate(3, seed=7) != generate(3, seed=8)
    assert realistic_mix(500, seed=7) == realistic_mix(500, seed=7)
    assert realistic_mix(500, seed=7) != realistic_mix(500, seed=8)


def test_one_template_stream_does_not_depend_on_the_others(templates: list[Template]) -> None:
    alone = generate(5, seed=7, templates=[templates[100]])
    together = [e for e in generate(5, seed=7) if e.template_name == templates[100].name]
    assert alone == together


def test_sample_labels_are_the_nine(sample: list) -> None:
    assert {e.label for e in sample} == set(LABELS)


def test_prefixes_vary_within_a_template(sample: list) -> None:
    # The same statement must appear both bare and with several framings.
    by_template: dict[str, set[str]] = {}
    for e in sample:
        by_template.setdefault(e.template_name, set()).add(e.message[:4])
    assert statistics.median(len(v) for v in by_template.values()) >= 3


def test_access_lines_are_http_status_whatever_the_code(sample: list) -> None:
    access = [e for e in sample if _ACCESS_STATUS.search(e.message)]
    assert len(access) > 300
    assert {e.label for e in access} == {"HTTP Status"}
    assert any(re.search(r'HTTP/[\d.]+" (?:status: )?5\d\d', e.message) for e in access)


def test_login_tie_rule(sample: list) -> None:
    failed = [e for e in sample if "Failed password for" in e.message or "An account failed to log on" in e.message]
    accepted = [e for e in sample if "Accepted password for" in e.message or "successfully logged on" in e.message]
    assert failed and accepted
    assert {e.label for e in failed} == {"Security Alert"}
    assert {e.label for e in accepted} == {"User Action"}


def test_legacy_crm_lines_are_workflow_or_deprecation(sample: list) -> None:
    legacy = Counter(e.label for e in sample if e.source == "LegacyCRM")
    assert set(legacy) == {"Workflow Error", "Deprecation Warning"}
    assert sum(legacy.values()) >= 200


def _write_csv(tmp_path: Path, *extra: str) -> list[list[str]]:
    out = tmp_path / "data.csv"
    assert main(["-o", str(out), "--per-template", "2", "--seed", "5", *extra]) == 0
    with out.open(newline="", encoding="utf-8") as f:
        return list(csv.reader(f))


def test_csv_has_exactly_the_three_columns(tmp_path: Path, templates: list[Template]) -> None:
    rows = _write_csv(tmp_path)
    assert rows[0] == ["source", "log_message", "target_label"] == list(CSV_HEADER)
    assert len(rows) == 1 + 2 * len(templates)
    assert {len(r) for r in rows} == {3}
    assert (tmp_path / "data.csv").read_text(encoding="utf-8").startswith("source,log_message,target_label\n")


def test_csv_template_column_only_when_asked(tmp_path: Path) -> None:
    rows = _write_csv(tmp_path, "--with-template-column")
    assert rows[0] == ["source", "log_message", "target_label", "template"]
    assert {len(r) for r in rows} == {4}
    assert rows[1][3] == all_templates()[0].name


def test_csv_round_trips_quotes_and_commas(tmp_path: Path) -> None:
    rows = _write_csv(tmp_path)
    expected = [(e.source, e.message, e.label) for e in generate(2, seed=5)]
    assert [tuple(r) for r in rows[1:]] == expected


def test_checkset_shape_and_labels(checkset: list[dict[str, str]]) -> None:
    with CHECKSET.open(encoding="utf-8") as f:
        assert f.readline().rstrip("\r\n") == "source,log_message,target_label"
    per_label = Counter(r["target_label"] for r in checkset)
    assert set(per_label) == set(LABELS)
    assert min(per_label.values()) >= 30
    assert len(checkset) >= 270
    assert all(r["source"].strip() and r["log_message"].strip() for r in checkset)
    assert len({r["log_message"] for r in checkset}) == len(checkset)
    assert len({r["source"] for r in checkset}) >= 60  # many systems, not a few


def test_no_checkset_line_appears_in_generated_data(checkset: list[dict[str, str]]) -> None:
    generated = generate(60, seed=1) + realistic_mix(20000, seed=2)
    lines = {e.message for e in generated}
    masked = {_MASK.sub("0", m) for m in lines}
    for r in checkset:
        assert r["log_message"] not in lines, r["log_message"]
        assert _MASK.sub("0", r["log_message"]) not in masked, r["log_message"]


def test_no_checkset_line_is_an_instance_of_a_generator_phrasing(
    checkset: list[dict[str, str]], templates: list[Template]
) -> None:
    # Phrasings with 20+ letters of fixed text; shorter ones are pure formats and match anything.
    patterns = [(t.name, run, p) for t in templates for run, p in t.regexes(min_literal_letters=20)]
    assert len(patterns) > 600
    lines = [r["log_message"] for r in checkset]
    hits = [(line, name) for line in lines for name, run, p in patterns if run in line and p.search(line)]
    assert hits == []


def test_realistic_mix_is_skewed(templates: list[Template]) -> None:
    mix = realistic_mix(20000, seed=4)
    assert len(mix) == 20000
    counts = Counter(e.template_name for e in mix)
    shares = [counts.get(t.name, 0) for t in templates]
    top, median = max(shares), statistics.median(shares)
    assert top / 20000 > 0.1
    assert top >= 20 * max(median, 1)
    assert len(counts) > len(templates) // 2  # a long tail, not only the head


def test_render_uses_only_template_sources(templates: list[Template]) -> None:
    import random

    r = random.Random(0)
    for t in templates[:50]:
        assert render(t, r).source in t.sources
