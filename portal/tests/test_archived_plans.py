"""An archived plan (or item) leaves the lists, dashboards, reminders and the report's counts,
and stays readable when asked for by name (plans.models.in_force)."""

import datetime as dt

import pytest
from django.urls import reverse

from assignments.reminders import ward_reminders
from dashboards import selectors
from plans import authoring
from portal.tests.world import build_ward

pytestmark = pytest.mark.django_db

TODAY = dt.date(2027, 3, 15)


@pytest.fixture
def w():
    return build_ward("luu-tru", "Phường Lưu Trữ", tasks=2)


def listed(client, user, name, **query):
    client.force_login(user)
    response = client.get(reverse(name), query)
    assert response.status_code == 200
    return response.content.decode()


def test_before_archiving_every_place_counts_the_plan(w, client):
    dashboard = selectors.ward_dashboard(w.ward, TODAY)
    assert (dashboard.task_count, dashboard.target_count, dashboard.project_count) == (3, 1, 1)
    row = selectors.compute_rows([w.ward], TODAY)[w.ward.pk]
    assert (row.tasks, row.targets, row.projects) == (3, 1, 1)
    assert w.task.title in listed(client, w.follow_up, "task_list")
    assert str(w.target) in listed(client, w.follow_up, "target_list")
    assert w.project.name in listed(client, w.follow_up, "project_list")
    assert w.task.title in listed(client, w.official, "my_work")


def test_an_archived_plan_leaves_the_dashboards_lists_and_reminders(w, client):
    authoring.set_plan_archived(plan=w.plan, archived=True, version=w.plan.version)

    dashboard = selectors.ward_dashboard(w.ward, TODAY)
    assert (dashboard.task_count, dashboard.target_count, dashboard.project_count) == (0, 0, 0)
    assert dashboard.groups == [] and dashboard.overdue == []
    row = selectors.compute_rows([w.ward], TODAY)[w.ward.pk]
    assert (row.tasks, row.targets, row.projects, row.planned) == (0, 0, 0, 0)
    assert all(not unit.tasks for unit in ward_reminders(ward=w.ward, day=TODAY).units)

    assert w.task.title not in listed(client, w.follow_up, "task_list")
    assert str(w.target) not in listed(client, w.follow_up, "target_list")
    assert w.project.name not in listed(client, w.follow_up, "project_list")
    assert w.task.title not in listed(client, w.official, "my_work")


def test_an_archived_plan_stays_readable_when_asked_for(w, client):
    authoring.set_plan_archived(plan=w.plan, archived=True, version=w.plan.version)
    assert w.task.title in listed(client, w.follow_up, "task_list", plan=w.plan.pk)
    assert str(w.target) in listed(client, w.follow_up, "target_list", plan=w.plan.pk)
    client.force_login(w.follow_up)
    assert client.get(reverse("task_detail", args=[w.task.pk])).status_code == 200


def test_the_cached_dashboard_page_forgets_the_archived_plan(w, client):
    client.force_login(w.follow_up)
    url = reverse("ward_dashboard", args=[w.ward.slug])
    before = client.get(url).content.decode()
    authoring.set_plan_archived(plan=w.plan, archived=True, version=w.plan.version)
    after = client.get(url).content.decode()
    assert before != after
    assert w.task.title not in after


def test_an_archived_item_takes_its_tasks_out_of_the_counts(w, client):
    authoring.remove_item(item=w.item, version=w.item.version)  # has tasks: archived, not deleted
    w.item.refresh_from_db()
    assert w.item.archived
    assert selectors.ward_dashboard(w.ward, TODAY).task_count == 0
    assert w.task.title not in listed(client, w.follow_up, "task_list")
    assert w.task.title in listed(client, w.follow_up, "task_list", group=w.item.pk)
