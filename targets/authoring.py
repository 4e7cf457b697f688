"""Authoring targets: from a sentence to targets, editing one, setting units on many.

The follow-up office types the sentence as printed; ``propose_parts`` asks the one reader of
target sentences (``targets.sentences.parse_target_sentence``) for its structured parts, the
office confirms or corrects them, and ``create_targets`` saves the parts it kept, all sharing
the sentence (one ``position`` on the plan item, ``part`` 0, 1, …).

Every write saves through a version check (``core.concurrency``): an edit or a bulk change
made from a page loaded before someone else's save raises ``EditConflict`` and writes nothing.
Every write goes through ``Target.save`` so that the history records it, with its author.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Max
from django.utils.translation import gettext as _

from assignments.models import Unit
from assignments.periods_text import read_period_text
from assignments.status import final_deadline
from core.concurrency import EditConflict, for_update, locked_for_edit
from plans.models import Plan, PlanItem, Ward
from targets.models import Target, TargetMilestone
from targets.sentences import parse_target_sentence

# The structured parts of a target the office confirms or corrects.
PART_FIELDS = (
    "measure",
    "direction",
    "value",
    "value_max",
    "unit",
    "horizon_year",
    "is_annual",
    "baseline_value",
    "baseline_year",
)
MAX_PARTS = 20


def default_horizon(plan_item: PlanItem | None) -> int | None:
    """The year a sentence without "đến năm …" aims at: the end of the plan's period."""
    return plan_item.plan.period_end.year if plan_item is not None else None


def deadline_of_text(text: str, plan: Plan) -> tuple[str, dt.date | None]:
    """A target's own deadline ("Thời gian hoàn thành") as printed, and the day it falls due, read
    by the one reader of periods (``assignments.periods_text``), due as a task of that period is
    (``assignments.status.final_deadline``): "Tháng 12/2026" 31/12/2026,
    "Quý III/2026" 30/9/2026, "Năm 2026" 31/12/2026. A text that names no single day
    ("Hằng năm", "Khi có yêu cầu") is kept as printed with no day: never a reason to refuse."""
    text = " ".join(str(text or "").split())[:200]
    if not text:
        return "", None
    period, _warning = read_period_text(text, default_years=(plan.period_start.year, plan.period_end.year))
    return text, final_deadline(period.kind, period.start_year, period.end_year, period.due_date)


def propose_parts(statement: str, horizon: int | None) -> list[dict[str, Any]]:
    """The parser's proposal for ``statement``: one dict of ``PART_FIELDS`` per target."""
    proposals = []
    for part in parse_target_sentence(statement, horizon)[:MAX_PARTS]:
        proposals.append(
            {
                "keep": True,
                "measure": part.measure,
                "direction": part.direction,
                "value": part.value,
                "value_max": part.value_max,
                "unit": part.unit,
                "horizon_year": part.horizon_year,
                "is_annual": part.is_annual,
                # Only a starting level ("từ 14,65% lên …") is a baseline value the tracker can
                # draw from; "gấp 3 lần", "tăng 15% so với năm 2020" give the year alone.
                "baseline_value": part.baseline_value if part.baseline_kind == "value" else None,
                "baseline_year": part.baseline_year,
            }
        )
    return proposals


def _check_units(ward: Ward, responsible_unit: Unit | None, coordinating_units: Iterable[Unit]) -> list[Unit]:
    coordinating = list(coordinating_units)
    errors: dict[str, list[str]] = {}
    if responsible_unit is None:
        errors["responsible_unit"] = [_("Chọn đơn vị theo dõi chỉ tiêu.")]
    elif responsible_unit.ward_id != ward.pk:
        errors["responsible_unit"] = [_("Đơn vị này không thuộc phường.")]
    if any(unit.ward_id != ward.pk for unit in coordinating):
        errors["coordinating_units"] = [_("Có đơn vị phối hợp không thuộc phường.")]
    elif responsible_unit is not None and any(unit.pk == responsible_unit.pk for unit in coordinating):
        errors["coordinating_units"] = [_("Đơn vị theo dõi không đồng thời là đơn vị phối hợp.")]
    if errors:
        raise ValidationError(errors)
    return coordinating


def _next_position(plan_item: PlanItem) -> int:
    top = Target.objects.filter(plan_item=plan_item).aggregate(top=Max("position"))["top"]
    return 0 if top is None else top + 1


def _apply(target: Target, part: dict[str, Any]) -> None:
    for name in PART_FIELDS:
        value = part.get(name)
        if isinstance(value, float):
            # A part read back from JSON (the Word-plan reader's proposal) holds 0.3 as a float:
            # its text is the number written, its binary value has 16 digits the field refuses.
            value = Decimal(str(value))
        setattr(target, name, value)
    target.measure = (target.measure or "").strip()
    target.unit = (target.unit or "").strip()
    target.is_annual = bool(target.is_annual)
    if part.get("baseline_kind") not in (None, "", "value"):
        # A parsed comparison ("gấp 3 lần", "tăng 15% so với năm 2020") keeps its year; its number
        # is a multiple or a change, not the level of that year the tracker draws its path from.
        target.baseline_value = None
    if target.direction == Target.Direction.QUALITATIVE:
        # A qualitative target has no number to reach: what was typed there would mislead the charts.
        target.value = target.value_max = target.baseline_value = None
        target.unit = ""


def milestone_errors(
    milestones: dict[int, Decimal], *, plan: Plan, horizon_year: int | None, qualitative: bool = False
) -> list[str]:
    """What is wrong with the yearly milestones ``{year: value}`` the office typed for a target
    of ``plan`` aiming at ``horizon_year``, in Vietnamese (empty: they can be saved).

    A milestone is a year of the plan's period before the horizon year: the horizon year's
    level is the target's own value, and the tracking path leaves out milestones at or after it
    (``targets.tracking.target_path``). A milestone against the target's direction (a falling
    year in a rising target) is allowed: real plans print them."""
    if not milestones:
        return []
    if qualitative:
        return [_("Chỉ tiêu định tính không có mốc lộ trình: xóa các mốc hoặc chọn một chiều có giá trị.")]
    first, last = plan.period_start.year, plan.period_end.year
    errors = []
    for year in sorted(milestones):
        if not first <= year <= last:
            errors.append(
                _("Năm %(year)s nằm ngoài thời kỳ của kế hoạch (%(first)s–%(last)s).")
                % {"year": year, "first": first, "last": last}
            )
        elif horizon_year is not None and year >= horizon_year:
            errors.append(
                _(
                    "Năm %(year)s không trước năm đích %(horizon)s: mức của năm đích là giá trị của chỉ tiêu, "
                    "các mốc là những năm trước đó."
                )
                % {"year": year, "horizon": horizon_year}
            )
    return errors


def set_milestones(targets: Sequence[tuple[Target, dict]], author=None) -> None:
    """Makes each target's yearly milestones those given, ``{year: value}`` (keys and values
    as read back from JSON too: "2026", 0.3): others are removed, changed ones updated, and
    each change is kept in the milestones' history. An empty dict removes them all."""
    wanted = {
        target.pk: {int(year): Decimal(str(value)) for year, value in by_year.items()} for target, by_year in targets
    }
    have = TargetMilestone.objects.filter(target_id__in=wanted)
    for milestone in have:
        value = wanted[milestone.target_id].pop(milestone.year, None)
        if value is None:
            milestone.delete()
        elif milestone.value != value:
            milestone.value = value
            milestone._history_user = author
            milestone.save(update_fields=["value"])
    for target_pk, by_year in wanted.items():
        for year, value in by_year.items():
            milestone = TargetMilestone(target_id=target_pk, year=year, value=value)
            milestone._history_user = author
            milestone.save()


@transaction.atomic
def create_targets(
    *,
    plan_item: PlanItem,
    statement: str,
    parts: Sequence[dict[str, Any]],
    responsible_unit: Unit | None,
    coordinating_units: Iterable[Unit] = (),
    deadline_text: str = "",
    author=None,
) -> list[Target]:
    """Saves the ``parts`` the office kept of ``statement`` as targets of ``plan_item``, each
    with the sentence's deadline as printed (``deadline_of_text``).

    Raises ``ValidationError`` (keyed by field) and writes nothing when a part or a unit is
    not acceptable."""
    statement = (statement or "").strip()
    if not statement:
        raise ValidationError({"statement": [_("Vui lòng nhập câu chỉ tiêu như văn bản.")]})
    if not parts:
        raise ValidationError(_("Chọn ít nhất một chỉ tiêu để lưu."), code="no_part")
    coordinating = _check_units(plan_item.plan.ward, responsible_unit, coordinating_units)
    # Lock the item: two people adding a sentence to it at once get consecutive positions.
    plan_item = for_update(PlanItem.objects).get(pk=plan_item.pk)
    position = _next_position(plan_item)
    deadline_text, deadline = deadline_of_text(deadline_text, plan_item.plan)
    created = []
    for index, part in enumerate(parts):
        target = Target(plan_item=plan_item, statement=statement, position=position, part=index)
        _apply(target, part)
        target.deadline_text, target.deadline = deadline_text, deadline
        target.responsible_unit = responsible_unit
        target.full_clean()
        if author is not None:
            target._history_user = author
        target.save()
        if coordinating:
            target.coordinating_units.set(coordinating)
        created.append(target)
    set_milestones([(t, p["milestones"]) for t, p in zip(created, parts, strict=True) if p.get("milestones")], author)
    return created


def update_target(
    *,
    target: Target,
    expected_version: int | None,
    plan_item: PlanItem,
    statement: str,
    part: dict[str, Any],
    responsible_unit: Unit | None,
    coordinating_units: Iterable[Unit] = (),
    deadline_text: str | None = None,
    author=None,
) -> Target:
    """Saves the office's edit of ``target`` if nobody saved it since ``expected_version``
    (``EditConflict`` otherwise). A target moved to another item goes after that item's targets.
    ``deadline_text`` (None keeps the target's) is saved with the day read from it.

    ``part["milestones"]`` (``{year: value}``), when given, become the target's yearly
    milestones (an empty dict removes them), checked by ``milestone_errors`` and saved under the
    same lock and version as the target: a stale page never overwrites them either."""
    statement = (statement or "").strip()
    if not statement:
        raise ValidationError({"statement": [_("Vui lòng nhập câu chỉ tiêu như văn bản.")]})
    ward = target.plan_item.plan.ward
    if plan_item.plan.ward_id != ward.pk:
        raise ValidationError({"plan_item": [_("Mục này không thuộc phường.")]})
    coordinating = _check_units(ward, responsible_unit, coordinating_units)
    milestones = part.get("milestones")
    if milestones:
        qualitative = part.get("direction") == Target.Direction.QUALITATIVE
        if errors := milestone_errors(
            milestones, plan=plan_item.plan, horizon_year=part.get("horizon_year"), qualitative=qualitative
        ):
            raise ValidationError({"milestones": errors})
    with transaction.atomic():
        current = locked_for_edit(Target.objects.order_by("pk"), expected=expected_version, pk=target.pk)
        if current.plan_item_id != plan_item.pk:
            for_update(PlanItem.objects).get(pk=plan_item.pk)
            current.plan_item = plan_item
            current.position, current.part = _next_position(plan_item), 0
        current.statement = statement
        _apply(current, part)
        if deadline_text is not None:
            current.deadline_text, current.deadline = deadline_of_text(deadline_text, plan_item.plan)
        current.responsible_unit = responsible_unit
        current.full_clean()
        if author is not None:
            current._history_user = author
        current.save()  # always: the version moves even when only the coordinating units change
        if {u.pk for u in coordinating} != set(current.coordinating_units.values_list("pk", flat=True)):
            current.coordinating_units.set(coordinating)
        if milestones is not None:
            set_milestones([(current, milestones)], author)
    return current


# ---- Units of many targets at once -------------------------------------------------------

COORDINATION_KEEP, COORDINATION_ADD, COORDINATION_REPLACE = "keep", "add", "replace"


@dataclass
class UnitChange:
    """What setting the units does to one target (shown in the preview)."""

    target: Target
    version: int
    old_responsible: Unit | None
    new_responsible: Unit | None
    old_coordinating: list[Unit]
    new_coordinating: list[Unit]

    @property
    def changed(self) -> bool:
        return self.old_responsible != self.new_responsible or {u.pk for u in self.old_coordinating} != {
            u.pk for u in self.new_coordinating
        }


def unit_changes(
    targets: Iterable[Target],
    *,
    responsible_unit: Unit | None,
    coordinating_units: Iterable[Unit],
    coordination: str,
) -> list[UnitChange]:
    """The change for each target (their ``coordinating_units`` prefetched: no query here).

    ``responsible_unit`` None keeps each target's own; ``coordination`` keeps, adds to or
    replaces the coordinating units. A unit never both follows and coordinates a target."""
    chosen = list(coordinating_units)
    changes = []
    for target in targets:
        old = sorted(target.coordinating_units.all(), key=lambda u: u.name)
        responsible = responsible_unit or target.responsible_unit
        if coordination == COORDINATION_REPLACE:
            new = list(chosen)
        elif coordination == COORDINATION_ADD:
            new = old + [u for u in chosen if u.pk not in {o.pk for o in old}]
        else:
            new = list(old)
        if responsible is not None:
            new = [u for u in new if u.pk != responsible.pk]
        changes.append(
            UnitChange(
                target, target.version, target.responsible_unit, responsible, old, sorted(new, key=lambda u: u.name)
            )
        )
    return changes


def set_target_units(
    *,
    ward: Ward,
    selection: dict[int, int],
    responsible_unit: Unit | None,
    coordinating_units: Iterable[Unit],
    coordination: str,
    author=None,
) -> int:
    """Sets the units of the targets ``selection`` (pk → version the preview showed) of ``ward``.

    All or nothing: a target saved by someone else since the preview, or gone, raises
    ``EditConflict`` and nothing is written. Returns how many targets changed."""
    chosen = list(coordinating_units)
    if responsible_unit is None and coordination == COORDINATION_KEEP:
        raise ValidationError(_("Chọn đơn vị theo dõi hoặc đơn vị phối hợp cần đặt."), code="nothing")
    if responsible_unit is not None and responsible_unit.ward_id != ward.pk:
        raise ValidationError({"responsible_unit": [_("Đơn vị này không thuộc phường.")]})
    if any(unit.ward_id != ward.pk for unit in chosen):
        raise ValidationError({"coordinating_units": [_("Có đơn vị phối hợp không thuộc phường.")]})
    # A subquery, not a join: FOR UPDATE then locks the targets alone.
    mine = Target.objects.filter(plan_item__in=PlanItem.objects.filter(plan__ward=ward)).order_by("pk")
    changed = 0
    with transaction.atomic():
        rows = []
        for pk in sorted(selection):  # one order for every request: no deadlock between two bulks
            row = locked_for_edit(mine, expected=selection[pk], pk=pk)
            if row is None:  # the form saw it at version 0: it never existed here
                raise EditConflict(None)
            rows.append(row)
        for change in unit_changes(
            rows, responsible_unit=responsible_unit, coordinating_units=chosen, coordination=coordination
        ):
            if not change.changed:
                continue
            target = change.target
            target.responsible_unit = change.new_responsible
            if author is not None:
                target._history_user = author
            target.save(update_fields=["responsible_unit"])
            if {u.pk for u in change.new_coordinating} != {u.pk for u in change.old_coordinating}:
                target.coordinating_units.set(change.new_coordinating)
            changed += 1
    return changed
