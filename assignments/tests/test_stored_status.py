"""The status kept in each task's row (assignments.stored_status) is always the status rule's."""

import datetime as dt
import random

import pytest
from django.core.management import call_command
from django.urls import reverse

from assignments.models import ProgressReport, Task, TaskUnit
from assignments.selectors import for_status, with_status
from assignments.status import Status
from assignments.stored_status import refresh, refresh_all
from plans.models import WardSettings
from portal.tests.factories import (
    PlanFactory,
    PlanItemFactory,
    ProgressReportFactory,
    TaskFactory,
    TaskUnitFactory,
    UnitFactory,
    WardFactory,
)
from portal.tests.world import build_ward

pytestmark = pytest.mark.django_db

TODAY = dt.date(2026, 11, 27)  # the `today` fixture's day


def computed(task_ids, today):
    tasks = with_status(for_status(Task.objects.filter(pk__in=task_ids)), today)
    return {t.pk: (t.computed.status.value, t.computed.deadline) for t in tasks}


def stored(task_ids, today):
    rows = Task.objects.filter(pk__in=task_ids).values_list("pk", "current_status", "status_deadline", "status_as_of")
    for pk, _status, _deadline, as_of in rows:
        assert as_of == today, f"task {pk} stored for {as_of}, not {today}"
    return {pk: (status, deadline) for pk, status, deadline, _as_of in rows}


def random_tasks(rng: random.Random, count: int, item=None) -> list[int]:
    """Tasks of every period kind, with 0–2 lead units, a coordinator, and random reports."""
    item = item or PlanItemFactory(plan=PlanFactory(ward=WardFactory()))
    units = [UnitFactory(ward=item.plan.ward) for _ in range(4)]
    ids = []
    for _ in range(count):
        kind = rng.choice(list(Task.PeriodKind))
        start = rng.randint(2023, 2027)
        fields = {"period_kind": kind, "start_year": start, "end_year": start + rng.randint(0, 3), "due_date": None}
        if kind == Task.PeriodKind.DATE:
            fields.update(due_date=dt.date(start, rng.randint(1, 12), rng.randint(1, 28)), end_year=start)
        elif kind == Task.PeriodKind.YEAR:
            fields["end_year"] = start
        task = TaskFactory(plan_item=item, **fields)
        leads = rng.sample(units[:3], rng.randint(0, 2))
        for unit in leads:
            TaskUnitFactory(task=task, unit=unit, role=TaskUnit.Role.LEAD)
        TaskUnitFactory(task=task, unit=units[3], role=TaskUnit.Role.COORDINATOR)
        for _ in range(rng.randint(0, 4)):
            status = rng.choice(list(ProgressReport.Status))
            percent = 100 if status == "done" else 0 if status == "not_started" else rng.randint(0, 99)
            finished = dt.date(2026, rng.randint(1, 12), 1) if status == "done" and rng.random() < 0.5 else None
            ProgressReport.objects.get_or_create(
                task=task,
                unit=rng.choice([*leads, units[3]]) if leads else units[3],
                period_kind="quarter",
                period_year=rng.randint(2023, 2027),
                period_index=rng.randint(1, 4),
                defaults={
                    "status": status,
                    "percent": percent,
                    "completed_on": finished,
                },
            )
        ids.append(task.pk)
    return ids


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_stored_status_equals_the_rule_for_random_tasks_and_days(seed, today):
    rng = random.Random(seed)
    ids = random_tasks(rng, 20)
    # Every write above refreshed its task for today.
    assert stored(ids, TODAY) == computed(ids, TODAY)
    # Any other day (the day's job): the same as the rule on that day.
    for _ in range(3):
        day = dt.date(2026, 1, 1) + dt.timedelta(days=rng.randint(-400, 1500))
        refresh(ids, day)
        assert stored(ids, day) == computed(ids, day)


def test_a_new_or_changed_report_updates_the_stored_status(today):
    w = build_ward("le-chan", "Lê Chân", reports=0)
    assert stored([w.task.pk], TODAY) == computed([w.task.pk], TODAY)
    before = Task.objects.get(pk=w.task.pk).current_status
    report = ProgressReportFactory(task=w.task, unit=w.ubnd, period_index=4, status="done", percent=100)
    assert Task.objects.get(pk=w.task.pk).current_status == Status.DONE_ON_TIME != before
    report.status, report.percent = "in_progress", 40
    report.save()
    assert Task.objects.get(pk=w.task.pk).current_status not in (Status.DONE_ON_TIME, before)
    assert stored([w.task.pk], TODAY) == computed([w.task.pk], TODAY)
    ProgressReport.objects.filter(task=w.task).delete()  # a queryset delete still sends post_delete
    assert Task.objects.get(pk=w.task.pk).current_status == before
    assert stored([w.task.pk], TODAY) == computed([w.task.pk], TODAY)


def test_a_moved_deadline_and_a_changed_lead_update_the_stored_status(today):
    w = build_ward("le-chan", "Lê Chân", reports=0)
    task = Task.objects.get(pk=w.task.pk)
    task.period_kind, task.due_date, task.start_year, task.end_year = "date", dt.date(2026, 6, 30), 2026, 2026
    task.save()
    assert Task.objects.get(pk=task.pk).current_status == Status.OVERDUE
    task.due_date = dt.date(2027, 6, 30)
    task.save()
    assert Task.objects.get(pk=task.pk).current_status != Status.OVERDUE
    # A lead unit's done report counts only while it leads.
    other = UnitFactory(ward=w.ward)
    TaskUnitFactory(task=task, unit=other, role=TaskUnit.Role.COORDINATOR)
    ProgressReportFactory(task=task, unit=other, period_index=3, status="done", percent=100)
    assert Task.objects.get(pk=task.pk).current_status != Status.DONE_ON_TIME
    TaskUnit.objects.filter(task=task).exclude(unit=other).delete()
    role = TaskUnit.objects.get(task=task, unit=other)
    role.role = TaskUnit.Role.LEAD
    role.save()
    assert Task.objects.get(pk=task.pk).current_status == Status.DONE_ON_TIME
    assert stored([task.pk], TODAY) == computed([task.pk], TODAY)


def test_the_wards_thresholds_update_its_stored_statuses(today):
    w = build_ward("le-chan", "Lê Chân", reports=0)
    task = Task.objects.get(pk=w.task.pk)
    task.period_kind, task.due_date, task.start_year, task.end_year = "date", dt.date(2026, 12, 20), 2026, 2026
    task.save()
    assert Task.objects.get(pk=task.pk).current_status == Status.AT_RISK  # silent, 23 days left, 0% in November
    WardSettings.objects.update_or_create(ward=w.ward, defaults={"due_soon_days": 10, "at_risk_lag": 100})
    assert Task.objects.get(pk=task.pk).current_status == Status.NOT_STARTED
    assert stored([task.pk], TODAY) == computed([task.pk], TODAY)


def test_a_new_day_is_computed_on_the_spot_until_the_job_stores_it(client, today, monkeypatch):
    w = build_ward("le-chan", "Lê Chân", reports=0)
    task = Task.objects.get(pk=w.task.pk)
    task.period_kind, task.due_date, task.start_year, task.end_year = "date", dt.date(2026, 11, 27), 2026, 2026
    task.save()
    assert Task.objects.get(pk=task.pk).current_status == Status.AT_RISK
    tomorrow = TODAY + dt.timedelta(days=1)
    monkeypatch.setattr("django.utils.timezone.localdate", lambda *args, **kwargs: tomorrow)
    client.force_login(w.follow_up)
    url = reverse("task_list") + "?overdue=1"
    # The row still says "at risk" as of yesterday: the list does not trust it.
    assert Task.objects.get(pk=task.pk).status_as_of == TODAY
    response = client.get(url)
    assert [t.pk for t in response.context["page"].object_list] == [task.pk]
    assert Task.objects.get(pk=task.pk).status_as_of == TODAY  # reading wrote nothing
    call_command("refresh_statuses", "--ward", w.ward.slug)  # queued; the tests' backend runs it at once
    row = Task.objects.get(pk=task.pk)
    assert (row.current_status, row.status_as_of) == (Status.OVERDUE, tomorrow)
    assert [t.pk for t in client.get(url).context["page"].object_list] == [task.pk]


def test_the_lists_filter_on_the_stored_status_as_on_the_computed_one(client, today):
    w = build_ward("le-chan", "Lê Chân")
    ward = w.ward
    ids = random_tasks(random.Random(7), 30, item=w.item)
    # Some rows not current (never computed, of yesterday, of a day ahead after a clock was set
    # back), their stored status wrong: they must be computed, not trusted.
    for chunk, day in (
        (ids[:10], None),
        (ids[10:14], TODAY - dt.timedelta(days=1)),
        (ids[14:16], TODAY + dt.timedelta(days=1)),
    ):
        Task.objects.filter(pk__in=chunk).update(status_as_of=day, current_status=Status.AT_RISK)
    client.force_login(w.follow_up)
    statuses = computed(ids, TODAY)
    for value in [*Status.values, "done"]:
        expected = {
            pk
            for pk, (status, _d) in statuses.items()
            if status == value or (value == "done" and status in ("done_on_time", "done_late"))
        }
        response = client.get(reverse("task_list"), {"status": value, "ward": ward.slug, "page": 1})
        shown = {t.pk for t in response.context["page"].paginator.object_list}
        assert shown & set(ids) == expected, value
        api = client.get("/api/tasks/", {"status": value, "ward": ward.slug, "page_size": 100}).json()
        assert {row["id"] for row in api["results"]} & set(ids) == expected, value
    assert refresh_all() >= 0


def test_only_approved_reports_move_the_stored_status(today):
    from core.review import Action, transition

    w = build_ward("le-chan", "Lê Chân", reports=0)
    before = Task.objects.get(pk=w.task.pk).current_status
    report = ProgressReportFactory(
        task=w.task, unit=w.ubnd, period_index=4, status="done", percent=100, review_state="submitted"
    )
    assert Task.objects.get(pk=w.task.pk).current_status == before  # awaiting approval: not counted
    transition(
        ProgressReport, report.pk, Action.APPROVE, by=w.follow_up, reviewer=True, expected_version=report.version
    )
    assert Task.objects.get(pk=w.task.pk).current_status == Status.DONE_ON_TIME
    assert stored([w.task.pk], TODAY) == computed([w.task.pk], TODAY)


QUEUE = {"default": {"BACKEND": "django.tasks.backends.dummy.DummyBackend"}}
IMMEDIATE = {"default": {"BACKEND": "django.tasks.backends.immediate.ImmediateBackend"}}


def catch_up_jobs():
    from assignments.tasks import catch_up_statuses
    from core.models import BackgroundJob

    return BackgroundJob.objects.filter(task_path=catch_up_statuses.module_path)


def test_without_the_nights_job_a_list_queues_it_once_and_the_worker_makes_the_rows_current(
    client, today, monkeypatch, settings
):
    from django.core.cache import cache

    from assignments.stored_status import not_current
    from assignments.tasks import catch_up_statuses

    settings.TASKS = QUEUE  # a real queue: nothing runs in the request
    cache.clear()  # the once-a-day mark an earlier test of this process may have left
    lc, nq = build_ward("le-chan", "Lê Chân"), build_ward("ngo-quyen", "Ngô Quyền")
    tomorrow = TODAY + dt.timedelta(days=1)
    monkeypatch.setattr("django.utils.timezone.localdate", lambda *args, **kwargs: tomorrow)
    client.force_login(lc.follow_up)
    for _ in range(3):
        assert client.get(reverse("task_list"), {"overdue": 1}).status_code == 200
        assert client.get("/api/tasks/", {"status": "overdue"}).status_code == 200
    assert catch_up_jobs().count() == 1
    # Another process, without the shared cache's mark (or Redis down): the database knows.
    cache.clear()
    client.get(reverse("task_list"), {"overdue": 1})
    assert catch_up_jobs().count() == 1
    assert Task.objects.filter(not_current(tomorrow)).count() == Task.objects.count()  # the read wrote nothing

    job = catch_up_jobs().get()
    # Every ward with tasks: the day's rows are all yesterday's (other tests may have left wards).
    wards = Task.objects.values("plan_item__plan__ward").distinct().count()
    settings.TASKS = IMMEDIATE  # the worker runs it
    catch_up_statuses.enqueue(job_id=job.pk)
    job.refresh_from_db()
    assert job.status == job.Status.SUCCEEDED and job.summary["wards"] == wards >= 2
    assert not Task.objects.filter(not_current(tomorrow)).exists()
    assert stored([lc.task.pk, nq.task.pk], tomorrow) == computed([lc.task.pk, nq.task.pk], tomorrow)


def test_rows_current_queue_nothing_and_neither_does_a_backend_without_worker(client, today, monkeypatch, settings):
    settings.TASKS = QUEUE
    w = build_ward("le-chan", "Lê Chân")
    client.force_login(w.follow_up)
    client.get(reverse("task_list"), {"overdue": 1})
    assert not catch_up_jobs().exists()  # every row is today's

    settings.TASKS = IMMEDIATE  # no worker: the day's work must not run in a visitor's request
    monkeypatch.setattr("django.utils.timezone.localdate", lambda *args, **kwargs: TODAY + dt.timedelta(days=1))
    client.get(reverse("task_list"), {"overdue": 1})
    assert not catch_up_jobs().exists()
    assert Task.objects.get(pk=w.task.pk).status_as_of == TODAY


def a_day_without_the_nights_job(client, monkeypatch, settings):
    """Lê Chân's follow-up office signed in the day after its rows were stored, with a real queue."""
    from django.core.cache import cache

    settings.TASKS = QUEUE
    cache.clear()  # the once-a-day mark an earlier test of this process may have left
    w = build_ward("le-chan", "Lê Chân")
    monkeypatch.setattr("django.utils.timezone.localdate", lambda *args, **kwargs: TODAY + dt.timedelta(days=1))
    client.force_login(w.follow_up)
    return w


def test_with_the_cache_unreachable_the_database_keeps_it_to_one_job(client, today, monkeypatch, settings):
    def unreachable(*args, **kwargs):
        raise ConnectionError("redis down")

    a_day_without_the_nights_job(client, monkeypatch, settings)
    monkeypatch.setattr("assignments.tasks.cache.add", unreachable)
    for _ in range(2):
        assert client.get(reverse("task_list"), {"overdue": 1}).status_code == 200
    assert catch_up_jobs().count() == 1


def test_a_queue_that_fails_never_fails_the_list(client, today, monkeypatch, settings):
    from django.db import DatabaseError

    def refused(*args, **kwargs):
        raise DatabaseError("could not write the job")

    a_day_without_the_nights_job(client, monkeypatch, settings)
    monkeypatch.setattr("assignments.tasks.jobs.enqueue", refused)
    assert client.get(reverse("task_list"), {"overdue": 1}).status_code == 200
    assert not catch_up_jobs().exists()
