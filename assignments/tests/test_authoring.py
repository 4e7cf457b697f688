"""Creating and editing tasks: the services, the deadline revisions and the pages, by actor."""

import datetime as dt

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from assignments import deadlines
from assignments.authoring import TaskFields, create_task, update_task
from assignments.models import DeadlineRevision, Task, TaskUnit
from assignments.periods_text import TaskPeriod
from assignments.selectors import for_status, with_status
from assignments.status import Status
from core.concurrency import EditConflict
from portal.tests.factories import ProgressReportFactory, TaskFactory, TaskUnitFactory, UnitFactory
from portal.tests.world import build_world

pytestmark = pytest.mark.django_db

RANGE = TaskPeriod("range", "2026-2030", 2026, 2030)


@pytest.fixture
def world(today):
    return build_world()


@pytest.fixture
def bd(world):
    return world.bd


def fields(w, **overrides):
    values = {
        "plan_item": w.item,
        "number": "12",
        "title": "Số hóa hồ sơ địa chính",
        "leads": [w.ubnd],
        "coordinators": [w.congan],
        "period": RANGE,
        "expected_result": "Cơ sở dữ liệu",
        "responsible_person": "Đ/c Nguyễn Văn A, Phó Chủ tịch UBND",
    }
    values.update(overrides)
    return TaskFields(**values)


def status_of(task, today):
    return with_status(for_status(Task.objects.filter(pk=task.pk)), today)[0].computed


class TestServices:
    def test_it_creates_a_task_at_the_end_of_its_group_with_one_row_per_unit(self, bd):
        task = create_task(fields=fields(bd), author=bd.follow_up)
        assert task.position == max(t.position for t in bd.item.tasks.all())
        roles = [(r.unit, r.role) for r in task.unit_roles.order_by("position")]
        assert roles == [(bd.ubnd, TaskUnit.Role.LEAD), (bd.congan, TaskUnit.Role.COORDINATOR)]
        assert task.lead_text == bd.ubnd.name and task.coordination_text == bd.congan.name
        assert task.history.first().history_user == bd.follow_up
        assert task.responsible_person.startswith("Đ/c")

    def test_a_unit_cannot_be_both_lead_and_coordinator(self, bd):
        with pytest.raises(ValidationError) as caught:
            create_task(fields=fields(bd, coordinators=[bd.ubnd]), author=bd.follow_up)
        assert "coordinators" in caught.value.error_dict

    def test_units_of_another_ward_are_refused(self, bd, world):
        with pytest.raises(ValidationError):
            create_task(fields=fields(bd, coordinators=[world.ndn.congan]), author=bd.follow_up)
        assert not Task.objects.filter(title="Số hóa hồ sơ địa chính").exists()

    def test_a_moved_deadline_needs_a_reason_and_is_kept_as_a_revision(self, bd):
        task = bd.task
        new = TaskPeriod("date", "30/06/2027", None, None, dt.date(2027, 6, 30))
        with pytest.raises(ValidationError) as caught:
            update_task(task=task, version=task.version, fields=fields(bd, period=new), author=bd.follow_up)
        assert "reason" in caught.value.error_dict
        update_task(
            task=task, version=task.version, fields=fields(bd, period=new), reason="Chờ vốn", author=bd.follow_up
        )
        task.refresh_from_db()
        assert (task.period_kind, task.due_date) == ("date", dt.date(2027, 6, 30))
        revision = DeadlineRevision.objects.get(task=task)
        assert (revision.old_period_text, revision.old_start_year, revision.old_end_year) == ("2026-2030", 2026, 2030)
        assert (revision.new_due_date, revision.reason, revision.changed_by) == (
            dt.date(2027, 6, 30),
            "Chờ vốn",
            bd.follow_up,
        )

    def test_same_deadline_new_wording_needs_no_reason(self, bd):
        task = bd.task
        update_task(
            task=task,
            version=task.version,
            fields=fields(bd, period=TaskPeriod("range", "Giai đoạn 2026 - 2030", 2026, 2030)),
            author=bd.follow_up,
        )
        task.refresh_from_db()
        assert task.period_text == "Giai đoạn 2026 - 2030"
        assert not DeadlineRevision.objects.exists()

    def test_a_stale_form_is_refused_and_the_other_edit_kept(self, bd):
        task = bd.task
        seen = task.version
        update_task(task=task, version=seen, fields=fields(bd, title="Bản của người thứ nhất"), author=bd.follow_up)
        with pytest.raises(EditConflict):
            update_task(task=task, version=seen, fields=fields(bd, title="Bản của người thứ hai"), author=bd.follow_up)
        assert Task.objects.get(pk=task.pk).title == "Bản của người thứ nhất"

    def test_changing_the_lead_unit_is_in_the_history_of_its_rows(self, bd):
        task = bd.task
        update_task(
            task=task,
            version=task.version,
            fields=fields(bd, leads=[bd.congan], coordinators=[bd.ubnd]),
            author=bd.follow_up,
        )
        rows = {(r.unit_id, r.role) for r in TaskUnit.objects.filter(task=task)}
        assert rows == {(bd.congan.pk, "lead"), (bd.ubnd.pk, "coordinator")}
        assert TaskUnit.history.filter(task_id=task.pk, history_user=bd.follow_up).count() == 2


class TestDeadlinesKeepThePast:
    """Moving a deadline later never makes reported work disappear from the status."""

    @pytest.mark.parametrize(
        "new",
        [
            TaskPeriod("year", "2027", 2027, 2027),
            TaskPeriod("date", "30/6/2027", None, None, dt.date(2027, 6, 30)),
            TaskPeriod("range", "2027-2028", 2027, 2028),
        ],
        ids=["year", "date", "range"],
    )
    def test_reports_made_before_still_count_after_the_move(self, today, new):
        unit = UnitFactory()
        task = TaskFactory(period_kind="year", period_text="2026", start_year=2026, end_year=2026)
        TaskUnitFactory(task=task, unit=unit)
        for index, percent in enumerate((10, 25, 40, 64), start=1):
            if index <= 3:
                ProgressReportFactory(task=task, unit=unit, period_index=index, percent=percent)
        assert status_of(task, today).percent == 40
        revision = deadlines.revise(task, new, reason="Điều chỉnh theo chỉ đạo")
        task.save()
        deadlines.record([revision])
        computed = status_of(task, today)
        assert computed.percent == 40 and computed.status != Status.NOT_STARTED
        assert task.reports.count() == 3
        assert task.start_year == 2026  # the start is kept; the deadline is the new one
        assert computed.deadline == (new.due_date or dt.date(new.end_year, 12, 31))

    def test_an_earlier_deadline_takes_its_own_start(self):
        old = TaskPeriod("range", "2026-2030", 2026, 2030)
        new = TaskPeriod("year", "2025", 2025, 2025)
        assert deadlines.kept_start(old, new) == new


class TestPages:
    def create_data(self, w, **overrides):
        data = {
            "plan_item": w.item.pk,
            "number": "7",
            "title": "Chuyển đổi số trong trường học",
            "leads": [w.ubnd.pk],
            "coordinators": [w.congan.pk],
            "period_kind": "yearly",
            "expected_result": "Báo cáo năm",
            "responsible_person": "Trưởng phòng VH-XH",
            "approver": "Chủ tịch UBND phường",
            "resources": "Ngân sách phường",
        }
        data.update(overrides)
        return data

    @pytest.mark.parametrize(
        "actor,expected",
        [("follow_up", 200), ("official", 403), ("coordinator", 403), ("bystander", 403), ("viewer", 403)],
    )
    def test_who_may_open_the_create_page(self, client, bd, actor, expected):
        client.force_login(getattr(bd, actor))
        url = reverse("task_create", kwargs={"ward_slug": bd.ward.slug})
        assert client.get(url).status_code == expected
        count = Task.objects.count()
        assert client.post(url, self.create_data(bd)).status_code in (expected, 302)
        assert Task.objects.count() == count + (1 if expected == 200 else 0)

    def test_another_wards_office_gets_404(self, client, world):
        client.force_login(world.ndn.follow_up)
        assert client.get(reverse("task_create", kwargs={"ward_slug": world.bd.ward.slug})).status_code == 404
        assert client.get(reverse("task_edit", kwargs={"task_pk": world.bd.task.pk})).status_code == 404

    def test_the_office_creates_a_yearly_task_with_the_plans_years(self, client, bd):
        client.force_login(bd.follow_up)
        response = client.post(reverse("task_create", kwargs={"ward_slug": bd.ward.slug}), self.create_data(bd))
        task = Task.objects.get(title="Chuyển đổi số trong trường học")
        assert response.status_code == 302 and response["Location"] == reverse("task_detail", args=[task.pk])
        assert (task.period_kind, task.period_text, task.start_year, task.end_year) == (
            "yearly",
            "Hàng năm",
            2026,
            2030,
        )
        page = client.get(response["Location"]).content.decode()
        assert "Trưởng phòng VH-XH" in page and reverse("task_edit", args=[task.pk]) in page
        assert (task.approver, task.resources) == ("Chủ tịch UBND phường", "Ngân sách phường")  # two of the "6 rõ"

    @pytest.mark.parametrize(
        "overrides,field",
        [
            ({"period_kind": "date"}, "due_date"),
            ({"period_kind": "year"}, "year"),
            ({"period_kind": "range", "start_year": "2029", "end_year": "2027"}, "end_year"),
            ({"leads": []}, "leads"),
            ({"coordinators": [], "leads": ["999999999"]}, "leads"),
            ({"coordinators": [], "leads": [str(2**63)]}, "leads"),  # was an OverflowError (500) on SQLite
            ({"coordinators": ["-1", "abc"]}, "coordinators"),
            ({"period_kind": "yearly", "start_year": "abc"}, "start_year"),
        ],
    )
    def test_bad_input_gives_400_and_its_message(self, client, bd, overrides, field):
        client.force_login(bd.follow_up)
        count = Task.objects.count()
        response = client.post(
            reverse("task_create", kwargs={"ward_slug": bd.ward.slug}), self.create_data(bd, **overrides)
        )
        assert response.status_code == 400
        assert field in response.context["form"].errors
        assert Task.objects.count() == count

    def test_both_roles_show_the_message_on_the_form(self, client, bd):
        client.force_login(bd.follow_up)
        response = client.post(
            reverse("task_create", kwargs={"ward_slug": bd.ward.slug}),
            self.create_data(bd, coordinators=[bd.ubnd.pk]),
        )
        assert response.status_code == 400
        assert "vừa chủ trì vừa phối hợp" in response.content.decode()

    def edit_data(self, task, w, **overrides):
        data = self.create_data(
            w,
            title=task.title,
            period_kind="range",
            start_year="2026",
            end_year="2030",
            period_text="2026-2030",
            version=str(task.version),
        )
        data.update(overrides)
        return data

    def test_the_office_moves_a_deadline_and_the_page_shows_both(self, client, bd):
        client.force_login(bd.follow_up)
        url = reverse("task_edit", kwargs={"task_pk": bd.task.pk})
        response = client.post(url, self.edit_data(bd.task, bd, period_kind="date", due_date="31/03/2027"))
        assert response.status_code == 400 and "reason" in response.context["form"].errors
        response = client.post(
            url,
            self.edit_data(bd.task, bd, period_kind="date", due_date="31/03/2027", period_text="", reason="Chờ vốn"),
        )
        assert response.status_code == 302
        page = client.get(response["Location"]).content.decode()
        assert "31/03/2027" in page and "2026-2030" in page and "Chờ vốn" in page
        assert bd.report.narrative in page  # the report made before is still on the page

    def test_two_forms_loaded_at_the_same_state_one_saves_the_other_gets_409(self, client, bd):
        client.force_login(bd.follow_up)
        url = reverse("task_edit", kwargs={"task_pk": bd.task.pk})
        first = self.edit_data(bd.task, bd, title="Bản thứ nhất")
        second = self.edit_data(bd.task, bd, title="Bản thứ hai")
        assert client.post(url, first).status_code == 302
        response = client.post(url, second)
        assert response.status_code == 409
        html = response.content.decode()
        assert "Trong lúc bạn sửa" in html and "Bản thứ hai" in html
        assert Task.objects.get(pk=bd.task.pk).title == "Bản thứ nhất"
        # the version moved on: saving again is deliberate and goes through
        assert client.post(url, {**second, "version": response.context["form"].data["version"]}).status_code == 302
        assert Task.objects.get(pk=bd.task.pk).title == "Bản thứ hai"

    @pytest.mark.parametrize("actor", ["official", "coordinator", "viewer"])
    def test_officials_who_report_on_the_task_may_not_edit_it(self, client, bd, actor):
        client.force_login(getattr(bd, actor))
        url = reverse("task_edit", kwargs={"task_pk": bd.task.pk})
        assert client.get(url).status_code == 403
        assert client.post(url, self.edit_data(bd.task, bd, title="Giả mạo")).status_code == 403
        assert Task.objects.get(pk=bd.task.pk).title != "Giả mạo"
        assert (
            reverse("task_edit", args=[bd.task.pk])
            not in client.get(reverse("task_detail", args=[bd.task.pk])).content.decode()
        )

    def test_the_city_viewer_may_not_edit(self, client, world):
        client.force_login(world.city_viewer)
        assert client.get(reverse("task_edit", kwargs={"task_pk": world.bd.task.pk})).status_code == 403
