"""The status rule (assignments.status): from the task's period and its lead units' reports."""

import datetime as dt
from dataclasses import dataclass, field

from assignments.status import (
    AT_RISK_LAG,
    Rules,
    Status,
    TaskStatus,
    Timeliness,
    cycles_of,
    rollup,
    task_status,
    timeliness,
    worst,
)
from plans.periods import ReportingPeriod

LEAD, CO_LEAD, COORDINATOR = 1, 2, 3
D = dt.date


@dataclass
class Role:
    unit_id: int
    role: str


class Roles(list):
    def all(self):
        return self


@dataclass
class FakeTask:
    period_kind: str
    start_year: int | None = None
    end_year: int | None = None
    due_date: dt.date | None = None
    unit_roles: Roles = field(default_factory=lambda: Roles([Role(LEAD, "lead"), Role(COORDINATOR, "coordinator")]))


@dataclass
class FakeReport:
    period: ReportingPeriod
    status: str
    percent: int = 0
    completed_on: dt.date | None = None
    unit_id: int = LEAD


def q(year, index):
    return ReportingPeriod(year, "quarter", index)


def year(y):
    return ReportingPeriod(y, "year", 1)


def yearly(start=2026, end=2030):
    return FakeTask("yearly", start, end)


def ranged(start=2026, end=2030):
    return FakeTask("range", start, end)


def dated(due):
    return FakeTask("date", due_date=due)


class TestCycles:
    def test_it_gives_yearly_tasks_one_cycle_per_year(self):
        cycles = cycles_of(yearly(2026, 2028))
        assert [(c.start, c.deadline) for c in cycles] == [
            (D(2026, 1, 1), D(2026, 12, 31)),
            (D(2027, 1, 1), D(2027, 12, 31)),
            (D(2028, 1, 1), D(2028, 12, 31)),
        ]

    def test_it_treats_ongoing_tasks_like_yearly_ones(self):
        assert len(cycles_of(FakeTask("ongoing", 2026, 2030))) == 5

    def test_it_gives_ranged_tasks_one_cycle_to_the_end_year(self):
        (cycle,) = cycles_of(ranged(2026, 2030))
        assert (cycle.start, cycle.deadline) == (D(2026, 1, 1), D(2030, 12, 31))

    def test_it_gives_a_year_task_that_year(self):
        (cycle,) = cycles_of(FakeTask("year", 2027))
        assert cycle.deadline == D(2027, 12, 31)

    def test_it_gives_dated_tasks_their_due_date(self):
        (cycle,) = cycles_of(dated(D(2026, 6, 30)))
        assert (cycle.start, cycle.deadline) == (D(2026, 1, 1), D(2026, 6, 30))

    def test_it_gives_no_cycle_without_years(self):
        assert cycles_of(FakeTask("range")) == []


class TestYearly:
    def test_it_is_not_started_early_in_the_first_year_without_reports(self):
        result = task_status(yearly(), [], D(2026, 2, 1))
        assert result.status == Status.NOT_STARTED
        assert result.percent == 0
        assert result.deadline == D(2026, 12, 31)

    def test_it_is_not_started_before_its_first_year(self):
        result = task_status(yearly(2027, 2030), [], D(2026, 6, 1))
        assert result.status == Status.NOT_STARTED
        assert result.deadline == D(2027, 12, 31)

    def test_it_is_in_progress_when_on_pace(self):
        reports = [FakeReport(q(2026, 2), "in_progress", 60)]
        assert task_status(yearly(), reports, D(2026, 7, 15)).status == Status.IN_PROGRESS

    def test_a_finished_year_with_no_report_is_missed_but_the_new_year_is_in_time(self):
        result = task_status(yearly(), [], D(2027, 3, 1))
        assert result.status == Status.NOT_STARTED
        assert result.cycles[0].status == Status.OVERDUE
        assert result.tally == {"done_on_time": 0, "done_late": 0, "missed": 1, "total": 1}
        assert result.overdue_cycles == []
        assert not result.has_data  # no report: no data, not 0%

    def test_one_missed_year_does_not_make_it_overdue_for_the_rest_of_the_plan(self):
        # 15/01/2027: the "18 of 42 tasks overdue" — 2026 missed, 2027 just begun.
        reports = [FakeReport(q(2027, 1), "in_progress", 30)]
        result = task_status(yearly(), reports, D(2027, 3, 1))
        assert result.status == Status.IN_PROGRESS
        assert result.tally["missed"] == 1
        assert task_status(yearly(), [], D(2027, 1, 15)).status == Status.NOT_STARTED

    def test_it_is_overdue_on_the_day_after_a_year_ends_until_the_next_year_starts(self):
        # The deadline is 31/12; the next cycle starts on 01/01, so only the last cycle can
        # stay overdue — and it does, once the plan is over and it was not done.
        reports = [FakeReport(year(y), "done", 100) for y in range(2026, 2030)]
        result = task_status(yearly(), reports, D(2031, 1, 1))
        assert result.status == Status.OVERDUE
        assert result.overdue_cycles == [D(2030, 12, 31)]
        assert result.tally == {"done_on_time": 4, "done_late": 0, "missed": 1, "total": 5}

    def test_it_is_on_time_this_year_when_last_year_was_done(self):
        reports = [
            FakeReport(year(2026), "done", 100, completed_on=D(2026, 12, 20)),
            FakeReport(q(2027, 1), "in_progress", 30),
        ]
        result = task_status(yearly(), reports, D(2027, 3, 1))
        assert result.status == Status.IN_PROGRESS
        assert result.percent == 30
        assert result.deadline == D(2027, 12, 31)

    def test_january_does_not_reset_it_to_zero(self):
        reports = [FakeReport(q(2026, 4), "done", 100, completed_on=D(2026, 12, 1))]
        result = task_status(yearly(), reports, D(2027, 1, 10))
        assert result.status == Status.NOT_STARTED  # the new cycle: not yet due, in time
        assert result.current.has_data is False
        assert (result.percent, result.has_data) == (100, True)  # the last finished year stands
        assert result.percent_cycle.deadline == D(2026, 12, 31)
        assert result.tally["done_on_time"] == 1

    def test_a_report_about_last_year_judges_last_year(self):
        result = task_status(yearly(), [], D(2027, 1, 20), cycle_on=D(2026, 12, 31))
        assert (result.status, result.deadline) == (Status.OVERDUE, D(2026, 12, 31))

    def test_a_q4_report_filed_in_january_counts_for_the_year_before(self):
        reports = [FakeReport(q(2026, 4), "done", 100, completed_on=D(2026, 12, 28))]
        result = task_status(yearly(), reports, D(2027, 1, 20))
        assert result.cycles[0].status == Status.DONE_ON_TIME

    def test_it_is_done_on_time_after_its_last_year_when_every_year_was(self):
        reports = [FakeReport(year(y), "done", 100) for y in range(2026, 2031)]
        assert task_status(yearly(), reports, D(2031, 2, 1)).status == Status.DONE_ON_TIME

    def test_after_its_last_year_it_has_the_last_year_status_and_the_tally_tells_the_rest(self):
        reports = [FakeReport(year(y), "done", 100) for y in range(2026, 2031)]
        reports[1] = FakeReport(year(2027), "done", 100, completed_on=D(2028, 1, 15))
        result = task_status(yearly(), reports, D(2031, 2, 1))
        assert result.status == Status.DONE_ON_TIME
        assert result.tally == {"done_on_time": 4, "done_late": 1, "missed": 0, "total": 5}


class TestOngoing:
    def test_an_ongoing_task_is_checked_every_year(self):
        task = FakeTask("ongoing", 2026, 2030)
        reports = [FakeReport(q(2026, 3), "in_progress", 50)]
        result = task_status(task, reports, D(2027, 1, 5))
        assert result.recurring
        assert [c.status for c in result.cycles] == [Status.OVERDUE, Status.NOT_STARTED]
        assert (result.status, result.percent, result.has_data) == (Status.NOT_STARTED, 50, True)


class TestRanged:
    def test_it_is_in_progress_when_reported_on_pace(self):
        reports = [FakeReport(q(2026, 3), "in_progress", 20)]
        assert task_status(ranged(), reports, D(2026, 10, 1)).status == Status.IN_PROGRESS

    def test_it_is_at_risk_when_the_percent_lags_the_time_spent(self):
        # 2028-07 is about half of 2026–2030; 10% lags by more than AT_RISK_LAG points.
        reports = [FakeReport(q(2028, 2), "in_progress", 10)]
        result = task_status(ranged(), reports, D(2028, 7, 1))
        assert result.status == Status.AT_RISK
        assert 10 + AT_RISK_LAG < 50

    def test_it_is_at_risk_when_blocked(self):
        reports = [FakeReport(q(2026, 1), "blocked", 15)]
        assert task_status(ranged(), reports, D(2026, 4, 1)).status == Status.AT_RISK

    def test_near_the_deadline_alone_is_not_a_risk(self):
        reports = [FakeReport(q(2030, 4), "in_progress", 95)]
        assert task_status(ranged(), reports, D(2030, 12, 15)).status == Status.IN_PROGRESS

    def test_near_the_deadline_with_nothing_reported_is_a_risk(self):
        task = FakeTask("year", 2026, 2026)
        assert task_status(task, [], D(2026, 12, 10)).status == Status.AT_RISK

    def test_it_is_at_risk_with_nothing_reported_when_much_time_has_passed(self):
        assert task_status(ranged(), [], D(2028, 6, 1)).status == Status.AT_RISK

    def test_it_is_overdue_after_the_end_year_when_not_done(self):
        reports = [FakeReport(q(2030, 4), "in_progress", 90)]
        result = task_status(ranged(), reports, D(2031, 1, 2))
        assert result.status == Status.OVERDUE
        assert result.percent == 90

    def test_it_is_done_on_time_by_the_completion_date(self):
        reports = [FakeReport(q(2029, 2), "done", 100, completed_on=D(2029, 5, 1))]
        result = task_status(ranged(), reports, D(2029, 7, 1))
        assert result.status == Status.DONE_ON_TIME
        assert result.percent == 100
        assert not result.is_late

    def test_it_uses_the_end_of_the_period_without_a_completion_date(self):
        reports = [FakeReport(year(2031), "done", 100)]
        assert task_status(ranged(), reports, D(2032, 1, 5)).status == Status.DONE_LATE

    def test_it_is_done_late_when_finished_after_the_deadline(self):
        reports = [FakeReport(q(2031, 1), "done", 100, completed_on=D(2031, 2, 10))]
        result = task_status(ranged(), reports, D(2031, 3, 1))
        assert result.status == Status.DONE_LATE
        assert result.is_late

    def test_100_percent_counts_as_done(self):
        reports = [FakeReport(q(2027, 1), "in_progress", 100, completed_on=D(2027, 3, 1))]
        assert task_status(ranged(), reports, D(2027, 4, 1)).status == Status.DONE_ON_TIME

    def test_the_latest_report_wins(self):
        reports = [
            FakeReport(q(2026, 3), "in_progress", 40),
            FakeReport(q(2026, 1), "done", 100),  # older, superseded
            FakeReport(q(2026, 2), "in_progress", 30),
        ]
        result = task_status(ranged(), reports, D(2026, 10, 1))
        assert result.status == Status.IN_PROGRESS
        assert result.percent == 40
        assert result.latest.period == q(2026, 3)

    def test_a_not_started_report_keeps_it_not_started(self):
        reports = [FakeReport(q(2026, 1), "not_started", 0)]
        assert task_status(ranged(), reports, D(2026, 3, 1)).status == Status.NOT_STARTED


class TestDated:
    def test_it_is_overdue_the_day_after_the_due_date(self):
        task = dated(D(2026, 6, 30))
        assert task_status(task, [], D(2026, 6, 30)).status != Status.OVERDUE
        assert task_status(task, [], D(2026, 7, 1)).status == Status.OVERDUE

    def test_it_is_done_on_time_when_completed_by_the_due_date(self):
        reports = [FakeReport(q(2026, 3), "done", 100, completed_on=D(2026, 6, 30))]
        assert task_status(dated(D(2026, 6, 30)), reports, D(2026, 9, 1)).status == Status.DONE_ON_TIME

    def test_it_is_done_late_when_completed_after_the_due_date(self):
        reports = [FakeReport(q(2026, 3), "done", 100, completed_on=D(2026, 7, 2))]
        assert task_status(dated(D(2026, 6, 30)), reports, D(2026, 9, 1)).status == Status.DONE_LATE

    def test_it_is_not_at_risk_when_due_soon_and_on_pace(self):
        reports = [FakeReport(q(2026, 2), "in_progress", 70)]
        assert task_status(dated(D(2026, 6, 30)), reports, D(2026, 6, 10)).status == Status.IN_PROGRESS

    def test_it_is_at_risk_when_due_soon_and_far_behind(self):
        reports = [FakeReport(q(2026, 2), "in_progress", 40)]
        assert task_status(dated(D(2026, 6, 30)), reports, D(2026, 6, 10)).status == Status.AT_RISK


class TestUnits:
    def test_coordinator_reports_do_not_set_the_status(self):
        reports = [FakeReport(q(2026, 2), "done", 100, unit_id=COORDINATOR)]
        result = task_status(ranged(), reports, D(2026, 7, 1))
        assert result.status == Status.NOT_STARTED
        assert result.percent == 0
        assert result.latest is None

    def test_coordinator_reports_do_not_rescue_an_overdue_year(self):
        reports = [FakeReport(year(2026), "done", 100, unit_id=COORDINATOR)]
        assert task_status(yearly(), reports, D(2027, 2, 1)).tally["missed"] == 1

    def test_with_two_leads_it_is_done_only_when_both_are(self):
        task = FakeTask("range", 2026, 2030, unit_roles=Roles([Role(LEAD, "lead"), Role(CO_LEAD, "lead")]))
        one_done = [FakeReport(q(2026, 2), "done", 100, unit_id=LEAD, completed_on=D(2026, 5, 1))]
        result = task_status(task, one_done, D(2026, 7, 1))
        assert result.status == Status.IN_PROGRESS
        assert result.percent == 50

        both_done = [*one_done, FakeReport(q(2026, 3), "done", 100, unit_id=CO_LEAD, completed_on=D(2026, 8, 1))]
        assert task_status(task, both_done, D(2026, 9, 1)).status == Status.DONE_ON_TIME

    def test_with_two_leads_the_percent_is_their_mean(self):
        task = FakeTask("range", 2026, 2030, unit_roles=Roles([Role(LEAD, "lead"), Role(CO_LEAD, "lead")]))
        reports = [
            FakeReport(q(2026, 2), "in_progress", 40, unit_id=LEAD),
            FakeReport(q(2026, 2), "in_progress", 20, unit_id=CO_LEAD),
        ]
        assert task_status(task, reports, D(2026, 7, 1)).percent == 30

    def test_with_two_leads_finished_late_by_the_later_one(self):
        task = FakeTask("date", due_date=D(2026, 6, 30), unit_roles=Roles([Role(LEAD, "lead"), Role(CO_LEAD, "lead")]))
        reports = [
            FakeReport(q(2026, 2), "done", 100, unit_id=LEAD, completed_on=D(2026, 6, 1)),
            FakeReport(q(2026, 3), "done", 100, unit_id=CO_LEAD, completed_on=D(2026, 7, 15)),
        ]
        assert task_status(task, reports, D(2026, 8, 1)).status == Status.DONE_LATE

    def test_one_blocked_lead_puts_the_task_at_risk(self):
        task = FakeTask("range", 2026, 2030, unit_roles=Roles([Role(LEAD, "lead"), Role(CO_LEAD, "lead")]))
        reports = [
            FakeReport(q(2026, 2), "in_progress", 40, unit_id=LEAD),
            FakeReport(q(2026, 2), "blocked", 20, unit_id=CO_LEAD),
        ]
        assert task_status(task, reports, D(2026, 7, 1)).status == Status.AT_RISK

    def test_a_task_without_lead_unit_takes_every_report(self):
        task = FakeTask("range", 2026, 2030, unit_roles=Roles([]))
        reports = [FakeReport(q(2026, 2), "in_progress", 30, unit_id=COORDINATOR)]
        assert task_status(task, reports, D(2026, 7, 1)).status == Status.IN_PROGRESS

    def test_the_order_of_reports_does_not_matter(self):
        task = FakeTask("range", 2026, 2030, unit_roles=Roles([Role(LEAD, "lead"), Role(CO_LEAD, "lead")]))
        reports = [
            FakeReport(q(2026, 2), "done", 100, unit_id=LEAD),
            FakeReport(q(2026, 2), "in_progress", 50, unit_id=CO_LEAD),
        ]
        first = task_status(task, reports, D(2026, 7, 1))
        second = task_status(task, list(reversed(reports)), D(2026, 7, 1))
        assert (first.status, first.percent) == (second.status, second.percent) == (Status.IN_PROGRESS, 75)


class TestWithoutPeriod:
    def test_a_task_without_years_follows_its_latest_report(self):
        task = FakeTask("range")
        assert task_status(task, [], D(2026, 7, 1)).status == Status.NOT_STARTED
        assert task_status(task, [FakeReport(q(2026, 2), "in_progress", 10)], D(2026, 7, 1)).status == (
            Status.IN_PROGRESS
        )
        assert task_status(task, [FakeReport(q(2026, 2), "done", 100)], D(2026, 7, 1)).status == Status.DONE_ON_TIME


class TestSeverity:
    def test_overdue_is_worst_and_done_on_time_best(self):
        assert worst([Status.DONE_ON_TIME, Status.AT_RISK, Status.OVERDUE]) == Status.OVERDUE
        assert worst([]) is None
        assert TaskStatus(Status.OVERDUE, 0, None).severity < TaskStatus(Status.DONE_ON_TIME, 100, None).severity


class TestRollup:
    def test_it_averages_every_task_beneath_an_item(self):
        # plan: group 10 (tasks 1, 2) with child 11 (task 3); group 20 without tasks.
        item_tasks = {10: [1, 2], 11: [3], 20: []}
        children = {None: [10, 20], 10: [11]}
        result = rollup(item_tasks, children, {1: 100, 2: 50, 3: 0})
        assert result[11] == (0.0, 1)
        assert result[10] == (50.0, 3)
        assert result[20] == (None, 0)
        assert result[None] == (50.0, 3)

    def test_tasks_without_data_are_not_zero_but_counted_apart(self):
        result = rollup({10: [1, 2, 3]}, {None: [10]}, {1: 90, 2: None})
        assert result[10] == (90.0, 3)
        assert (result[10].with_data, result[10].no_data, result[10].no_data_share) == (1, 2, 66.7)

    def test_a_level_with_no_data_has_no_progress(self):
        result = rollup({10: [1], 20: [2]}, {None: [10, 20]}, {2: 40})
        assert result[10].percent is None
        assert result[None] == (40.0, 2)  # item 10 left out of the plan's mean, not 0

    def test_task_weights(self):
        result = rollup({10: [1, 2]}, {None: [10]}, {1: 100, 2: 0}, task_weights={1: 3})
        assert result[10].percent == 75.0

    def test_each_level_is_the_weighted_mean_of_its_children(self):
        # programme 1 → groups 10 (tasks 1, 2, 3) and 20 (task 4); group 20 weighs 3.
        item_tasks = {10: [1, 2, 3], 20: [4]}
        children = {None: [1], 1: [10, 20]}
        percents = {1: 100, 2: 100, 3: 100, 4: 0}
        equal = rollup(item_tasks, children, percents)
        assert (equal[10].percent, equal[20].percent, equal[1].percent) == (100.0, 0.0, 50.0)
        weighted = rollup(item_tasks, children, percents, item_weights={20: 3})
        assert weighted[1].percent == 25.0
        assert weighted[None].percent == 25.0
        assert weighted[None].count == 4


class TestThresholds:
    def test_68_percent_with_20_days_left_of_a_year_is_not_amber(self):
        reports = [FakeReport(q(2026, 4), "in_progress", 68)]
        assert task_status(FakeTask("year", 2026, 2026), reports, D(2026, 12, 11)).status == Status.IN_PROGRESS

    def test_the_ward_sets_the_lag(self):
        reports = [FakeReport(q(2026, 2), "in_progress", 35)]
        task = FakeTask("year", 2026, 2026)
        # On 15/08 the year is 58% gone at the start of the month: 35 + 25 >= 58.
        assert task_status(task, reports, D(2026, 8, 15)).status == Status.IN_PROGRESS
        strict = Rules(at_risk_lag=10)
        assert task_status(task, reports, D(2026, 8, 15), strict).status == Status.AT_RISK

    def test_the_ward_sets_the_due_soon_days(self):
        task = FakeTask("year", 2026, 2026)
        assert task_status(task, [FakeReport(q(2026, 1), "not_started", 0)], D(2026, 2, 10)).status == (
            Status.NOT_STARTED
        )
        # Nothing reported by a lead with 40 days left: only a ward with a 60-day window warns.
        assert task_status(task, [], D(2026, 11, 21), Rules(at_risk_lag=100)).status == Status.NOT_STARTED
        assert task_status(task, [], D(2026, 11, 21), Rules(due_soon_days=60, at_risk_lag=100)).status == (
            Status.AT_RISK
        )


class TestRevisedDeadline:
    def test_the_current_deadline_on_the_task_is_the_one_that_counts(self):
        # Revised from 30/06 to 30/09 (the revision's history keeps 30/06; the task holds 30/09).
        reports = [FakeReport(q(2026, 3), "done", 100, completed_on=D(2026, 8, 20))]
        assert task_status(dated(D(2026, 6, 30)), reports, D(2026, 10, 1)).status == Status.DONE_LATE
        assert task_status(dated(D(2026, 9, 30)), reports, D(2026, 10, 1)).status == Status.DONE_ON_TIME

    def test_a_deadline_moved_later_lifts_an_overdue_task(self):
        assert task_status(dated(D(2026, 6, 30)), [], D(2026, 7, 15)).status == Status.OVERDUE
        assert task_status(dated(D(2026, 12, 31)), [], D(2026, 7, 15)).status != Status.OVERDUE

    def test_a_yearly_task_extended_by_a_year_gains_a_cycle(self):
        reports = [FakeReport(year(y), "done", 100) for y in range(2026, 2031)]
        assert task_status(yearly(2026, 2030), reports, D(2031, 3, 1)).status == Status.DONE_ON_TIME
        extended = task_status(yearly(2026, 2031), reports, D(2031, 3, 1))
        assert extended.status == Status.NOT_STARTED and extended.deadline == D(2031, 12, 31)


class TestTimeliness:
    def test_it_keeps_done_and_overdue_and_groups_the_rest_as_in_time(self):
        assert timeliness(Status.DONE_ON_TIME) == Timeliness.DONE_ON_TIME
        assert timeliness(Status.DONE_LATE) == Timeliness.DONE_LATE
        assert timeliness(Status.OVERDUE) == Timeliness.OVERDUE
        assert {timeliness(s) for s in (Status.NOT_STARTED, Status.IN_PROGRESS, Status.AT_RISK)} == {Timeliness.IN_TIME}
        assert {timeliness(s) for s in Status} == set(Timeliness)
