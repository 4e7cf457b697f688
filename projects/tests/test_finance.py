"""projects.finance: the disbursement rate of a year and of a set of years."""

from decimal import Decimal as D
from types import SimpleNamespace

from projects.finance import disbursed_within_plan, disbursement_rate, disbursement_summary


def year(planned, disbursed):
    return SimpleNamespace(planned=D(planned), disbursed=D(disbursed))


def test_the_rate_is_disbursed_over_planned_to_one_decimal():
    assert disbursement_rate(D(3000), D(1000)) == D("33.3")
    assert disbursement_rate(D(1000), D(0)) == D("0.0")


def test_nothing_planned_has_no_rate():
    assert disbursement_rate(D(0), D(0)) is None
    assert disbursement_rate(None, D(5)) is None


def test_totals_are_weighted_not_a_mean_of_yearly_rates():
    summary = disbursement_summary([year(1000, 1000), year(3000, 0)])
    assert summary == (D(4000), D(1000), D("25.0"))  # the mean of 100% and 0% would be 50%
    planned, disbursed, rate = disbursement_summary([])
    assert (planned, disbursed, rate) == (D(0), D(0), None)


def test_disbursement_may_not_exceed_the_plan():
    assert disbursed_within_plan(D(100), D(100))
    assert not disbursed_within_plan(D(100), D("100.1"))
