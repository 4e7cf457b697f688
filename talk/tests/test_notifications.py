"""Notifications: who is told of a comment, of a returned, submitted or approved report, of a
task to chase; once each; the bell's count in one query; the page, opening, reading.

Actors as in ``test_threads`` (``portal/tests/world.py``).
"""

from __future__ import annotations

import datetime as dt

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation

from accounts.models import Profile
from assignments.models import ProgressReport
from assignments.services import log_progress
from assignments.tasks import remind_ward
from core import events
from core.review import Action, transition
from plans.periods import PeriodKind, ReportingPeriod
from portal.tests.factories import make_user
from talk.models import Notification
from talk.services import post_comment, remove_comment
from talk.tasks import email_comment

pytestmark = pytest.mark.django_db

DAY = dt.date(2026, 11, 27)


def told(**filters) -> set[str]:
    return set(Notification.objects.filter(**filters).values_list("recipient__username", flat=True))


class TestWhoIsToldOfAComment:
    def test_on_a_task_the_units_officials_and_the_office_but_not_the_author(self, bd):
        post_comment(subject=bd.task, author=bd.official, body="Đã nộp biên bản.")
        assert told() == {bd.coordinator.username, bd.follow_up.username}
        note = Notification.objects.get(recipient=bd.follow_up)
        assert (note.kind, note.actor, note.text, note.ward) == ("comment", bd.official, "Đã nộp biên bản.", bd.ward)
        assert note.url.startswith(reverse("task_detail", kwargs={"task_pk": bd.task.pk}) + "#binh-luan-")

    def test_on_a_target_its_units_officials_and_the_office(self, bd):
        post_comment(subject=bd.target, author=bd.follow_up, body="Bổ sung nguồn số liệu.")
        assert told() == {bd.official.username}
        post_comment(subject=bd.target, author=bd.official, body="Đã bổ sung.")
        assert told(comment__author=bd.official) == {bd.follow_up.username}

    def test_inactive_accounts_and_other_wards_are_not_told(self, world, bd):
        make_user(Profile.Role.OFFICIAL, ward=bd.ward, unit=bd.ubnd, username="da.nghi", is_active=False)
        post_comment(subject=bd.task, author=bd.follow_up, body="Đề nghị báo cáo.")
        assert told() == {bd.official.username, bd.coordinator.username}


class TestReports:
    """``core.events`` as the approval of reports sends them, with a real report."""

    @pytest.fixture
    def report(self, bd):
        report = bd.report
        report.author = bd.official
        report.save()
        return report

    def test_a_returned_report_tells_its_author_and_its_units_officials(self, bd, report):
        second = make_user(Profile.Role.OFFICIAL, ward=bd.ward, unit=bd.ubnd, username="ubnd.hai")
        events.report_returned.send(
            sender=ProgressReport, instance=report, by=bd.follow_up, comment="Thiếu minh chứng."
        )
        assert told(kind="returned") == {bd.official.username, second.username}
        note = Notification.objects.get(recipient=bd.official)
        assert note.text == "Thiếu minh chứng." and note.actor == bd.follow_up
        assert note.url == reverse("task_detail", kwargs={"task_pk": bd.task.pk})
        assert str(report.period) in note.subject

    def test_returned_twice_is_told_twice(self, bd, report):
        for comment in ("Lần một", "Lần hai"):
            events.report_returned.send(sender=ProgressReport, instance=report, by=bd.follow_up, comment=comment)
        assert Notification.objects.filter(recipient=bd.official, kind="returned").count() == 2

    def test_a_submitted_report_tells_the_office_an_approved_one_its_author(self, bd, report):
        events.report_submitted.send(sender=ProgressReport, instance=report, by=bd.official)
        assert told(kind="submitted") == {bd.follow_up.username}
        events.report_approved.send(sender=ProgressReport, instance=report, by=bd.follow_up)
        assert told(kind="approved") == {bd.official.username}

    def test_the_offices_own_entry_tells_nobody_of_an_approval_but_approving_a_submission_does(self, bd):
        period = ReportingPeriod(2026, PeriodKind.QUARTER, 3)
        args = {"task": bd.task, "unit": bd.ubnd, "period": period, "status": "in_progress", "locks": False}
        log_progress(**args, percent=40, author=bd.follow_up, reviewer=True)
        assert not Notification.objects.filter(kind="approved").exists()  # nothing was submitted

        later = ReportingPeriod(2026, PeriodKind.QUARTER, 4)
        sent = log_progress(**{**args, "period": later}, percent=50, author=bd.official, submit=True)
        transition(
            ProgressReport, sent.pk, Action.APPROVE, by=bd.follow_up, reviewer=True, expected_version=sent.version
        )
        assert told(kind="approved") == {bd.official.username}

    def test_a_returned_measurement_tells_the_targets_unit(self, bd):
        events.report_returned.send(
            sender=type(bd.measurement), instance=bd.measurement, by=bd.follow_up, comment="Sai đơn vị tính."
        )
        note = Notification.objects.get(kind="returned")
        assert note.recipient == bd.official
        assert note.url == reverse("target_detail", kwargs={"target_pk": bd.target.pk})

    def test_a_returned_capital_year_tells_the_projects_units(self, bd):
        events.report_returned.send(
            sender=type(bd.capital_year), instance=bd.capital_year, by=bd.follow_up, comment="Thiếu chứng từ."
        )
        assert told(kind="returned") == {bd.official.username}
        assert Notification.objects.get().url == reverse("project_detail", kwargs={"project_pk": bd.project.pk})

    def test_a_report_of_a_kind_talk_does_not_know_tells_nobody_and_breaks_nothing(self, bd):
        events.report_returned.send(sender=type(bd.plan), instance=bd.plan, by=bd.follow_up, comment="?")
        events.report_submitted.send(sender=type(bd.plan), instance=bd.plan, by=bd.official)
        assert not Notification.objects.exists()


class TestTasksToChase:
    """The reminders job (``assignments.tasks.remind_ward``) announces the tasks to chase."""

    def test_the_leads_officials_are_told_of_each_task_once_a_day(self, bd, mailoutbox):
        remind_ward(bd.ward.pk, DAY.isoformat())
        notes = Notification.objects.filter(kind="deadline")
        # The UBND leads both tasks (no Q4 report on either); the official has no email: told anyway.
        assert {(n.recipient.username, n.subject) for n in notes} == {
            (bd.official.username, bd.task.title),
            (bd.official.username, bd.yearly_task.title),
        }
        assert not mailoutbox
        remind_ward(bd.ward.pk, DAY.isoformat())
        assert Notification.objects.filter(kind="deadline").count() == 2
        remind_ward(bd.ward.pk, (DAY + dt.timedelta(days=1)).isoformat())
        assert Notification.objects.filter(kind="deadline").count() == 4

    def test_the_notification_says_why_and_when(self, client, bd):
        remind_ward(bd.ward.pk, DAY.isoformat())
        client.force_login(bd.official)
        page = client.get(reverse("talk:notifications")).content.decode()
        assert "Nhiệm vụ cần đôn đốc" in page and bd.yearly_task.title in page


class TestEmails:
    def test_a_comment_is_emailed_after_the_request_to_those_with_an_address_once(
        self, bd, mailoutbox, django_capture_on_commit_callbacks, settings
    ):
        settings.SITE_URL = "https://theodoi.example.vn"
        bd.follow_up.email = "vanphong@example.vn"
        bd.follow_up.save()
        with django_capture_on_commit_callbacks(execute=False) as callbacks:
            comment = post_comment(subject=bd.task, author=bd.official, body="Đã gửi bản sửa.")
        assert not mailoutbox  # nothing inside the request: the job runs after the commit
        for callback in callbacks:
            callback()
        assert [m.to for m in mailoutbox] == [["vanphong@example.vn"]]
        message = mailoutbox[0]
        assert message.subject.startswith("[Trao đổi]") and bd.task.title[:40] in message.subject
        assert "Đã gửi bản sửa." in message.body
        assert f"https://theodoi.example.vn/tasks/{bd.task.pk}/#binh-luan-{comment.pk}" in message.body
        assert email_comment(comment.pk) == {"comment": comment.pk, "sent": 0, "failed": 0}
        assert Notification.objects.get(recipient=bd.follow_up).emailed_at is not None

    def test_a_withdrawn_comment_is_not_emailed(self, bd, mailoutbox):
        bd.coordinator.email = "congan@example.vn"
        bd.coordinator.save()
        comment = post_comment(subject=bd.task, author=bd.official, body="Nhầm.")
        comment.removed_at = comment.created_at
        comment.save()
        assert email_comment(comment.pk)["sent"] == 0 and not mailoutbox


class TestThePage:
    def test_the_bell_counts_the_unread_in_one_query(self, client, bd):
        post_comment(subject=bd.task, author=bd.official, body="Một")
        post_comment(subject=bd.task, author=bd.coordinator, body="Hai")
        client.force_login(bd.follow_up)
        with CaptureQueriesContext(connection) as ctx:
            page = client.get(reverse("task_list")).content.decode()
        assert len([q for q in ctx.captured_queries if "talk_notification" in q["sql"]]) == 1
        assert 'data-testid="bell-count">2<' in page

    def test_no_bell_and_no_query_for_anonymous_visitors(self, client, bd):
        with CaptureQueriesContext(connection) as ctx:
            page = client.get(reverse("login")).content.decode()
        assert not [q for q in ctx.captured_queries if "talk_notification" in q["sql"]]
        assert 'data-testid="bell"' not in page

    def test_one_sees_only_ones_own(self, client, world, bd):
        post_comment(subject=bd.task, author=bd.official, body="Cho văn phòng")
        post_comment(subject=world.ndn.task, author=world.ndn.official, body="Của phường khác")
        client.force_login(bd.follow_up)
        page = client.get(reverse("talk:notifications")).content.decode()
        assert "Cho văn phòng" in page and "Của phường khác" not in page
        client.force_login(bd.viewer)
        assert "Cho văn phòng" not in client.get(reverse("talk:notifications")).content.decode()

    def test_a_withdrawn_comment_no_longer_shows_in_the_notification(self, client, bd):
        comment = post_comment(subject=bd.task, author=bd.official, body="Lỡ lời")
        remove_comment(comment=comment, by=bd.official)
        client.force_login(bd.follow_up)
        page = client.get(reverse("talk:notifications")).content.decode()
        assert "Lỡ lời" not in page and "Bình luận này đã được gỡ." in page

    def test_opening_marks_read_and_leads_to_the_item(self, client, bd):
        comment = post_comment(subject=bd.task, author=bd.official, body="Mời xem")
        note = Notification.objects.get(recipient=bd.follow_up)
        client.force_login(bd.follow_up)
        response = client.post(reverse("talk:notification_open", kwargs={"notification_pk": note.pk}))
        assert response["Location"] == f"/tasks/{bd.task.pk}/#binh-luan-{comment.pk}"
        note.refresh_from_db()
        assert note.read_at is not None
        assert 'data-testid="bell-count"' not in client.get(reverse("home"), follow=True).content.decode()

    def test_someone_elses_notification_is_not_found_and_stays_unread(self, client, world, bd):
        post_comment(subject=bd.task, author=bd.official, body="Riêng")
        note = Notification.objects.get(recipient=bd.follow_up)
        for user in (bd.coordinator, world.ndn.follow_up):
            client.force_login(user)
            url = reverse("talk:notification_open", kwargs={"notification_pk": note.pk})
            assert client.post(url).status_code == 404
        note.refresh_from_db()
        assert note.read_at is None

    def test_mark_one_then_all_read(self, client, bd):
        for i in range(3):
            post_comment(subject=bd.task, author=bd.official, body=f"Ý {i}")
        first = Notification.objects.filter(recipient=bd.follow_up).first()
        client.force_login(bd.follow_up)
        url = reverse("talk:notification_open", kwargs={"notification_pk": first.pk})
        assert client.post(url, {"stay": "1"})["Location"] == reverse("talk:notifications")
        assert Notification.objects.filter(recipient=bd.follow_up, read_at__isnull=True).count() == 2
        post_comment(subject=bd.task, author=bd.official, body="Cho điều phối")  # the coordinator's stay unread
        client.post(reverse("talk:notification_read_all"))
        assert not Notification.objects.filter(recipient=bd.follow_up, read_at__isnull=True).exists()
        assert Notification.objects.filter(recipient=bd.coordinator, read_at__isnull=True).count() == 4

    def test_the_list_is_paginated_in_constant_queries(self, client, bd):
        def queries():
            client.force_login(bd.follow_up)
            with CaptureQueriesContext(connection) as ctx:
                page = client.get(reverse("talk:notifications"))
            assert page.status_code == 200
            return len(ctx.captured_queries), page.content.decode()

        post_comment(subject=bd.task, author=bd.official, body="Đầu")
        few, _ = queries()
        for i in range(30):
            post_comment(subject=bd.task, author=(bd.official, bd.coordinator)[i % 2], body=f"Ý kiến {i}")
        many, page = queries()
        assert many == few
        assert page.count('data-testid="notification"') == 25 and "Trang 1/2" in page

    def test_english_pages_say_it_in_english(self, client, bd):
        post_comment(subject=bd.task, author=bd.official, body="Nội dung")
        client.force_login(bd.follow_up)
        with translation.override("en"):
            page = client.get(reverse("talk:notifications"), HTTP_ACCEPT_LANGUAGE="en").content.decode()
        assert "Notifications" in page or "Thông báo" in page  # real check in portal/tests/test_i18n.py
