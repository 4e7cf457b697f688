"""The periodic report as a background job, and the ward's job pages (exchange.job_views).

Actors: Bạch Đằng's follow-up office (asks, reads the list, retries), a committee viewer of
Bạch Đằng (asks for a report, downloads it, may not retry or read the list), a reader of
Nguyễn Đại Năng (404 on everything of Bạch Đằng), Hải Phòng's city viewer (downloads).
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile

import docx
import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from accounts.models import Profile
from core import jobs
from core.models import BackgroundJob
from exchange.report import tasks as report_tasks
from exchange.report.tasks import report_document
from plans.periods import ReportingPeriod
from portal.tests.factories import make_user

QUARTER_2 = {"kind": "quarter", "year": 2026, "index": 2}


@pytest.fixture
def viewer(bach_dang):
    return make_user(Profile.Role.WARD_VIEWER, ward=bach_dang)


def ask_report(client, plan, **extra):
    response = client.post(reverse("exchange:report", args=["bach-dang"]), {"plan": plan.code, **QUARTER_2, **extra})
    assert response.status_code == 302, response.content.decode()[:500]
    return BackgroundJob.objects.get(pk=int(response["Location"].rstrip("/").rsplit("/", 1)[-1])), response["Location"]


def parts(content: bytes) -> dict[str, bytes]:
    """The document's parts, without its creation time (docProps/core.xml)."""
    with zipfile.ZipFile(io.BytesIO(content)) as archive:
        return {name: archive.read(name) for name in archive.namelist() if name != "docProps/core.xml"}


def downloaded(response) -> bytes:
    assert response.status_code == 200
    return b"".join(response.streaming_content)


def test_the_queued_report_is_the_document_the_builder_makes(client, follow_up, plan_bd):
    client.force_login(follow_up)
    job, location = ask_report(client, plan_bd)
    assert (job.status, job.label, job.requested_by) == ("succeeded", report_tasks.REPORT_LABEL, follow_up)
    assert (job.progress_done, job.progress_total) == (report_tasks.STEPS, report_tasks.STEPS)
    assert job.result_file.name.startswith(f"jobs/{plan_bd.ward_id}/{job.pk}/")

    page = client.get(location).content.decode()
    assert 'data-testid="job-file"' in page and 'http-equiv="refresh"' not in page  # finished: no refresh
    response = client.get(reverse("exchange:job_file", args=["bach-dang", job.pk]))
    assert response["Content-Disposition"].startswith("attachment")
    content = downloaded(response)

    _data, built = report_document(
        plan=plan_bd, period=ReportingPeriod(2026, "quarter", 2), include_submitted=False, today=timezone.localdate()
    )
    assert parts(content) == parts(built)
    assert any(p.text.endswith("quý 2/2026") for p in docx.Document(io.BytesIO(content)).paragraphs)


def test_a_ward_reader_downloads_the_report_and_another_wards_reader_gets_404(
    client, follow_up, viewer, ndn_viewer, plan_bd
):
    client.force_login(follow_up)
    job, _location = ask_report(client, plan_bd)
    urls = [
        reverse("exchange:job", args=["bach-dang", job.pk]),
        reverse("exchange:job_file", args=["bach-dang", job.pk]),
    ]
    client.force_login(viewer)  # a committee viewer of the ward
    assert client.get(urls[0]).status_code == 200
    downloaded(client.get(urls[1]))
    city = make_user(Profile.Role.CITY_VIEWER, city=plan_bd.ward.city)
    client.force_login(city)
    downloaded(client.get(urls[1]))

    client.force_login(ndn_viewer)
    for url in urls:
        assert client.get(url).status_code == 404
    # Through the reader's own ward the job is not found either.
    assert client.get(reverse("exchange:job_file", args=["nguyen-dai-nang", job.pk])).status_code == 404
    assert client.post(reverse("exchange:job_retry", args=["bach-dang", job.pk])).status_code == 404
    assert client.get(reverse("exchange:jobs", args=["bach-dang"])).status_code == 404


def test_only_the_office_reads_the_list_and_retries(client, viewer, plan_bd):
    client.force_login(viewer)
    job, _location = ask_report(client, plan_bd)  # every reader of the ward may ask for the report
    assert job.requested_by == viewer
    assert client.get(reverse("exchange:jobs", args=["bach-dang"])).status_code == 403
    assert client.post(reverse("exchange:job_retry", args=["bach-dang", job.pk])).status_code == 403


@pytest.fixture
def broken_builder(monkeypatch):
    """The document builder fails (a bug, a full disk) until ``fixed`` is set."""
    state = {"fixed": False, "calls": 0}
    real = report_tasks.report_document

    def builder(**kwargs):
        state["calls"] += 1
        if not state["fixed"]:
            raise OSError("Ổ đĩa đầy")
        return real(**kwargs)

    monkeypatch.setattr(report_tasks, "report_document", builder)
    return state


def test_a_failing_report_is_failed_visible_and_retried_by_the_office(client, follow_up, plan_bd, broken_builder):
    client.force_login(follow_up)
    job, location = ask_report(client, plan_bd)
    assert (job.status, job.attempts, broken_builder["calls"]) == ("failed", 3, 3)  # retried twice by itself
    assert not job.result_file and job.may_retry

    page = client.get(location).content.decode()
    assert (
        "Thất bại" in page
        and "Gặp lỗi ngoài dự kiến" in page
        and "Ổ đĩa đầy" not in page
        and 'data-testid="job-retry"' in page
    )
    listing = client.get(reverse("exchange:jobs", args=["bach-dang"])).content.decode()
    assert 'data-testid="job-failed"' in listing and 'data-testid="job-retry"' in listing

    broken_builder["fixed"] = True
    response = client.post(reverse("exchange:job_retry", args=["bach-dang", job.pk]))
    assert response.status_code == 302
    retried = BackgroundJob.objects.get(retry_of=job)
    assert response["Location"] == reverse("exchange:job", args=["bach-dang", retried.pk])
    assert (retried.status, retried.requested_by, retried.arguments) == ("succeeded", follow_up, job.arguments)
    assert retried.result_file
    job.refresh_from_db()
    assert job.status == "failed" and job.retried_at is not None  # kept, with when it was retried

    # A second click does not run it a third time.
    client.post(reverse("exchange:job_retry", args=["bach-dang", job.pk]))
    assert BackgroundJob.objects.filter(retry_of=job).count() == 1
    listing = client.get(reverse("exchange:jobs", args=["bach-dang"])).content.decode()
    assert f"(thử lại việc #{job.pk})" in listing and "đã thử lại" in listing


def test_an_unfinished_job_page_refreshes_itself_without_script(client, follow_up, bach_dang):
    job = BackgroundJob.objects.create(
        ward=bach_dang, task_path="x", label=report_tasks.REPORT_LABEL, status="running",
        progress_done=1, progress_total=3,
    )  # fmt: skip
    client.force_login(follow_up)
    page = client.get(reverse("exchange:job", args=["bach-dang", job.pk])).content.decode()
    assert '<meta http-equiv="refresh" content="3">' in page
    assert "Đã làm 1/3 (33%)." in page and "<script>" not in page
    assert client.get(reverse("exchange:job_file", args=["bach-dang", job.pk])).status_code == 404  # no file yet


def test_the_job_list_costs_the_same_queries_for_2_or_12_jobs(client, follow_up, bach_dang):
    client.force_login(follow_up)
    url = reverse("exchange:jobs", args=["bach-dang"])

    def add(n):
        for i in range(n):
            BackgroundJob.objects.create(
                ward=bach_dang, task_path="x", label=report_tasks.REPORT_LABEL, requested_by=follow_up,
                status=["failed", "succeeded", "running"][i % 3], error="lỗi" if i % 3 == 0 else "",
                progress_done=i, progress_total=10, retry_of=None,
            )  # fmt: skip

    def count():
        client.get(url)  # warm the session and profile caches
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
        assert response.status_code == 200
        return len(queries)

    add(2)
    small = count()
    add(10)
    assert count() == small


def test_the_office_finds_its_jobs_in_the_menu(client, follow_up, viewer):
    client.force_login(follow_up)
    links = {str(link["label"]): link["url"] for link in client.get(reverse("my_work")).context["nav_links"]}
    assert links["Việc chạy nền"] == reverse("exchange:jobs", args=["bach-dang"])
    client.force_login(viewer)
    links = {str(link["label"]) for link in client.get(reverse("my_work")).context["nav_links"]}
    assert "Việc chạy nền" not in links


def test_a_report_asked_yesterday_says_yesterdays_figures(follow_up, plan_bd):
    """The job carries the day it was asked for: run after midnight, it says the same."""
    job, _ = jobs.enqueue(
        report_tasks.build_periodic_report, label=report_tasks.REPORT_LABEL, ward=plan_bd.ward,
        plan_id=plan_bd.pk, kind="quarter", year=2026, index=2, include_submitted=False, day_iso="2026-05-10",
    )  # fmt: skip
    job.refresh_from_db()
    content = job.result_file.read()
    _data, built = report_document(
        plan=plan_bd, period=ReportingPeriod(2026, "quarter", 2), include_submitted=False, today=dt.date(2026, 5, 10)
    )
    assert parts(content) == parts(built)


@pytest.mark.django_db(transaction=True)
def test_with_the_database_backend_the_request_only_queues_and_the_worker_builds(client, today):
    """Nothing is built in the request: the job's page says it waits (and refreshes itself);
    ``db_worker`` builds the report, and the page then links the file."""
    from django.core.management import call_command
    from django.test import override_settings

    from portal.tests.world import build_ward

    w = build_ward("bach-dang", "Bạch Đằng", reports=1)
    client.force_login(w.follow_up)
    database = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}}
    with override_settings(TASKS=database):
        form = {"plan": w.plan.code, "kind": "quarter", "year": 2026, "index": 3}
        response = client.post(reverse("exchange:report", args=[w.ward.slug]), form)
        job = BackgroundJob.objects.exclude(pk=w.job.pk).get(ward=w.ward)
        assert response["Location"] == reverse("exchange:job", args=[w.ward.slug, job.pk])
        assert job.status == "queued" and not job.result_file
        page = client.get(response["Location"]).content.decode()
        assert "Đang chờ máy chạy nền nhận việc." in page and 'http-equiv="refresh"' in page

        call_command("db_worker", "--batch", "--no-startup-delay", "--no-reload", "--interval", "0", verbosity=0)

    job.refresh_from_db()
    assert (job.status, job.attempts, job.progress_done) == ("succeeded", 1, report_tasks.STEPS)
    page = client.get(response["Location"]).content.decode()
    assert 'data-testid="job-file"' in page and 'http-equiv="refresh"' not in page
    content = downloaded(client.get(reverse("exchange:job_file", args=[w.ward.slug, job.pk])))
    assert any("quý 3/2026" in p.text for p in docx.Document(io.BytesIO(content)).paragraphs)
