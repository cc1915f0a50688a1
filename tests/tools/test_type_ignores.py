"""A `# type: ignore` in the package names its error code and says why, on the same line (mypy checks the code
and that the ignore is still needed; this checks the reason)."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "daemon" / "logtriage"
# `# type: ignore[code]` then another comment with some words: `# type: ignore[attr-defined]  # why`
WITH_REASON = re.compile(r"#\s*type:\s*ignore\[[a-z0-9-]+(?:,\s*[a-z0-9-]+)*\]\s+#\s*\S.{3,}")
IGNORE = re.compile(r"#\s*type:\s*ignore")


def ignores_without_reason(root: Path) -> list[str]:
    """`path:line` (from root) of each `# type: ignore` under root, generated v1/ aside, lacking a code or a reason."""
    found = []
    for path in sorted(root.rglob("*.py")):
        if path.parent.name == "v1" and path.name.endswith(("_pb2.py", "_pb2_grpc.py")):
            continue
        for number, line in enumerate(path.read_text().splitlines(), 1):
            if IGNORE.search(line) and not WITH_REASON.search(line):
                found.append(f"{path.relative_to(root)}:{number}")
    return found


def test_every_type_ignore_says_why(tmp_path: Path) -> None:
    bare = tmp_path / "bare.py"
    bare.write_text("x = f()  # type: ignore[no-untyped-call]\ny = g()  # type: ignore\n")
    explained = tmp_path / "explained.py"
    explained.write_text("x = f()  # type: ignore[no-untyped-call]  # f comes from an untyped C extension\n")
    assert ignores_without_reason(tmp_path) == ["bare.py:1", "bare.py:2"]
    assert ignores_without_reason(PACKAGE) == []
