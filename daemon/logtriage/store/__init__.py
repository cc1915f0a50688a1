"""State shared by the daemons of a fleet: the shared store (Redis or Valkey), the model's answers in it, its metrics
and settings, the LLM tier's share of it (llm_fleet: answers, claims, budget, learned examples), and the
on-disk answer snapshot for warm restarts without Redis.

May import: records, template_key, settings, regex/, model/, engine/ (the snapshot reads an Engine), llm/ (state_files,
answer_cache, llm_items).
"""
