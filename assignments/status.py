"""Task status from deadlines and reports, and the roll-up of progress: one home for both.

Nobody types a task's status: it follows from the task's period (its current deadline: a
revised deadline is written on the task, the original stays in the revision's history) and
the reports of its lead unit(s) ("the lead unit's report is the task's"; coordinating units
report their part, which shows on the timeline but does not set the status). The thresholds
come from the ward's settings (``plans.models.WardSettings``, read as ``Rules``); the
defaults are in docs/RULES.md. The help page (``status_help``) says the same in Vietnamese.

Cycles
    date    one cycle, due on the due date;  year  due 31/12 of that year;
    range   one cycle, due 31/12 of the end year;
    yearly ("Hàng năm") and ongoing ("Thường xuyên") tasks are recurring: one cycle per
    year, 01/01–31/12, from the start year to the end year. A report belongs to the cycle
    its reporting period falls in (a Q4 report filed in January counts for the year before).

Several lead units
    Each lead unit's latest report of the cycle counts. The cycle is done when every lead
    unit's latest report says done (or 100%); it was finished on the latest of their
    completion dates (or the end of the reported period). Its percent is the mean of the
    lead units' percents, a lead unit without a report counting 0. A task with no lead
    unit at all takes every report as the lead's.

Status of one cycle, on day ``today`` — the VN 2×2 first, every count rests on it:
    done_on_time  done, finished by the deadline;
    done_late     done, finished after the deadline;
    overdue       the deadline has passed and the cycle is not done (with or without reports);
    in time       not yet due and not done, one of:
      at_risk       a lead unit reports "blocked"; or the percent lags the time: percent +
                    ``at_risk_lag`` < the share of the cycle gone by at the start of this
                    month (reports describe whole months, so the month under way is not
                    asked for yet); or fewer than ``due_soon_days`` days are left and no
                    lead unit has reported on the cycle at all. Being close to the deadline
                    alone is not a risk: 68% with 20 days left of a year is on pace;
      not_started   no lead report in the cycle (or they say not started);
      in_progress   otherwise.

Status of a task
    A one-cycle task has the status of its cycle. A recurring task has the status of its
    current cycle — the one containing today, or the last one once the plan is over — and
    a tally of its finished cycles (done on time, done late, missed): a missed year stays
    in the tally, and does not make the task overdue in the years after. Before the first
    cycle a task is not started. A task without a period follows its latest report.

Progress of a task (``percent``, ``has_data``)
    From reports only: the current cycle's percent (100 when done) if a lead unit reported
    on it; else, for a recurring task, the result of the last finished cycle that has data
    (so January does not reset a yearly task to 0%: the year before stands, and the new
    cycle shows as not yet due); else no data (``has_data`` is False, ``percent`` 0). A task
    with no data is not 0%: it is counted apart as "chưa có số liệu".

Which reports count (``include_submitted``)
    Only approved reports count (``core.review``: the follow-up office approves what units
    submit); a page may ask to count submitted ones too (``include_submitted=True``, the
    "?so_lieu=gom_cho_duyet" switch). Drafts and returned reports never count. The choice is
    made here, once, for every caller: ``task_status`` leaves out the reports that do not count.

On-time figures (``timeliness``): the 2×2 groups of the statuses above: done on time, done late,
overdue, and "in time" (not started, in progress, at risk).

Roll-up (``rollup``): task → group → programme/scheme/key task → plan. Each level's progress is
the weighted mean of its children that have data — its own tasks (weight ``Task.weight``) and
its child items (weight ``PlanItem.weight``, with their own rolled-up progress); default
weights are 1. Children without data are left out of the mean and counted: every level also
says how many tasks are beneath it and how many of them have no data. A level with no data
beneath it has no progress (None), not 0.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Protocol

from django.db import models
from django.utils.translation import gettext_lazy as _

from assignments.models import TaskUnit
from core.review import counted
from plans.periods import ReportingPeriod

# The defaults of WardSettings (docs/RULES.md): used when a ward has no settings row yet.
AT_RISK_LAG = 25
DUE_SOON_DAYS = 30
RECURRING_KINDS = frozenset({"yearly", "ongoing"})


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


@dataclass(frozen=True)
class Rules:
    """The ward's thresholds the status rule reads (from ``WardSettings``)."""

    due_soon_days: int = DUE_SOON_DAYS
    at_risk_lag: int = AT_RISK_LAG

    @classmethod
    def of(cls, settings) -> Rules:
        return cls(due_soon_days=settings.due_soon_days, at_risk_lag=settings.at_risk_lag)


DEFAULT_RULES = Rules()


def rules_by_ward(ward_ids: Iterable[int]) -> dict[int, Rules]:
    """Every ward's ``Rules`` in one query; wards without a settings row get the defaults."""
    from plans.models import WardSettings

    ward_ids = set(ward_ids)
    rules = {pk: DEFAULT_RULES for pk in ward_ids}
    if ward_ids:
        for settings in WardSettings.objects.filter(ward_id__in=ward_ids):
            rules[settings.ward_id] = Rules.of(settings)
    return rules


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
class CycleResult:
    """The status of one cycle (a year of a recurring task, or a one-cycle task's only one)."""

    cycle: Cycle
    status: Status
    percent: int
    has_data: bool
    latest: ReportLike | None = None

    @property
    def finished(self) -> bool:
        """Settled: done, or its deadline has passed."""
        return self.status in DONE_STATUSES or self.status == Status.OVERDUE


@dataclass
class TaskStatus:
    status: Status
    percent: int
    deadline: dt.date | None
    # The deadline the task is overdue for: [the current cycle's deadline] when overdue, else [].
    overdue_cycles: list[dt.date] = field(default_factory=list)
    latest: ReportLike | None = None
    has_data: bool = False
    cycles: list[CycleResult] = field(default_factory=list)
    recurring: bool = False
    # The cycle the percent comes from when it is not the current one (a finished year).
    percent_cycle: Cycle | None = None

    @property
    def is_late(self) -> bool:
        return self.status in (Status.OVERDUE, Status.DONE_LATE)

    @property
    def severity(self) -> int:
        return SEVERITY.index(self.status)

    @property
    def finished_cycles(self) -> list[CycleResult]:
        return [c for c in self.cycles if c.finished and c is not self.current]

    @property
    def current(self) -> CycleResult | None:
        return self.cycles[-1] if self.cycles else None

    @property
    def tally(self) -> dict[str, int]:
        """Of a recurring task's settled cycles: how many were done on time, late, or missed."""
        settled = [c for c in self.cycles if c.finished]
        return {
            "done_on_time": sum(c.status == Status.DONE_ON_TIME for c in settled),
            "done_late": sum(c.status == Status.DONE_LATE for c in settled),
            "missed": sum(c.status == Status.OVERDUE for c in settled),
            "total": len(settled),
        }


def cycles_of(task) -> list[Cycle]:
    """The deadlines a task must meet, in order."""
    return list(_cycles(task.period_kind, task.start_year, task.end_year, task.due_date))


@lru_cache(maxsize=4096)
def _cycles(kind: str, start_year: int | None, end_year: int | None, due_date: dt.date | None) -> tuple[Cycle, ...]:
    # Remembered per period: a city's thousands of tasks have a few dozen periods between them.
    start_year = start_year or (due_date.year if due_date else None)
    end_year = end_year or start_year
    if kind == "date" and due_date:
        begin = dt.date(start_year, 1, 1)
        return (Cycle(min(begin, due_date), due_date),)
    if start_year is None:
        return ()
    if kind in RECURRING_KINDS:
        return tuple(Cycle(dt.date(y, 1, 1), dt.date(y, 12, 31)) for y in range(start_year, end_year + 1))
    return (Cycle(dt.date(start_year, 1, 1), dt.date(end_year, 12, 31)),)


def final_deadline(kind: str, start_year: int | None, end_year: int | None, due_date: dt.date | None) -> dt.date | None:
    """The one day a period's work falls due, as its last cycle ends: the date ("Quý III/2026":
    30/9/2026), else 31/12 of the last year ("Năm 2026", "2026-2030"); None for a recurring period
    (a deadline every year) or one that names no time."""
    if kind in RECURRING_KINDS:
        return None
    cycles = _cycles(kind, start_year, end_year, due_date)
    return cycles[-1].deadline if cycles else None


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


def elapsed_share(cycle: Cycle, today: dt.date) -> float:
    """The share of ``cycle`` (0–100) gone by at the start of today's month (see the docstring)."""
    checkpoint = today.replace(day=1)
    span = max((cycle.deadline - cycle.start).days, 1)
    return min(max((checkpoint - cycle.start).days / span, 0), 1) * 100


def cycle_status(
    cycle: Cycle, reports: Sequence[ReportLike], lead_ids: set[int], today: dt.date, rules: Rules = DEFAULT_RULES
) -> CycleResult:
    """The status of one cycle from the lead reports in it."""
    by_unit: dict[int | None, list[ReportLike]] = {unit_id: [] for unit_id in lead_ids} if lead_ids else {None: []}
    for report in reports:
        by_unit.setdefault(report.unit_id if lead_ids else None, []).append(report)
    latest_by_unit = {unit_id: _latest(unit_reports) for unit_id, unit_reports in by_unit.items()}
    reported = [r for r in latest_by_unit.values() if r is not None]
    latest = _latest(reported)
    percents = [100 if _is_done(r) else (r.percent if r else 0) for r in latest_by_unit.values()]
    percent = round(sum(percents) / len(percents)) if percents else 0
    has_data = bool(reported)

    if reported and len(reported) == len(latest_by_unit) and all(_is_done(r) for r in reported):
        late = max(_finished_on(r) for r in reported) > cycle.deadline
        return CycleResult(cycle, Status.DONE_LATE if late else Status.DONE_ON_TIME, 100, True, latest)
    if today > cycle.deadline:
        return CycleResult(cycle, Status.OVERDUE, percent, has_data, latest)
    blocked = any(r.status == "blocked" for r in reported)
    behind = percent + rules.at_risk_lag < elapsed_share(cycle, today)
    silent_near_deadline = not reported and (cycle.deadline - today).days < rules.due_soon_days
    if blocked or behind or silent_near_deadline:
        return CycleResult(cycle, Status.AT_RISK, percent, has_data, latest)
    if not reported or all(r.status == "not_started" for r in reported):
        return CycleResult(cycle, Status.NOT_STARTED, percent, has_data, latest)
    return CycleResult(cycle, Status.IN_PROGRESS, percent, has_data, latest)


def task_status(
    task,
    reports: Iterable[ReportLike],
    today: dt.date,
    rules: Rules = DEFAULT_RULES,
    *,
    cycle_on: dt.date | None = None,
    include_submitted: bool = False,
) -> TaskStatus:
    """The status of ``task`` on ``today`` from ``reports`` (all of its reports; any order).

    Of ``reports`` only those that count are read: approved ones, and submitted ones too with
    ``include_submitted`` (see the module's docstring).

    ``task.unit_roles.all()`` is read (prefetch it: ``Task.objects.with_units()``).
    ``cycle_on``: judge the cycle containing that day rather than today's (a report about a past
    period, e.g. the year 2026 written on 20/01/2027, tells how 2026 ended).
    """
    lead_ids = {role.unit_id for role in task.unit_roles.all() if role.role == TaskUnit.Role.LEAD}
    reports = counted(reports, include_submitted)
    lead_reports = [r for r in reports if r.unit_id in lead_ids] if lead_ids else reports
    cycles = cycles_of(task)
    recurring = task.period_kind in RECURRING_KINDS
    if not cycles:
        latest = _latest(lead_reports)
        done = _is_done(latest)
        status = Status.DONE_ON_TIME if done else Status.IN_PROGRESS if latest else Status.NOT_STARTED
        percent = 100 if done else (latest.percent if latest else 0)
        return TaskStatus(status, percent, None, latest=latest, has_data=latest is not None)

    results: list[CycleResult] = []
    for cycle in cycles:
        if cycle.start > min(today, cycle_on or today):
            break
        if len(cycles) == 1:
            in_cycle = lead_reports  # one cycle: every report counts, even one filed after it
        else:
            in_cycle = [r for r in lead_reports if cycle.start <= r.period.end and r.period.start <= cycle.deadline]
        results.append(cycle_status(cycle, in_cycle, lead_ids, today, rules))

    if not results:  # not begun yet
        return TaskStatus(Status.NOT_STARTED, 0, cycles[0].deadline, recurring=recurring)
    current = results[-1]
    percent, has_data, percent_cycle = current.percent, current.has_data, None
    if not has_data:
        earlier = next((r for r in reversed(results[:-1]) if r.has_data), None)
        if earlier is not None:
            percent, has_data, percent_cycle = earlier.percent, True, earlier.cycle
    return TaskStatus(
        current.status,
        percent if has_data else 0,
        current.cycle.deadline,
        overdue_cycles=[current.cycle.deadline] if current.status == Status.OVERDUE else [],
        latest=current.latest,
        has_data=has_data,
        cycles=results,
        recurring=recurring,
        percent_cycle=percent_cycle,
    )


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


class Progress(tuple):
    """One level's roll-up. Unpacks as ``(percent, count)``; also ``with_data``, ``no_data``."""

    percent: float | None
    count: int
    with_data: int

    def __new__(cls, percent: float | None, count: int, with_data: int):
        obj = super().__new__(cls, (percent, count))
        obj.percent, obj.count, obj.with_data = percent, count, with_data
        return obj

    def __getnewargs__(self):  # pickling (the generation cache stores roll-ups)
        return (self.percent, self.count, self.with_data)

    @property
    def no_data(self) -> int:
        return self.count - self.with_data

    @property
    def no_data_share(self) -> float | None:
        return round(self.no_data * 100 / self.count, 1) if self.count else None


def rollup(
    item_tasks: dict[int, list[int]],
    children: dict[int | None, list[int]],
    percents: dict[int, int | None],
    task_weights: dict[int, float] | None = None,
    item_weights: dict[int, float] | None = None,
) -> dict[int | None, Progress]:
    """Progress per plan item (see the module's docstring), and the plan's under the key None.

    ``item_tasks`` maps an item id to the ids of its own tasks, ``children`` maps an item id
    (None for the roots) to its child item ids, ``percents`` maps a task id to its percent,
    None (or absent) for a task without data; weights default to 1.
    """
    task_weights = task_weights or {}
    item_weights = item_weights or {}
    result: dict[int | None, Progress] = {}

    def visit(item_id: int | None) -> Progress:
        parts: list[tuple[float, float]] = []  # (weight, percent) of the children with data
        count = with_data = 0
        for task_id in item_tasks.get(item_id, []) if item_id is not None else []:
            count += 1
            if percents.get(task_id) is not None:
                with_data += 1
                parts.append((task_weights.get(task_id, 1), percents[task_id]))
        for child in children.get(item_id, []):
            sub = visit(child)
            count, with_data = count + sub.count, with_data + sub.with_data
            if sub.percent is not None:
                parts.append((item_weights.get(child, 1), sub.percent))
        total_weight = sum(w for w, _p in parts)
        percent = round(sum(w * p for w, p in parts) / total_weight, 1) if total_weight else None
        result[item_id] = Progress(percent, count, with_data)
        return result[item_id]

    visit(None)
    return result


def percent_or_none(computed: TaskStatus) -> int | None:
    """A task's percent for the roll-up: None when it has no data."""
    return computed.percent if computed.has_data else None
