"""logtriage: labels log records with regex rules, an embedding model and an LLM.

Shared words at the top (records, template_key, settings, config, client, balancing); one folder per part below it."""

__version__ = "0.1.0"
