"""What the LLM tier knows of each template: its answer (the answer cache) or that its reply was unusable.

A reply is parsed against the label set it was asked with; each answer is kept in the answer cache
(and its state file), the learned examples and the fleet's store. A template whose reply was
malformed or out of the set is remembered (in memory, bounded) and answered Unclassified.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Sequence
from typing import TYPE_CHECKING

import structlog

from ..records import UNCLASSIFIED, Classification, Tier, unclassified
from .answer_cache import AnswerCache, CachedAnswer
from .batch_prompt import PromptLine, parse_answers
from .label_set import LabelSet
from .learned_examples import LearnedExamples
from .llm_items import LlmItemLike, Outcome, confidence

if TYPE_CHECKING:
    from ..store.llm_fleet import LlmFleet  # set by the assembly; llm/ never imports store/ at run time

log = structlog.get_logger(__name__)


class KnownAnswers:
    def __init__(
        self,
        model: str,
        labels: LabelSet,
        cache: AnswerCache,
        examples: LearnedExamples | None,
        counts: dict[str, int],
    ) -> None:
        self.model = model
        self.labels = labels
        self.cache = cache
        self.examples = examples
        self.counts = counts
        self.fleet: LlmFleet | None = None
        self._unusable: OrderedDict[str, None] = OrderedDict()  # keys whose answer was malformed (memory only)

    def lookup(self, item: LlmItemLike) -> Classification | None:
        """The answer a template has already: its cached label, Unclassified if its reply was unusable."""
        if item.key in self._unusable:
            return unclassified(item.template_id)
        answer = self.cache.get(item.key, self.labels.members, self.labels.digest)
        if answer is None:
            return None
        return Classification(
            answer.label,
            Tier.LLM_CACHE,
            confidence(answer.label),
            model_version=f"llm:{answer.model}",
            template_id=item.template_id,
        )

    def record(
        self, batch: Sequence[LlmItemLike], lines: Sequence[PromptLine], text: str | None, allowed: Sequence[str]
    ) -> dict[str, Outcome]:
        """The outcome per template of one reply `text` to a request asked with the labels `allowed`."""
        parsed = parse_answers(text, len(batch), allowed)
        self.counts["malformed"] += parsed.malformed
        self.counts["out_of_set"] += parsed.out_of_set
        if parsed.malformed or parsed.out_of_set:
            log.warning(
                "llm_unusable_answer",
                templates=len(batch),
                malformed=parsed.malformed,
                out_of_set=parsed.out_of_set,
                answer=(text or "")[:200],
            )
        model, digest = self.model, self.labels.digest
        outcomes: dict[str, Outcome] = {}
        for item, line, label in zip(batch, lines, parsed.labels, strict=True):
            if label is None:
                self._unusable[item.key] = None
                if len(self._unusable) > self.cache.max_entries:
                    self._unusable.popitem(last=False)
                outcomes[item.key] = Outcome(UNCLASSIFIED, Tier.NONE, model)
                continue
            if label not in self.labels.members:  # the label set changed while the request ran
                label = UNCLASSIFIED
            self.counts["answered"] += 1
            outcomes[item.key] = Outcome(label, Tier.LLM, model)
            try:
                self.cache.put(item.key, CachedAnswer(label, model, digest))
            except OSError as err:
                log.warning("llm_cache_not_saved", error=str(err))
            if self.examples is not None:
                self.examples.append(item.source, line.text, label)
            if self.fleet is not None:
                self.fleet.publish(item.key, label, model, digest)
                self.fleet.example(item.source, line.text, label)
        return outcomes

    def close(self) -> None:
        self.cache.close()
        if self.examples is not None:
            self.examples.close()
