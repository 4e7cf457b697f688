"""The lists: filters, computed status, search without diacritics, scoping, shareable links."""

import pytest
from django.urls import reverse

from assignments.models import Task
from core.search import fold_text, refresh_search_text, search_filter
from dashboards.tests.conftest import result_count
from projects.models import Project
from targets.models import Target

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("nang luong tai tao", "Thu hút đầu tư điện năng lượng tái tạo trên địa bàn"),
        ("DIEN NANG LUONG", "Thu hút đầu tư điện năng lượng tái tạo trên địa bàn"),
        ("điện năng", "Thu hút đầu tư điện năng lượng tái tạo trên địa bàn"),
        ("day nhanh giai phong mat bang", "Đẩy nhanh tiến độ giải phóng mặt bằng"),
    ],
)
def test_task_search_ignores_diacritics_and_case(seeded_db, query, expected):
    titles = list(Task.objects.filter(search_filter(query)).values_list("title", flat=True))
    assert any(title.startswith(expected) for title in titles), titles


def test_project_search_tieu_hoc_finds_tieu_hoc(seeded_db):
    names = list(Project.objects.filter(search_filter("tieu hoc")).values_list("name", flat=True))
    assert names and all("Tiểu học" in name for name in names)
    assert Project.objects.filter(search_filter("d")).filter(name__contains="Đ").exists()


def test_target_search(seeded_db):
    assert Target.objects.filter(search_filter("doanh nghiep")).exists()


def test_search_text_follows_saves_and_bulk_refresh(seeded_db, db):
    task = Task.objects.order_by("pk").first()
    task.title = "Xây dựng Đường Hòa Bình"
    task.save(update_fields=["title"])
    task.refresh_from_db()
    assert "duong hoa binh" in task.search_text
    Task.objects.filter(pk=task.pk).update(title="Trạm Y tế")
    assert refresh_search_text(Task.objects.filter(pk=task.pk)) == 1
    assert Task.objects.filter(search_filter("tram y te"), pk=task.pk).exists()
    assert fold_text("  Đảng   ủy ") == "dang uy"


def test_task_list_search_and_filters_are_in_the_url(login, activity, day):
    client = login("bd.thuongtruc")
    response = client.get(reverse("task_list") + "?q=nang+luong+tai+tao")
    assert result_count(response) >= 1
    assert "điện năng lượng tái tạo" in response.content.decode()
    assert 'value="nang luong tai tao"' in response.content.decode()  # the filter is kept in the form


def test_task_list_status_filter_is_the_computed_status(login, activity, day):
    from assignments.selectors import for_status, with_status

    client = login("bd.thuongtruc")
    tasks = with_status(for_status(Task.objects.filter(plan_item__plan__ward__slug="bach-dang")), day)
    for status in ("overdue", "at_risk", "done_on_time", "done_late", "in_progress", "not_started"):
        expected = sum(t.computed.status == status for t in tasks)
        assert result_count(client.get(f"/tasks/?ward=bach-dang&status={status}")) == expected, status


def test_task_list_group_lead_and_coordinator_filters(login, activity, day):
    from assignments.models import TaskUnit

    client = login("bd.thuongtruc")
    role = TaskUnit.objects.filter(task__plan_item__plan__ward__slug="bach-dang", role="lead").first()
    led = TaskUnit.objects.filter(unit=role.unit, role="lead").count()
    assert result_count(client.get(f"/tasks/?lead={role.unit_id}")) == led
    item = role.task.plan_item
    assert result_count(client.get(f"/tasks/?group={item.pk}")) == item.tasks.count()
    coordinated = TaskUnit.objects.filter(role="coordinator", task__plan_item__plan__ward__slug="bach-dang").first()
    count = TaskUnit.objects.filter(unit=coordinated.unit, role="coordinator").count()
    assert result_count(client.get(f"/tasks/?coordinator={coordinated.unit_id}")) == count


def test_lists_are_scoped_to_the_users_ward(login, activity, day):
    client = login("ndn.thuongtruc")
    for name in ("task_list", "target_list", "project_list", "report_list"):
        html = client.get(reverse(name)).content.decode()
        assert "Bạch Đằng" not in html, name
    # Naming another ward in the URL does not reveal it.
    assert "Bạch Đằng" not in client.get("/tasks/?ward=bach-dang").content.decode()
    ndn = Task.objects.filter(plan_item__plan__ward__slug="nguyen-dai-nang").count()
    assert result_count(client.get("/tasks/")) == ndn


def test_other_lists_filter(login, activity, day):
    client = login("bd.thuongtruc")
    assert result_count(client.get("/projects/?ward=bach-dang&q=tieu+hoc")) >= 1
    assert (
        result_count(client.get("/projects/?ward=bach-dang&level=city"))
        == Project.objects.filter(ward__slug="bach-dang", level="city").count()
    )
    assert result_count(client.get("/reports/?ward=bach-dang&period=2026-Q4")) > 0
    assert result_count(client.get("/targets/?ward=bach-dang&track=met")) > 0


def test_lists_paginate(login, activity, day):
    client = login("hp.thanhpho")
    html = client.get("/tasks/?page=2").content.decode()
    assert "Trang 2/" in html
