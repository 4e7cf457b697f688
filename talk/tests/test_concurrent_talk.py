"""Talk under concurrency: two people commenting at the same instant are both kept; two runs
of the day's reminders at the same instant tell each official once; a comment withdrawn by
two people at once is withdrawn once.

Sequential tests run on any database; the concurrent ones (PostgreSQL) send the requests to a
live server at the same instant (``portal/tests/concurrency.py``).
"""

from __future__ import annotations

import datetime as dt
import threading

import pytest
from django.db import connection
from django.urls import reverse

from assignments.tasks import remind_ward
from portal.tests.concurrency import Browser, concurrent, forms_in, in_turn, post_together, race
from portal.tests.world import build_ward
from talk.models import Comment, Notification

DAY = dt.date(2026, 11, 27)


@pytest.fixture
def w(today):
    return build_ward("bach-dang", "Bạch Đằng")


def thread(w):
    return reverse("talk:task_thread", kwargs={"task_pk": w.task.pk})


def new_comments(w):
    return list(
        Comment.objects.filter(task=w.task).exclude(pk=w.comment.pk).order_by("body").values_list("body", flat=True)
    )


@pytest.mark.django_db
def test_two_comments_from_forms_loaded_at_the_same_state_are_both_kept(w):
    answers = in_turn(
        [w.official, w.follow_up], thread(w), [{"body": "Của đơn vị"}, {"body": "Của văn phòng"}], having="body"
    )
    assert [a.status_code for a in answers] == [302, 302]
    assert new_comments(w) == ["Của văn phòng", "Của đơn vị"]


@pytest.mark.django_db
def test_a_second_reminder_run_tells_nobody_twice(w):
    remind_ward(w.ward.pk, DAY.isoformat())
    remind_ward(w.ward.pk, DAY.isoformat())
    assert Notification.objects.filter(kind="deadline").count() == 2


def two_tabs_send(live_server, user, url):
    """Two tabs of ``user`` on the notifications page, each ready to send its form to ``url``."""
    sends = []
    for _ in range(2):
        page = Browser(live_server.url, user).get(reverse("talk:notifications"))
        form = next(f for f in forms_in(page.answer.text) if f.action == url)
        sends.append(lambda page=page, form=form: page.browser.post(url, dict(form.fields)))
    return sends


class TestConcurrent:
    pytestmark = concurrent

    def test_two_comments_at_the_same_instant_are_both_saved(self, live_server, w):
        answers = race(
            live_server,
            [w.official, w.follow_up],
            thread(w),
            [{"body": "Đơn vị trả lời"}, {"body": "Văn phòng hỏi"}],
            having="body",
        )
        assert [a.status for a in answers] == [302, 302], answers
        assert new_comments(w) == ["Văn phòng hỏi", "Đơn vị trả lời"]
        # Each told the other (and the coordinator both): nothing lost either.
        assert Notification.objects.filter(recipient=w.coordinator, kind="comment").count() == 2
        assert Notification.objects.filter(recipient=w.official, kind="comment").count() == 1

    def test_two_withdrawals_at_the_same_instant_withdraw_once(self, live_server, w):
        url = reverse("talk:comment_remove", kwargs={"comment_pk": w.comment.pk})
        sends = []
        for user in (w.official, w.follow_up):
            page = Browser(live_server.url, user).get(reverse("task_detail", kwargs={"task_pk": w.task.pk}))
            form = next(f for f in forms_in(page.answer.text) if f.action == url)
            sends.append(lambda page=page, form=form: page.browser.post(url, dict(form.fields)))
        answers = post_together(sends)
        assert [a.status for a in answers] == [302, 302], answers
        assert w.comment.history.count() == 2  # created (by the world), withdrawn once

    def test_two_reminder_runs_at_the_same_instant_tell_each_official_once(self, w):
        barrier = threading.Barrier(2)
        errors = []

        def run():
            try:
                barrier.wait(timeout=30)
                remind_ward(w.ward.pk, DAY.isoformat())
            except BaseException as error:  # re-raised below
                errors.append(error)
            finally:
                connection.close()

        threads = [threading.Thread(target=run) for _ in range(2)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(timeout=60)
        assert not errors, errors
        assert Notification.objects.filter(kind="deadline").count() == 2

    def test_one_notification_opened_in_two_tabs_at_once_is_read_once(self, live_server, w):
        """Two tabs of the office open the same notification at the same instant: both go to the
        task, the notification is read (its first reading time kept), nothing fails."""
        url = reverse("talk:notification_open", kwargs={"notification_pk": w.notification.pk})
        answers = post_together(two_tabs_send(live_server, w.follow_up, url))
        assert [a.status for a in answers] == [302, 302], answers
        assert all(a.location.startswith(f"/tasks/{w.task.pk}/") for a in answers)
        w.notification.refresh_from_db()
        assert w.notification.read_at is not None

    def test_mark_all_read_twice_at_once_reads_each_once(self, live_server, w):
        Notification.objects.create(
            recipient=w.follow_up, ward=w.ward, kind=Notification.Kind.COMMENT, subject="Thêm", text="…", key="x:2"
        )
        answers = post_together(two_tabs_send(live_server, w.follow_up, reverse("talk:notification_read_all")))
        assert [a.status for a in answers] == [302, 302], answers
        assert not Notification.objects.filter(recipient=w.follow_up, read_at__isnull=True).exists()
        assert Notification.objects.filter(recipient=w.follow_up).count() == 2
