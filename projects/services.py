"""Writing a project's progress and capital: the one way pages, imports and the API change them."""

from __future__ import annotations

from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from projects.models import CapitalYear, Project

FIRST_YEAR, LAST_YEAR = 2000, 2100


@transaction.atomic
def update_project_progress(*, project: Project, phase: str, total_investment: Decimal | None, author=None) -> Project:
    """Sets the phase and the total investment (triệu đồng) of ``project``."""
    errors: dict[str, list[str]] = {}
    if phase not in Project.Phase.values:
        errors["phase"] = [_("Giai đoạn không hợp lệ.")]
    if total_investment is not None and total_investment < 0:
        errors["total_investment"] = [_("Tổng mức đầu tư không được âm.")]
    if errors:
        raise ValidationError(errors)
    project = Project.objects.select_for_update().get(pk=project.pk)
    project.phase = phase
    project.total_investment = total_investment
    project.full_clean()
    if author is not None:
        project._history_user = author
    project.save(update_fields=["phase", "total_investment"])
    return project


@transaction.atomic
def record_capital_year(
    *, project: Project, year: int | None, planned: Decimal | None, disbursed: Decimal | None, author=None
) -> CapitalYear:
    """Adds or updates the capital plan and disbursement of ``project`` for ``year``.

    Amounts are in triệu đồng, not negative, and the disbursement may not exceed the plan."""
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

    row = CapitalYear.objects.select_for_update().filter(project=project, year=year).order_by(
        "pk"
    ).first() or CapitalYear(project=project, year=year)
    row.planned = planned
    row.disbursed = disbursed
    row.full_clean()
    if author is not None:
        row._history_user = author
    row.save()
    return row
