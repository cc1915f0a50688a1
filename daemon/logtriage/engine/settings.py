"""The cascade's settings: the template cache (`cache.max_*`) and the template key (`template.*`).

A reload applies them and starts a new cache (its answers are per template key and size)."""

from __future__ import annotations

from ..settings import Reload, Setting

ENGINE_SETTINGS: tuple[Setting, ...] = (
    Setting("cache.max_entries", 200_000, "templates kept in the answer cache", reload=Reload.CACHE),
    Setting("cache.max_bytes", 128 << 20, "approximate bytes of the answer cache", reload=Reload.CACHE),
    Setting("template.max_chars", 2048, "characters of a message that make its template", reload=Reload.CACHE),
)
