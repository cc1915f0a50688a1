"""logtriage: labels log records with regex rules, an embedding model and an LLM."""

__version__ = "0.1.0"
