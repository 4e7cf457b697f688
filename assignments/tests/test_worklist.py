"""The chase list: late tasks first, every status counted."""

import datetime as dt
from types import SimpleNamespace

from assignments.status import Status, TaskStatus
from assignments.worklist import chase_list

TODAY = dt.date(2026, 11, 27)


def task(pk, status, deadline):
    return SimpleNamespace(pk=pk, computed=TaskStatus(status, 0, deadline))


def test_it_lists_overdue_before_at_risk_then_by_deadline_and_counts_every_status():
    tasks = [
        task(1, Status.AT_RISK, dt.date(2026, 12, 31)),
        task(2, Status.IN_PROGRESS, dt.date(2030, 12, 31)),
        task(3, Status.OVERDUE, dt.date(2026, 6, 30)),
        task(4, Status.AT_RISK, dt.date(2026, 12, 1)),
        task(5, Status.DONE_ON_TIME, dt.date(2026, 3, 31)),
    ]
    chase = chase_list(tasks, TODAY)
    assert [row.task.pk for row in chase.late] == [3, 4, 1]
    counts = dict(chase.counts)
    assert counts[Status.AT_RISK] == 2 and counts[Status.OVERDUE] == 1 and counts[Status.DONE_LATE] == 0
    assert sum(counts.values()) == len(tasks)
