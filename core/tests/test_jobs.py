"""Background jobs (core.jobs): recorded, retried, visible, and run by the real worker."""

from __future__ import annotations

import datetime as dt

import pytest
from django.core.management import call_command
from django.db import connection
from django.db.models import F
from django.test import override_settings
from django.urls import reverse
from django_tasks_db.models import DBTaskResult

from core import jobs
from portal.tests.world import build_ward

CALLS: list[dict] = []


@jobs.job_task
def flaky(*, fail_times: int, note: str) -> dict:
    """Fails ``fail_times`` times, then succeeds (the attempts are counted in CALLS)."""
    CALLS.append({"note": note})
    if len(CALLS) <= fail_times:
        raise ConnectionError(f"máy chủ thư không trả lời (lần {len(CALLS)})")
    return {"calls": len(CALLS), "note": note}


@pytest.fixture(autouse=True)
def _calls():
    CALLS.clear()


@pytest.fixture
def bd(db, today):
    return build_ward("bach-dang", "Bạch Đằng", reports=0)


def test_a_job_that_succeeds_records_its_summary(bd):
    job, result = jobs.enqueue(flaky, label="Nhắc việc", ward=bd.ward, user=bd.follow_up, fail_times=0, note="a")
    assert result.status == "SUCCESSFUL"
    assert (job.status, job.attempts, job.summary, job.error) == ("succeeded", 1, {"calls": 1, "note": "a"}, "")
    assert job.requested_by == bd.follow_up and job.finished_at is not None


def test_a_failed_attempt_is_retried_and_the_job_succeeds(bd):
    job, _ = jobs.enqueue(flaky, label="Nhắc việc", ward=bd.ward, fail_times=2, note="b")
    assert (job.status, job.attempts, job.summary["calls"]) == ("succeeded", 3, 3)


def test_after_the_last_attempt_the_job_fails_with_its_error(bd, caplog):
    job, result = jobs.enqueue(flaky, label="Nhắc việc", ward=bd.ward, max_attempts=2, fail_times=5, note="c")
    assert result.status == "FAILED" and len(CALLS) == 2
    assert (job.status, job.attempts) == ("failed", 2)
    # The office reads a plain sentence; the exception is in the administrator's log.
    assert job.error == jobs.UNEXPECTED
    assert "ConnectionError: máy chủ thư không trả lời (lần 2)" in caplog.text


def test_the_office_sees_its_wards_jobs_and_not_anothers(client, bd):
    other = build_ward("nguyen-dai-nang", "Nguyễn Đại Năng", reports=0)
    jobs.enqueue(flaky, label="Nhắc việc", ward=bd.ward, max_attempts=1, fail_times=1, note="d")
    jobs.enqueue(flaky, label="Nhắc việc", ward=other.ward, fail_times=0, note="e")
    client.force_login(bd.follow_up)
    html = client.get(reverse("my_work")).content.decode()
    assert 'data-testid="jobs"' in html and "Việc chạy nền gần đây" in html
    assert 'data-testid="job-failed"' in html and "Gặp lỗi ngoài dự kiến" in html  # the exception itself is in the log
    assert 'data-testid="job-succeeded"' not in html  # the other ward's job
    client.force_login(bd.viewer)  # reads the chase list, may not remind: no jobs either
    assert 'data-testid="jobs"' not in client.get(reverse("my_work")).content.decode()


@pytest.mark.django_db(transaction=True)
def test_a_queued_job_is_stored_and_run_by_the_worker_command(today):
    """With the database backend nothing runs in the request; ``db_worker`` runs it, retries
    the failed attempt and records the outcome."""
    w = build_ward("bach-dang", "Bạch Đằng", reports=0)
    database = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}}
    with override_settings(TASKS=database):
        job, result = jobs.enqueue(flaky, label="Nhắc việc", ward=w.ward, fail_times=1, note="worker")
        assert result.status == "READY" and not CALLS
        assert job.status == "queued" and job.task_result_id == str(result.id)
        stored = DBTaskResult.objects.get(id=result.id)
        assert stored.task_path == "core.tests.test_jobs.flaky"
        assert stored.args_kwargs["kwargs"] == {"job_id": job.pk, "fail_times": 1, "note": "worker"}

        call_command("db_worker", "--batch", "--no-startup-delay", "--no-reload", "--interval", "0", verbosity=0)

    job.refresh_from_db()
    assert (job.status, job.attempts, job.summary) == ("succeeded", 2, {"calls": 2, "note": "worker"})
    attempts = DBTaskResult.objects.order_by("enqueued_at")
    assert [a.status for a in attempts] == ["FAILED", "SUCCESSFUL"]
    assert "ConnectionError" in attempts[0].traceback


def _claimed_by_a_worker_that_died(job, minutes_ago: int) -> None:
    """What a worker killed mid-job leaves behind: its attempt and the job both 'running'."""
    from django.utils import timezone

    from core.models import BackgroundJob

    then = timezone.now() - dt.timedelta(minutes=minutes_ago)
    DBTaskResult.objects.filter(id=job.task_result_id).update(status="RUNNING", started_at=then, worker_ids=["dead"])
    BackgroundJob.objects.filter(pk=job.pk).update(status="running", attempts=F("attempts") + 1, heartbeat_at=then)


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("attempts_left", [True, False])
def test_a_job_whose_worker_died_is_retried_or_failed_and_the_office_sees_it(client, today, attempts_left):
    w = build_ward("bach-dang", "Bạch Đằng", reports=0)
    database = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}}
    with override_settings(TASKS=database, JOB_RETRY_DELAYS=[0, 0]):
        job, _result = jobs.enqueue(
            flaky, label="Nhắc việc", ward=w.ward, max_attempts=2 if attempts_left else 1, fail_times=0, note="x"
        )
        _claimed_by_a_worker_that_died(job, minutes_ago=10)
        alive, _ = jobs.enqueue(flaky, label="Nhắc việc", ward=w.ward, fail_times=0, note="alive")
        _claimed_by_a_worker_that_died(alive, minutes_ago=1)  # within JOB_STALE_SECONDS: still alive

        call_command("reap_jobs", verbosity=0)

        job.refresh_from_db()
        alive.refresh_from_db()
        assert alive.status == "running"
        assert DBTaskResult.objects.get(id=job.task_result_id).status == "FAILED"
        if attempts_left:
            assert job.status == "retrying" and "dừng giữa chừng" in job.error
            call_command("db_worker", "--batch", "--no-startup-delay", "--no-reload", "--interval", "0", verbosity=0)
            job.refresh_from_db()
            assert (job.status, job.attempts, CALLS) == ("succeeded", 2, [{"note": "x"}])
        else:
            assert job.status == "failed" and job.finished_at is not None and not CALLS
            client.force_login(w.follow_up)
            html = client.get(reverse("my_work")).content.decode()
            assert 'data-testid="job-failed"' in html and "Máy chạy nền đã dừng giữa chừng" in html
    assert jobs.reap_stale() == []  # nothing left to reap


def test_a_long_job_reports_its_progress_to_the_office(client, bd):
    from core.models import BackgroundJob

    job = BackgroundJob.objects.create(ward=bd.ward, task_path="x", label="Nhập dữ liệu", status="running")
    jobs.progress(job.pk, 250, 1000)
    client.force_login(bd.follow_up)
    html = client.get(reverse("my_work")).content.decode()
    assert "250/1000 (25%)" in html


@jobs.job_task
def stepped(*, steps: int) -> dict:
    """Reports each step, and reads back what the office would see after it."""
    from core.models import BackgroundJob

    seen = []
    for step in range(1, steps + 1):
        jobs.report_progress(step, steps)
        job = BackgroundJob.objects.get(label="Từng bước", status="running")
        seen.append([job.progress_done, job.progress_total])
    return {"seen": seen}


def test_a_running_job_reports_each_step_and_ends_at_its_total(bd, monkeypatch):
    monkeypatch.setattr(jobs, "PROGRESS_EVERY", 0)
    job, _ = jobs.enqueue(stepped, label="Từng bước", ward=bd.ward, steps=4)
    assert job.summary["seen"] == [[1, 4], [2, 4], [3, 4], [4, 4]]
    assert (job.progress_done, job.progress_total) == (4, 4)


def test_progress_is_written_at_most_every_half_second_but_always_at_the_end(bd, monkeypatch):
    from types import SimpleNamespace

    monkeypatch.setattr(jobs, "time", SimpleNamespace(monotonic=lambda: 100.0))  # every step at once
    job, _ = jobs.enqueue(stepped, label="Từng bước", ward=bd.ward, steps=3)
    assert job.summary["seen"] == [[1, 3], [1, 3], [3, 3]]  # step 2 came too soon after step 1
    jobs.report_progress(5, 5)  # outside a job: nothing to write, no error


def _seen_from_another_connection(label: str, done: int) -> bool:
    """Does a reader outside the job's transaction see ``done`` within 5 s (as the office would)?"""
    import threading
    import time

    from core.models import BackgroundJob

    seen = []

    def read():
        try:
            deadline = time.monotonic() + 5
            while time.monotonic() < deadline:
                if BackgroundJob.objects.filter(label=label, progress_done=done).exists():
                    seen.append(True)
                    return
                time.sleep(0.05)
        finally:
            connection.close()  # this thread's own

    reader = threading.Thread(target=read)
    reader.start()
    reader.join()
    return bool(seen)


@jobs.job_task
def import_like(*, rows: int) -> dict:
    """Reports its rows from inside one transaction, as the import does."""
    from django.db import transaction

    seen = []
    with transaction.atomic():
        for row in range(1, rows + 1):
            jobs.report_progress(row, rows)
            seen.append(_seen_from_another_connection("Trong giao dịch", row))
    return {"seen": seen}


@pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="SQLite has one writer: the job's own transaction holds it (README)",
)
@pytest.mark.django_db(transaction=True)
def test_progress_from_inside_a_transaction_is_seen_at_once(today, monkeypatch):
    w = build_ward("bach-dang", "Bạch Đằng", reports=0)
    monkeypatch.setattr(jobs, "PROGRESS_EVERY", 0)
    with override_settings(JOB_HEARTBEAT_SECONDS=30):  # the thread that writes it
        job, _ = jobs.enqueue(import_like, label="Trong giao dịch", ward=w.ward, rows=3)
    assert job.summary["seen"] == [True, True, True]
