"""The bundled rules and default model: inside the installed package (the wheel maps them in as
logtriage/data/), else in the source checkout this package runs from (rules/, models/default/)."""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

CHECKOUT = Path(__file__).resolve().parents[2]  # the repo's top, when run from a checkout


def bundled_path(name: str) -> Path:
    """`rules` or `models/default`: the copy shipped in the wheel when there is one, else the checkout's."""
    installed = Path(str(files("logtriage"))) / "data" / name
    return installed if installed.is_dir() else CHECKOUT / name


def checkout_root() -> Path | None:
    """The source checkout this package runs from, or None when it runs installed from a wheel."""
    return (
        CHECKOUT if (CHECKOUT / "pyproject.toml").is_file() and (CHECKOUT / "daemon" / "logtriage").is_dir() else None
    )
