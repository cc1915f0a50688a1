"""The cascade that strings the tiers together per batch (route, rules, template cache, model, LLM).

May import: records, template_key, settings, regex/, model/; the LLM tier is handed in (a Protocol), never imported."""
