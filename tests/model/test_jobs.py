"""Training's fits in worker processes give what the same fits give one after another, in order."""

from __future__ import annotations

import os

from logtriage.model.jobs import default_jobs, run


def test_forked_workers_return_the_serial_results_in_order() -> None:
    base = [3, 1, 4, 1, 5, 9, 2, 6]  # read by the forked workers from the parent, not sent to them

    def task(i: int) -> tuple[int, int, int]:
        return i, base[i] * base[i], os.getpid()

    serial = run(task, range(len(base)), 1)
    forked = run(task, range(len(base)), 3)
    assert [r[:2] for r in forked] == [r[:2] for r in serial] == [(i, v * v) for i, v in enumerate(base)]
    assert {r[2] for r in serial} == {os.getpid()} and os.getpid() not in {r[2] for r in forked}
    assert 1 <= default_jobs() <= 4
