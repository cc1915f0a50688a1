"""Memos stay bounded (the engine's answers, the protobuf conversion, CSV cells, character n-gram columns):
a full memo is emptied before the next entry goes in."""

from __future__ import annotations

from logtriage.bounded_memo import BoundedMemo


def test_a_full_memo_starts_again_with_the_new_entry() -> None:
    memo: BoundedMemo[str, object] = BoundedMemo(3)
    answers = {key: memo.keep(key, object()) for key in "abc"}
    assert len(memo) == 3 and all(memo.get(key) is answer for key, answer in answers.items())  # one object per key
    d = memo.keep("d", object())
    assert dict(memo) == {"d": d}  # emptied, then kept
    for i in range(10_000):
        memo.keep(str(i), i)
        assert len(memo) <= 3
