"""Answers to protobuf: every record gets its own answer's fields, shared objects or not."""

from __future__ import annotations

from logtriage.records import Classification, Tier
from logtriage.service import convert
from logtriage.v1 import classifier_service_pb2 as pb


def fields(m: pb.Classification) -> tuple:
    return (m.label, m.tier, round(m.confidence, 5), m.rule_id, m.model_version, m.template_id)


def test_shared_and_fresh_answers_convert_to_their_own_fields() -> None:
    shared = Classification("Error", Tier.CACHE, 0.9, model_version="v1", template_id="a" * 16)
    answers = [shared, Classification("HTTP Status", Tier.REGEX, 1.0, "http", "", "b" * 16), shared]
    answers += [Classification("Error", Tier.MODEL, 0.5 + i / 100, template_id=f"{i:016x}") for i in range(200)]
    for _ in range(2):  # the second time from the memo
        got = [fields(m) for m in convert.classifications_to_pb(answers)]
        assert got[0] == got[2] == ("Error", pb.TIER_CACHE, 0.9, "", "v1", "a" * 16)
        assert got[1] == ("HTTP Status", pb.TIER_REGEX, 1.0, "http", "", "b" * 16)
        assert [g[2] for g in got[3:]] == [round(0.5 + i / 100, 5) for i in range(200)]


def test_memo_full_of_dead_answers_never_answers_for_a_new_one() -> None:
    for i in range(convert._MEMO_LIMIT + 10):  # objects die at once: their ids are reused by the next ones
        [m] = convert.classifications_to_pb([Classification(f"L{i}", Tier.MODEL, 0.5, template_id=str(i))])
        assert (m.label, m.template_id) == (f"L{i}", str(i))


def test_every_tier_has_a_proto_value_of_its_own() -> None:
    # a model-cache hit (TIER_CACHE) and an LLM answer-cache hit (TIER_LLM_CACHE) are told apart on the wire
    assert set(convert.TIER_TO_PB) == set(Tier)
    assert len(set(convert.TIER_TO_PB.values())) == len(Tier)
    assert convert.PB_TO_TIER[pb.TIER_LLM_CACHE] is Tier.LLM_CACHE and convert.PB_TO_TIER[pb.TIER_CACHE] is Tier.CACHE
