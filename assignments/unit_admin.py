"""The follow-up office keeps its ward's units: edit a unit and its spellings, merge two units.

Merging: the same body was entered twice ("Phòng KTHT&ĐT" and "Phòng Kinh tế, Hạ tầng và Đô
thị"). Every reference to the removed unit moves to the kept one, found through
``Unit._meta.related_objects`` so that a foreign key added later by another app moves too:

- a task where both units have a role keeps one row, and the lead role wins;
- many-to-many links (a project's implementing units, a target's coordinating units) move
  through their managers, so their history records the change;
- rows that must be unique per unit (one progress report per task, unit and period) cannot
  both live on the kept unit: the merge is refused and the preview names them, rather than
  dropping what a unit reported; a reminder log row that repeats is dropped (it only says an
  email went out that day);
- the removed unit's name, short name and spellings become spellings of the kept one, so an
  Excel file naming it still matches.

All of it in one transaction, with both units locked at the versions the preview showed.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.db import IntegrityError, models, transaction
from django.utils.translation import gettext as _

from assignments.models import TaskUnit, Unit, UnitAlias
from assignments.unit_names import normalize_unit_name
from core.concurrency import locked_for_edit, save_if_unchanged

# Rows that only log an event: a duplicate after the merge is dropped, not a reason to refuse.
LOG_MODELS = {"assignments.reminder"}


def alias_lines(text: str) -> list[str]:
    """The spellings typed one per line, trimmed, without repeats (compared normalised)."""
    seen: set[str] = set()
    lines = []
    for line in (text or "").splitlines():
        line = line.strip()
        key = normalize_unit_name(line)
        if line and key and key not in seen:
            seen.add(key)
            lines.append(line)
    return lines


def check_spellings(*, ward, unit: Unit | None, names: Iterable[str]) -> None:
    """Refuse a spelling that already names another unit of the ward: the importer could not
    tell the two apart."""
    wanted = {normalize_unit_name(n): n for n in names if n}
    others = Unit.objects.for_ward(ward).exclude(pk=unit.pk if unit else None)
    taken: dict[str, str] = {}
    for other in others.prefetch_related("aliases"):
        for spelling in (other.name, other.short_name, *(a.alias for a in other.aliases.all())):
            if spelling:
                taken.setdefault(normalize_unit_name(spelling), other.name)
    clashes = [f"“{text}” ({taken[key]})" for key, text in wanted.items() if key in taken]
    if clashes:
        raise ValidationError(
            _("Cách viết đã dùng cho đơn vị khác của phường: %(list)s.") % {"list": "; ".join(clashes)},
            code="alias_taken",
        )


def _set_aliases(unit: Unit, aliases: Iterable[str]) -> None:
    wanted = {normalize_unit_name(a): a for a in aliases}
    unit.aliases.exclude(normalized__in=wanted).delete()
    have = set(unit.aliases.values_list("normalized", flat=True))
    for key, text in wanted.items():
        if key not in have:
            UnitAlias.objects.create(unit=unit, alias=text)


def save_unit(*, unit: Unit, aliases: list[str], expected: int | None) -> Unit:
    """Create (``unit.pk`` None) or update ``unit`` and replace its spellings.

    Raises ``EditConflict`` when the unit changed since ``expected``, ``ValidationError`` when a
    spelling names another unit of the ward.
    """
    check_spellings(ward=unit.ward, unit=unit if unit.pk else None, names=[unit.name, *aliases])
    try:
        with transaction.atomic():
            if unit.pk is None:
                unit.save()
            else:
                save_if_unchanged(unit, expected=expected)
            _set_aliases(unit, aliases)
    except IntegrityError as error:  # the same name saved meanwhile by another request
        raise ValidationError({"name": _("Phường đã có đơn vị mang tên này.")}, code="name_taken") from error
    return unit


@dataclass
class MergePlan:
    """What a merge would move, for the preview (and what blocks it)."""

    kept: Unit
    removed: Unit
    moves: list[tuple[str, int]] = field(default_factory=list)  # (what, how many rows)
    shared_tasks: int = 0  # tasks where both units have a role: one row stays
    blockers: list[str] = field(default_factory=list)
    new_aliases: list[str] = field(default_factory=list)

    @property
    def total(self) -> int:
        return sum(count for _label, count in self.moves)


def _unique_sets(model: type[models.Model], field_name: str) -> list[list[str]]:
    """The other fields that, with ``field_name``, must be unique on ``model``."""
    sets = []
    for constraint in model._meta.constraints:
        fields = list(getattr(constraint, "fields", ()) or ())
        if field_name in fields and getattr(constraint, "condition", None) is None:
            sets.append([f for f in fields if f != field_name])
    for together in model._meta.unique_together:
        if field_name in together:
            sets.append([f for f in together if f != field_name])
    if model._meta.get_field(field_name).unique:
        sets.append([])
    return sets


def _foreign_keys():
    """Unit's reverse foreign keys and many-to-many relations, except its own spellings and
    the task roles (both moved by rules of their own)."""
    for rel in Unit._meta.related_objects:
        if rel.related_model in (UnitAlias, TaskUnit):
            continue
        if rel.many_to_many and not rel.through._meta.auto_created:
            continue  # Task.units goes through TaskUnit
        yield rel


def _label(rel) -> str:
    opts = rel.related_model._meta
    return f"{opts.verbose_name_plural} ({rel.field.verbose_name})"


def _clashing(rel, kept: Unit, removed: Unit) -> list[models.Model]:
    """The removed unit's rows that would repeat a kept unit's row under a unique constraint."""
    model, name = rel.related_model, rel.field.name
    clashes = []
    for others in _unique_sets(model, name):
        columns = [model._meta.get_field(f).attname for f in others]
        kept_keys = set(model._default_manager.filter(**{name: kept}).values_list(*columns)) if columns else set()
        if not columns and model._default_manager.filter(**{name: kept}).exists():
            kept_keys = {()}
        for row in model._default_manager.filter(**{name: removed}):
            if tuple(getattr(row, c) for c in columns) in kept_keys:
                clashes.append(row)
    return clashes


def plan_merge(*, kept: Unit, removed: Unit) -> MergePlan:
    """What merging ``removed`` into ``kept`` would do; nothing is written."""
    if kept.pk == removed.pk or kept.ward_id != removed.ward_id:
        raise ValidationError(_("Chọn một đơn vị khác của cùng phường để gộp."), code="same_unit")
    plan = MergePlan(kept=kept, removed=removed)
    removed_roles = TaskUnit.objects.filter(unit=removed)
    shared = removed_roles.filter(task__unit_roles__unit=kept)
    plan.shared_tasks = shared.count()
    plan.moves.append((_("vai trò trong nhiệm vụ"), removed_roles.count()))
    for rel in _foreign_keys():
        count = rel.related_model._default_manager.filter(**{rel.field.name: removed}).count()
        if count:
            plan.moves.append((_label(rel), count))
        if not rel.many_to_many and rel.related_model._meta.label_lower not in LOG_MODELS:
            for row in _clashing(rel, kept, removed):
                plan.blockers.append(f"{rel.related_model._meta.verbose_name}: {row}")
    plan.moves = [(label, count) for label, count in plan.moves if count]
    have = {normalize_unit_name(s) for s in (kept.name, kept.short_name) if s}
    have |= set(kept.aliases.values_list("normalized", flat=True))
    for spelling in (removed.name, removed.short_name, *removed.aliases.values_list("alias", flat=True)):
        key = normalize_unit_name(spelling) if spelling else ""
        if key and key not in have:
            have.add(key)
            plan.new_aliases.append(spelling)
    return plan


def _move_task_roles(kept: Unit, removed: Unit) -> None:
    kept_roles = {r.task_id: r for r in TaskUnit.objects.filter(unit=kept)}
    for role in TaskUnit.objects.filter(unit=removed):
        mine = kept_roles.get(role.task_id)
        if mine is None:
            role.unit = kept
            role.save(update_fields=["unit"])
            continue
        # Both units have a role on this task: one row stays, and leading wins over coordinating.
        if role.role == TaskUnit.Role.LEAD and mine.role != TaskUnit.Role.LEAD:
            mine.role, mine.position = TaskUnit.Role.LEAD, role.position
            role.delete()
            mine.save(update_fields=["role", "position"])
        else:
            role.delete()


def merge_units(*, kept: Unit, removed: Unit, kept_version: int | None, removed_version: int | None) -> MergePlan:
    """Merge ``removed`` into ``kept`` (see the module's docstring) and delete ``removed``.

    Raises ``EditConflict`` when either unit changed since the preview, ``ValidationError``
    when rows would clash (the plan's blockers).
    """
    with transaction.atomic():
        # Both rows locked in the order of their keys: two opposite merges (A into B, B into A)
        # then wait for each other instead of deadlocking.
        expected = {kept.pk: kept_version, removed.pk: removed_version}
        locked = {pk: locked_for_edit(Unit.objects.all(), expected=expected[pk], pk=pk) for pk in sorted(expected)}
        kept, removed = locked[kept.pk], locked[removed.pk]
        plan = plan_merge(kept=kept, removed=removed)
        if plan.blockers:
            raise ValidationError(
                _("Không thể gộp: hai đơn vị cùng có %(list)s. Sửa hoặc xóa một trong hai trước.")
                % {"list": "; ".join(plan.blockers)},
                code="merge_clash",
            )
        _move_task_roles(kept, removed)
        for rel in _foreign_keys():
            model, name = rel.related_model, rel.field.name
            rows = model._default_manager.filter(**{name: removed})
            if rel.many_to_many:
                for obj in rows:
                    manager = getattr(obj, name)
                    manager.remove(removed)
                    manager.add(kept)
                continue
            clashes = {row.pk for row in _clashing(rel, kept, removed)}  # log rows only, by now
            model._default_manager.filter(pk__in=clashes).delete()
            for row in rows.exclude(pk__in=clashes):
                setattr(row, name, kept)
                row.save(update_fields=[name])  # one by one: each row's history records the move
        for spelling in plan.new_aliases:
            UnitAlias.objects.create(unit=kept, alias=spelling)
        removed.aliases.all().delete()
        removed._change_reason = _("Gộp vào %(unit)s") % {"unit": kept.name}
        removed.delete()
        kept._change_reason = _("Gộp %(unit)s vào đơn vị này") % {"unit": removed.name}
        kept.save()
    return plan
