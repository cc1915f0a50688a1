"""Rules: loading errors name file and line; a runaway rule is cut off and the record still answered."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from logtriage.engine.cascade import Engine
from logtriage.records import Record, Tier
from logtriage.regex.rules import RulesError, load_rules
from logtriage.regex.tier import RegexTier

ROOT = Path(__file__).resolve().parents[2]


def write(tmp_path: Path, name: str, text: str) -> Path:
    (tmp_path / name).write_text(text, encoding="utf-8")
    return tmp_path


def test_bundled_rules_load_and_name_only_known_tiers() -> None:
    ruleset = load_rules(ROOT / "rules")
    assert len(ruleset.rules) >= 10
    assert ruleset.tiers_for("LegacyCRM") == ("llm",)
    assert ruleset.tiers_for("anything-else") == ("regex", "model", "llm")


def test_yaml_error_names_file_and_line(tmp_path: Path) -> None:
    write(tmp_path, "a.yaml", "rules:\n  - id: one\n    label: Error\n    pattern: 'x'\n  - id: [unclosed\n")
    with pytest.raises(RulesError) as err:
        load_rules(tmp_path)
    assert "a.yaml:" in str(err.value)
    assert ":6:" in str(err.value) or ":5:" in str(err.value)


def test_invalid_pattern_names_rule_and_line(tmp_path: Path) -> None:
    write(
        tmp_path,
        "b.yaml",
        "rules:\n  - id: ok\n    label: Error\n    pattern: 'fine'\n"
        "  - id: bad\n    label: Error\n    pattern: '(unclosed'\n",
    )
    with pytest.raises(RulesError) as err:
        load_rules(tmp_path)
    assert "b.yaml:5" in str(err.value) and "'bad'" in str(err.value)


def test_duplicate_ids_and_unknown_tiers_are_refused(tmp_path: Path) -> None:
    write(tmp_path, "c.yaml", "rules:\n  - {id: r, label: Error, pattern: a}\n  - {id: r, label: Error, pattern: b}\n")
    with pytest.raises(RulesError, match="already used"):
        load_rules(tmp_path)
    (tmp_path / "c.yaml").unlink()
    write(tmp_path, "d.yaml", "routes:\n  - {id: x, sources: [s], tiers: [regex, magic]}\n")
    with pytest.raises(RulesError, match="magic"):
        load_rules(tmp_path)


def test_rule_sources_limit_where_a_rule_applies(tmp_path: Path) -> None:
    write(tmp_path, "e.yaml", "rules:\n  - {id: only-db, label: Error, pattern: 'timeout', sources: [db]}\n")
    tier = RegexTier(load_rules(tmp_path).rules)
    assert tier.match("db", "query timeout").rule_id == "only-db"
    assert tier.match("web", "query timeout") is None


def test_backtracking_rule_is_cut_off_counted_and_record_still_answered(tmp_path: Path) -> None:
    # `regex` answers the classic (a+)+$ quickly by itself; (x+x+)+y on many x's really backtracks
    write(
        tmp_path,
        "f.yaml",
        "rules:\n"
        "  - {id: classic, label: Error, pattern: '(a+)+$'}\n"
        "  - {id: runaway, label: Error, pattern: '(x+x+)+y'}\n"
        "  - {id: later, label: Security Alert, pattern: 'intruder'}\n",
    )
    ruleset = load_rules(tmp_path)
    tier = RegexTier(ruleset.rules, timeout_s=0.02)
    engine = Engine(ruleset, tier, None)
    try:
        answers = asyncio.run(
            engine.classify(
                [
                    Record("s", "a" * 30 + "b"),
                    # "y" gets the rule past its literal prefilter: without a "y" it cannot match at all
                    Record("s", "y " + "x" * 5000 + " intruder"),
                    Record("s", "y " + "x" * 5000),
                ]
            )
        )
    finally:
        engine.close()
    assert tier.timeouts == 2
    assert tier.timeouts_by_rule == {"runaway": 2}
    assert answers[0].tier is Tier.NONE  # no rule matched, no model: Unclassified, not an error
    # a cut-off rule might have been the first to match: no later rule answers, the next tier does (none here)
    assert (answers[1].label, answers[1].rule_id) == ("Unclassified", "")
    assert answers[2].label == "Unclassified"
    assert tier.cuts["rule_timeout"] == 2
