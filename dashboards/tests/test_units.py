"""Units compared (dashboards.units): on-time rate per year, ranking, trend, stale units and targets."""

import datetime as dt
from types import SimpleNamespace

import pytest

from assignments.status import task_status
from dashboards import units as rules
from plans.periods import ReportingPeriod
from portal.tests.factories import ProgressReportFactory, UnitFactory

D = dt.date
TODAY = D(2028, 3, 15)


class Roles(list):
    def all(self):
        return self


def lead(unit):
    return SimpleNamespace(unit_id=unit.pk, unit=unit, role="lead")


def report(year, status="done", completed_on=None, unit=None):
    return SimpleNamespace(
        unit_id=unit.pk, status=status, percent=100 if status == "done" else 50,
        completed_on=completed_on, period=ReportingPeriod(year, "year"),
    )  # fmt: skip


def task(unit, kind, start, end, reports, today=TODAY):
    t = SimpleNamespace(period_kind=kind, start_year=start, end_year=end, due_date=None, unit_roles=Roles([lead(unit)]))
    t.computed = task_status(t, reports, today)
    return t


@pytest.fixture
def no_reports(monkeypatch):
    ends = {}
    monkeypatch.setattr(rules, "latest_report_ends", lambda unit_ids: ends)
    return ends


def unit(pk, name):
    return SimpleNamespace(pk=pk, name=name)


def test_the_rate_is_done_on_time_over_every_cycle_due_that_year(no_reports):
    a, b = unit(1, "UBND"), unit(2, "Công an")
    tasks = [
        # a yearly task of unit a: 2026 on time, 2027 late
        task(a, "yearly", 2026, 2030, [
            report(2026, unit=a),
            report(2027, completed_on=D(2028, 1, 10), unit=a),
        ]),
        # a 2027 task of unit a, done on time; a yearly task of b, missed in 2027
        task(a, "year", 2027, 2027, [report(2027, completed_on=D(2027, 12, 1), unit=a)]),
        task(b, "yearly", 2026, 2030, [report(2026, unit=b)]),
    ]  # fmt: skip
    ranked, years = rules.unit_rates(tasks, TODAY, stale_periods=2)
    assert years == [2026, 2027]
    by_name = {r.unit.name: r for r in ranked}
    assert (by_name["UBND"].selected.due, by_name["UBND"].selected.on_time, by_name["UBND"].rate) == (2, 1, 50.0)
    assert (by_name["Công an"].rate, by_name["Công an"].selected.missed) == (0.0, 1)
    assert [r.unit.name for r in ranked] == ["UBND", "Công an"]
    assert [r.rank for r in ranked] == [1, 2]
    assert [y.rate for y in by_name["UBND"].history] == [100.0, 50.0]  # the trend


def test_an_earlier_year_can_be_chosen(no_reports):
    a = unit(1, "UBND")
    tasks = [task(a, "yearly", 2026, 2030, [report(2026, unit=a)])]
    ranked, _years = rules.unit_rates(tasks, TODAY, stale_periods=2, year=2026)
    assert ranked[0].rate == 100.0 and [y.year for y in ranked[0].history] == [2026]


def test_nothing_due_yet_gives_no_rate_and_no_rank(no_reports):
    a = unit(1, "UBND")
    ranked, years = rules.unit_rates([task(a, "range", 2026, 2030, [], today=D(2026, 5, 1))], D(2026, 5, 1), 2)
    assert years == [] and ranked[0].rate is None and ranked[0].rank is None


def test_a_unit_is_stale_after_n_quarters_without_a_report(no_reports):
    a, b = unit(1, "UBND"), unit(2, "Công an")
    tasks = [task(a, "range", 2026, 2030, []), task(b, "range", 2026, 2030, [])]
    no_reports[1] = D(2027, 12, 31)  # reported on Q4 2027: inside the last 2 finished quarters
    no_reports[2] = D(2027, 6, 30)  # last reported on Q2 2027
    by_name = {r.unit.name: r for r in rules.unit_rates(tasks, TODAY, stale_periods=2)[0]}
    assert not by_name["UBND"].stale and by_name["Công an"].stale
    by_name = {r.unit.name: r for r in rules.unit_rates(tasks, TODAY, stale_periods=4)[0]}
    assert not by_name["Công an"].stale  # a ward that allows 4 quarters


def test_a_unit_whose_tasks_just_began_is_not_stale(no_reports):
    a = unit(1, "UBND")
    ranked, _ = rules.unit_rates([task(a, "range", 2028, 2030, [])], TODAY, stale_periods=2)
    assert not ranked[0].stale


def test_the_stale_window_is_the_last_finished_quarters():
    assert rules.stale_window(D(2028, 3, 15), 2) == D(2027, 7, 1)
    assert rules.stale_window(D(2028, 4, 1), 1) == D(2028, 1, 1)


def test_a_target_without_a_recent_measurement_is_stale():
    plan = SimpleNamespace(period_start=D(2026, 1, 1))
    measured = SimpleNamespace(
        track=SimpleNamespace(is_numeric=True), plan_item=SimpleNamespace(plan=plan),
        latest=SimpleNamespace(period=ReportingPeriod(2027, "year")),
    )  # fmt: skip
    old = SimpleNamespace(
        track=SimpleNamespace(is_numeric=True), plan_item=SimpleNamespace(plan=plan),
        latest=SimpleNamespace(period=ReportingPeriod(2026, "year")),
    )  # fmt: skip
    never = SimpleNamespace(track=SimpleNamespace(is_numeric=True), plan_item=SimpleNamespace(plan=plan), latest=None)
    qualitative = SimpleNamespace(track=SimpleNamespace(is_numeric=False), plan_item=SimpleNamespace(plan=plan))
    assert rules.stale_targets([measured, old, never, qualitative], TODAY, 2) == [old, never]


def test_a_task_with_two_lead_units_counts_for_each_unit(no_reports):
    """Each lead answers for the task: both units have its cycle due; the ward counts it once."""
    a, b = unit(1, "UBND"), unit(2, "Công an")
    shared = SimpleNamespace(
        period_kind="year", start_year=2027, end_year=2027, due_date=None, unit_roles=Roles([lead(a), lead(b)])
    )
    shared.computed = task_status(shared, [report(2027, completed_on=D(2027, 12, 1), unit=a)], TODAY)
    ranked, _years = rules.unit_rates([shared], TODAY, stale_periods=2)
    assert sorted((r.unit.name, r.selected.due) for r in ranked) == [("Công an", 1), ("UBND", 1)]


@pytest.mark.django_db
def test_a_draft_is_no_sign_of_life_but_a_report_sent_for_approval_is():
    drafting, sending = UnitFactory(), UnitFactory()
    ProgressReportFactory(unit=drafting, period_year=2027, period_index=4, review_state="draft")
    ProgressReportFactory(unit=drafting, period_year=2027, period_index=1, review_state="returned")
    ProgressReportFactory(unit=sending, period_year=2027, period_index=4, review_state="submitted")
    ends = rules.latest_report_ends([drafting.pk, sending.pk])
    assert ends == {sending.pk: D(2027, 12, 31)}
