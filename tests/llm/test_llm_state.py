"""What the LLM tier keeps: the answer cache across restarts, and the learned-examples CSV."""

from __future__ import annotations

import csv
import json

from logtriage.llm.answer_cache import FILE_NAME as CACHE_FILE
from logtriage.llm.learned_examples import FILE_NAME as EXAMPLES_FILE
from logtriage.records import Tier

from .fake_gemini import FakeGemini, classify_once, item, nonsense, run, tier_for


def test_answers_survive_a_restart_and_are_not_asked_again(fake: FakeGemini, tmp_path) -> None:
    first = run(classify_once(tier_for(fake, tmp_path), [item("user 17 logged in"), item("kernel panic on node 4")]))
    assert [c.tier for c in first] == [Tier.LLM, Tier.LLM]

    fake.always(nonsense())  # were it asked again, the answer would differ
    again = run(classify_once(tier_for(fake, tmp_path), [item("user 5 logged in"), item("kernel panic on node 8")]))

    assert [(c.label, c.tier) for c in again] == [("User Action", Tier.CACHE), ("Critical Error", Tier.CACHE)]
    assert len(fake.requests) == 1


def test_a_torn_line_in_the_cache_file_is_skipped(fake: FakeGemini, tmp_path) -> None:
    run(classify_once(tier_for(fake, tmp_path), [item("user 17 logged in")]))
    with (tmp_path / CACHE_FILE).open("a", encoding="utf-8") as handle:
        handle.write('{"v": 1, "key": "half a li')  # a crash in the middle of an append

    again = run(classify_once(tier_for(fake, tmp_path), [item("user 5 logged in")]))
    assert (again[0].label, again[0].tier) == ("User Action", Tier.CACHE)
    lines = (tmp_path / CACHE_FILE).read_text(encoding="utf-8").splitlines()
    assert [json.loads(line)["label"] for line in lines] == ["User Action"]  # compacted at start-up


def test_the_cache_file_stays_bounded(fake: FakeGemini, tmp_path) -> None:
    templates = [item(f"replication of shard{n} did not finish") for n in "abcdefghij"]
    run(classify_once(tier_for(fake, tmp_path, cache_max_entries=3, max_templates_per_request=1), templates))
    lines = (tmp_path / CACHE_FILE).read_text(encoding="utf-8").splitlines()
    assert len(lines) <= 2 * 3


def test_every_answer_lands_in_the_learned_examples_csv_redacted(fake: FakeGemini, tmp_path) -> None:
    records = [
        item("Failed password for zoltan_k from 10.9.8.7 port 22", source="sshd", raw=True),
        item("user 17 logged in", source="portal"),
        item("something nobody can place", source="portal"),  # Unclassified: not an example
    ]
    run(classify_once(tier_for(fake, tmp_path), records))

    with (tmp_path / EXAMPLES_FILE).open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert list(rows[0]) == ["source", "log_message", "target_label"]
    assert [(r["source"], r["target_label"]) for r in rows] == [("sshd", "Security Alert"), ("portal", "User Action")]
    assert rows[0]["log_message"] == "Failed password for <USER> from <IP> port 22"
