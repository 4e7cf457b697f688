"""Moving a task's deadline without losing its past: one home for the rule.

A task's period fields (``period_kind``, ``period_text``, ``start_year``, ``end_year``,
``due_date``) always hold the current deadline: that is what ``assignments.status`` reads, so
the status follows a revised deadline with no change there. Each move is kept as a
``DeadlineRevision`` (the period before and after, who, when, why), so the task page shows the
original deadline beside the revised one.

Reports are never touched. Why a deadline moved through Excel used to show "Chưa bắt đầu 0%"
after months of reports: the status rule starts a one-off task's only cycle on 1 January of its
start year (of the due date's year when no start year is set), and counts no report before the
task has begun. Writing "2027" (``start_year = end_year = 2027``) or "30/6/2027" (no start year)
over "2026" moved the start into the future, so every report made in 2026 fell before the task
"began". A revision therefore keeps the task's start (``kept_start``): work that began in 2026
still began in 2026 when its deadline moves to 2027, and its reports keep counting.
"""

from __future__ import annotations

from collections.abc import Iterable

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from assignments.models import DeadlineRevision, Task
from assignments.periods_text import TaskPeriod

PERIOD_FIELDS = ("period_kind", "period_text", "start_year", "end_year", "due_date")
# Kinds with one deadline: their cycle starts at the start year, which a revision must keep.
ONE_OFF_KINDS = {Task.PeriodKind.DATE, Task.PeriodKind.YEAR, Task.PeriodKind.RANGE}


def period_of(task: Task) -> TaskPeriod:
    """The task's current period."""
    return TaskPeriod(task.period_kind, task.period_text, task.start_year, task.end_year, task.due_date)


def _first_year(period: TaskPeriod) -> int | None:
    return period.start_year or (period.due_date.year if period.due_date else None)


def kept_start(old: TaskPeriod, new: TaskPeriod) -> TaskPeriod:
    """``new`` with the task's start kept when ``old`` began earlier (see the module docstring)."""
    if new.kind not in ONE_OFF_KINDS:
        return new
    old_first, new_first = _first_year(old), _first_year(new)
    if old_first is None or (new_first is not None and new_first <= old_first):
        return new
    return TaskPeriod(new.kind, new.text, old_first, new.end_year, new.due_date)


def same_deadline(old: TaskPeriod, new: TaskPeriod) -> bool:
    """Do ``old`` and ``new`` set the same deadline? (The printed text alone may differ.)"""
    new = kept_start(old, new)
    return (old.kind, old.start_year, old.end_year, old.due_date) == (
        new.kind,
        new.start_year,
        new.end_year,
        new.due_date,
    )


def validate_period(period: TaskPeriod) -> None:
    """The model's own rules on a period (``Task.clean`` and its constraint), as a ``ValidationError``."""
    probe = Task(
        period_kind=period.kind,
        period_text=period.text,
        start_year=period.start_year,
        end_year=period.end_year,
        due_date=period.due_date,
    )
    probe.clean()
    if period.start_year and period.end_year and period.start_year > period.end_year:
        raise ValidationError({"end_year": _("Năm bắt đầu phải trước hoặc bằng năm kết thúc.")})


def revision(
    task: Task, new: TaskPeriod, *, reason: str, author=None, source: str = DeadlineRevision.Source.FORM
) -> DeadlineRevision | None:
    """The unsaved ``DeadlineRevision`` moving ``task`` to ``new`` (its start kept), or None when
    the deadline stays the same. ``task`` is not changed."""
    old = period_of(task)
    new = kept_start(old, new)
    if same_deadline(old, new):
        return None
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError({"reason": _("Phải ghi lý do điều chỉnh thời hạn.")}, code="reason_required")
    return DeadlineRevision(
        task=task,
        old_period_kind=old.kind,
        old_period_text=old.text,
        old_start_year=old.start_year,
        old_end_year=old.end_year,
        old_due_date=old.due_date,
        new_period_kind=new.kind,
        new_period_text=new.text,
        new_start_year=new.start_year,
        new_end_year=new.end_year,
        new_due_date=new.due_date,
        reason=reason,
        source=source,
        changed_by=author if author is not None and author.is_authenticated else None,
    )


def revise(task: Task, new: TaskPeriod, *, reason: str, author=None, source: str = DeadlineRevision.Source.FORM):
    """Set ``task``'s period to ``new`` (start kept) and return the unsaved ``DeadlineRevision``,
    or None when the deadline does not change (only the printed text may then change).

    The caller saves the task and the revision in its transaction (``record``).
    """
    row = revision(task, new, reason=reason, author=author, source=source)
    new = kept_start(period_of(task), new)
    task.period_kind, task.period_text = new.kind, new.text
    task.start_year, task.end_year, task.due_date = new.start_year, new.end_year, new.due_date
    return row


def record(revisions: Iterable[DeadlineRevision | None]) -> list[DeadlineRevision]:
    """Save the revisions ``revise`` returned (after their tasks were saved)."""
    rows = [r for r in revisions if r is not None]
    for row in rows:
        row.task_id = row.task.pk
    return DeadlineRevision.objects.bulk_create(rows)


def original_period(task: Task, revisions: list[DeadlineRevision]) -> TaskPeriod | None:
    """The deadline before the first revision, or None when it was never moved."""
    if not revisions:
        return None
    first = revisions[0]
    return TaskPeriod(
        first.old_period_kind, first.old_period_text, first.old_start_year, first.old_end_year, first.old_due_date
    )


def period_label(period: TaskPeriod) -> str:
    """A period as the documents print it: the text when there is one, else "30/06/2027",
    "Năm 2027", "2026-2030", "Hàng năm", "Thường xuyên"."""
    if period.text:
        return period.text
    if period.kind == Task.PeriodKind.DATE and period.due_date:
        return period.due_date.strftime("%d/%m/%Y")
    if period.kind == Task.PeriodKind.YEAR and period.end_year:
        return _("Năm %(year)s") % {"year": period.end_year}
    if period.kind == Task.PeriodKind.RANGE and period.start_year and period.end_year:
        return f"{period.start_year}-{period.end_year}"
    return str(Task.PeriodKind(period.kind).label)
