"""Money of a project: the disbursement rate of a year and of a set of years.

The one home of the rate: the project page, the portfolio totals of the dashboards and the
API all call it. Amounts are in millions of đồng (triệu đồng), as in the model.

Rules: the rate is disbursed ÷ planned × 100, rounded to one decimal; with nothing planned
there is no rate (``None``), not 0 % or infinity. Totals add planned and disbursed over the
years first and take the rate of the sums (a weighted rate), never the mean of yearly rates.
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import ROUND_HALF_UP, Decimal
from typing import NamedTuple, Protocol

from core.review import counted

RATE_STEP = Decimal("0.1")


class CapitalYearLike(Protocol):
    planned: Decimal
    disbursed: Decimal


class DisbursementSummary(NamedTuple):
    planned: Decimal
    disbursed: Decimal
    rate: Decimal | None


def disbursement_rate(planned: Decimal | None, disbursed: Decimal | None) -> Decimal | None:
    """Percent of the planned capital disbursed (``None`` when nothing is planned)."""
    if not planned:
        return None
    return (Decimal(disbursed or 0) / Decimal(planned) * 100).quantize(RATE_STEP, rounding=ROUND_HALF_UP)


def disbursement_summary(
    capital_years: Iterable[CapitalYearLike], *, include_submitted: bool = False
) -> DisbursementSummary:
    """``(planned, disbursed, rate)`` over the given years (of one project or of many).

    Only approved years count, and submitted ones with ``include_submitted`` (``core.review``)."""
    planned = disbursed = Decimal(0)
    for row in counted(capital_years, include_submitted):
        planned += row.planned or 0
        disbursed += row.disbursed or 0
    return DisbursementSummary(planned, disbursed, disbursement_rate(planned, disbursed))


def disbursed_within_plan(planned: Decimal | None, disbursed: Decimal | None) -> bool:
    """A year's disbursement may not exceed its capital plan.

    Public investment is disbursed within the capital allocated for the year (Luật Đầu tư
    công); when the plan is raised, the plan is updated first, then the disbursement."""
    if planned is None or disbursed is None:
        return True
    return disbursed <= planned
