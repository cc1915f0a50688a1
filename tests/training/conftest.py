"""Put the repository root on sys.path so `import training` finds /work/main/training from any cwd.

This directory is the package `tests.training` (tests/ is a package), so it never shadows `training`.
"""

import sys
from pathlib import Path

_ROOT = str(Path(__file__).resolve().parents[2])
if _ROOT not in sys.path:
    sys.path.insert(0, _ROOT)
