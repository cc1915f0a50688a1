"""The regex tier in the cascade: the rules' answers for a batch's records, matched off the loop when big."""

from __future__ import annotations

import asyncio
from concurrent.futures import Executor

from ..bounded_memo import BoundedMemo
from ..records import Classification
from ..regex.tier import RegexTier
from ..template_key import template_id
from . import batch_prep
from .tier_shape import TierBatch

MEMO_LIMIT = 50_000  # answers kept per (rule, template); cleared when full


class RegexAnswers:
    """The first rule that matches answers; a record whose matching was cut off is left to the next tier."""

    route = "regex"

    def __init__(self, tier: RegexTier, executor: Executor) -> None:
        self.tier = tier
        self._executor = executor  # big batches' rule matches: off the event loop, beside (not behind) embedding
        self._memo: BoundedMemo[tuple[str, str], Classification] = BoundedMemo(MEMO_LIMIT)

    async def answer(self, batch: TierBatch, todo: list[int]) -> None:
        indexes = None if len(todo) == len(batch.messages) else todo
        args = (self.tier, batch.sources, batch.messages, batch.deadline, indexes)
        if batch_prep.is_small(batch.messages):
            matched = batch_prep.match(*args)
        else:
            matched = await asyncio.get_running_loop().run_in_executor(self._executor, batch_prep.match, *args)
        results, keys = batch.results, batch.keys
        for i, answer in matched.items():
            results[i] = self._with_template(answer, keys[i])

    async def aclose(self) -> None:
        """Holds nothing to let go of."""

    def _with_template(self, answer: Classification, key: str) -> Classification:
        """The rule's answer with the template id; one shared object per (rule, template)."""
        found = self._memo.get((answer.rule_id, key))
        if found is None:
            found = self._memo.keep(
                (answer.rule_id, key),
                Classification(answer.label, answer.tier, answer.confidence, answer.rule_id, "", template_id(key)),
            )
        return found
