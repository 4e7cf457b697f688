"""Uploads never confirmed are removed after a day (exchange.workbook_import.uploads)."""

import datetime as dt

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.utils import timezone

from exchange.workbook_import.uploads import KEEP_FOR, remove_stale_uploads, save_upload

pytestmark = pytest.mark.django_db


def test_a_new_upload_removes_the_ones_older_than_a_day():
    remove_stale_uploads(now=timezone.now() + 2 * KEEP_FOR)  # what other tests of the run left
    old = save_upload("ancien", ContentFile(b"x", name="a.xlsx"))
    fresh = save_upload("recent", ContentFile(b"y", name="b.ods"))
    assert fresh.endswith(".ods")
    later = timezone.now() + KEEP_FOR - dt.timedelta(minutes=1)
    assert remove_stale_uploads(now=later) == 0
    assert remove_stale_uploads(now=timezone.now() + KEEP_FOR + dt.timedelta(minutes=1)) == 2
    assert not default_storage.exists(old) and not default_storage.exists(fresh)


def test_a_preview_of_a_removed_upload_is_not_found(client):
    from django.core.files.uploadedfile import SimpleUploadedFile
    from django.urls import reverse

    from accounts.models import Profile
    from portal.seeding import SeedReport, ensure_units
    from portal.tests.factories import PlanFactory, WardFactory, make_user

    from .helpers import task_rows, workbook_bytes

    ward = WardFactory()
    ensure_units(SeedReport(), ward, [])
    PlanFactory(ward=ward, code="kh")
    client.force_login(make_user(Profile.Role.FOLLOW_UP, ward=ward))
    response = client.post(
        reverse("exchange:import", args=[ward.slug]),
        {"file": SimpleUploadedFile("a.xlsx", workbook_bytes(task_rows(1))), "plan": "kh", "kind": ""},
    )
    location = response["Location"]
    assert client.get(location).status_code == 200
    remove_stale_uploads(now=timezone.now() + KEEP_FOR + dt.timedelta(seconds=1))
    assert client.get(location).status_code == 404


def test_the_hourly_command_removes_uploads_never_confirmed_without_any_new_upload(monkeypatch):
    from io import StringIO

    from django.core.management import call_command

    remove_stale_uploads(now=timezone.now() + 2 * KEEP_FOR)  # what other tests of the run left
    stale = save_upload("oublie", ContentFile(b"x", name="a.xlsx"))
    fresh = save_upload("en-cours", ContentFile(b"y", name="b.xlsx"))
    # One upload left unconfirmed for more than a day, one from a minute ago.
    made = {stale: timezone.now() - KEEP_FOR - dt.timedelta(minutes=5), fresh: timezone.now() - dt.timedelta(minutes=1)}
    now = timezone.now()
    monkeypatch.setattr(default_storage, "get_modified_time", lambda path: made.get(path, now))
    out = StringIO()
    call_command("remove_stale_uploads", stdout=out)
    assert out.getvalue().startswith("1 upload(s)")
    assert not default_storage.exists(stale) and default_storage.exists(fresh)
    default_storage.delete(fresh)
