"""The city dashboard's lean loaders give exactly what the model-based selectors give."""

import datetime as dt

import pytest
from django.db.models import Q

from assignments.models import Task
from assignments.selectors import for_status, item_progress, with_status
from assignments.status import DONE_STATUSES, Status
from dashboards import lean, selectors
from dashboards.units import unit_rates
from plans.models import PlanItem, Ward, WardSettings, in_force
from plans.ward_settings import settings_of
from portal.tests.factories import (
    CapitalYearFactory,
    MeasurementFactory,
    PlanItemFactory,
    ProgressReportFactory,
    ProjectFactory,
    TargetFactory,
    TargetMilestoneFactory,
    TaskFactory,
    TaskUnitFactory,
    UnitFactory,
    WardFactory,
)
from projects.finance import disbursement_summary
from projects.models import CapitalYear, Project
from scale.generator import Options, generate_wards
from targets.filters import for_tracking, with_track
from targets.models import Target
from targets.tracking import TrackStatus

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("today", [dt.date(2026, 11, 27), dt.date(2028, 6, 30), dt.date(2031, 1, 5)])
def test_lean_loaders_agree_with_the_selectors(today):
    generate_wards(Options(count=2, until=min(today, dt.date(2030, 12, 31))))
    wards = list(Ward.objects.filter(slug__startswith="sw-"))
    full = {
        t.pk: t.computed for t in with_status(for_status(Task.objects.filter(plan_item__plan__ward__in=wards)), today)
    }
    light = {t.pk: t.computed for t in lean.task_statuses(wards, today)}
    assert {pk: (c.status, c.percent, c.deadline) for pk, c in light.items()} == {
        pk: (c.status, c.percent, c.deadline) for pk, c in full.items()
    }
    tracks = sorted(
        t.track.status for t in with_track(for_tracking(Target.objects.filter(plan_item__plan__ward__in=wards)), today)
    )
    assert sorted(t.track.status for t in lean.target_tracks(wards, today)) == tracks
    counts, money = lean.project_money(wards)
    for ward in wards:
        assert counts[ward.pk] == Project.objects.filter(ward=ward).count()
        expected = disbursement_summary(CapitalYear.objects.filter(project__ward=ward))
        assert disbursement_summary([money[ward.pk]]) == expected


def varied_ward():
    """A ward of the cases the generator does not make: two lead units, a coordinator's report,
    reports not approved, a task without a lead unit, one without a period, one finished late,
    archived items, projects without capital or with some not approved; its own thresholds."""
    ward = WardFactory(slug="varied")
    WardSettings.objects.create(ward=ward, stale_periods=1, at_risk_lag=10, due_soon_days=60)
    item = PlanItemFactory(plan__ward=ward)
    child = PlanItemFactory(plan=item.plan, parent=item, weight=3)
    archived = PlanItemFactory(plan=item.plan, archived=True)
    lead_a, lead_b, helper = (UnitFactory(ward=ward) for _ in range(3))
    two_leads = TaskFactory(plan_item=child, period_kind="yearly", start_year=2026, end_year=2030, weight=2)
    for unit, role in ((lead_a, "lead"), (lead_b, "lead"), (helper, "coordinator")):
        TaskUnitFactory(task=two_leads, unit=unit, role=role)
    for unit, year, index, status, percent, state in (
        (lead_a, 2026, 4, "done", 100, "approved"),
        (lead_b, 2026, 3, "in_progress", 70, "approved"),
        (lead_b, 2026, 4, "done", 100, "submitted"),  # not counted
        (helper, 2026, 4, "done", 100, "approved"),  # a coordinator's: read by no status
        (lead_a, 2027, 1, "blocked", 10, "approved"),
        (lead_a, 2027, 2, "in_progress", 40, "draft"),
    ):
        ProgressReportFactory(
            task=two_leads, unit=unit, period_year=year, period_index=index, status=status, percent=percent,
            review_state=state,
        )  # fmt: skip
    no_lead = TaskFactory(plan_item=item, period_kind="date", due_date=dt.date(2027, 3, 31), start_year=None)
    ProgressReportFactory(task=no_lead, unit=helper, period_year=2026, period_index=4, percent=60)
    TaskFactory(plan_item=item, period_kind="unclear", start_year=None, end_year=None)
    late = TaskFactory(plan_item=item, period_kind="year", start_year=2026, end_year=2026)
    TaskUnitFactory(task=late, unit=lead_b)
    ProgressReportFactory(
        task=late, unit=lead_b, period_kind="year", period_index=1, status="done", percent=100,
        completed_on=dt.date(2027, 1, 15),
    )  # fmt: skip
    TaskUnitFactory(task=TaskFactory(plan_item=archived), unit=lead_a)
    target = TargetFactory(plan_item=child, baseline_value=5, baseline_year=2025)
    MeasurementFactory(target=target, value=12)
    MeasurementFactory(target=target, value=30, period_year=2027, review_state="submitted")
    # Off track only through its milestone (the straight line from 5 expects 8 by 2026).
    behind = TargetFactory(plan_item=child, baseline_value=5, baseline_year=2025)
    MeasurementFactory(target=behind, value=12)
    TargetMilestoneFactory(target=behind, year=2026, value=15)
    TargetFactory(plan_item=item, direction="qualitative", value=None)
    TargetFactory(plan_item=archived)
    CapitalYearFactory(project__ward=ward, project__plan_item=child, planned=1200, disbursed=300)
    CapitalYearFactory(
        project__ward=ward, project__plan_item=child, planned=800, disbursed=800, review_state="submitted"
    )
    CapitalYearFactory(project__ward=ward, project__plan_item=archived, planned=99, disbursed=1)
    ProjectFactory(ward=ward)
    return ward


def plain_row(ward, today):
    """The city row of ``ward`` from the model-based selectors and the rules, as the ward's own
    pages compute them (``dashboards.selectors.ward_tasks`` etc.), without the lean loaders."""
    tasks = selectors.ward_tasks([ward], today)
    items = PlanItem.objects.filter(plan__ward=ward, plan__archived=False, archived=False)
    statuses = [t.computed.status for t in tasks]
    due = [c for t in tasks for c in t.computed.cycles if c.cycle.deadline < today]
    years = sorted({c.cycle.deadline.year for c in due})
    units, _years = unit_rates(tasks, today, settings_of(ward).stale_periods)
    targets = with_track(for_tracking(Target.objects.filter(in_force(), plan_item__plan__ward=ward)), today)
    projects = list(selectors.ward_projects([ward]))
    money = disbursement_summary(cy for p in projects for cy in p.capital_years.all())
    return {
        "tasks": len(tasks),
        "progress": item_progress(tasks, items)[None].percent,
        "overdue": statuses.count(Status.OVERDUE),
        "at_risk": statuses.count(Status.AT_RISK),
        "done": sum(s in DONE_STATUSES for s in statuses),
        "targets": len(targets),
        "on_track": sum(t.track.status in (TrackStatus.ON_TRACK, TrackStatus.MET) for t in targets),
        "off_track": sum(t.track.status == TrackStatus.OFF_TRACK for t in targets),
        "projects": len(projects),
        "money": (money.planned, money.disbursed, money.rate),
        "due_cycles": len(due),
        "on_time_cycles": sum(c.status == Status.DONE_ON_TIME for c in due),
        "trend": [
            (
                y,
                sum(c.cycle.deadline.year == y for c in due),
                sum(c.cycle.deadline.year == y and c.status == Status.DONE_ON_TIME for c in due),
            )
            for y in years
        ],  # fmt: skip
        "stale_units": sum(rate.stale for rate in units),
    }


def fast_row(row):
    return {
        "tasks": row.tasks,
        "progress": row.progress,
        "overdue": row.overdue,
        "at_risk": row.at_risk,
        "done": row.done,
        "targets": row.targets,
        "on_track": row.on_track,
        "off_track": row.off_track,
        "projects": row.projects,
        "money": (row.planned, row.disbursed, row.rate),
        "due_cycles": row.due_cycles,
        "on_time_cycles": row.on_time_cycles,
        "trend": [(y.year, y.due, y.on_time) for y in row.trend],
        "stale_units": row.stale_units,
    }


@pytest.mark.parametrize(
    "today", [dt.date(2026, 11, 27), dt.date(2027, 1, 10), dt.date(2027, 6, 30), dt.date(2031, 1, 5)]
)
def test_the_city_rows_are_the_plain_rules_figures(today, monkeypatch):
    generate_wards(Options(count=3, until=min(today, dt.date(2030, 12, 31))))
    varied_ward()
    wards = list(Ward.objects.filter(Q(slug__startswith="sw-") | Q(slug="varied")))
    rows = selectors.compute_rows(wards, today)
    assert len(rows) == 4
    for ward in wards:
        assert fast_row(rows[ward.pk]) == plain_row(ward, today), ward.slug
    # The rows kept in the database for the day (dashboards.row_store) read back the same, to
    # the type (exact decimals, the float progress, the trend's years).
    selectors.city_rows(wards, today)  # computes and stores them

    def computed_again(*args, **kwargs):
        raise AssertionError("the stored rows were not used")

    monkeypatch.setattr(selectors, "compute_rows", computed_again)
    stored = {row.ward.pk: row for row in selectors.city_rows(wards, today)}
    for ward in wards:
        assert fast_row(stored[ward.pk]) == plain_row(ward, today), ward.slug
        assert repr({**vars(stored[ward.pk]), "rank": None}) == repr({**vars(rows[ward.pk]), "rank": None})
    # Each task's cycles too, not only its headline: the on-time rates are counted on them.
    full = {t.pk: t.computed for t in selectors.ward_tasks(wards, today)}
    light = {t.pk: t.computed for t in lean.task_statuses(wards, today)}

    def cycles(computed):
        return [(c.cycle, c.status, c.percent, c.has_data) for c in computed.cycles]

    assert {pk: (c.status, c.percent, c.has_data, cycles(c)) for pk, c in light.items()} == {
        pk: (c.status, c.percent, c.has_data, cycles(c)) for pk, c in full.items()
    }


def test_the_lean_targets_follow_their_milestones():
    ward = varied_ward()
    today = dt.date(2026, 12, 31)
    full = with_track(for_tracking(Target.objects.filter(in_force(), plan_item__plan__ward=ward)), today)
    behind = Target.objects.get(plan_item__plan__ward=ward, milestones__year=2026)
    assert {t.pk: t.track.status for t in full}[behind.pk] == TrackStatus.OFF_TRACK  # the line alone: on track
    assert sorted(t.track.status for t in lean.target_tracks([ward], today)) == sorted(t.track.status for t in full)
