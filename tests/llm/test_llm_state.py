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

    assert [(c.label, c.tier) for c in again] == [("User Action", Tier.LLM_CACHE), ("Critical Error", Tier.LLM_CACHE)]
    assert len(fake.requests) == 1


def test_a_torn_line_in_the_cache_file_is_skipped(fake: FakeGemini, tmp_path) -> None:
    run(classify_once(tier_for(fake, tmp_path), [item("user 17 logged in")]))
    with (tmp_path / CACHE_FILE).open("a", encoding="utf-8") as handle:
        handle.write('{"v": 1, "key": "half a li')  # a crash in the middle of an append

    again = run(classify_once(tier_for(fake, tmp_path), [item("user 5 logged in")]))
    assert (again[0].label, again[0].tier) == ("User Action", Tier.LLM_CACHE)
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


def test_the_learned_examples_csv_stops_growing_at_its_cap_and_a_moved_file_starts_anew(
    fake: FakeGemini, tmp_path
) -> None:
    path = tmp_path / EXAMPLES_FILE
    tier = tier_for(fake, tmp_path, examples_max_mb=300 / 2**20, max_templates_per_request=1)  # about 3 rows
    templates = [item(f"replication of shard{n} did not finish", source="db") for n in "abcdefghij"]
    seen: dict[str, object] = {}

    async def two_rounds() -> None:
        try:
            await tier.classify(templates)
            seen["size"] = path.stat().st_size
            with path.open(encoding="utf-8", newline="") as handle:
                seen["rows"] = list(csv.DictReader(handle))  # whole rows only: the cap never cuts one
            seen["stats"] = tier.stats()
            path.rename(tmp_path / "trained-on.csv")  # the operator trains on it and moves it away
            await tier.classify([item("replication of shard zz did not finish", source="db")])
        finally:
            await tier.aclose()

    run(two_rounds())
    rows, stats = seen["rows"], seen["stats"]
    assert 0 < seen["size"] <= 300  # type: ignore[operator]
    assert len(rows) == stats["examples_written"] and 1 <= len(rows) < 10  # type: ignore[arg-type,index]
    assert stats["examples_written"] + stats["examples_dropped"] == 10  # type: ignore[index]
    assert all(r["target_label"] == "Error" for r in rows)  # type: ignore[attr-defined]
    with path.open(encoding="utf-8", newline="") as handle:
        assert [r["log_message"] for r in csv.DictReader(handle)] == ["replication of shard zz did not finish"]
