"""The cascade: per batch, route by source, then each tier in one shape (tier_shape): rules, model, LLM, best guess.

May import: records, template_key, settings, regex/, model/; the LLM tier is handed in (a Protocol), never imported."""
