"""Development tools of a source checkout: regenerate v1/ from proto/ (protogen), write docs/reference.md (reference).

Run from the checkout's top folder (`python -m tools.protogen`); not shipped in the wheel."""
