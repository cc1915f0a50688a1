"""The template key: variables share a key, labels do not, and the batch path gives the same keys."""

from __future__ import annotations

from collections import defaultdict

import pytest

from logtriage.template_key import TemplateKey, template_id

generate = pytest.importorskip("training.generate")


def test_numbers_ids_and_addresses_share_a_key_words_do_not() -> None:
    tk = TemplateKey()
    assert tk.key("user 17 logged in from 10.0.0.1") == tk.key("user 942 logged in from 192.168.7.20")
    assert tk.key("user 17 logged in") != tk.key("user 17 logged out")
    assert tk.key('{"status":"200","bytes":4031}') == tk.key('{"status":"404","bytes":7}')
    assert tk.key('{"status":"200","bytes":4031}') != tk.key('{"used_memory":"0.3G","peak":7}')
    assert len(template_id(tk.key("user 17 logged in"))) == 16


def test_batch_keys_equal_one_key_per_message() -> None:
    tk = TemplateKey(max_chars=300)
    messages = [e.message for e in generate.realistic_mix(3000, 11)]
    messages += ["", " ", "a" * 5000 + " 12", "tab\t12\tsep", "é 1 ü", "x 1\x1ey 2"]  # long, blank, separator inside
    assert tk.keys(messages) == [tk.key(m) for m in messages]
    assert tk.keys(messages[:-1]) == [tk.key(m) for m in messages[:-1]]  # the joined path, no fallback
    assert tk.keys([]) == []


def test_key_does_not_merge_templates_of_different_labels_on_generated_data() -> None:
    tk = TemplateKey()
    labels: dict[str, set[str]] = defaultdict(set)
    examples = generate.generate(40, 3)
    for example, key in zip(examples, tk.keys([e.message for e in examples]), strict=True):
        labels[key].add(example.label)
    mixed = {key: sorted(v) for key, v in labels.items() if len(v) > 1}
    # A few real statements turn on a number (slapd's err=49 against err=0, a job's exit status): rare, not none.
    assert len(mixed) <= 0.005 * len(labels), mixed
    # and it does merge: 40 lines of a template (random values, prefix styles, word choices) share keys
    assert len(labels) < 0.75 * len(examples)
