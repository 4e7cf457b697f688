"""The "6 rõ" audit: each point read from the task, the task page's checklist, the ward-wide list."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from accounts.models import Profile
from assignments.models import Task, TaskUnit
from assignments.six_clear import Point, six_clear
from portal.tests.factories import PlanItemFactory, TaskFactory, TaskUnitFactory, UnitFactory, make_user

pytestmark = pytest.mark.django_db


def clear_task(**overrides):
    """A task that makes all six clear; ``overrides`` then blur one."""
    item = PlanItemFactory(resources="")
    fields = {
        "plan_item": item,
        "expected_result": "Báo cáo kết quả",
        "approver": "Thường trực Đảng ủy",
        "resources": "Ngân sách phường",
        **overrides,
    }
    task = TaskFactory(**fields)
    TaskUnitFactory(task=task, unit=UnitFactory(ward=item.plan.ward, name="Phòng Văn hóa - Xã hội"))
    return Task.objects.with_units().select_related("plan_item").get(pk=task.pk)


def test_a_task_with_all_six_is_complete():
    audit = six_clear(clear_task())
    assert audit.is_complete
    assert audit.clear_count == 6


@pytest.mark.parametrize(
    ("overrides", "point"),
    [
        ({"expected_result": "  "}, Point.TASK),
        ({"approver": ""}, Point.AUTHORITY),
        ({"resources": ""}, Point.RESOURCES),
        ({"period_kind": Task.PeriodKind.RANGE, "start_year": None, "end_year": None}, Point.TIMELINE),
    ],
)
def test_each_missing_field_blurs_its_point(overrides, point):
    assert six_clear(clear_task(**overrides)).missing == [point]


def test_resources_of_the_plan_item_count_for_its_tasks():
    task = clear_task(resources="")
    task.plan_item.resources = "Vốn ngân sách thành phố"
    assert six_clear(task).is_complete


def test_a_catch_all_lead_is_neither_a_person_nor_a_responsibility():
    task = clear_task()
    role = task.unit_roles.get()
    role.unit.is_collective = True
    role.unit.save()
    task = Task.objects.with_units().select_related("plan_item").get(pk=task.pk)
    assert six_clear(task).missing == [Point.PERSON, Point.RESPONSIBILITY]


def test_two_lead_units_blur_responsibility_but_not_the_person():
    task = clear_task()
    TaskUnitFactory(task=task, unit=UnitFactory(ward=task.plan_item.plan.ward))
    task = Task.objects.with_units().select_related("plan_item").get(pk=task.pk)
    assert six_clear(task).missing == [Point.RESPONSIBILITY]


def test_a_task_without_a_lead_unit_misses_person_and_responsibility():
    task = clear_task()
    task.unit_roles.update(role=TaskUnit.Role.COORDINATOR)
    task = Task.objects.with_units().select_related("plan_item").get(pk=task.pk)
    assert six_clear(task).missing == [Point.PERSON, Point.RESPONSIBILITY]


def test_the_task_page_shows_the_checklist(client):
    task = clear_task(approver="")
    ward = task.plan_item.plan.ward
    client.force_login(make_user(Profile.Role.WARD_VIEWER, ward=ward))
    page = client.get(reverse("task_detail", kwargs={"task_pk": task.pk})).content.decode()
    assert "6 rõ" in page
    assert "5/6" in page
    assert "Cần ghi ai phê duyệt" in page


def test_the_ward_list_names_the_tasks_missing_a_point_and_filters_by_point(client):
    complete = clear_task()
    no_authority = clear_task(plan_item=complete.plan_item, approver="")
    no_product = clear_task(plan_item=complete.plan_item, expected_result="")
    ward = complete.plan_item.plan.ward
    client.force_login(make_user(Profile.Role.FOLLOW_UP, ward=ward))
    url = reverse("six_clear_list", kwargs={"ward_slug": ward.slug})
    page = client.get(url).content.decode()
    assert no_authority.title in page and no_product.title in page
    assert complete.title not in page
    assert "1 trên 3 nhiệm vụ" in page
    only = client.get(url, {"missing": "authority"}).content.decode()
    assert no_authority.title in only and no_product.title not in only
    # A value that is not a point is ignored, not an error.
    assert client.get(url, {"missing": "x" * 500}).status_code == 200


def test_another_wards_list_is_not_found(client):
    task = clear_task()
    other = UnitFactory().ward
    client.force_login(make_user(Profile.Role.FOLLOW_UP, ward=other))
    url = reverse("six_clear_list", kwargs={"ward_slug": task.plan_item.plan.ward.slug})
    assert client.get(url).status_code == 404


def test_the_list_reads_in_constant_queries(client):
    first = clear_task(approver="")
    ward = first.plan_item.plan.ward
    client.force_login(make_user(Profile.Role.FOLLOW_UP, ward=ward))
    url = reverse("six_clear_list", kwargs={"ward_slug": ward.slug})

    def count() -> int:
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url).status_code == 200
        return len(queries)

    few = count()
    for _ in range(5):
        clear_task(plan_item=first.plan_item, approver="")
    assert count() == few
