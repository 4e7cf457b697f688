"""Writing a project's progress and capital: the one way pages, imports and the API change them."""

from __future__ import annotations

from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from core.concurrency import create_or_conflict, for_update, locked_for_edit
from core.review import announce, mark, state_after_entry
from plans.locks import Record, check_open
from plans.periods import PeriodKind, ReportingPeriod
from projects.models import CapitalYear, Project

FIRST_YEAR, LAST_YEAR = 2000, 2100


@transaction.atomic
def update_project_progress(
    *,
    project: Project,
    phase: str,
    total_investment: Decimal | None,
    author=None,
    expected_version: int | None = None,
) -> Project:
    """Sets the phase and the total investment (triệu đồng) of ``project``.

    ``expected_version``: the project's version when the form was loaded;
    ``core.concurrency.EditConflict`` if someone saved the project since (``None``: no check,
    for writers with no form)."""
    errors: dict[str, list[str]] = {}
    if phase not in Project.Phase.values:
        errors["phase"] = [_("Giai đoạn không hợp lệ.")]
    if total_investment is not None and total_investment < 0:
        errors["total_investment"] = [_("Tổng mức đầu tư không được âm.")]
    if errors:
        raise ValidationError(errors)
    rows = Project.objects.order_by()
    if expected_version is None:
        project = for_update(rows).get(pk=project.pk)
    else:
        project = locked_for_edit(rows, expected=expected_version, pk=project.pk)
    project.phase = phase
    project.total_investment = total_investment
    project.full_clean()
    if author is not None:
        project._history_user = author
    project.save(update_fields=["phase", "total_investment"])
    return project


@transaction.atomic
def record_capital_year(
    *,
    project: Project,
    year: int | None,
    planned: Decimal | None,
    disbursed: Decimal | None,
    author=None,
    expected_version: int | None = None,
    reviewer: bool = False,
    submit: bool = False,
    locks: bool = True,
) -> CapitalYear:
    """Adds or updates the capital plan and disbursement of ``project`` for ``year``.

    Amounts are in triệu đồng, not negative, and the disbursement may not exceed the plan.
    ``expected_version``: the version of the year's row the form showed (0: none);
    ``core.concurrency.EditConflict`` if someone saved or created it since (``None``: no check).

    The approval cycle and closed periods as in ``assignments.services.log_progress`` (a year's
    figures belong to the period "the year"): ``reviewer`` saves approved figures, the unit a
    draft or (``submit``) submitted ones."""
    errors: dict[str, list[str]] = {}
    if year is None or not FIRST_YEAR <= year <= LAST_YEAR:
        errors["year"] = [_("Năm phải từ %(first)s đến %(last)s.") % {"first": FIRST_YEAR, "last": LAST_YEAR}]
    for name, amount in (("planned", planned), ("disbursed", disbursed)):
        if amount is None:
            errors[name] = [_("Vui lòng nhập số tiền (triệu đồng), nhập 0 nếu chưa có.")]
        elif amount < 0:
            errors[name] = [_("Số tiền không được âm.")]
    if errors:
        raise ValidationError(errors)

    key = {"project": project, "year": year}
    rows = CapitalYear.objects.order_by("pk")
    if expected_version is None:
        row = for_update(rows).filter(**key).first()
    else:
        row = locked_for_edit(rows, expected=expected_version, **key)
    row = row or CapitalYear(project=project, year=year)
    if locks:
        check_open(Record(project.ward_id, ReportingPeriod(year, PeriodKind.YEAR), unit_id=project.lead_unit_id))
    state = state_after_entry(row.review_state if row.pk else None, reviewer=reviewer, submit=submit)
    row.planned = planned
    row.disbursed = disbursed
    # One row per year is the lock's and the insert's job (see record_measurement).
    row.full_clean(validate_constraints=False)
    row.validate_constraints(exclude={"project"})
    if author is not None:
        row._history_user = author
    action = mark(row, state, by=author)
    if row.pk is None:
        create_or_conflict(CapitalYear, row, **key)
    else:
        row.save()
    announce(row, action, by=author)
    return row
