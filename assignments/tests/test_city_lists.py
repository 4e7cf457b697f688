"""A reader of every ward: the per-ward filters offer their choices once a ward is chosen."""

import pytest
from django.urls import reverse

from accounts.models import Profile
from assignments.models import TaskUnit
from portal.tests.factories import CityFactory, make_user
from portal.tests.world import build_ward

pytestmark = pytest.mark.django_db


@pytest.fixture
def city(today):
    city = CityFactory(name="Thành phố Thử nghiệm", slug="thu-nghiem")
    a = build_ward("le-chan", "Lê Chân", city=city)
    b = build_ward("ngo-quyen", "Ngô Quyền", city=city)
    viewer = make_user(Profile.Role.CITY_VIEWER, city=city, username="tp.thanhpho")
    return a, b, viewer


def options(html: str, name: str) -> str:
    start = html.index(f'name="{name}"')
    return html[start : html.index("</select>", start)]


def test_unit_and_group_choices_wait_for_a_ward(client, city):
    a, b, viewer = city
    client.force_login(viewer)
    html = client.get(reverse("task_list")).content.decode()
    assert "UBND phường (" not in options(html, "lead") and "Chọn phường trước" in options(html, "lead")
    assert "Nhóm phát triển kinh tế" not in options(html, "group")
    chosen = client.get(reverse("task_list"), {"ward": a.ward.slug}).content.decode()
    assert "UBND phường (" in options(chosen, "lead")
    assert f'value="{b.ubnd.pk}"' not in options(chosen, "lead")


def test_a_unit_in_the_query_still_filters_and_shows_without_a_ward(client, city):
    a, b, viewer = city
    client.force_login(viewer)
    response = client.get(reverse("task_list"), {"lead": b.ubnd.pk})
    assert response.status_code == 200
    shown = {t.pk for t in response.context["page"].object_list}
    led = set(TaskUnit.objects.filter(unit=b.ubnd, role=TaskUnit.Role.LEAD).values_list("task_id", flat=True))
    assert shown == led and a.task.pk not in shown
    assert f'value="{b.ubnd.pk}" selected' in options(response.content.decode(), "lead")


def test_a_city_list_shows_each_wards_plan_in_one_block_in_reading_order(client, city):
    """Every ward numbers its plan from the start, so ordering by the item's place alone
    interleaved the wards' tasks (ward A's first, ward B's first, ward A's second…)."""
    a, b, viewer = city
    for ward in (a, b):
        for position, task in enumerate([*ward.tasks, ward.yearly_task]):
            type(task).objects.filter(pk=task.pk).update(position=position)
    client.force_login(viewer)
    shown = list(client.get(reverse("task_list")).context["page"].object_list)
    wards = [task.plan_item.plan.ward_id for task in shown]
    blocks = [ward for i, ward in enumerate(wards) if i == 0 or ward != wards[i - 1]]
    assert len(shown) == 4 and sorted(blocks) == sorted({a.ward.pk, b.ward.pk})
    for ward in (a, b):
        mine = [task.pk for task in shown if task.plan_item.plan.ward_id == ward.ward.pk]
        assert mine == [task.pk for task in [*ward.tasks, ward.yearly_task]]
