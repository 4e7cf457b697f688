"""SQL queries per public page do not grow with the data (two sizes), cached or computed afresh."""

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from dashboards.tests.activity import grow
from dashboards.tests.conftest import activity, day  # noqa: F401  (fixtures)
from plans.models import Plan, Ward
from plans.services import set_publication
from targets.models import Target, TargetMilestone

pytestmark = pytest.mark.django_db


def public_urls() -> list[str]:
    plan = Plan.objects.get(ward__slug="bach-dang")
    target = Target.objects.filter(plan_item__plan=plan).exclude(direction="qualitative").first()
    base = f"/cong-khai/bach-dang/ke-hoach/{plan.pk}/"
    return ["/cong-khai/", "/cong-khai/bach-dang/", base, f"{base}chi-tieu/{target.pk}/"]


def count_queries(client, url: str, *, fresh: bool) -> int:
    if fresh:
        cache.clear()
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(ctx.captured_queries)


def test_public_pages_run_constant_queries_whatever_the_size(client, activity, day):  # noqa: F811
    for plan in Plan.objects.filter(ward__slug__in=["bach-dang", "nguyen-dai-nang"]):
        set_publication(plan=plan, published=True, narratives=True, evidence=True)
    urls = public_urls()
    targets = Target.objects.exclude(direction="qualitative")
    TargetMilestone.objects.bulk_create(TargetMilestone(target=t, year=2027, value=1) for t in targets)
    small = {url: count_queries(client, url, fresh=True) for url in urls}
    for ward in Ward.objects.all():
        grow(ward, copies=3)
    # More milestones on every target, the published one's included: still the same queries.
    TargetMilestone.objects.bulk_create(
        TargetMilestone(target=t, year=year, value=year - 2020) for t in targets for year in (2026, 2028, 2029)
    )
    large = {url: count_queries(client, url, fresh=True) for url in urls}
    assert large == small
    assert max(small.values()) <= 15, small
    # Served from the cache: the ward (with its generation) and the plan, nothing else.
    for url in urls:
        client.get(url)
    warm = {url: count_queries(client, url, fresh=False) for url in urls}
    assert all(n <= 3 for n in warm.values()), warm
