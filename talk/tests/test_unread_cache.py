"""The bell's cached count (talk.unread): no query once counted, right on the very next page
after every kind of write that changes it."""

import pytest
from django.core.cache import cache
from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from talk.models import Notification
from talk.notify import _tell
from talk.services import post_comment

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("cached")]


@pytest.fixture
def cached():
    cache.clear()
    with override_settings(UNREAD_CACHE_SECONDS=300):
        yield
    cache.clear()


def bell(client) -> tuple[str | None, list[str]]:
    """The bell's number on the status help page (None: no number) and the notification queries."""
    with CaptureQueriesContext(connection) as ctx:
        page = client.get(reverse("status_help")).content.decode()
    marker = 'data-testid="bell-count">'
    count = page.split(marker, 1)[1].split("<", 1)[0] if marker in page else None
    return count, [q["sql"] for q in ctx.captured_queries if "talk_notification" in q["sql"]]


def test_counted_once_then_served_without_a_query(client, bd):
    post_comment(subject=bd.task, author=bd.official, body="Một")
    client.force_login(bd.follow_up)
    first, sql = bell(client)
    assert first == "1" and len(sql) == 1  # counted (and cached)
    count, sql = bell(client)
    assert count == "1" and sql == []


def test_a_new_comment_shows_on_the_next_page(client, bd):
    client.force_login(bd.follow_up)
    assert bell(client)[0] is None
    post_comment(subject=bd.task, author=bd.official, body="Một")
    assert bell(client)[0] == "1"
    post_comment(subject=bd.task, author=bd.coordinator, body="Hai")
    assert bell(client)[0] == "2"


def test_bulk_created_notifications_show_on_the_next_page(client, bd):
    """``bulk_create`` (the reminders and report events use it) moves the count too."""
    client.force_login(bd.follow_up)
    assert bell(client)[0] is None
    _tell([bd.follow_up.pk], ward=bd.ward, kind=Notification.Kind.DEADLINE, subject="Hạn", url="/", key="hạn-1")
    assert bell(client)[0] == "1"


def test_opening_one_and_reading_all_show_on_the_next_page(client, bd):
    for body in ("Một", "Hai", "Ba"):
        post_comment(subject=bd.task, author=bd.official, body=body)
    client.force_login(bd.follow_up)
    assert bell(client)[0] == "3"
    note = Notification.objects.filter(recipient=bd.follow_up).first()
    client.post(reverse("talk:notification_open", kwargs={"notification_pk": note.pk}), {"stay": "1"})
    assert bell(client)[0] == "2"
    client.post(reverse("talk:notification_read_all"))
    assert bell(client)[0] is None


def test_a_write_outside_the_views_and_a_deletion_show_too(client, bd):
    post_comment(subject=bd.task, author=bd.official, body="Một")
    post_comment(subject=bd.task, author=bd.coordinator, body="Hai")
    client.force_login(bd.follow_up)
    assert bell(client)[0] == "2"
    note = Notification.objects.filter(recipient=bd.follow_up).first()
    note.read_at = timezone.now()
    note.save()  # one object (the admin): post_save
    assert bell(client)[0] == "1"
    Notification.objects.filter(recipient=bd.follow_up).delete()
    assert bell(client)[0] is None


def test_one_users_write_leaves_anothers_count_cached(client, bd):
    post_comment(subject=bd.task, author=bd.official, body="Một")  # tells the office and the coordinator
    client.force_login(bd.follow_up)
    bell(client)
    Notification.objects.filter(recipient=bd.coordinator).update(read_at=timezone.now())
    count, sql = bell(client)
    assert count == "1" and sql == []


def test_a_lost_version_never_brings_back_an_old_count(client, bd):
    post_comment(subject=bd.task, author=bd.official, body="Một")
    client.force_login(bd.follow_up)
    assert bell(client)[0] == "1"
    cache.delete(f"unread-version:{bd.follow_up.pk}")  # evicted
    Notification.objects.filter(recipient=bd.follow_up).update(read_at=timezone.now())
    cache.delete(f"unread-version:{bd.follow_up.pk}")  # and evicted again after the write
    assert bell(client)[0] is None
