"""SQL queries per page do not grow with the data: the same count at two data sizes."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from assignments.models import Evidence, TaskUnit
from assignments.services import log_progress
from plans.periods import ReportingPeriod
from portal.tests.factories import ProgressReportFactory, TaskFactory, TaskUnitFactory
from portal.tests.world import build_ward, png_upload

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("periods_open")]


def grow(w, size: int) -> None:
    """``size`` reports with evidence and edits on w.task, and ``size`` more tasks of the unit."""
    for i in range(size):
        period = ReportingPeriod(2025, "month", i % 12 + 1)
        report = log_progress(
            task=w.task,
            unit=w.congan if i % 2 else w.ubnd,
            period=period,
            status="in_progress",
            percent=i,
            narrative=f"Tháng {i}",
            author=w.official,
            files=[png_upload()],
        )
        log_progress(
            task=w.task,
            unit=report.unit,
            period=period,
            status="in_progress",
            percent=i + 1,
            narrative=f"Tháng {i}, sửa",
            author=w.follow_up,
        )
        Evidence.objects.create(report=report, file=png_upload(), original_name="them.png", size=10)
        task = TaskFactory(plan_item=w.item)
        TaskUnitFactory(task=task, unit=w.ubnd, role=TaskUnit.Role.LEAD if i % 2 else TaskUnit.Role.COORDINATOR)
        ProgressReportFactory(task=task, unit=w.ubnd, period_index=2)


def count_queries(client, user, url) -> int:
    client.force_login(user)
    client.get(url)  # warm caches (content types, sessions)
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url)
    assert response.status_code == 200
    client.logout()
    return len(ctx.captured_queries)


@pytest.fixture
def small_and_large(today):
    small = build_ward("le-chan", "Lê Chân", reports=1)
    grow(small, 1)
    large = build_ward("ngo-quyen", "Ngô Quyền", reports=4)
    grow(large, 10)
    return small, large


def test_the_task_page_costs_the_same_for_more_reports(client, small_and_large):
    small, large = small_and_large
    assert large.task.reports.count() > small.task.reports.count() * 3
    for actor in ("official", "follow_up", "viewer"):
        n_small = count_queries(client, getattr(small, actor), reverse("task_detail", args=[small.task.pk]))
        n_large = count_queries(client, getattr(large, actor), reverse("task_detail", args=[large.task.pk]))
        assert n_small == n_large, f"{actor}: {n_small} queries for the small ward, {n_large} for the large one"


def test_my_work_costs_the_same_for_more_tasks(client, small_and_large):
    small, large = small_and_large
    for actor in ("official", "coordinator", "follow_up"):
        n_small = count_queries(client, getattr(small, actor), reverse("my_work"))
        n_large = count_queries(client, getattr(large, actor), reverse("my_work"))
        assert n_small == n_large, f"{actor}: {n_small} queries for the small ward, {n_large} for the large one"


def test_the_task_page_stays_small(client, small_and_large):
    small, _ = small_and_large
    # 17 since the page also shows the deadline revisions and the history of the task's units (+2);
    # 18 since it reads the ward's follow-up rules (thresholds) once; 20 since it shows the task's
    # thread (its comments, one query) and the header's bell (the unread count, one query); 21 since
    # it reads the periods the office reopened (plans.locks), to offer only open periods (one query,
    # only when a recent period is closed; the ward's close rule comes joined with the task).
    assert count_queries(client, small.official, reverse("task_detail", args=[small.task.pk])) <= 21
