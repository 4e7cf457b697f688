"""SQL queries per page do not grow with the data (measured at two sizes)."""

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from dashboards.tests.activity import grow
from plans.models import Plan, Ward
from targets.models import Target

pytestmark = pytest.mark.django_db

PAGES = [
    ("bd.thuongtruc", "/wards/bach-dang/"),
    ("bd.thuongtruc", "/plans/{plan}/"),
    ("bd.thuongtruc", "/tasks/"),
    ("bd.thuongtruc", "/tasks/?ward=bach-dang&status=overdue&q=phat+trien"),
    ("bd.thuongtruc", "/targets/?track=off_track"),
    ("bd.thuongtruc", "/projects/?level=ward"),
    ("bd.thuongtruc", "/reports/"),
    ("hp.thanhpho", "/city/?sort=-overdue"),
    ("hp.thanhpho", "/city/?sort=-on_time"),
    ("bd.thuongtruc", "/wards/bach-dang/don-vi/?sort=-due"),
    ("bd.thuongtruc", "/wards/bach-dang/quy-tac/"),
    ("bd.thuongtruc", "/huong-dan/tinh-trang/"),
    ("bd.thuongtruc", "/targets/{target}/"),
    ("hp.thanhpho", "/tasks/"),
    # City-wide status filters: on the status kept in each row (assignments.stored_status).
    ("hp.thanhpho", "/tasks/?status=overdue"),
    ("hp.thanhpho", "/tasks/?status=done&due_within=30&page=2"),
    ("hp.thanhpho", "/api/tasks/?status=at_risk"),
    ("bd.thuongtruc", "/api/tasks/"),
    ("bd.thuongtruc", "/api/targets/"),
    ("bd.thuongtruc", "/api/projects/"),
    ("bd.thuongtruc", "/api/reports/"),
    ("bd.thuongtruc", "/api/plan-items/"),
    ("bd.thuongtruc", "/api/measurements/"),
]


def count_queries(client, users, username, url):
    client.force_login(users[username])
    cache.clear()  # count the queries of a page computed afresh, not served from core.generation's cache
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(ctx.captured_queries)


def test_queries_per_page_are_constant_in_data_size(client, users, activity, day):
    plan = Plan.objects.get(ward__slug="bach-dang").pk
    target = Target.objects.filter(plan_item__plan_id=plan).order_by("pk").first().pk
    pages = [(user, url.format(plan=plan, target=target)) for user, url in PAGES]
    small = {url: count_queries(client, users, user, url) for user, url in pages}
    for ward in Ward.objects.all():
        grow(ward, copies=3)
    large = {url: count_queries(client, users, user, url) for user, url in pages}
    assert large == small
    assert max(small.values()) <= 25, small


def test_the_city_page_from_its_stored_rows_is_constant_in_data_size(client, users, activity, day):
    """The cache cleared but the day's rows kept (dashboards.row_store): fewer queries than
    computing them, the same number whatever the size."""
    url = "/city/?sort=-on_time"

    def afresh_and_stored():
        afresh = count_queries(client, users, "hp.thanhpho", url)  # stores the rows it computes
        return afresh, count_queries(client, users, "hp.thanhpho", url)

    small = afresh_and_stored()
    for ward in Ward.objects.all():
        grow(ward, copies=3)
    large = afresh_and_stored()
    assert large == small
    assert small[1] < small[0], small
