"""One module per system family: `FAMILY = "name"` and `TEMPLATES = [...]` (see training/templates).

A module may add placeholder generators of its own with `training.values.register(...)`.
"""
