"""What an official must report this period, and what the follow-up office must chase.

Both lists sort the same way, late ones first: by status severity, then deadline.
Tasks come with their status computed once (``assignments.selectors.with_status``).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from assignments.models import ProgressReport, Task, TaskUnit
from assignments.status import DONE_STATUSES, Status, TaskStatus, has_begun
from plans.periods import ReportingPeriod


@dataclass
class WorkRow:
    task: Task
    status: TaskStatus
    role: TaskUnit | None = None
    own_report: ProgressReport | None = None


def _late_first(rows: list[WorkRow], today: dt.date) -> list[WorkRow]:
    return sorted(rows, key=lambda row: (row.status.severity, row.status.deadline or today, row.task.pk))


@dataclass
class OfficialWorklist:
    to_report: list[WorkRow] = field(default_factory=list)
    reported: list[WorkRow] = field(default_factory=list)
    done_count: int = 0


def official_worklist(tasks: Iterable[Task], unit, period: ReportingPeriod, today: dt.date) -> OfficialWorklist:
    """The unit's begun tasks: those still to report for ``period``, those reported, and how
    many are done (nothing left to report)."""
    result = OfficialWorklist()
    for task in tasks:
        if not has_begun(task, today):
            continue
        own_role = next(r for r in task.unit_roles.all() if r.unit_id == unit.pk)
        own_now = next((r for r in task.reports.all() if r.unit_id == unit.pk and r.period == period), None)
        row = WorkRow(task, task.computed, own_role, own_now)
        if own_now is not None:
            result.reported.append(row)
        elif task.computed.status in DONE_STATUSES:
            result.done_count += 1
        else:
            result.to_report.append(row)
    result.to_report = _late_first(result.to_report, today)
    result.reported = _late_first(result.reported, today)
    return result


@dataclass
class ChaseList:
    late: list[WorkRow]
    counts: list[tuple[Status, int]]


def chase_list(tasks: Iterable[Task], today: dt.date) -> ChaseList:
    """The ward's overdue and at-risk tasks, and how many tasks are in each status."""
    counts = Counter({s: 0 for s in Status})
    late = []
    for task in tasks:
        counts[task.computed.status] += 1
        if task.computed.status in (Status.OVERDUE, Status.AT_RISK):
            late.append(WorkRow(task, task.computed))
    return ChaseList(_late_first(late, today), [(Status(s), n) for s, n in counts.items()])
