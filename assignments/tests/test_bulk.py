"""Bulk edit from the task list: selection, preview, confirm; all or nothing; by actor."""

import datetime as dt

import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from assignments import bulk
from assignments.bulk import Action, BulkChange
from assignments.models import DeadlineRevision, ProgressReport, Task, TaskUnit
from assignments.periods_text import TaskPeriod
from assignments.selectors import for_status, with_status
from assignments.status import DONE_STATUSES
from plans.locks import reopen
from plans.periods import ReportingPeriod
from portal.tests.factories import ProgressReportFactory, TaskFactory, TaskUnitFactory
from portal.tests.world import build_ward, build_world

pytestmark = pytest.mark.django_db


@pytest.fixture
def world(today):
    return build_world()


@pytest.fixture
def bd(world):
    return world.bd


def expected(*tasks):
    return {t.pk: Task.objects.get(pk=t.pk).version for t in tasks}


DEADLINE = {
    "action": "deadline",
    "period_kind": "date",
    "due_date": "2027-06-30",
    "reason": "Chờ phân bổ vốn",
}


class TestService:
    def test_moving_deadlines_records_a_revision_per_task_and_keeps_reports(self, bd, today):
        tasks = [bd.task, bd.yearly_task]
        change = BulkChange(
            Action.DEADLINE, period=TaskPeriod("date", "", None, None, dt.date(2027, 6, 30)), reason="Chờ vốn"
        )
        reports = ProgressReport.objects.count()
        changed = bulk.apply(ward=bd.ward, change=change, expected=expected(*tasks), author=bd.follow_up, today=today)
        assert len(changed) == 2
        assert DeadlineRevision.objects.filter(source="bulk", changed_by=bd.follow_up).count() == 2
        assert ProgressReport.objects.count() == reports
        assert {t.due_date for t in Task.objects.filter(pk__in=[t.pk for t in tasks])} == {dt.date(2027, 6, 30)}

    def test_a_task_saved_since_the_preview_refuses_the_whole_edit(self, bd, today):
        seen = expected(bd.task, bd.yearly_task)
        other = Task.objects.get(pk=bd.yearly_task.pk)
        other.title = "Sửa bởi người khác"
        other.save()
        change = BulkChange(Action.LEAD, lead=bd.congan)
        with pytest.raises(bulk.BulkConflict) as caught:
            bulk.apply(ward=bd.ward, change=change, expected=seen, author=bd.follow_up, today=today)
        assert [t.pk for t in caught.value.tasks] == [bd.yearly_task.pk]
        lead = TaskUnit.objects.get(task=bd.task, role="lead")
        assert lead.unit == bd.ubnd  # nothing half-applied

    def test_another_wards_task_is_never_touched(self, bd, world, today):
        change = BulkChange(Action.LEAD, lead=bd.congan)
        with pytest.raises(bulk.BulkConflict) as caught:
            bulk.apply(
                ward=bd.ward, change=change, expected=expected(bd.task, world.ndn.task), author=None, today=today
            )
        assert caught.value.missing == 1
        assert TaskUnit.objects.get(task=world.ndn.task, role="lead").unit == world.ndn.ubnd

    def test_a_new_lead_that_coordinated_stops_coordinating(self, bd, today):
        change = BulkChange(Action.LEAD, lead=bd.congan)
        bulk.apply(ward=bd.ward, change=change, expected=expected(bd.task), author=bd.follow_up, today=today)
        assert [(r.unit, r.role) for r in TaskUnit.objects.filter(task=bd.task)] == [(bd.congan, "lead")]
        assert Task.objects.get(pk=bd.task.pk).lead_text == bd.congan.name

    def test_add_and_remove_coordinators(self, bd, today):
        add = BulkChange(Action.ADD_COORDINATORS, units=[bd.other_unit, bd.ubnd])
        bulk.apply(ward=bd.ward, change=add, expected=expected(bd.yearly_task), author=bd.follow_up, today=today)
        roles = {(r.unit, r.role) for r in TaskUnit.objects.filter(task=bd.yearly_task)}
        assert roles == {(bd.ubnd, "lead"), (bd.other_unit, "coordinator")}  # the lead stays lead
        remove = BulkChange(Action.REMOVE_COORDINATORS, units=[bd.other_unit])
        bulk.apply(ward=bd.ward, change=remove, expected=expected(bd.yearly_task), author=bd.follow_up, today=today)
        assert {(r.unit, r.role) for r in TaskUnit.objects.filter(task=bd.yearly_task)} == {(bd.ubnd, "lead")}

    def test_marking_done_in_a_closed_quarter_is_refused(self, bd, today):
        change = BulkChange(Action.MARK_DONE, completed_on=dt.date(2026, 8, 20))  # Q3: closed after 15/10
        with pytest.raises(ValidationError) as refused:
            bulk.check(change, bd.ward, today)
        assert "đã khóa" in refused.value.message_dict["completed_on"][0]

    @pytest.mark.parametrize("scope", ["unit", "task"])
    def test_a_reopening_for_the_lead_unit_or_the_task_opens_the_quarter_for_marking_done(self, bd, today, scope):
        q3 = ReportingPeriod(2026, "quarter", 3)
        kwargs = {"unit": bd.ubnd} if scope == "unit" else {"task": bd.task}
        reopen(ward=bd.ward, period=q3, reason="Bổ sung số liệu", until=today, by=bd.follow_up, **kwargs)
        change = BulkChange(Action.MARK_DONE, completed_on=dt.date(2026, 8, 20))
        bulk.apply(ward=bd.ward, change=change, expected=expected(bd.task), author=bd.follow_up, today=today)
        report = ProgressReport.objects.get(task=bd.task, unit=bd.ubnd, period_year=2026, period_index=3)
        assert (report.status, report.percent) == ("done", 100)
        other = TaskFactory(plan_item=bd.item)  # led by a unit the reopening is not for
        TaskUnitFactory(task=other, unit=bd.congan, role=TaskUnit.Role.LEAD)
        with pytest.raises(ValidationError) as refused:
            bulk.apply(ward=bd.ward, change=change, expected=expected(bd.task, other), author=bd.follow_up, today=today)
        assert "đã khóa" in refused.value.message_dict["completed_on"][0]
        assert not ProgressReport.objects.filter(task=other).exists()

    def test_marking_done_is_an_office_report_per_lead_unit(self, bd, today):
        change = BulkChange(Action.MARK_DONE, completed_on=dt.date(2026, 11, 20))
        bulk.apply(ward=bd.ward, change=change, expected=expected(bd.task), author=bd.follow_up, today=today)
        report = ProgressReport.objects.get(task=bd.task, unit=bd.ubnd, period_year=2026, period_index=4)
        assert (report.status, report.percent, report.author) == ("done", 100, bd.follow_up)
        task = with_status(for_status(Task.objects.filter(pk=bd.task.pk)), today)[0]
        assert task.computed.status in DONE_STATUSES
        assert ProgressReport.objects.filter(task=bd.task).count() == 2  # the earlier report stays

    def test_a_completion_date_in_the_future_is_refused(self, bd, today):
        change = BulkChange(Action.MARK_DONE, completed_on=today + dt.timedelta(days=3))
        with pytest.raises(ValidationError):
            bulk.apply(ward=bd.ward, change=change, expected=expected(bd.task), author=bd.follow_up, today=today)
        assert ProgressReport.objects.filter(task=bd.task).count() == 1


class TestPages:
    def post(self, client, tasks, step, **data):
        return client.post(reverse("task_bulk"), {"task": [t.pk for t in tasks], "step": step, **data})

    def test_the_list_offers_checkboxes_to_the_office_only(self, client, bd):
        client.force_login(bd.follow_up)
        html = client.get(reverse("task_list")).content.decode()
        assert 'data-testid="bulk-bar"' in html and f'value="{bd.task.pk}" form="bulk-form"' in html
        for actor in (bd.official, bd.viewer):
            client.force_login(actor)
            assert 'data-testid="bulk-bar"' not in client.get(reverse("task_list")).content.decode()

    def test_select_all_matching_keeps_the_filter(self, client, bd):
        client.force_login(bd.follow_up)
        response = client.get(reverse("task_bulk"), {"all": "1", "period_kind": "yearly"})
        assert response.status_code == 200
        assert [t.pk for t in response.context["tasks"]] == [bd.yearly_task.pk]

    def test_preview_lists_before_and_after_then_confirm_applies(self, client, bd):
        client.force_login(bd.follow_up)
        response = self.post(client, [bd.task, bd.yearly_task], "preview", **DEADLINE)
        assert response.status_code == 200
        rows = response.context["rows"]
        assert [(r.before, r.after) for r in rows] == [("2026-2030", "30/06/2027"), ("Hàng năm", "30/06/2027")]
        assert not DeadlineRevision.objects.exists()  # the preview writes nothing
        expect = [f"{r.task.pk}:{r.task.version}" for r in rows]
        response = self.post(client, [bd.task, bd.yearly_task], "confirm", expect=expect, **DEADLINE)
        assert response.status_code == 302
        assert DeadlineRevision.objects.filter(reason="Chờ phân bổ vốn").count() == 2

    def test_a_conflict_gives_409_lists_the_task_and_applies_nothing(self, client, bd):
        client.force_login(bd.follow_up)
        rows = self.post(client, [bd.task, bd.yearly_task], "preview", **DEADLINE).context["rows"]
        expect = [f"{r.task.pk}:{r.task.version}" for r in rows]
        meanwhile = Task.objects.get(pk=bd.task.pk)
        meanwhile.expected_result = "Sửa trong lúc xem trước"
        meanwhile.save()
        response = self.post(client, [bd.task, bd.yearly_task], "confirm", expect=expect, **DEADLINE)
        assert response.status_code == 409
        assert 'data-testid="bulk-conflict"' in response.content.decode()
        assert [t.pk for t in response.context["refused"]] == [bd.task.pk]
        assert not DeadlineRevision.objects.exists()
        assert Task.objects.get(pk=bd.yearly_task.pk).period_kind == "yearly"

    @pytest.mark.parametrize(
        "data,field",
        [
            ({"action": "deadline", "period_kind": "date", "due_date": "2027-06-30"}, "reason"),
            ({"action": "deadline", "period_kind": "date", "reason": "x"}, "due_date"),
            ({"action": "lead"}, "lead"),
            ({"action": "add_coordinators"}, "units"),
            ({"action": "mark_done", "completed_on": "2030-01-01"}, "completed_on"),
            ({"action": "bogus"}, "action"),
            ({"action": "lead", "lead": "99999999999999999999"}, "lead"),
        ],
    )
    def test_bad_input_gives_400_and_changes_nothing(self, client, bd, data, field):
        client.force_login(bd.follow_up)
        versions = expected(bd.task)
        response = self.post(client, [bd.task], "preview", **data)
        assert response.status_code == 400
        assert field in response.context["form"].errors
        assert expected(bd.task) == versions

    @pytest.mark.parametrize("actor", ["official", "coordinator", "bystander", "viewer"])
    def test_who_may_not_bulk_edit(self, client, bd, actor):
        client.force_login(getattr(bd, actor))
        assert client.get(reverse("task_bulk"), {"task": bd.task.pk}).status_code == 403
        response = self.post(client, [bd.task], "confirm", expect=[f"{bd.task.pk}:{bd.task.version}"], **DEADLINE)
        assert response.status_code == 403
        assert not DeadlineRevision.objects.exists()

    def test_another_wards_tasks_are_never_selected(self, client, world):
        client.force_login(world.bd.follow_up)
        other = world.ndn.task
        response = client.get(reverse("task_bulk"), {"task": other.pk})
        assert other.title not in response.content.decode()
        response = self.post(
            client, [other], "confirm", expect=[f"{other.pk}:{other.version}"], action="lead", lead=world.ndn.congan.pk
        )
        assert response.status_code == 400
        assert TaskUnit.objects.get(task=other, role="lead").unit == world.ndn.ubnd

    def test_the_city_viewer_may_not_bulk_edit(self, client, world):
        client.force_login(world.city_viewer)
        assert client.get(reverse("task_bulk"), {"task": world.bd.task.pk}).status_code == 403


def test_the_preview_takes_the_same_queries_for_3_and_30_tasks(client, today):
    counts = []
    for size in (3, 30):
        w = build_ward(f"bulk-{size}", f"Phường {size}", tasks=size, reports=4)
        for task in w.tasks[1:]:
            ProgressReportFactory(task=task, unit=w.ubnd, period_index=2, percent=30)
        client.force_login(w.follow_up)
        data = {"task": [t.pk for t in w.tasks], "step": "preview", "action": "mark_done", "completed_on": "2026-11-20"}
        with CaptureQueriesContext(connection) as queries:
            response = client.post(reverse("task_bulk"), data)
        assert response.status_code == 200 and len(response.context["rows"]) == size
        counts.append(len(queries))
    assert counts[0] == counts[1], counts


def test_tasks_of_groups_with_many_units_preview_in_constant_queries(client, today):
    """Lead-unit changes read the roles prefetched once, whatever the number of units."""
    w = build_ward("bulk-units", "Phường nhiều đơn vị", tasks=5, reports=0)
    for task in w.tasks:
        TaskUnitFactory(task=task, unit=w.other_unit, role="coordinator", position=2)
    extra = TaskFactory(plan_item=w.item)
    TaskUnitFactory(task=extra, unit=w.ubnd)
    client.force_login(w.follow_up)
    data = {"task": [t.pk for t in [*w.tasks, extra]], "step": "preview", "action": "lead", "lead": w.congan.pk}
    response = client.post(reverse("task_bulk"), data)
    assert response.status_code == 200
    assert all(r.changes for r in response.context["rows"])
