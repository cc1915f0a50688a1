"""The rule prefilter skips only rules that cannot match: answers equal running every rule in order."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
import regex

from logtriage.records import Classification
from logtriage.regex.literals import required_literal
from logtriage.regex.rules import Rule, load_rules
from logtriage.regex.tier import RegexTier

ROOT = Path(__file__).resolve().parents[2]
generate = pytest.importorskip("training.generate")


def every_rule_in_order(rules: tuple[Rule, ...], source: str, message: str) -> str | None:
    """The reference: what the regex tier must answer, without any prefilter."""
    for rule in rules:
        if (rule.sources is None or source in rule.sources) and rule.pattern.search(message):
            return rule.id
    return None


def rule(pattern: str, *, ignore_case: bool = False, sources: frozenset[str] | None = None, n: int = 0) -> Rule:
    flags = regex.VERSION1 | (regex.IGNORECASE if ignore_case else 0)
    return Rule(f"r{n}", "Error", regex.compile(pattern, flags), sources, "test")


def rule_ids(answers: dict[int, Classification], n: int) -> list[str | None]:
    return [answers[i].rule_id if i in answers else None for i in range(n)]


def test_bundled_rules_answer_the_same_with_the_prefilter() -> None:
    tier = RegexTier(load_rules(ROOT / "rules").rules)
    assert sum(lit is not None for lit in tier.literals) >= len(tier.rules) - 1  # the prefilter is in use
    examples = generate.realistic_mix(4000, 5)
    sources = [e.source for e in examples] + ["sshd", "sshd", "x", "x"]
    messages = [e.message for e in examples] + [
        "Failed password for root from 10.0.0.1 port 22 ssh2\x1eInvalid user x from y",
        "\x1eAccepted publickey for deploy from 10.1.1.1 port 5 ssh2",
        "Kernel panic - not syncing: VFS",
        'GET /x HTTP/1.1" status: 500 len: 12',
    ]
    expected = [every_rule_in_order(tier.rules, s, m) for s, m in zip(sources, messages, strict=True)]
    assert sum(e is not None for e in expected) > 50  # the data does exercise the rules
    assert rule_ids(tier.match_batch(sources, messages), len(messages)) == expected
    assert [a.rule_id if (a := tier.match(s, m)) else None for s, m in zip(sources, messages, strict=True)] == expected


PATTERNS = [  # (pattern, a text it matches)
    ("colou?r ok", "the color ok"),
    ("ab(c|d)ef", "xabdef"),
    ("a|bc", "bc"),
    ("(?i)abc", "ABC"),
    (r"x\d{2,3}yz", "x123yz"),
    (r"[[a-z]--[aeiou]]qq", "bqq"),
    (r"\p{L}ab", "zab"),
    (r"foo\.ba*r", "foo.br"),
    (r"(?:ab)?cd", "cd"),
    (r"a{0}bc", "bc"),
    (r"\x41bc", "Abc"),
    (r"(?x) a b c", "abc"),
    (r"ab(?#a comment)cd", "abcd"),
    (r"[]a]bc", "]bc"),
    (r"a\b c", "a c"),
]


@pytest.mark.parametrize(("pattern", "example"), PATTERNS)
def test_required_literal_is_in_every_match(pattern: str, example: str) -> None:
    compiled = regex.compile(pattern, regex.VERSION1)
    literal = required_literal(compiled)
    assert compiled.search(example)
    r = random.Random(pattern)
    matched = 0
    for _ in range(5_000):  # the example with characters deleted, doubled or replaced
        text = list(example)
        for _ in range(r.randrange(1, 4)):
            at = r.randrange(len(text))
            text[at] = r.choice(["", text[at] * 2, r.choice("abcdeoruxyz. ]0")])
        candidate = "".join(text)
        if compiled.search(candidate):
            matched += 1
            assert literal is None or literal in candidate, (pattern, literal, candidate)
    assert matched > 0


def test_ignore_case_rules_fold_case_fully() -> None:
    rules = (
        rule("strasse gesperrt", ignore_case=True, n=0),
        rule("kelvin", ignore_case=True, n=1),
        rule("Disk Full", n=2),
        rule("db only", sources=frozenset({"db"}), n=3),
    )
    tier = RegexTier(rules)
    cases = [
        ("s", "STRAßE GESPERRT seit 3 Uhr"),
        ("s", "\u212aelvin"),  # KELVIN SIGN folds to k
        ("s", "disk full"),  # case matters for rule r2
        ("s", "/dev/sda1: Disk Full"),
        ("web", "db only here"),
        ("db", "db only here"),
    ]
    sources, messages = [s for s, _ in cases], [m for _, m in cases]
    expected = [every_rule_in_order(rules, s, m) for s, m in cases]
    assert expected == ["r0", "r1", None, "r2", None, "r3"]
    assert rule_ids(tier.match_batch(sources, messages), len(cases)) == expected
    # an ASCII batch looks the folded literals up in the lower-cased batch: the same answers
    ascii_cases = [*cases[2:], ("s", "KELVIN at noon"), ("s", "Strasse GESPERRT")]
    assert "".join(m for _, m in ascii_cases).isascii()
    want = [every_rule_in_order(rules, s, m) for s, m in ascii_cases]
    assert want == [None, "r2", None, "r3", "r1", "r0"]
    got = tier.match_batch([s for s, _ in ascii_cases], [m for _, m in ascii_cases])
    assert rule_ids(got, len(ascii_cases)) == want
