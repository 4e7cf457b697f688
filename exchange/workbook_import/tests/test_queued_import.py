"""A large appendix import is confirmed in the request and imported by the background worker.

The threshold (``settings.IMPORT_QUEUE_ROWS``) is lowered so that the 41-task example counts as
large; the tasks run at once (the immediate backend), so the job is done when the confirm returns.
"""

from __future__ import annotations

import pytest
from django.core.files.storage import default_storage
from django.test import override_settings
from django.urls import reverse

from accounts.models import Profile
from assignments.models import Task, Unit
from core.generation import bump_wards
from core.models import BackgroundJob
from exchange.workbook_import.importing import apply_import
from exchange.workbook_import.tasks import IMPORT_LABEL
from portal.tests.factories import make_user

from .helpers import task_rows, workbook_bytes
from .test_import_views import upload

pytestmark = pytest.mark.django_db


@pytest.fixture
def office(ward, client):
    user = make_user(Profile.Role.FOLLOW_UP, ward=ward)
    client.force_login(user)
    return user


def previewed(client, ward):
    """Upload and preview the 41-task example; the confirm URL and the form's data (every
    unmatched unit mapped)."""
    location = upload(client, ward)["Location"]
    form = client.get(location).context["mapping_form"]
    schools = Unit.objects.get(ward=ward, name="Các trường học")
    data = {f"unit_{i}": str(schools.pk) for i, _ in enumerate(form.names)}
    data["generation"] = form["generation"].value()
    return location, data


@override_settings(IMPORT_QUEUE_ROWS=10)
def test_a_large_import_is_queued_and_its_rows_imported_once(client, ward, office):
    location, data = previewed(client, ward)
    response = client.post(location + "confirm/", data)
    job = BackgroundJob.objects.get(ward=ward)
    assert response["Location"] == reverse("exchange:job", args=[ward.slug, job.pk])
    assert (job.status, job.label, job.requested_by, job.attempts) == ("succeeded", IMPORT_LABEL, office, 1)
    assert Task.objects.for_ward(ward).count() == 41
    assert job.summary["counts"] == {"new": 41, "updated": 0, "unchanged": 0}
    assert job.progress_done == job.progress_total == job.arguments["total_rows"] > 41  # groups are rows too
    assert not default_storage.exists(job.arguments["path"])  # the upload is gone once imported

    page = client.get(response["Location"]).content.decode()
    assert "Thêm mới 41, cập nhật 0, không đổi 0." in page and "Đã xong" in page

    # The same preview cannot be confirmed (and queued) again: its upload left the session.
    assert client.post(location + "confirm/", data).status_code == 404
    assert BackgroundJob.objects.filter(ward=ward).count() == 1
    assert Task.objects.for_ward(ward).count() == 41


def test_a_small_import_stays_in_the_request(client, ward, office):
    location, data = previewed(client, ward)
    response = client.post(location + "confirm/", data)
    assert response["Location"] == reverse("exchange:import", args=[ward.slug])
    assert Task.objects.for_ward(ward).count() == 41 and not BackgroundJob.objects.filter(ward=ward).exists()


@override_settings(IMPORT_QUEUE_ROWS=10)
def test_a_queued_import_after_a_change_to_the_ward_imports_nothing(client, ward, office, monkeypatch):
    """The version check holds on the worker: a write between the confirm and the worker's run
    refuses the whole import, the job fails at once with its reason and offers no retry."""
    from exchange.workbook_import import tasks

    real = tasks.apply_import

    def after_a_write(**kwargs):
        bump_wards([ward.pk])  # someone saved something in the ward meanwhile
        return real(**kwargs)

    monkeypatch.setattr(tasks, "apply_import", after_a_write)
    location, data = previewed(client, ward)
    client.post(location + "confirm/", data)
    job = BackgroundJob.objects.get(ward=ward)
    assert (job.status, job.attempts, job.may_retry) == ("failed", 1, False)
    assert "dữ liệu của phường đã thay đổi sau khi xem trước" in job.error
    assert not Task.objects.for_ward(ward).exists()
    page = client.get(reverse("exchange:job", args=[ward.slug, job.pk])).content.decode()
    assert "dữ liệu của phường đã thay đổi" in page and 'data-testid="job-retry"' not in page


def test_the_import_reports_its_rows_as_it_reads_them(ward):
    content = workbook_bytes(task_rows(30))
    seen: list[int] = []
    preview = apply_import(ward=ward, source=content, plan_code="ke-hoach", on_progress=seen.append)
    assert len(seen) == 30 and seen == sorted(set(seen))  # one call per row, always further
    assert seen[-1] == len(preview.rows)


@override_settings(IMPORT_QUEUE_ROWS=10)
def test_a_large_file_with_errors_is_refused_in_the_request_and_not_queued(client, ward, office):
    rows = task_rows(30)
    rows[7][1] = ""  # a task without its text: an error of the preview
    location = upload(client, ward, workbook_bytes(rows))["Location"]
    form = client.get(location).context["mapping_form"]
    response = client.post(location + "confirm/", {"generation": form["generation"].value()})
    assert response.status_code == 200 and "Thiếu nội dung cột" in response.content.decode()
    assert not BackgroundJob.objects.filter(ward=ward).exists() and not Task.objects.for_ward(ward).exists()
