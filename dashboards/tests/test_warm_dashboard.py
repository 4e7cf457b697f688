"""The ward dashboard with a shared cache (Redis in production: cached sessions, user, bell):
one query when warm, and every change on the very next request."""

import pytest
from django.core.cache import cache
from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from accounts.models import Profile
from accounts.tests.test_auth_cache import CACHED
from portal.tests.factories import ProgressReportFactory, TaskFactory, TaskUnitFactory
from portal.tests.world import build_ward
from talk.models import Notification
from talk.services import post_comment

pytestmark = pytest.mark.django_db

SHARED = {**CACHED, "UNREAD_CACHE_SECONDS": 300}


@pytest.fixture
def w(today):
    cache.clear()
    return build_ward("le-chan", "Lê Chân", reports=0)


def dashboard(client, w) -> tuple[str, list[str]]:
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(reverse("ward_dashboard", kwargs={"ward_slug": w.ward.slug}))
    assert response.status_code == 200
    return response.content.decode(), [q["sql"] for q in ctx.captured_queries]


@override_settings(**SHARED)
def test_warm_it_reads_only_the_ward_with_its_generation(client, w):
    client.force_login(w.viewer)
    dashboard(client, w)  # fills the caches
    _page, sql = dashboard(client, w)
    assert len(sql) == 1 and '"plans_ward"' in sql[0], sql


@override_settings(**SHARED)
def test_a_new_task_and_a_new_report_show_on_the_next_request(client, w):
    client.force_login(w.viewer)
    page, _sql = dashboard(client, w)
    assert "2 nhiệm vụ" in page and "2 chưa có số liệu" in page
    task = TaskFactory(plan_item=w.item, title="Nhiệm vụ mới")
    TaskUnitFactory(task=task, unit=w.ubnd)
    page, _sql = dashboard(client, w)
    assert "3 nhiệm vụ" in page and "3 chưa có số liệu" in page
    ProgressReportFactory(task=w.task, unit=w.ubnd, period_year=2026, period_index=4, percent=60)
    assert "2 chưa có số liệu" in dashboard(client, w)[0]


@override_settings(**SHARED)
def test_a_notification_and_a_role_change_show_on_the_next_request(client, w):
    client.force_login(w.follow_up)
    page, _sql = dashboard(client, w)
    review = reverse("review_queue", kwargs={"ward_slug": w.ward.slug})
    before = Notification.objects.filter(recipient=w.follow_up, read_at__isnull=True).count()
    assert f'data-testid="bell-count">{before}<' in page and review in page
    post_comment(subject=w.task, author=w.official, body="Đã cập nhật.")
    profile = Profile.objects.get(user=w.follow_up)
    profile.role = Profile.Role.WARD_VIEWER
    profile.save()
    page, _sql = dashboard(client, w)
    assert f'data-testid="bell-count">{before + 1}<' in page and review not in page
