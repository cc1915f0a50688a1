"""Rule matching is bounded in time: no bundled rule is worse than linear, and a slow rule, record or batch
is cut off, counted, and left to the next tier (a rule that did not finish never counts as a match)."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

import pytest

from logtriage.engine.cascade import Engine
from logtriage.records import Record, Tier
from logtriage.regex.literals import required_literal
from logtriage.regex.rules import load_rules
from logtriage.regex.tier import RegexTier

ROOT = Path(__file__).resolve().parents[2]
SIZE = 64 << 10
# a linear search of 64 KB takes milliseconds; the quadratic fail2ban rule this replaced took seconds at 8 KB
LINEAR_LIMIT_S = 1.0

# per bundled rule: text that drives it to its worst (repeated up to 64 KB), beside the generic cases below
WORST_CASES: dict[str, list[str]] = {
    "http-access-combined": ['"GET ' + "a" * 100, '"GET /a HTTP/1.1" ', '"GET /a HTTP/1.1" status: '],
    "http-openstack-wsgi": ['HTTP/1.1" status: 200 len: ', 'HTTP/1.1" status: '],
    "http-logfmt": ["method=GET ", 'method="GET" status='],
    "http-json": ['"method": "GET",', '"method":"GET" "status":'],
    "sshd-failed-password": ["Failed password for ", "Failed password for invalid user ", "Failed password for x"],
    "sshd-invalid-user": ["Invalid user ", "Invalid user x", "Invalid user x from"],
    "sshd-break-in": ["POSSIBLE BREAK-IN "],
    "pam-auth-failure": ["pam_unix(", "pam_unix(x", "pam_unix(x): "],
    "sudo-not-in-sudoers": ["user NOT in ", "user NOT in sudoers"],
    "kernel-syn-flood": ["Possible SYN flooding on port "],
    "fail2ban-ban": ["fail2ban.actions ", "fail2ban.actions Ba", "fail2ban.actions"],
    "ufw-block": ["[UFW BLOC", "[UFW "],
    "sshd-accepted": ["Accepted password for ", "Accepted password for x"],
    "python-deprecation-warning": ["PendingDeprecationWarning", "DeprecationWarning:"],
    "node-deprecation": ["[DEP0001] ", "[DEP0001] Deprecation"],
    "is-deprecated": ["is deprecate", "has been ", "has been deprecate"],
    "will-be-removed": ["will be removed in a ", "will be removed in "],
    "kernel-panic": ["Kernel panic - not syncin", "Kernel panic - "],
}


def _repeat(unit: str) -> str:
    return (unit * (SIZE // len(unit) + 1))[:SIZE]


def test_no_bundled_rule_is_worse_than_linear_on_64kb_of_its_worst_case() -> None:
    rules = load_rules(ROOT / "rules").rules
    assert set(WORST_CASES) <= {r.id for r in rules}, "a worst case names a rule that is gone"
    slow = []
    for rule in rules:
        literal = required_literal(rule.pattern) or ""
        units = [*WORST_CASES.get(rule.id, []), literal + " ", literal, "a", " "]
        for unit in filter(None, units):
            text = _repeat(unit)
            started = time.perf_counter()
            try:
                rule.pattern.search(text, timeout=LINEAR_LIMIT_S)
            except TimeoutError:
                slow.append(f"{rule.id} on {unit!r} * {SIZE // len(unit)}: over {LINEAR_LIMIT_S}s")
                continue
            took = time.perf_counter() - started
            if took > LINEAR_LIMIT_S:
                slow.append(f"{rule.id} on {unit!r}: {took:.2f}s")
    assert not slow, slow


def _rules(tmp_path: Path, text: str) -> Path:
    (tmp_path / "r.yaml").write_text(text)
    return tmp_path


RUNAWAY = "  - {id: runaway, label: Error, pattern: '(x+x+)+y'}\n"
LATER = "  - {id: later, label: Security Alert, pattern: 'intruder'}\n"


def test_a_cut_off_rule_never_counts_and_no_later_rule_answers_for_it(tmp_path: Path) -> None:
    ruleset = load_rules(_rules(tmp_path, "rules:\n" + RUNAWAY + LATER))
    tier = RegexTier(ruleset.rules, timeout_s=0.02)
    engine = Engine(ruleset, tier, None)
    try:
        records = [Record("s", "y " + "x" * 5000 + " intruder"), Record("s", "a plain intruder")]
        answers = asyncio.run(engine.classify(records))
    finally:
        engine.close()
    # the runaway rule comes first: had it finished it might have matched, so "later" may not answer
    assert answers[0].tier is Tier.NONE and answers[0].rule_id == ""
    assert answers[1].rule_id == "later"
    assert tier.timeouts_by_rule == {"runaway": 1}
    assert tier.cuts["rule_timeout"] == 1


def test_the_record_budget_cuts_a_record_whose_rules_together_run_long(tmp_path: Path) -> None:
    many = "".join(f"  - {{id: slow{k}, label: Error, pattern: '(x+x+)+y{k}'}}\n" for k in range(10))
    ruleset = load_rules(_rules(tmp_path, "rules:\n" + many + LATER))
    # each rule may take a second; the record may take 40 ms in all
    tier = RegexTier(ruleset.rules, timeout_s=1.0, record_budget_s=0.04)
    text = " ".join(f"y{k}" for k in range(10)) + " " + "x" * 3000 + " intruder"
    started = time.perf_counter()
    got = tier.match_batch(["s"], [text])
    took = time.perf_counter() - started
    assert got == {}
    assert tier.cuts["record_budget"] == 1
    assert took < 0.9  # the first rule alone would run for a second


def test_the_batch_budget_and_the_deadline_leave_the_rest_to_the_next_tier(tmp_path: Path) -> None:
    ruleset = load_rules(_rules(tmp_path, "rules:\n" + RUNAWAY + LATER))
    tier = RegexTier(ruleset.rules, timeout_s=0.01, record_budget_s=1.0, batch_budget_s=0.05)
    hostile = ["y " + "x" * 5000] * 40
    got = tier.match_batch(["s"] * 41, [*hostile, "an intruder"])
    assert got == {}  # the good record came after the budget ran out: the next tier answers it
    assert tier.cuts["batch_budget"] >= 30 and tier.timeouts_by_rule["runaway"] >= 1
    assert sum(tier.cuts.values()) == 41

    tier = RegexTier(ruleset.rules, timeout_s=0.01, record_budget_s=1.0, batch_budget_s=10.0)
    got = tier.match_batch(["s"] * 41, [*hostile, "an intruder"], deadline=time.monotonic() + 0.05)
    assert got == {} and tier.cuts["deadline"] >= 30


@pytest.mark.parametrize("cut_reason", ["rule_timeout"])
def test_the_single_record_path_gives_up_the_same_way(tmp_path: Path, cut_reason: str) -> None:
    ruleset = load_rules(_rules(tmp_path, "rules:\n" + RUNAWAY + LATER))
    tier = RegexTier(ruleset.rules, timeout_s=0.02)
    assert tier.match("s", "y " + "x" * 5000 + " intruder") is None
    assert tier.cuts[cut_reason] == 1
