"""Authoring projects: create and edit a project with its funding, units and capital per year.

One call saves the project and its capital rows together, all or nothing, each at the
version its form was loaded (``core.concurrency``):

* the project's own fields are written (and their version checked) only when they differ
  from the row as it is now, so two people each adding a different year do not refuse
  each other;
* each capital row carries its own version: a row changed or removed by someone else since
  the page was loaded raises ``CapitalConflict`` (which row, and its current values); a new
  year that someone else has just added is a conflict too, never a server error.

Funding sources are shared by every ward (``FundingSource``); a name the office types that
does not exist yet is created.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import Max
from django.utils.translation import gettext as _

from assignments.models import Unit
from core.concurrency import EditConflict, for_update, locked_for_edit
from core.review import ReviewState
from plans.models import PlanItem, Ward
from projects.models import CapitalYear, FundingSource, Project

# The project's own fields a form writes (the many-to-many ones are handled apart).
PROJECT_FIELDS = (
    "level",
    "plan_item",
    "field",
    "number",
    "name",
    "location_scale",
    "funding_text",
    "lead_unit",
    "total_investment",
    "phase",
    "site_clearance",
    "start_year",
    "end_year",
)


@dataclass(frozen=True)
class CapitalRow:
    """One line of the capital formset: an existing row (``pk``, ``version``) or a new one."""

    pk: int | None
    version: int | None
    year: int
    planned: Decimal
    disbursed: Decimal
    delete: bool = False


class CapitalConflict(EditConflict):
    """A capital row changed since the page was loaded; ``index`` is its line in the formset."""

    def __init__(self, current: CapitalYear | None, index: int):
        super().__init__(current)
        self.index = index


def split_source_names(text: str) -> list[str]:
    """New funding source names typed one a line or separated by ";"."""
    names = []
    for raw in (text or "").replace(";", "\n").splitlines():
        name = " ".join(raw.split()).strip(" ,.")
        if name and name.casefold() not in {n.casefold() for n in names}:
            names.append(name[:200])
    return names


def _sources(chosen: Iterable[FundingSource], new_names: Sequence[str]) -> list[FundingSource]:
    sources = list(chosen)
    known = {s.name.casefold() for s in sources}
    for name in new_names:
        if name.casefold() in known:
            continue
        existing = FundingSource.objects.filter(name__iexact=name).first()
        if existing is None:
            try:
                with transaction.atomic():
                    existing = FundingSource.objects.create(name=name)
            except IntegrityError:  # typed by someone else at the same instant
                existing = FundingSource.objects.get(name=name)
        sources.append(existing)
        known.add(name.casefold())
    return sources


def _check(ward: Ward, values: dict[str, Any], implementing: list[Unit], rows: Sequence[CapitalRow]) -> None:
    errors: dict[str, list[str]] = {}
    item: PlanItem | None = values.get("plan_item")
    if item is not None and item.plan.ward_id != ward.pk:
        errors["plan_item"] = [_("Mục này không thuộc phường.")]
    lead: Unit | None = values.get("lead_unit")
    if lead is not None and lead.ward_id != ward.pk:
        errors["lead_unit"] = [_("Đơn vị này không thuộc phường.")]
    if any(unit.ward_id != ward.pk for unit in implementing):
        errors["implementing_units"] = [_("Có đơn vị thực hiện không thuộc phường.")]
    years = [row.year for row in rows if not row.delete]
    if len(years) != len(set(years)):
        errors["capital"] = [_("Mỗi năm chỉ có một dòng kế hoạch vốn.")]
    if errors:
        raise ValidationError(errors)


def _differs(project: Project, values: dict[str, Any], sources: list, implementing: list) -> bool:
    if any(getattr(project, name) != values.get(name) for name in PROJECT_FIELDS):
        return True
    if {s.pk for s in sources} != set(project.funding_sources.values_list("pk", flat=True)):
        return True
    return {u.pk for u in implementing} != set(project.implementing_units.values_list("pk", flat=True))


def _save_capital(project: Project, rows: Sequence[CapitalRow], author) -> None:
    mine = CapitalYear.objects.filter(project=project).order_by("pk")
    # Removed rows first, then changed ones, then new ones: a year freed in the same save can be reused.
    ordered = sorted(enumerate(rows), key=lambda pair: (not pair[1].delete, pair[1].pk is None))
    for index, row in ordered:
        if row.pk is None:
            if row.delete:
                continue
            existing = mine.filter(year=row.year).first()
            if existing is not None:  # added by someone else since the page was loaded
                raise CapitalConflict(existing, index)
            # The office writes the project: its figures are approved as entered (core.review).
            capital = CapitalYear(
                project=project,
                year=row.year,
                planned=row.planned,
                disbursed=row.disbursed,
                review_state=ReviewState.APPROVED,
            )
            capital.full_clean()
            if author is not None:
                capital._history_user = author
            try:
                with transaction.atomic():
                    capital.save()
            except IntegrityError as error:  # the same year added by someone else at the same instant
                raise CapitalConflict(None, index) from error
            continue
        try:
            capital = locked_for_edit(mine, expected=row.version, pk=row.pk)
        except EditConflict as conflict:
            raise CapitalConflict(conflict.current, index) from conflict
        if capital is None:
            raise CapitalConflict(None, index)
        if author is not None:
            capital._history_user = author
        if row.delete:
            capital.delete()
            continue
        if (capital.year, capital.planned, capital.disbursed) == (row.year, row.planned, row.disbursed):
            continue
        capital.year, capital.planned, capital.disbursed = row.year, row.planned, row.disbursed
        capital.review_state = ReviewState.APPROVED  # the office's own figures
        capital.full_clean()
        capital.save()


def save_project(
    *,
    ward: Ward,
    project: Project | None,
    expected_version: int | None,
    values: dict[str, Any],
    funding_sources: Iterable[FundingSource] = (),
    new_funding_names: Sequence[str] = (),
    implementing_units: Iterable[Unit] = (),
    capital: Sequence[CapitalRow] = (),
    author=None,
) -> Project:
    """Creates (``project`` None) or updates a project of ``ward`` with its capital rows.

    ``values`` holds ``PROJECT_FIELDS``. Raises ``ValidationError`` (keyed by field, or
    ``capital``) or ``EditConflict`` / ``CapitalConflict``, and then writes nothing."""
    values = {name: values.get(name) for name in PROJECT_FIELDS}
    for name in ("field", "number", "location_scale", "funding_text", "site_clearance"):
        values[name] = (values[name] or "").strip()
    values["name"] = " ".join((values["name"] or "").split())
    if not values["name"]:
        raise ValidationError({"name": [_("Vui lòng nhập tên dự án.")]})
    implementing = list(implementing_units)
    _check(ward, values, implementing, capital)
    with transaction.atomic():
        sources = _sources(funding_sources, new_funding_names)
        if project is None:
            current = Project(ward=ward)
            top = Project.objects.filter(ward=ward).aggregate(top=Max("position"))["top"]
            current.position = 0 if top is None else top + 1
            changed = True
        else:
            current = for_update(Project.objects).filter(pk=project.pk, ward=ward).order_by("pk").first()
            if current is None:
                raise EditConflict(None)
            changed = _differs(current, values, sources, implementing)
            if changed and current.version != (expected_version or 0):
                raise EditConflict(current)
        if changed:
            for name, value in values.items():
                setattr(current, name, value)
            current.full_clean(exclude=["ward"])
            if author is not None:
                current._history_user = author
            current.save()
            if {s.pk for s in sources} != set(current.funding_sources.values_list("pk", flat=True)):
                current.funding_sources.set(sources)
            if {u.pk for u in implementing} != set(current.implementing_units.values_list("pk", flat=True)):
                current.implementing_units.set(implementing)
        _save_capital(current, capital, author)
    return current
