"""The city dashboard's lean loaders give exactly what the model-based selectors give."""

import datetime as dt

import pytest

from assignments.models import Task
from assignments.selectors import for_status, with_status
from dashboards import lean
from plans.models import Ward
from projects.finance import disbursement_summary
from projects.models import CapitalYear, Project
from scale.generator import Options, generate_wards
from targets.filters import for_tracking, with_track
from targets.models import Target

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
