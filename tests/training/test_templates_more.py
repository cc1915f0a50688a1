"""The broadened generator: new prefix styles render, and the added boundary pairs keep their labels."""

from __future__ import annotations

import random

import pytest
from training.generate import generate
from training.prefixes import GENERIC, STYLES
from training.templates import all_templates


@pytest.mark.parametrize("style", sorted(STYLES))
def test_every_prefix_style_wraps_the_message(style: str) -> None:
    r = random.Random(5)
    for sev in ("debug", "info", "notice", "warn", "error", "crit"):
        line = STYLES[style](r, sev, "svc", "Source:4625", "the message")
        assert "the message" in line
        assert "\n" not in line


def test_generic_styles_exist() -> None:
    assert set(GENERIC) <= set(STYLES)


def test_every_template_prefix_is_a_known_style() -> None:
    unknown = {(t.name, p) for t in all_templates() for p in t.prefixes if p not in STYLES}
    assert unknown == set()


def _labels_of(fragment: str, sample: list) -> set[str]:
    return {e.label for e in sample if fragment in e.message}


def test_boundary_pairs_keep_their_labels() -> None:
    sample = generate(40, seed=13)
    assert _labels_of("type=LOGIN_ERROR", sample) == {"Security Alert"}
    assert _labels_of("type=LOGIN,", sample) == {"User Action"}
    assert _labels_of('"result":"FAILURE","reason":"INVALID_CREDENTIALS"', sample) == {"Security Alert"}
    assert _labels_of('"eventType":"user.session.start","outcome":{"result":"SUCCESS"}', sample) == {"User Action"}
    assert _labels_of("The audit log was cleared", sample) == {"Security Alert"}
    assert _labels_of("is abandoned, you should avoid using it", sample) == {"Deprecation Warning"}
    assert _labels_of("high disk watermark", sample) == {"Resource Usage"}
    assert _labels_of("Finished: SUCCESS", sample) == {"System Notification"}
    assert _labels_of("invoice.payment_failed", sample) == {"Workflow Error"}
    assert _labels_of("Request finished HTTP/", sample) == {"HTTP Status"}
