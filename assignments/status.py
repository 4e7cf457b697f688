"""Task status from deadlines and reports, and the roll-up of progress: one home for both.

Nobody types a task's status: it follows from the task's period and the reports of its
lead unit(s) ("the lead unit's report is the task's"; coordinating units report their part,
which shows on the timeline but does not set the status).

Deadlines
    date    the due date;  year  31/12 of that year;  range  31/12 of the end year.
    yearly ("Hàng năm") and ongoing ("Thường xuyên") tasks are due every year, on 31/12,
    from the start year to the end year: each year is a cycle of its own.

Several lead units
    Each lead unit's latest report of the cycle counts. The cycle is done when every lead
    unit's latest report says done (or 100%); it was finished on the latest of their
    completion dates. Its percent is the mean of the lead units' percents, a lead unit
    without a report counting 0. A task with no lead unit at all takes every report as
    the lead's.

Status of one cycle (a non-recurring task is a single cycle), on day ``today``
    done_on_time  the lead reports of the cycle say done, completed by the deadline
                  (the completion date, or else the end of the reported period);
    done_late     done, but after the deadline;
    overdue       the deadline has passed and the cycle is not done — including a finished
                  year of a yearly task with no report at all;
    at_risk       not yet due, and a lead unit's latest report is blocked, or the percent
                  lags the share of the cycle's time already spent by more than AT_RISK_LAG
                  points, or fewer than DUE_SOON_DAYS remain and it is under 100% — also
                  when nothing has been reported yet;
    not_started   not yet due, not at risk, and no lead report (or they say not started);
    in_progress   otherwise (in progress, on time).

Status of a recurring task: overdue if any finished cycle is overdue; otherwise the status of
the current cycle; once the last cycle has ended, done_late if any cycle was done late, else
done_on_time.

On-time figures (``timeliness``): what citizens read on the public pages, four groups of the
statuses above: done on time, done late, overdue, and "in time" — every status that is not done
and has missed no deadline (not started, in progress, at risk).

Roll-up (``rollup``): the progress of a plan item is the mean percent of all tasks beneath
it, each task weighing the same; a task's percent is its current cycle's percent (the mean of
its lead units' latest percents, 100 when done). Items without tasks have no progress (None), not 0.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Protocol

from django.db import models
from django.utils.translation import gettext_lazy as _

from assignments.models import TaskUnit
from plans.periods import ReportingPeriod

AT_RISK_LAG = 25
DUE_SOON_DAYS = 30


class Status(models.TextChoices):
    NOT_STARTED = "not_started", _("Chưa bắt đầu")
    IN_PROGRESS = "in_progress", _("Đang thực hiện, đúng tiến độ")
    AT_RISK = "at_risk", _("Có nguy cơ chậm")
    OVERDUE = "overdue", _("Quá hạn")
    DONE_ON_TIME = "done_on_time", _("Hoàn thành đúng hạn")
    DONE_LATE = "done_late", _("Hoàn thành muộn")


# Worst first: the order used to sort "late ones first" and to pick a headline status.
SEVERITY = [
    Status.OVERDUE,
    Status.AT_RISK,
    Status.NOT_STARTED,
    Status.IN_PROGRESS,
    Status.DONE_LATE,
    Status.DONE_ON_TIME,
]
DONE_STATUSES = {Status.DONE_ON_TIME, Status.DONE_LATE}


class ReportLike(Protocol):
    unit_id: int
    status: str
    percent: int
    completed_on: dt.date | None

    @property
    def period(self) -> ReportingPeriod: ...


@dataclass(frozen=True)
class Cycle:
    start: dt.date
    deadline: dt.date


@dataclass
class TaskStatus:
    status: Status
    percent: int
    deadline: dt.date | None
    overdue_cycles: list[dt.date] = field(default_factory=list)
    latest: ReportLike | None = None

    @property
    def is_late(self) -> bool:
        return self.status in (Status.OVERDUE, Status.DONE_LATE)

    @property
    def severity(self) -> int:
        return SEVERITY.index(self.status)


def cycles_of(task) -> list[Cycle]:
    """The deadlines a task must meet, in order."""
    kind = task.period_kind
    start_year = task.start_year or (task.due_date.year if task.due_date else None)
    end_year = task.end_year or start_year
    if kind == "date" and task.due_date:
        begin = dt.date(start_year, 1, 1) if task.start_year else dt.date(task.due_date.year, 1, 1)
        return [Cycle(begin, task.due_date)]
    if start_year is None:
        return []
    if kind in ("yearly", "ongoing"):
        return [Cycle(dt.date(y, 1, 1), dt.date(y, 12, 31)) for y in range(start_year, end_year + 1)]
    return [Cycle(dt.date(start_year, 1, 1), dt.date(end_year, 12, 31))]


def has_begun(task, today: dt.date) -> bool:
    """Has the task's first cycle started by ``today``? (A task without a period has.)"""
    cycles = cycles_of(task)
    return not cycles or cycles[0].start <= today


def _finished_on(report: ReportLike) -> dt.date:
    return report.completed_on or report.period.end


def _is_done(report: ReportLike | None) -> bool:
    return report is not None and (report.status == "done" or report.percent >= 100)


def _latest(reports: Iterable[ReportLike]) -> ReportLike | None:
    return max(reports, key=lambda r: (r.period.end, r.period.start), default=None)


def _cycle_status(
    cycle: Cycle, reports: Sequence[ReportLike], lead_ids: set[int], today: dt.date
) -> tuple[Status, int, ReportLike | None]:
    """Status, percent and latest lead report of one cycle, from the lead reports in it."""
    by_unit: dict[int | None, list[ReportLike]] = {unit_id: [] for unit_id in lead_ids} if lead_ids else {None: []}
    for report in reports:
        by_unit.setdefault(report.unit_id if lead_ids else None, []).append(report)
    latest_by_unit = {unit_id: _latest(unit_reports) for unit_id, unit_reports in by_unit.items()}
    reported = [r for r in latest_by_unit.values() if r is not None]
    latest = _latest(reported)
    percents = [100 if _is_done(r) else (r.percent if r else 0) for r in latest_by_unit.values()]
    percent = round(sum(percents) / len(percents)) if percents else 0

    if reported and len(reported) == len(latest_by_unit) and all(_is_done(r) for r in reported):
        late = max(_finished_on(r) for r in reported) > cycle.deadline
        return (Status.DONE_LATE if late else Status.DONE_ON_TIME), 100, latest
    if today > cycle.deadline:
        return Status.OVERDUE, percent, latest
    span = max((cycle.deadline - cycle.start).days, 1)
    elapsed = min(max((today - cycle.start).days / span, 0), 1) * 100
    due_soon = (cycle.deadline - today).days < DUE_SOON_DAYS
    blocked = any(r.status == "blocked" for r in reported)
    if blocked or percent + AT_RISK_LAG < elapsed or due_soon:
        return Status.AT_RISK, percent, latest
    if not reported or all(r.status == "not_started" for r in reported):
        return Status.NOT_STARTED, percent, latest
    return Status.IN_PROGRESS, percent, latest


def task_status(task, reports: Iterable[ReportLike], today: dt.date) -> TaskStatus:
    """The status of ``task`` on ``today`` from ``reports`` (all of its reports; any order).

    ``task.unit_roles.all()`` is read (prefetch it: ``Task.objects.with_units()``).
    """
    lead_ids = {role.unit_id for role in task.unit_roles.all() if role.role == TaskUnit.Role.LEAD}
    reports = list(reports)
    lead_reports = [r for r in reports if r.unit_id in lead_ids] if lead_ids else reports
    cycles = cycles_of(task)
    if not cycles:
        latest = _latest(lead_reports)
        status = Status.DONE_ON_TIME if _is_done(latest) else Status.IN_PROGRESS if latest else Status.NOT_STARTED
        return TaskStatus(status, 100 if _is_done(latest) else (latest.percent if latest else 0), None, latest=latest)

    results = []
    for cycle in cycles:
        if cycle.start > today:
            break
        in_cycle = [r for r in lead_reports if cycle.start <= r.period.end and r.period.start <= cycle.deadline]
        if len(cycles) == 1:
            in_cycle = lead_reports  # one cycle: every report counts, even one filed after it
        results.append((cycle, *_cycle_status(cycle, in_cycle, lead_ids, today)))

    if not results:  # not begun yet
        return TaskStatus(Status.NOT_STARTED, 0, cycles[0].deadline)
    overdue = [c.deadline for c, s, _, _ in results if s == Status.OVERDUE]
    cycle, status, percent, latest = results[-1]
    if overdue:
        status = Status.OVERDUE
    elif today > cycles[-1].deadline and len(results) > 1:
        status = Status.DONE_LATE if any(s == Status.DONE_LATE for _, s, _, _ in results) else Status.DONE_ON_TIME
    return TaskStatus(status, percent, cycle.deadline, overdue_cycles=overdue, latest=latest)


class Timeliness(models.TextChoices):
    DONE_ON_TIME = "done_on_time", _("Hoàn thành đúng hạn")
    DONE_LATE = "done_late", _("Hoàn thành muộn")
    IN_TIME = "in_time", _("Đang thực hiện, còn trong hạn")
    OVERDUE = "overdue", _("Quá hạn")


def timeliness(status: Status) -> Timeliness:
    """The on-time group of a status (see the module's docstring)."""
    if status in (Status.DONE_ON_TIME, Status.DONE_LATE, Status.OVERDUE):
        return Timeliness(status.value)
    return Timeliness.IN_TIME


def worst(statuses: Iterable[Status]) -> Status | None:
    ordered = sorted(statuses, key=SEVERITY.index)
    return ordered[0] if ordered else None


def rollup(item_tasks: dict[int, list[int]], children: dict[int | None, list[int]], percents: dict[int, int]):
    """Progress per plan item: the mean percent of every task beneath it (each task weighs the same).

    ``item_tasks`` maps an item id to the ids of its own tasks, ``children`` maps an item id
    (None for the roots) to its child item ids, ``percents`` maps a task id to its percent.
    Returns ``{item_id: (mean_percent or None, task_count)}`` and, under the key None, the plan's.
    """
    result: dict[int | None, tuple[float | None, int]] = {}

    def visit(item_id: int | None) -> tuple[float, int]:
        total = sum(percents.get(t, 0) for t in item_tasks.get(item_id, [])) if item_id is not None else 0
        count = len(item_tasks.get(item_id, [])) if item_id is not None else 0
        for child in children.get(item_id, []):
            child_total, child_count = visit(child)
            total, count = total + child_total, count + child_count
        result[item_id] = ((round(total / count, 1) if count else None), count)
        return total, count

    visit(None)
    return result
