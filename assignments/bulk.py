"""Bulk edit of tasks: what one action would change on each selected task, then all or nothing.

The follow-up office selects tasks on the task list, picks one action, reads a preview (each
task's value before → after) and confirms. ``preview`` computes the rows in Python from tasks
loaded with ``assignments.selectors.for_status`` (constant queries whatever the selection);
``apply`` locks every selected task, checks that none was saved since the preview (the
version each row was shown at) and applies the action to all of them in one transaction, or
to none (``BulkConflict`` lists the tasks edited meanwhile).

"Status" is not an action: a task's status is computed from its deadline and its lead units'
reports (``assignments.status``), never typed. What a ward means by "mark these done" is the
office recording, for each lead unit, a report "Hoàn thành" (100%) for the quarter of the
completion date — the same report the office can already file on a unit's behalf from the task
page — so the status becomes done on time or late by the rule, and the report shows who said so.
Moving deadlines goes through ``assignments.deadlines`` (a revision with a reason per task).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.db import IntegrityError, models, transaction
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from assignments import deadlines
from assignments.authoring import set_roles
from assignments.models import DeadlineRevision, ProgressReport, Task, Unit
from assignments.periods_text import TaskPeriod
from assignments.units import task_unit_roles
from core.concurrency import for_update
from core.review import ReviewState, announce, mark
from plans.locks import PeriodLocked, Record, check_open, locked_records
from plans.periods import PeriodKind, ReportingPeriod

MAX_TASKS = 400  # one bulk edit; a ward's plans hold a few dozen to a few hundred tasks


class Action(models.TextChoices):
    DEADLINE = "deadline", gettext_lazy("Đặt thời hạn mới")
    LEAD = "lead", gettext_lazy("Đổi đơn vị chủ trì")
    ADD_COORDINATORS = "add_coordinators", gettext_lazy("Thêm đơn vị phối hợp")
    REMOVE_COORDINATORS = "remove_coordinators", gettext_lazy("Bỏ đơn vị phối hợp")
    MARK_DONE = "mark_done", gettext_lazy("Ghi nhận hoàn thành (báo cáo của Văn phòng)")


@dataclass
class BulkChange:
    action: str
    period: TaskPeriod | None = None
    reason: str = ""
    lead: Unit | None = None
    units: Sequence[Unit] = ()
    completed_on: dt.date | None = None


@dataclass
class PreviewRow:
    task: Task
    before: str
    after: str
    changes: bool
    note: str = ""


@dataclass
class BulkConflict(Exception):
    """Tasks saved (or removed) since the preview: nothing was applied."""

    tasks: list[Task] = field(default_factory=list)
    missing: int = 0


def _names(units: Iterable[Unit]) -> str:
    return "; ".join(u.display_name for u in units) or "—"


def _target_roles(task: Task, change: BulkChange) -> tuple[list[Unit], list[Unit]]:
    leads, coordinators = list(task.lead_units), list(task.coordinating_units)
    if change.action == Action.LEAD:
        return [change.lead], [u for u in coordinators if u != change.lead]
    if change.action == Action.ADD_COORDINATORS:
        return leads, coordinators + [u for u in change.units if u not in coordinators and u not in leads]
    if change.action == Action.REMOVE_COORDINATORS:
        return leads, [u for u in coordinators if u not in change.units]
    return leads, coordinators


def done_period(change: BulkChange) -> ReportingPeriod:
    return ReportingPeriod.containing(change.completed_on, PeriodKind.QUARTER)


def _lead_reports(task: Task, period: ReportingPeriod) -> dict[int, ProgressReport]:
    """The lead units' reports of ``period`` among the task's (prefetched) reports."""
    key = (period.kind, period.year, period.index)
    return {
        r.unit_id: r
        for r in task.reports.all()
        if (r.period_kind, r.period_year, r.period_index) == key and r.unit_id in {u.pk for u in task.lead_units}
    }


def preview_row(task: Task, change: BulkChange) -> PreviewRow:
    """What ``change`` would do to ``task`` (read from its prefetched roles and reports)."""
    if change.action == Action.DEADLINE:
        old = deadlines.period_of(task)
        new = deadlines.kept_start(old, change.period)
        same = deadlines.same_deadline(old, new) and old.text == new.text
        return PreviewRow(task, deadlines.period_label(old), deadlines.period_label(new), not same)
    if change.action == Action.MARK_DONE:
        leads = task.lead_units
        if not leads:
            return PreviewRow(task, "—", "—", False, _("Nhiệm vụ chưa có đơn vị chủ trì."))
        period = done_period(change)
        reports = _lead_reports(task, period)
        not_reported = _("chưa báo cáo")
        before = "; ".join(
            f"{u.display_name}: {reports[u.pk].get_status_display()} {reports[u.pk].percent}%"
            if u.pk in reports
            else f"{u.display_name}: {not_reported}"
            for u in leads
        )
        after = _("%(units)s: Hoàn thành 100%% (%(period)s, ngày %(day)s)") % {
            "units": _names(leads),
            "period": period.label(),
            "day": change.completed_on.strftime("%d/%m/%Y"),
        }
        done = all(u.pk in reports and reports[u.pk].status == ProgressReport.Status.DONE for u in leads)
        return PreviewRow(task, before, after, not done)
    leads, coordinators = _target_roles(task, change)
    before = _("Chủ trì: %(leads)s · Phối hợp: %(coordinators)s") % {
        "leads": _names(task.lead_units),
        "coordinators": _names(task.coordinating_units),
    }
    after = _("Chủ trì: %(leads)s · Phối hợp: %(coordinators)s") % {
        "leads": _names(leads),
        "coordinators": _names(coordinators),
    }
    wanted = [(u.pk, role) for u, role in task_unit_roles(leads, coordinators)]
    current = [(u.pk, role) for u, role in task_unit_roles(task.lead_units, task.coordinating_units)]
    note = ""
    if change.action == Action.ADD_COORDINATORS and any(u in task.lead_units for u in change.units):
        note = _("Đơn vị đang chủ trì không thêm làm phối hợp.")
    return PreviewRow(task, before, after, wanted != current, note)


def preview(tasks: Iterable[Task], change: BulkChange) -> list[PreviewRow]:
    return [preview_row(task, change) for task in tasks]


def _mark_done(task: Task, change: BulkChange, author) -> None:
    period = done_period(change)
    for unit in task.lead_units:
        report = (
            for_update(ProgressReport.objects)
            .filter(task=task, unit=unit, period_kind=period.kind, period_year=period.year, period_index=period.index)
            .first()
        )
        if report is not None and report.status == ProgressReport.Status.DONE:
            continue
        note = _("Văn phòng ghi nhận hoàn thành ngày %(day)s.") % {"day": change.completed_on.strftime("%d/%m/%Y")}
        if report is None:
            report = ProgressReport(task=task, unit=unit, narrative=note)
            report.period = period
        else:  # the unit's own account of the quarter stays; the office's note follows it
            report.narrative = f"{report.narrative}\n{note}".strip()
        report.status, report.percent, report.completed_on = ProgressReport.Status.DONE, 100, change.completed_on
        report.author = author
        # The office is the approver: what it records as done counts at once (core.review).
        action = mark(report, ReviewState.APPROVED, by=author)
        report.full_clean(validate_unique=False, validate_constraints=False)
        report._history_user = author
        try:
            with transaction.atomic():  # a unit filing the same quarter's report this instant: a conflict
                report.save()
        except IntegrityError as error:
            raise BulkConflict([task]) from error
        announce(report, action, by=author)


def _done_records(change: BulkChange, ward, tasks) -> list[Record]:
    """The reports "mark done" writes: each lead unit's report of the quarter, per task (the
    ward's quarter as such when the tasks are not known yet)."""
    period = done_period(change)
    if tasks is None:
        return [Record(ward.pk, period)]
    return [Record(ward.pk, period, unit_id=u.pk, task_id=t.pk) for t in tasks for u in t.lead_units]


def check(change: BulkChange, ward, today: dt.date, tasks: Iterable[Task] | None = None) -> None:
    """The action's own rules, as a ``ValidationError`` keyed by the form's fields. ``tasks``
    (with their roles prefetched): "mark done" is judged on each report it writes, so a
    reopening for one unit or one task opens the quarter there too (``plans.locks``)."""
    units = [u for u in [change.lead, *change.units] if u is not None]
    if any(u.ward_id != ward.pk for u in units):
        raise ValidationError({"lead": _("Chỉ chọn được đơn vị của phường này.")})
    if change.action == Action.DEADLINE:
        deadlines.validate_period(change.period)
        if not change.reason.strip():
            raise ValidationError({"reason": _("Phải ghi lý do điều chỉnh thời hạn.")})
    if change.action == Action.MARK_DONE and change.completed_on > today:
        raise ValidationError({"completed_on": _("Ngày hoàn thành không được sau hôm nay.")})
    if change.action == Action.MARK_DONE:  # it writes the quarter's reports: not into a closed one
        locked = locked_records(_done_records(change, ward, tasks), today)
        if locked:
            try:
                check_open(next(iter(locked)), today)  # the lock rule's own message
            except PeriodLocked as refused:
                raise ValidationError({"completed_on": refused.messages}) from refused


def apply(*, ward, change: BulkChange, expected: dict[int, int], author=None, today: dt.date) -> list[Task]:
    """Apply ``change`` to the tasks ``expected`` maps (task id → version shown in the preview):
    to every one of them or, when one was saved since (or left the ward), to none."""
    with transaction.atomic():
        locked = {
            t.pk: t
            for t in for_update(Task.objects, of=("self",))
            .filter(pk__in=list(expected), plan_item__plan__ward=ward)
            .prefetch_related("unit_roles__unit", "reports")
        }
        stale = [t for pk, t in locked.items() if t.version != expected[pk]]
        missing = len(set(expected) - set(locked))
        if stale or missing:
            raise BulkConflict(stale, missing)
        check(change, ward, today, tasks=locked.values())  # on the rows as they are now
        revisions = []
        changed = []
        for task in locked.values():
            row = preview_row(task, change)
            if not row.changes:
                continue
            task._history_user = author
            if change.action == Action.DEADLINE:
                revisions.append(
                    deadlines.revise(
                        task, change.period, reason=change.reason, author=author, source=DeadlineRevision.Source.BULK
                    )
                )
                task.save()
            elif change.action == Action.MARK_DONE:
                _mark_done(task, change, author)
                task.save(update_fields=[])  # the task's version moves on: a preview made before is stale
            else:
                leads, coordinators = _target_roles(task, change)
                set_roles(task, leads, coordinators, author=author)
                task.save()
            changed.append(task)
        deadlines.record(revisions)
    return changed
