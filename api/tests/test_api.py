"""The JSON API: authenticated, scoped per role like the pages, filterable, documented."""

from decimal import Decimal

import pytest
from django.test import Client
from django.urls import reverse

from assignments.models import Task
from plans.models import Ward

pytestmark = pytest.mark.django_db

ENDPOINTS = ["plan", "planitem", "target", "measurement", "task", "report", "project"]


def wards_in(client, name):
    """The ward slugs of every row of a list endpoint (following pages)."""
    from assignments.models import ProgressReport
    from plans.models import PlanItem
    from targets.models import Measurement

    url, seen = reverse(f"api:{name}-list") + "?page_size=1000", set()
    while url:
        data = client.get(url).json()
        for row in data["results"]:
            if "ward" in row:
                seen.add(row["ward"])
            elif name == "planitem":
                seen.add(PlanItem.objects.get(pk=row["id"]).plan.ward.slug)
            elif name == "measurement":
                seen.add(Measurement.objects.get(pk=row["id"]).target.plan_item.plan.ward.slug)
            elif name == "report":
                seen.add(ProgressReport.objects.get(pk=row["id"]).task.plan_item.plan.ward.slug)
        url = data["next"]
    return seen


@pytest.mark.parametrize("name", ENDPOINTS)
def test_anonymous_gets_401_or_403(client, seeded_db, name):
    assert client.get(reverse(f"api:{name}-list")).status_code in (401, 403)


@pytest.mark.parametrize("name", ENDPOINTS)
@pytest.mark.parametrize("username", ["bd.thuongtruc", "bd.ubnd", "bd.vanphong"])
def test_ward_users_see_only_their_ward(client, users, activity, name, username):
    client.force_login(users[username])
    assert wards_in(client, name) <= {"bach-dang"}
    assert wards_in(client, name), name


@pytest.mark.parametrize("name", ENDPOINTS)
def test_city_viewer_sees_every_ward(client, users, activity, name):
    client.force_login(users["hp.thanhpho"])
    assert wards_in(client, name) == {"bach-dang", "nguyen-dai-nang"}


def test_another_wards_record_is_404(client, users, activity):
    task = Task.objects.filter(plan_item__plan__ward__slug="bach-dang").first()
    client.force_login(users["ndn.thuongtruc"])
    assert client.get(reverse("api:task-detail", kwargs={"pk": task.pk})).status_code == 404
    assert client.get(reverse("api:task-list") + "?ward=bach-dang").status_code == 400
    client.force_login(users["bd.thuongtruc"])
    data = client.get(reverse("api:task-detail", kwargs={"pk": task.pk})).json()
    assert data["status"] and data["ward"] == "bach-dang"


def test_tasks_filter_by_computed_status_and_search(client, users, activity, day):
    from assignments.selectors import for_status, with_status

    client.force_login(users["bd.thuongtruc"])
    ward = Ward.objects.get(slug="bach-dang")
    tasks = with_status(for_status(Task.objects.filter(plan_item__plan__ward=ward)), day)
    overdue = sum(t.computed.status == "overdue" for t in tasks)
    data = client.get(reverse("api:task-list") + "?status=overdue").json()
    assert data["count"] == overdue > 0
    assert all(row["status"] == "overdue" for row in data["results"])
    found = client.get(reverse("api:task-list") + "?q=nang+luong+tai+tao").json()
    assert any("năng lượng tái tạo" in row["title"] for row in found["results"])


def test_projects_and_targets_filter_like_the_lists(client, users, activity, day):
    client.force_login(users["bd.thuongtruc"])
    data = client.get(reverse("api:project-list") + "?q=tieu+hoc").json()
    assert data["count"] and all("Tiểu học" in row["name"] for row in data["results"])
    targets = client.get(reverse("api:target-list") + "?track=off_track").json()
    assert targets["count"] and all(row["track"] == "off_track" for row in targets["results"])


def test_schema_is_served(client, users):
    client.force_login(users["bd.thuongtruc"])
    response = client.get(reverse("api:schema"))
    assert response.status_code == 200
    assert b"/api/tasks/" in response.content


def test_project_money_counts_approved_years_unless_asked_to_include_submitted():
    from portal.tests.factories import CapitalYearFactory
    from portal.tests.world import build_ward

    w = build_ward("api-tien", "Phường Thử Tiền")  # one approved year: 1.000 planned, 500 disbursed
    CapitalYearFactory(project=w.project, year=2027, planned=3000, disbursed=1500, review_state="submitted")
    CapitalYearFactory(project=w.project, year=2028, planned=9000, disbursed=9000, review_state="draft")
    client = Client()
    client.force_login(w.follow_up)
    url = reverse("api:project-detail", kwargs={"pk": w.project.pk})

    def money(row):
        return tuple(Decimal(row[name]) for name in ("planned", "disbursed", "disbursement_rate"))

    approved = client.get(url).json()
    assert money(approved) == (1000, 500, 50)
    states = {row["year"]: row["review_state"] for row in approved["capital_years"]}
    assert states == {2026: "approved", 2027: "submitted", 2028: "draft"}  # each year says what it is

    with_submitted = client.get(url, {"so_lieu": "gom_cho_duyet"}).json()
    assert money(with_submitted) == (4000, 2000, 50)
    listed = client.get(reverse("api:project-list"), {"ward": w.ward.slug, "so_lieu": "gom_cho_duyet"}).json()
    assert [money(row) for row in listed["results"]] == [(4000, 2000, 50)]
    assert client.get(reverse("api:project-list"), {"so_lieu": "tat-ca"}).status_code == 400


def test_targets_carry_their_milestones_in_constant_queries():
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from portal.tests.factories import TargetFactory, TargetMilestoneFactory
    from portal.tests.world import build_ward

    w = build_ward("api-moc", "Phường Thử Mốc")
    TargetMilestoneFactory(target=w.target, year=2028, value="1250.5")
    TargetMilestoneFactory(target=w.target, year=2027, value=12)
    client = Client()
    client.force_login(w.follow_up)
    detail = reverse("api:target-detail", kwargs={"pk": w.target.pk})
    listing = reverse("api:target-list") + f"?ward={w.ward.slug}"

    row = client.get(detail).json()
    assert row["milestones"] == [{"year": 2027, "value": "12.000"}, {"year": 2028, "value": "1250.500"}]

    def queries(url):
        with CaptureQueriesContext(connection) as ctx:
            assert client.get(url).status_code == 200
        return len(ctx.captured_queries)

    small = (queries(listing), queries(detail))
    for n in range(5):
        target = TargetFactory(plan_item=w.item, position=n + 1, responsible_unit=w.ubnd)
        for year in (2026, 2027, 2028, 2029):
            TargetMilestoneFactory(target=target, year=year, value=year - 2020 + n)
    TargetMilestoneFactory(target=w.target, year=2029, value=15)
    assert (queries(listing), queries(detail)) == small
    rows = client.get(listing).json()["results"]
    assert len(rows) == 6 and sorted(len(r["milestones"]) for r in rows) == [3, 4, 4, 4, 4, 4]
