"""A slow, failing or rate-limited LLM: answers by the deadline, retries within it, stops calling when down."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

import pytest

from logtriage.llm.circuit_breaker import BreakerState, CircuitBreaker
from logtriage.llm.request_budget import RequestBudget
from logtriage.records import Tier

from .fake_gemini import FakeGemini, classify_once, deadline_in, hang, item, run, status, tier_for


def test_429_then_success_is_retried_within_the_deadline(fake: FakeGemini) -> None:
    fake.then(status(429))
    tier = tier_for(fake)
    out = run(classify_once(tier, [item("user 17 logged in")]))

    assert (out[0].label, out[0].tier) == ("User Action", Tier.LLM)
    assert len(fake.requests) == 2
    assert tier.stats()["retries"] == 1


def test_503_every_time_opens_the_breaker_and_requests_stop(fake: FakeGemini) -> None:
    fake.always(status(503))
    tier = tier_for(fake, retries=1, breaker_failures=3, breaker_reset_s=600)

    async def scenario() -> list:
        answers = []
        for n in "abcd":
            answers += await tier.classify([item(f"replication of shard{n} did not finish")])
        await tier.aclose()
        return answers

    started = time.monotonic()
    out = run(scenario())
    elapsed = time.monotonic() - started

    assert out == [None] * 4
    # 2 tries for the first template, 1 for the second (the third failure in a row), then none
    assert len(fake.requests) == 3
    stats = tier.stats()
    assert stats["breaker_state"] == BreakerState.OPEN
    assert stats["breaker_rejections"] >= 2
    print(f"breaker stopped requests after {elapsed:.3f}s")


def test_a_server_that_hangs_past_the_deadline_costs_the_caller_only_the_deadline(fake: FakeGemini) -> None:
    fake.always(hang())  # held until teardown, far beyond the deadline
    tier = tier_for(fake, retries=3)
    deadline = deadline_in(0.5)

    async def scenario() -> tuple[list, float]:
        out = await tier.classify([item("user 17 logged in")], deadline)
        returned = time.monotonic()
        await tier.wait_idle(deadline_in(2.0))  # the abandoned request ends at the deadline too
        await tier.aclose()
        return out, returned

    out, returned = run(scenario(), limit=5.0)
    assert out == [None]
    assert returned - deadline < 1.0  # generous: the point is "not the 30 s the server holds"
    assert len(fake.requests) == 1  # a time-out is not retried: the deadline is spent
    assert tier.stats()["timeouts"] == 1


def test_the_minute_budget_running_out_leaves_templates_unasked(fake: FakeGemini) -> None:
    tier = tier_for(fake, requests_per_minute=2, max_templates_per_request=1, max_concurrency=1)
    templates = [item(f"replication of shard{n} did not finish") for n in "abc"]
    out = run(classify_once(tier, templates, deadline_in(2.0)))

    assert sorted(c is None for c in out) == [False, False, True]
    assert len(fake.requests) == 2
    stats = tier.stats()
    assert stats["budget_minute_left"] == 0
    assert stats["budget_rejections"] == 1


def test_the_day_budget_holds_across_a_restart(fake: FakeGemini, tmp_path) -> None:
    first = run(classify_once(tier_for(fake, tmp_path, requests_per_day=1), [item("user 17 logged in")]))
    assert first[0].label == "User Action"

    tier = tier_for(fake, tmp_path, requests_per_day=1)
    again = run(classify_once(tier, [item("kernel panic during boot on node 3")], deadline_in(1.0)))
    assert again == [None]
    assert len(fake.requests) == 1
    assert tier.stats()["budget_day_left"] == 0


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_breaker_probes_once_after_the_reset_time_and_closes_on_success() -> None:
    clock = Clock()
    breaker = CircuitBreaker(failures=2, reset_s=30, clock=clock)
    breaker.failure()
    assert breaker.allow()
    breaker.failure()
    assert (breaker.state, breaker.allow()) == (BreakerState.OPEN, False)
    assert breaker.wait_s() == pytest.approx(30)

    clock.now += 30
    assert breaker.state is BreakerState.HALF_OPEN
    assert breaker.allow()  # the probe
    assert not breaker.allow()  # only one
    breaker.failure()
    assert (breaker.state, breaker.allow()) == (BreakerState.OPEN, False)  # probe failed: another full wait

    clock.now += 30
    assert breaker.allow()
    breaker.success()
    assert (breaker.state, breaker.allow(), breaker.opens) == (BreakerState.CLOSED, True, 1)


def test_budget_frees_a_minute_after_use_and_starts_afresh_each_utc_day(tmp_path) -> None:
    clock = Clock()
    day = [datetime(2026, 3, 1, 23, 59, tzinfo=UTC)]
    budget = RequestBudget(2, 3, tmp_path / "budget.json", clock=clock, today=lambda: day[0])
    budget.take()
    clock.now += 10
    budget.take()
    assert (budget.minute_left(), budget.wait_s()) == (0, pytest.approx(50))
    clock.now += 50
    assert budget.minute_left() == 1
    budget.take()
    assert budget.day_left() == 0
    assert budget.wait_s() == pytest.approx(60)  # until midnight UTC

    reloaded = RequestBudget(2, 3, tmp_path / "budget.json", clock=clock, today=lambda: day[0])
    assert reloaded.day_left() == 0
    day[0] += timedelta(minutes=1)
    assert reloaded.day_left() == 3


def test_a_429_retry_delay_is_waited_out_before_the_retry(fake: FakeGemini) -> None:
    fake.then(status(429, retry_delay="1.5s"))  # what Gemini sends: google.rpc.RetryInfo in the body
    tier = tier_for(fake, backoff_s=0.01)
    out = run(classify_once(tier, [item("user 17 logged in")], deadline_in(10)))

    assert (out[0].label, out[0].tier) == ("User Action", Tier.LLM)
    assert len(fake.requests) == 2
    assert fake.requests[1].at - fake.requests[0].at >= 1.5  # not the 10 ms backoff
    assert tier.stats()["server_pauses"] == 1


@pytest.mark.parametrize(
    "refusal",
    [
        lambda: status(429, retry_delay="30s"),
        lambda: status(429, retry_after="30"),
        lambda: status(503, retry_after=format_datetime(datetime.now(UTC) + timedelta(seconds=40), usegmt=True)),
    ],
    ids=["retry-info", "retry-after-seconds", "retry-after-date"],
)
def test_a_pause_longer_than_the_deadline_gives_up_at_once_and_holds_every_caller(fake: FakeGemini, refusal) -> None:  # type: ignore[no-untyped-def]
    fake.then(refusal())  # made now: the date form counts from the moment the test runs
    tier = tier_for(fake, backoff_s=0.01)

    async def scenario() -> tuple[list, list, float]:
        try:
            started = time.monotonic()
            first = await tier.classify([item("user 17 logged in")], deadline_in(5))
            gave_up = time.monotonic() - started
            second = await tier.classify([item("kernel panic on node 4")], deadline_in(5))  # another caller
            return first, second, gave_up
        finally:
            await tier.aclose()

    first, second, gave_up = run(scenario())
    assert first == [None] and second == [None]  # no answer: the other tiers' answers stand
    assert len(fake.requests) == 1  # nobody called again while the server's pause lasts
    assert gave_up < 4  # it did not sleep to the deadline hoping for a retry
    stats = tier.stats()
    assert stats["server_pauses"] == 1 and stats["budget_rejections"] >= 2
