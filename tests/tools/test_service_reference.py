"""docs/reference.md: its generated tables match the settings and flags the daemon really has."""

from __future__ import annotations

from logtriage import config
from tools import reference


def test_committed_reference_is_current() -> None:
    committed = reference.REFERENCE.read_text(encoding="utf-8")
    assert reference.render(committed) == committed, "docs/reference.md is stale: python -m tools.reference --write"


def test_every_setting_and_flag_is_in_the_reference() -> None:
    text = reference.REFERENCE.read_text(encoding="utf-8")
    for setting in config.SETTINGS:
        assert f"| `{setting.key}` |" in text
        assert f"| `{setting.env}` |" in text
        assert f"`{setting.flag}`" in text
    for other in ("`--config`", "`LOGTRIAGE_CONFIG`", "`NOTIFY_SOCKET`", "`WATCHDOG_USEC`", "`GEMINI_API_KEY`"):
        assert other in text


def test_check_mode_reports_a_stale_file(tmp_path) -> None:
    stale = tmp_path / "reference.md"
    stale.write_text("<!-- generated: settings -->\n| old |\n<!-- end generated: settings -->\n")
    assert reference.main(["--path", str(stale), "--check"]) == 1
    assert reference.main(["--path", str(stale), "--write"]) == 0
    assert "`server.listen`" in stale.read_text()
    assert reference.main(["--path", str(stale), "--check"]) == 0


def test_every_bridge_option_is_in_the_reference() -> None:
    from logtriage.bridge.settings import BRIDGE_SETTINGS

    text = reference.REFERENCE.read_text(encoding="utf-8")
    for setting in BRIDGE_SETTINGS:
        assert f"| `{setting.flag}` | `{setting.name}` | `{setting.env}` |" in text
