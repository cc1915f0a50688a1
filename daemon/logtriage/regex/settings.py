"""The regex tier's `rules.*` settings (a reload applies them all)."""

from __future__ import annotations

from ..bundled import bundled_path
from ..settings import Reload, Setting

RULES_SETTINGS: tuple[Setting, ...] = tuple(
    Setting(key, default, text, short, reload=Reload.APPLY)
    for key, default, text, short in (
        ("rules.dir", str(bundled_path("rules")), "folder of rule and route YAML files", "--rules"),
        ("rules.match_timeout_ms", 50.0, "time limit of one rule on one message", None),
        ("rules.max_chars", 8192, "characters of a message the rules look at", None),
        (
            "rules.record_budget_ms",
            50.0,
            "time all rules together may take on one record; past it, the model answers",
            None,
        ),
        ("rules.batch_budget_ms", 500.0, "time the rules may take on one batch; the rest go to the model", None),
    )
)
