"""Cached ward figures are invalidated by every write to the ward's data, and only the ward's."""

import datetime as dt

import pytest

from assignments.models import ProgressReport, Task
from core.generation import bump_all, generations
from dashboards.selectors import city_rows
from plans.models import Ward
from projects.models import CapitalYear, FundingSource, Project
from scale.generator import Options, generate_wards
from targets.models import Measurement, Target, TargetMilestone

pytestmark = pytest.mark.django_db
TODAY = dt.date(2026, 11, 27)


@pytest.fixture
def wards():
    generate_wards(Options(count=2, tasks=20, targets=5, projects=5, until=TODAY))
    return list(Ward.objects.filter(slug__in=["sw-0001", "sw-0002"]).order_by("slug"))


def gens(wards):
    g = generations([w.pk for w in wards])
    return [g[w.pk] for w in wards]


def test_it_keeps_the_generation_while_nothing_changes(wards):
    assert gens(wards) == gens(wards)


def test_writes_bump_their_ward_only(wards):
    first, second = wards
    task = Task.objects.filter(plan_item__plan__ward=first).first()
    writes = [
        lambda: ProgressReport.objects.create(
            task=task, unit=task.unit_roles.first().unit, period_kind="month", period_year=2026, period_index=11,
            status="in_progress", percent=50,
        ),
        lambda: Task.objects.filter(pk=task.pk).first().save(),
        lambda: Measurement.objects.filter(target__plan_item__plan__ward=first).first().delete(),
        lambda: CapitalYear.objects.filter(project__ward=first).first().save(),
        lambda: TargetMilestone.objects.create(target=Target.objects.for_ward(first).first(), year=2027, value=5),
        lambda: TargetMilestone.objects.filter(target__plan_item__plan__ward=first).delete(),
        lambda: Project.objects.filter(ward=first).first().funding_sources.add(FundingSource.objects.create(name="X")),
        lambda: Project.objects.filter(ward=first).first().funding_sources.clear(),
        lambda: Task.objects.filter(pk=task.pk).first().delete(),
    ]  # fmt: skip
    for write in writes:
        before = gens(wards)
        write()
        after = gens(wards)
        assert after[0] != before[0]
        assert after[1] == before[1]


def test_bump_all_invalidates_every_ward(wards):
    before = gens(wards)
    bump_all()
    assert all(a != b for a, b in zip(gens(wards), before, strict=True))


def test_the_city_dashboard_shows_a_new_report_at_once(wards):
    first = wards[0]
    rows = {r.ward.pk: r for r in city_rows(wards, TODAY)}
    task = next(
        t
        for t in Task.objects.filter(plan_item__plan__ward=first, period_kind="ongoing").prefetch_related("unit_roles")
    )
    lead = next(r.unit for r in task.unit_roles.all() if r.role == "lead")
    ProgressReport.objects.update_or_create(
        task=task, unit=lead, period_kind="quarter", period_year=2026, period_index=4,
        defaults={"status": "done", "percent": 100, "completed_on": dt.date(2026, 11, 20), "review_state": "approved"},
    )  # fmt: skip
    again = {r.ward.pk: r for r in city_rows(wards, TODAY)}
    assert (again[first.pk].done, again[first.pk].progress) != (rows[first.pk].done, rows[first.pk].progress)
    assert vars(again[wards[1].pk]) == vars(rows[wards[1].pk])
