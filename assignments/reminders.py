"""Who must be reminded of what: the rule behind the follow-up office's "Nhắc việc".

For a ward and a day, a task is to be chased when it has begun, is not done, and either

    its computed status (``assignments.status.task_status``) is overdue or at risk, or
    a lead unit has not yet reported on it for the quarter containing the day
    (the same rule as the official's "my work": a report of that very quarter).

A report counts as made once submitted (``core.review``): a draft or a returned report is not
made yet and is chased; a unit whose report of the quarter is submitted and awaits the office's
approval is not chased at all on that task — the next step is the office's, not the unit's.

Tasks are grouped per lead unit (a task with two lead units appears under both; for "no
report" only under the lead unit that has not reported). Coordinating units are not
reminded: "the lead unit's report is the task's".

Who is notified: the unit's officials (``Profile`` role official of that unit) with an
active account and an email address. Outside units (``Unit.is_external``) and catch-alls
(``Unit.is_collective``) have no accounts: they are listed apart, for the office to chase by
other means; so are ward units without any official to write to, and tasks with no lead unit.

Once a day: an official who already has a ``Reminder`` for that unit and day is not
notified again (``UnitReminder.recipients`` leaves them out), and ``Reminder``'s unique
constraint holds the line if two runs race.

Queries: a constant number whatever the ward's size — the tasks with the prefetch the pages
use (``assignments.selectors.for_status``), the officials, and the reminders of the ward.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from django.db.models import Max

from accounts.models import Profile
from assignments.models import Reminder, Task, Unit
from assignments.selectors import for_status, with_status
from assignments.status import DONE_STATUSES, Status, TaskStatus, has_begun
from core.review import ReviewState
from plans.models import in_force
from plans.periods import ReportingPeriod

CHASED_STATUSES = {Status.OVERDUE, Status.AT_RISK}
MADE_STATES = {ReviewState.SUBMITTED, ReviewState.APPROVED}


class Reason:
    OVERDUE = "overdue"
    AT_RISK = "at_risk"
    NO_REPORT = "no_report"


@dataclass
class TaskToChase:
    task: Task
    status: TaskStatus
    reasons: list[str]

    @property
    def lacks_report(self) -> bool:
        return Reason.NO_REPORT in self.reasons


@dataclass
class UnitReminder:
    unit: Unit
    tasks: list[TaskToChase] = field(default_factory=list)
    officials: list = field(default_factory=list)  # users with an email
    already_reminded: set[int] = field(default_factory=set)  # user ids reminded on the day
    last_reminded: dt.datetime | None = None

    @property
    def recipients(self) -> list:
        """The officials still to notify on the day."""
        return [user for user in self.officials if user.pk not in self.already_reminded]

    @property
    def reminded_today(self) -> bool:
        return bool(self.already_reminded)


@dataclass
class WardReminders:
    ward: object
    day: dt.date
    period: ReportingPeriod
    units: list[UnitReminder]  # ward units with accounts to write to
    unreachable: list[UnitReminder]  # ward units without an official with an email
    outside: list[UnitReminder]  # external and collective units: no accounts
    unassigned: list[TaskToChase]  # tasks without a lead unit

    @property
    def recipient_count(self) -> int:
        return sum(len(u.recipients) for u in self.units)

    @property
    def task_count(self) -> int:
        return len({row.task.pk for u in self.all_units for row in u.tasks} | {r.task.pk for r in self.unassigned})

    @property
    def all_units(self) -> list[UnitReminder]:
        return [*self.units, *self.unreachable, *self.outside]


def _severity_key(row: TaskToChase, day: dt.date):
    return (row.status.severity, row.status.deadline or day, row.task.pk)


def _reasons(status: TaskStatus, reported: bool) -> list[str]:
    reasons = []
    if status.status == Status.OVERDUE:
        reasons.append(Reason.OVERDUE)
    elif status.status == Status.AT_RISK:
        reasons.append(Reason.AT_RISK)
    if not reported:
        reasons.append(Reason.NO_REPORT)
    return reasons


def ward_reminders(*, ward, day: dt.date, tasks: Iterable[Task] | None = None) -> WardReminders:
    """The reminders due for ``ward`` on ``day``.

    ``tasks`` may be the ward's tasks already loaded through ``selectors.for_status`` and
    carrying ``task.computed`` for ``day`` (``selectors.with_status``); they are loaded otherwise.
    """
    if tasks is None:
        tasks = with_status(for_status(Task.objects.for_ward(ward).filter(in_force())), day)
    period = ReportingPeriod.containing(day)

    by_unit: dict[int, UnitReminder] = {}
    unassigned: list[TaskToChase] = []
    for task in tasks:
        status: TaskStatus = task.computed
        if status.status in DONE_STATUSES or not has_begun(task, day):
            continue
        leads = task.lead_units
        this_period = [r for r in task.reports.all() if r.period == period]
        reported_units = {r.unit_id for r in this_period if r.review_state in MADE_STATES}
        awaiting = {r.unit_id for r in this_period if r.review_state == ReviewState.SUBMITTED}
        if not leads:
            reasons = _reasons(status, reported=bool(reported_units))
            if reasons:
                unassigned.append(TaskToChase(task, status, reasons))
            continue
        for unit in leads:
            if unit.pk in awaiting:  # the office's turn: approve or return it
                continue
            reasons = _reasons(status, reported=unit.pk in reported_units)
            if reasons:
                entry = by_unit.setdefault(unit.pk, UnitReminder(unit))
                entry.tasks.append(TaskToChase(task, status, reasons))

    officials: dict[int, list] = defaultdict(list)
    profiles = (
        Profile.objects.filter(role=Profile.Role.OFFICIAL, unit_id__in=list(by_unit), user__is_active=True)
        .exclude(user__email="")
        .select_related("user")
        .order_by("user__username")
    )
    for profile in profiles:
        officials[profile.unit_id].append(profile.user)
    reminded_today: dict[int, set[int]] = defaultdict(set)
    for unit_id, user_id in Reminder.objects.for_ward(ward).on(day).values_list("unit_id", "user_id"):
        reminded_today[unit_id].add(user_id)
    last = last_reminded(ward)

    units, unreachable, outside = [], [], []
    for entry in sorted(by_unit.values(), key=lambda e: (e.unit.name, e.unit.pk)):
        entry.tasks.sort(key=lambda row: _severity_key(row, day))
        entry.last_reminded = last.get(entry.unit.pk)
        if entry.unit.is_external or entry.unit.is_collective:
            outside.append(entry)
            continue
        entry.officials = officials.get(entry.unit.pk, [])
        entry.already_reminded = reminded_today.get(entry.unit.pk, set())
        (units if entry.officials else unreachable).append(entry)
    unassigned.sort(key=lambda row: _severity_key(row, day))
    return WardReminders(ward, day, period, units, unreachable, outside, unassigned)


def last_reminded(ward) -> dict[int, dt.datetime]:
    """When each unit of ``ward`` was last reminded: ``{unit_id: sent_at}`` (one query)."""
    rows = Reminder.objects.for_ward(ward).values("unit_id").annotate(last=Max("sent_at")).order_by()
    return {row["unit_id"]: row["last"] for row in rows}
