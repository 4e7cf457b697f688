"""Creating and editing tasks in the portal: keyword-only services, one transaction each.

The follow-up office writes a task as the plan prints it (number, name, group, period as text)
and picks its units from the ward's own list: one ``TaskUnit`` row per unit with its role, in
the order ``assignments.units.task_unit_roles`` gives. A unit picked both as lead and as
coordinator is refused (the form says so) rather than silently made lead.

Edits are checked against the version the form was loaded at (``core.concurrency``); a moved
deadline goes through ``assignments.deadlines`` (kept as a ``DeadlineRevision``, reports
untouched). Every write is in the history (django-simple-history, with the author).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Max
from django.utils.translation import gettext as _

from assignments import deadlines
from assignments.models import DeadlineRevision, Task, TaskUnit, Unit
from assignments.periods_text import TaskPeriod
from assignments.units import task_unit_roles
from core.concurrency import for_update, locked_for_edit
from plans.models import PlanItem


@dataclass
class TaskFields:
    """What the task form gives the services."""

    plan_item: PlanItem
    number: str
    title: str
    leads: Sequence[Unit]
    coordinators: Sequence[Unit]
    period: TaskPeriod
    expected_result: str = ""
    responsible_person: str = ""
    approver: str = ""
    resources: str = ""


def check_units(ward, leads: Sequence[Unit], coordinators: Sequence[Unit]) -> None:
    """Units of ``ward`` only, at least one lead, none both lead and coordinator."""
    errors: dict[str, list] = {}
    if not leads:
        errors["leads"] = [ValidationError(_("Chọn ít nhất một đơn vị chủ trì."), code="no_lead")]
    if any(unit.ward_id != ward.pk for unit in [*leads, *coordinators]):
        errors.setdefault("leads", []).append(
            ValidationError(_("Chỉ chọn được đơn vị của phường này."), code="other_ward")
        )
    both = [unit for unit in coordinators if unit in leads]
    if both:
        errors["coordinators"] = [
            ValidationError(
                _("Một đơn vị không thể vừa chủ trì vừa phối hợp: %(units)s.")
                % {"units": "; ".join(u.display_name for u in both)},
                code="both_roles",
            )
        ]
    if errors:
        raise ValidationError(errors)


def roles_of(task: Task) -> list[tuple[int, str]]:
    return [(r.unit_id, r.role) for r in sorted(task.unit_roles.all(), key=lambda r: (r.role != "lead", r.position))]


def unit_texts(wanted: Sequence[tuple[Unit, str]]) -> tuple[str, str]:
    """The lead and coordination cells written from the units, for exports and the report."""
    leads = "; ".join(u.name for u, role in wanted if role == TaskUnit.Role.LEAD)
    coordinators = "; ".join(u.name for u, role in wanted if role == TaskUnit.Role.COORDINATOR)
    return leads[:500], coordinators[:500]


def set_roles(task: Task, leads: Sequence[Unit], coordinators: Sequence[Unit], *, author=None) -> bool:
    """Make ``task``'s ``TaskUnit`` rows the given units (changing only what differs, so the
    history shows each unit added, removed or switched); True when anything changed.

    The unit cells' text follows the units, so exports and the periodic report name them.
    """
    wanted = task_unit_roles(leads, coordinators)
    if roles_of(task) == [(unit.pk, role) for unit, role in wanted]:
        return False
    existing = {row.unit_id: row for row in TaskUnit.objects.filter(task=task)}
    keep = {unit.pk for unit, _role in wanted}
    for unit_id, row in existing.items():
        if unit_id not in keep:
            row._history_user = author
            row.delete()
    for position, (unit, role) in enumerate(wanted):
        row = existing.get(unit.pk)
        if row is None:
            row = TaskUnit(task=task, unit=unit, role=role, position=position)
        elif (row.role, row.position) == (role, position):
            continue
        row.role, row.position = role, position
        row._history_user = author
        row.save()
    task.lead_text, task.coordination_text = unit_texts(wanted)
    if hasattr(task, "_prefetched_objects_cache"):
        task._prefetched_objects_cache.pop("unit_roles", None)
    return True


def _next_position(item: PlanItem) -> int:
    # The item's row is locked first, so two tasks created at once in a group never take the same place.
    for_update(PlanItem.objects).filter(pk=item.pk).first()
    last = Task.objects.filter(plan_item=item).aggregate(last=Max("position"))["last"]
    return 0 if last is None else last + 1


def _apply_text(task: Task, fields: TaskFields) -> None:
    task.number = (fields.number or "").strip()
    task.title = (fields.title or "").strip()
    task.expected_result = (fields.expected_result or "").strip()
    task.responsible_person = (fields.responsible_person or "").strip()
    task.approver = (fields.approver or "").strip()
    task.resources = (fields.resources or "").strip()


@transaction.atomic
def create_task(*, fields: TaskFields, author=None) -> Task:
    """A new task at the end of its group, with its units and period."""
    ward = fields.plan_item.plan.ward
    check_units(ward, fields.leads, fields.coordinators)
    deadlines.validate_period(fields.period)
    task = Task(plan_item=fields.plan_item, position=_next_position(fields.plan_item))
    _apply_text(task, fields)
    period = fields.period
    task.period_kind, task.period_text = period.kind, period.text
    task.start_year, task.end_year, task.due_date = period.start_year, period.end_year, period.due_date
    task.lead_text, task.coordination_text = unit_texts(task_unit_roles(fields.leads, fields.coordinators))
    task.full_clean(exclude=["plan_item"])
    task._history_user = author
    task.save()
    set_roles(task, fields.leads, fields.coordinators, author=author)
    return task


@transaction.atomic
def update_task(*, task: Task, version: int | None, fields: TaskFields, reason: str = "", author=None) -> Task:
    """Save the form's ``fields`` on ``task`` if nobody saved it since ``version`` (else
    ``EditConflict``). A changed deadline needs a ``reason`` and is kept as a revision."""
    ward = task.plan_item.plan.ward
    if fields.plan_item.plan.ward_id != ward.pk:
        raise ValidationError({"plan_item": _("Chỉ chọn được nhóm trong kế hoạch của phường này.")})
    check_units(ward, fields.leads, fields.coordinators)
    deadlines.validate_period(fields.period)
    current = locked_for_edit(Task.objects.prefetch_related("unit_roles"), expected=version, pk=task.pk)
    if fields.plan_item.pk != current.plan_item_id:
        current.plan_item = fields.plan_item
        current.position = _next_position(fields.plan_item)
    _apply_text(current, fields)
    revision = deadlines.revise(
        current, fields.period, reason=reason, author=author, source=DeadlineRevision.Source.FORM
    )
    set_roles(current, fields.leads, fields.coordinators, author=author)
    current.full_clean(exclude=["plan_item"])
    current._history_user = author
    current.save()
    deadlines.record([revision])
    return current
