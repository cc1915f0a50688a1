"""Privacy: no raw value of a test record reaches the wire; each redaction is what removes its values."""

from __future__ import annotations

import json

import pytest

from logtriage.llm import Redactor
from logtriage.llm.redaction import TIMEOUT_PLACEHOLDER

from .fake_gemini import FakeGemini, classify_once, item, run, tier_for

# (redaction name, raw log line, the private values in it)
CASES = [
    ("ip", "Failed password for root from 10.2.3.4 port 22", ["10.2.3.4"]),
    ("ip", "Accepted publickey from 2001:db8:0:1::7 port 22", ["2001:db8:0:1::7"]),
    ("email", "mail to john.doe@corp.example.net bounced", ["john.doe@corp.example.net"]),
    ("uuid", "request 3f2b9c1e-8a7d-4e21-9b0c-1234567890ab failed", ["3f2b9c1e-8a7d-4e21-9b0c-1234567890ab"]),
    ("bearer", "Authorization: Bearer abcdEFGH1234ijklMNOP rejected", ["abcdEFGH1234ijklMNOP"]),
    (
        "jwt",
        "session eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ6b2x0YW4ifQ.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U expired",
        ["eyJhbGciOiJIUzI1NiJ9", "dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U"],
    ),
    ("secret_value", "login with password: s3cr3t-Pa55 and api_key=kq83hd7 done", ["s3cr3t-Pa55", "kq83hd7"]),
    (
        "api_key",
        "keys AKIAIOSFODNN7EXAMPLE AIzaSyD-1234567890abcdefghijklmnopqrstu in use",
        ["AKIAIOSFODNN7EXAMPLE", "AIzaSyD-1234567890abcdefghijklmnopqrstu"],
    ),
    ("url_query", "GET /api/orders?customer=mwierzbicka&page=2 HTTP/1.1 200", ["mwierzbicka"]),
    ("url_credentials", "fetch https://deploybot:Tr0ub4dor@git.internal/repo failed", ["deploybot", "Tr0ub4dor"]),
    ("hex", "object 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b stored", ["9f86d081884c7d659a2feaa0c55ad015a3bf4f1b"]),
    ("token", "blob dGhpcyBpcyBhIHNlY3JldCBwYXlsb2FkIDEyMw== uploaded", ["dGhpcyBpcyBhIHNlY3JldCBwYXlsb2FkIDEyMw"]),
    ("mac", "iface eth0 mac 00:1A:2B:3C:4D:5E up", ["00:1A:2B:3C:4D:5E"]),
    ("id", "invoice INV2024X88731 could not be converted", ["INV2024X88731"]),
    ("long_number", "card 4111 1111 1111 1111 charged for order 987654321", ["4111 1111 1111 1111", "987654321"]),
    ("user", "user priyanka_s logged in", ["priyanka_s"]),
    ("user", "Failed password for invalid user zoltan_k from port 22", ["zoltan_k"]),
    ("user", "password reset requested for jdoakes", ["jdoakes"]),
    ("home_dir", "file /home/priyanka/report.csv uploaded", ["priyanka"]),
]


@pytest.mark.parametrize(("name", "line", "secrets"), CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_each_redaction_removes_its_values_from_raw_lines(name: str, line: str, secrets: list[str]) -> None:
    assert all(s in Redactor([]).redact(line) for s in secrets)
    alone = Redactor([name]).redact(line)
    together = Redactor().redact(line)
    assert not any(s in alone for s in secrets), alone
    assert not any(s in together for s in secrets), together


def test_redaction_keeps_what_the_label_depends_on() -> None:
    redactor = Redactor()
    for line in (
        "user logged out",
        "disk /var at 91% of 200 GB",
        'GET /api/v1/orders HTTP/1.1" 200 512',
        "endpoint getCustomerDetails is deprecated, use v2",
        "invoice run for order <NUM> stopped: tax module invalid",
    ):
        assert redactor.redact(line) == line


def test_no_raw_value_of_a_record_appears_in_any_request_body(fake: FakeGemini) -> None:
    # raw lines (the tier must be safe without TemplateKey) and the masked form the engine hands in
    items = [item(line, source="app", raw=True) for _, line, _ in CASES]
    items += [item(line, source="app") for _, line, _ in CASES]
    run(classify_once(tier_for(fake, max_templates_per_request=7), items))

    assert len(fake.requests) >= 3
    bodies = fake.bodies()
    for _, _, secrets in CASES:
        for secret in secrets:
            escaped = json.dumps(secret)[1:-1]
            assert not any(secret in body or escaped in body for body in bodies), secret


def test_only_the_chosen_redactions_apply_and_extra_patterns_add_to_them() -> None:
    redactor = Redactor(["email"], extra=[r"TCK-\d+"])
    assert redactor.redact("ticket TCK-7324 for a@b.example from 10.0.0.1") == (
        "ticket <REDACTED> for <EMAIL> from 10.0.0.1"
    )


def test_bad_redaction_config_is_refused_naming_the_input() -> None:
    with pytest.raises(ValueError, match="emial"):
        Redactor(["emial"])
    with pytest.raises(ValueError, match=r"\(unclosed"):
        Redactor(extra=["(unclosed"])


def test_a_redaction_that_runs_too_long_fails_closed() -> None:
    redactor = Redactor([], extra=[r"(x+x+)+y"], timeout_s=0.001)
    assert redactor.redact("x" * 5000) == TIMEOUT_PLACEHOLDER
    assert redactor.timeouts == 1
