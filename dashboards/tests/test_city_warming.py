"""The day's job computes each ward's city row ahead (``dashboards.selectors.warm_city_rows``)."""

import datetime as dt

import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.utils import translation

from assignments.models import ProgressReport, Task
from assignments.status import Status
from core.review import ReviewState
from dashboards import selectors
from plans.models import Ward
from scale.generator import Options, generate_wards

pytestmark = pytest.mark.django_db
DAY = dt.date(2027, 1, 10)
UNDER_WAY = (Status.IN_PROGRESS, Status.AT_RISK, Status.OVERDUE)


def figures(rows):
    return {row.ward.pk: {k: v for k, v in vars(row).items() if k != "rank"} for row in rows}


@pytest.fixture
def wards(monkeypatch):
    monkeypatch.setattr("django.utils.timezone.localdate", lambda *args, **kwargs: DAY)
    generate_wards(Options(count=2, until=DAY))
    cache.clear()
    return list(Ward.objects.filter(slug__startswith="sw-"))


def test_the_days_job_leaves_the_city_rows_computed_in_every_language(wards, monkeypatch):
    call_command("refresh_statuses")  # one job per ward, run at once by the tests' backend
    expected = figures(selectors.compute_rows(wards, DAY).values())

    def computed_again(*args, **kwargs):
        raise AssertionError("the city rows were computed again")

    monkeypatch.setattr(selectors, "compute_rows", computed_again)
    for code in ("vi", "en"):
        with translation.override(code):
            assert figures(selectors.city_rows(wards, DAY)) == expected


def test_a_write_after_the_job_is_counted_on_the_next_visit(wards):
    call_command("refresh_statuses")
    before = figures(selectors.city_rows(wards, DAY))
    # Every report of one task under way done and approved: the task is done whichever unit's
    # reports count (a single report may be a coordinator's, awaiting approval or of a cycle
    # past, which the figures rightly ignore; which comes first depends on the generated data).
    under_way = Task.objects.filter(plan_item__plan__ward=wards[0], reports__isnull=False, current_status__in=UNDER_WAY)
    task = under_way.order_by("pk").first()
    for report in ProgressReport.objects.filter(task=task):
        report.status, report.percent, report.review_state = "done", 100, ReviewState.APPROVED
        report.save()
    rows = figures(selectors.city_rows(wards, DAY))
    assert rows[wards[0].pk] != before[wards[0].pk]
    assert rows == figures(selectors.compute_rows(wards, DAY).values())
