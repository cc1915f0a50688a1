"""The chunk ledger's state file: ids of every kind come back, it stays bounded, a torn line is skipped."""

from __future__ import annotations

from pathlib import Path

from logtriage.bridge.chunk_ledger import ChunkLedger


def test_ids_come_back_after_a_restart_and_the_file_stays_bounded(tmp_path: Path) -> None:
    path = tmp_path / "state" / "delivered.jsonl"
    ledger = ChunkLedger(remember=3, path=path)
    ids: list[object] = [f"c{n}" for n in range(8)] + [b"\x00raw\xff", "bad\udcff utf-8"]
    for chunk_id in ids:
        ledger.finish(chunk_id)
    ledger.close()
    assert len(path.read_text().splitlines()) <= 2 * 3

    with path.open("a", encoding="utf-8") as f:
        f.write('["s", "half a li')  # a crash in the middle of a write
    again = ChunkLedger(remember=3, path=path)
    assert [again.delivered(i) for i in ids] == [False] * 7 + [True] * 3  # the newest three
    again.finish("after")
    again.close()
    assert ChunkLedger(remember=3, path=path).delivered("after")


def test_without_a_path_nothing_is_written(tmp_path: Path) -> None:
    ledger = ChunkLedger(remember=3)
    ledger.finish("x")
    assert ledger.delivered("x") and not any(tmp_path.iterdir())


def test_an_id_written_after_a_torn_line_is_kept(tmp_path: Path) -> None:
    path = tmp_path / "delivered.jsonl"
    path.write_text('["s", "a"]\n["s", "half a li')  # the last write of a crashed bridge
    ledger = ChunkLedger(remember=100, path=path)
    assert ledger.delivered("a")
    ledger.finish("b")
    ledger.close()
    again = ChunkLedger(remember=100, path=path)
    assert again.delivered("a") and again.delivered("b")
