"""Reminders ("Nhắc việc"): the rule, the background task and its emails, the button, the command.

Day: 27/11/2026 (the ``today`` fixture), fourth quarter. In Bạch Đằng's world (``build_ward``)
the UBND leads ``bd.task`` (2026–2030, reported for Q3 only: no Q4 report yet) and
``bd.yearly_task`` (nothing reported: at risk); the Công an coordinates ``bd.task``.
"""

from __future__ import annotations

import datetime as dt
import smtplib

import pytest
from django.core.mail.backends.base import BaseEmailBackend
from django.core.management import CommandError, call_command
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.formats import date_format

from accounts.models import Profile
from assignments.models import Reminder, Task, TaskUnit
from assignments.reminders import Reason, ward_reminders
from assignments.tasks import REMINDERS_LABEL, remind_ward, send_ward_reminders
from core import jobs
from portal.tests.factories import ProgressReportFactory, TaskFactory, TaskUnitFactory, UnitFactory, make_user
from portal.tests.world import build_ward

pytestmark = pytest.mark.django_db

DAY = dt.date(2026, 11, 27)
SITE = "https://theodoi.example.vn"


def with_email(user, email):
    user.email = email
    user.save(update_fields=["email"])
    return user


def staff_the_ward(w):
    """Emails for the UBND's official, a second UBND official, one without email and one inactive."""
    with_email(w.official, f"{w.ward.slug}.ubnd@example.vn")
    w.official2 = make_user(
        Profile.Role.OFFICIAL, ward=w.ward, unit=w.ubnd, username=f"{w.ward.slug}.ubnd2", email=f"{w.ward.slug}.2@x.vn"
    )
    make_user(Profile.Role.OFFICIAL, ward=w.ward, unit=w.ubnd, username=f"{w.ward.slug}.noemail")
    make_user(
        Profile.Role.OFFICIAL,
        ward=w.ward,
        unit=w.ubnd,
        username=f"{w.ward.slug}.left",
        email="left@example.vn",
        is_active=False,
    )
    with_email(w.coordinator, f"{w.ward.slug}.congan@example.vn")
    with_email(w.follow_up, f"{w.ward.slug}.vanphong@example.vn")
    return w


@pytest.fixture
def bd(today):
    return staff_the_ward(build_ward("bach-dang", "Bạch Đằng"))


@pytest.fixture
def ndn(bd):
    return staff_the_ward(build_ward("nguyen-dai-nang", "Nguyễn Đại Năng", city=bd.ward.city))


def entry_for(plan, unit):
    return next((e for e in plan.all_units if e.unit == unit), None)


def overdue_task(w, unit, **kwargs):
    task = TaskFactory(plan_item=w.item, period_kind=Task.PeriodKind.DATE, due_date=dt.date(2026, 9, 30), **kwargs)
    TaskUnitFactory(task=task, unit=unit, role=TaskUnit.Role.LEAD)
    return task


# --- the rule -----------------------------------------------------------------------------


class TestTheRule:
    def test_it_groups_the_tasks_to_chase_under_their_lead_unit(self, bd):
        plan = ward_reminders(ward=bd.ward, day=DAY)
        assert [e.unit for e in plan.units] == [bd.ubnd]
        rows = {row.task: row for row in plan.units[0].tasks}
        assert set(rows) == {bd.task, bd.yearly_task}
        assert rows[bd.task].reasons == [Reason.NO_REPORT]
        assert rows[bd.yearly_task].reasons == [Reason.AT_RISK, Reason.NO_REPORT]
        assert plan.units[0].tasks[0].task == bd.yearly_task  # worst first

    def test_coordinating_units_are_not_reminded(self, bd):
        plan = ward_reminders(ward=bd.ward, day=DAY)
        assert entry_for(plan, bd.congan) is None

    def test_only_active_officials_of_the_unit_with_an_email_are_notified(self, bd):
        entry = ward_reminders(ward=bd.ward, day=DAY).units[0]
        assert {u.username for u in entry.recipients} == {bd.official.username, bd.official2.username}

    def test_a_report_for_this_quarter_takes_an_on_time_task_off_the_list(self, bd):
        ProgressReportFactory(task=bd.task, unit=bd.ubnd, period_year=2026, period_index=4, percent=40)
        tasks = [row.task for row in ward_reminders(ward=bd.ward, day=DAY).units[0].tasks]
        assert tasks == [bd.yearly_task]

    def test_a_draft_or_returned_report_is_not_a_report_yet(self, bd):
        report = ProgressReportFactory(
            task=bd.task, unit=bd.ubnd, period_year=2026, period_index=4, percent=40, review_state="draft"
        )
        for state in ("draft", "returned"):
            type(report).objects.filter(pk=report.pk).update(review_state=state)
            rows = {row.task: row for row in ward_reminders(ward=bd.ward, day=DAY).units[0].tasks}
            assert rows[bd.task].reasons == [Reason.NO_REPORT], state

    def test_a_task_whose_report_awaits_approval_is_not_chased(self, bd):
        task = overdue_task(bd, bd.congan)
        ProgressReportFactory(
            task=task, unit=bd.congan, period_year=2026, period_index=4, status="done", percent=100,
            review_state="submitted",
        )  # fmt: skip
        assert entry_for(ward_reminders(ward=bd.ward, day=DAY), bd.congan) is None  # the office's turn
        ProgressReportFactory(task=bd.task, unit=bd.ubnd, period_year=2026, period_index=4, review_state="submitted")
        tasks = [row.task for row in ward_reminders(ward=bd.ward, day=DAY).units[0].tasks]
        assert tasks == [bd.yearly_task]

    def test_an_overdue_task_is_chased_even_when_reported(self, bd):
        task = overdue_task(bd, bd.congan)
        ProgressReportFactory(task=task, unit=bd.congan, period_year=2026, period_index=4, percent=60)
        entry = entry_for(ward_reminders(ward=bd.ward, day=DAY), bd.congan)
        assert [(row.task, row.reasons) for row in entry.tasks] == [(task, [Reason.OVERDUE])]
        assert [u.username for u in entry.recipients] == [bd.coordinator.username]

    def test_done_tasks_and_tasks_not_begun_are_left_out(self, bd):
        done = TaskFactory(plan_item=bd.item, period_kind=Task.PeriodKind.YEAR, start_year=2026, end_year=2026)
        TaskUnitFactory(task=done, unit=bd.other_unit, role=TaskUnit.Role.LEAD)
        ProgressReportFactory(task=done, unit=bd.other_unit, period_index=2, status="done", percent=100)
        later = TaskFactory(plan_item=bd.item, start_year=2027, end_year=2028)
        TaskUnitFactory(task=later, unit=bd.other_unit, role=TaskUnit.Role.LEAD)
        assert entry_for(ward_reminders(ward=bd.ward, day=DAY), bd.other_unit) is None

    def test_outside_and_collective_units_are_listed_apart_for_the_office(self, bd):
        city = UnitFactory(ward=bd.ward, name="Các Sở, ngành thành phố", kind="city", is_external=True)
        related = UnitFactory(ward=bd.ward, name="Các đơn vị liên quan", is_collective=True)
        make_user(Profile.Role.OFFICIAL, ward=bd.ward, unit=related, username="odd", email="odd@example.vn")
        overdue_task(bd, city)
        overdue_task(bd, related)
        plan = ward_reminders(ward=bd.ward, day=DAY)
        assert {e.unit for e in plan.outside} == {related, city}
        assert city not in [e.unit for e in plan.units] and related not in [e.unit for e in plan.units]
        assert all(not e.recipients for e in plan.outside)

    def test_a_ward_unit_without_anyone_to_write_to_is_listed_apart(self, bd):
        overdue_task(bd, bd.other_unit)  # its only official (bd.bystander) has no email
        plan = ward_reminders(ward=bd.ward, day=DAY)
        assert [e.unit for e in plan.unreachable] == [bd.other_unit]
        assert bd.other_unit not in [e.unit for e in plan.units]

    def test_a_task_without_a_lead_unit_is_counted_for_the_office(self, bd):
        orphan = TaskFactory(plan_item=bd.item, lead_text="Các đơn vị")
        plan = ward_reminders(ward=bd.ward, day=DAY)
        assert [row.task for row in plan.unassigned] == [orphan]

    def test_an_official_reminded_today_is_not_reminded_again(self, bd):
        Reminder.objects.create(ward=bd.ward, unit=bd.ubnd, user=bd.official, day=DAY, task_count=2)
        entry = ward_reminders(ward=bd.ward, day=DAY).units[0]
        assert entry.reminded_today
        assert [u.username for u in entry.recipients] == [bd.official2.username]
        assert entry.last_reminded is not None

    def test_a_reminder_of_another_day_does_not_count(self, bd):
        Reminder.objects.create(ward=bd.ward, unit=bd.ubnd, user=bd.official, day=DAY - dt.timedelta(days=1))
        entry = ward_reminders(ward=bd.ward, day=DAY).units[0]
        assert not entry.reminded_today and len(entry.recipients) == 2

    def test_another_wards_tasks_never_appear(self, bd, ndn):
        plan = ward_reminders(ward=bd.ward, day=DAY)
        tasks = {row.task for e in plan.all_units for row in e.tasks}
        assert tasks and all(t.plan_item.plan.ward == bd.ward for t in tasks)

    def test_the_queries_do_not_grow_with_the_ward(self, bd, ndn):
        outside = UnitFactory(ward=ndn.ward, name="Các Sở, ngành", is_external=True)
        for i, unit in enumerate([ndn.congan, ndn.other_unit, outside, ndn.ubnd] * 2):
            task = overdue_task(ndn, unit)
            ProgressReportFactory(task=task, unit=unit, period_year=2026, period_index=4, percent=i)
        Reminder.objects.create(ward=ndn.ward, unit=ndn.ubnd, user=ndn.official, day=DAY)
        counts = []
        for w in (bd, ndn):
            with CaptureQueriesContext(connection) as ctx:
                ward_reminders(ward=w.ward, day=DAY)
            counts.append(len(ctx.captured_queries))
        assert counts[0] == counts[1] <= 7  # 7: the ward's thresholds (WardSettings)


# --- the task and its emails ------------------------------------------------------------------


class BrokenBackend(BaseEmailBackend):
    def send_messages(self, email_messages):
        raise smtplib.SMTPServerDisconnected("down")


class TestTheTask:
    @pytest.fixture(autouse=True)
    def site(self, settings):
        settings.SITE_URL = SITE

    def test_it_sends_one_email_per_official(self, bd, mailoutbox):
        summary = remind_ward(bd.ward.pk, DAY.isoformat())
        assert sorted(m.to[0] for m in mailoutbox) == sorted([bd.official.email, bd.official2.email])
        assert summary["sent"] == 2 and summary["units"] == 1 and summary["skipped"] == 0
        assert summary["tasks"] == 2 and summary["period"] == "2026-Q4"

    def test_the_email_is_vietnamese_with_titles_deadlines_statuses_and_links(self, bd, mailoutbox):
        with translation.override("en"):  # whoever pressed the button, officials read Vietnamese
            remind_ward(bd.ward.pk, DAY.isoformat())
        message = mailoutbox[0]
        assert message.subject == "[Nhắc việc] UBND phường: 2 nhiệm vụ cần đôn đốc"
        body = message.body
        assert "Kính gửi" in body and "Quý 4/2026" in body
        assert bd.task.title in body and bd.yearly_task.title in body
        assert "Có nguy cơ chậm" in body and "chưa báo cáo Quý 4/2026" in body
        assert "31/12/2026" in body and "31/12/2030" in body
        assert f"{SITE}/tasks/{bd.task.pk}/" in body and f"{SITE}/tasks/{bd.yearly_task.pk}/" in body
        assert "&amp;" not in body and "&#" not in body  # plain text, not HTML-escaped

    def test_it_records_each_reminder(self, bd, mailoutbox):
        remind_ward(bd.ward.pk, DAY.isoformat())
        rows = Reminder.objects.filter(ward=bd.ward)
        assert {(r.unit, r.user, r.day, r.task_count) for r in rows} == {
            (bd.ubnd, bd.official, DAY, 2),
            (bd.ubnd, bd.official2, DAY, 2),
        }

    def test_it_is_idempotent_the_same_day(self, bd, mailoutbox):
        remind_ward(bd.ward.pk, DAY.isoformat())
        summary = remind_ward(bd.ward.pk, DAY.isoformat())
        assert len(mailoutbox) == 2 and summary["sent"] == 0 and summary["skipped"] == 2
        assert Reminder.objects.count() == 2

    def test_it_reminds_again_the_next_day(self, bd, mailoutbox):
        remind_ward(bd.ward.pk, DAY.isoformat())
        remind_ward(bd.ward.pk, (DAY + dt.timedelta(days=1)).isoformat())
        assert len(mailoutbox) == 4

    def test_it_lists_outside_units_in_its_summary_without_writing_to_them(self, bd, mailoutbox):
        city = UnitFactory(ward=bd.ward, name="Thuế cơ sở 4", kind="city", is_external=True)
        overdue_task(bd, city)
        summary = remind_ward(bd.ward.pk, DAY.isoformat())
        assert summary["outside"] == ["Thuế cơ sở 4"] and len(mailoutbox) == 2

    def test_a_failed_send_is_counted_and_not_recorded(self, bd, settings, mailoutbox):
        settings.MAILERS = {"default": {"BACKEND": f"{__name__}.BrokenBackend"}}
        summary = remind_ward(bd.ward.pk, DAY.isoformat())
        assert summary["failed"] == 2 and summary["sent"] == 0
        assert not Reminder.objects.exists()  # so the next run tries again

    def test_it_runs_through_the_tasks_framework(self, bd, mailoutbox):
        job, result = jobs.enqueue(
            send_ward_reminders, label=REMINDERS_LABEL, ward=bd.ward, ward_id=bd.ward.pk, day_iso=DAY.isoformat()
        )
        assert result.status == "SUCCESSFUL" and job.status == "succeeded" and job.attempts == 1
        assert result.return_value["sent"] == 2 and len(mailoutbox) == 2 and job.summary["sent"] == 2

    def test_emails_that_fail_to_go_out_are_retried_then_the_job_fails(self, bd, settings, mailoutbox):
        settings.MAILERS = {"default": {"BACKEND": f"{__name__}.BrokenBackend"}}
        job, result = jobs.enqueue(
            send_ward_reminders, label=REMINDERS_LABEL, ward=bd.ward, ward_id=bd.ward.pk, day_iso=DAY.isoformat()
        )
        assert result.status == "FAILED"
        assert (job.status, job.attempts) == ("failed", 3)
        assert job.error == "Không gửi được 2 thư (máy chủ thư không nhận); 0 thư đã gửi."
        assert not Reminder.objects.exists()


# --- the button -------------------------------------------------------------------------------


def remind_url(w):
    return reverse("send_reminders", kwargs={"ward_slug": w.ward.slug})


class TestTheButton:
    def test_the_office_sees_the_button_and_the_units_to_remind(self, client, bd):
        client.force_login(bd.follow_up)
        html = client.get(reverse("my_work")).content.decode()
        assert f'action="{remind_url(bd)}"' in html and "Nhắc việc" in html
        assert 'data-testid="reminder-units"' in html and "chưa nhắc" in html

    def test_the_office_reminds_its_ward(self, client, bd, mailoutbox):
        client.force_login(bd.follow_up)
        response = client.post(remind_url(bd), follow=True)
        assert response.redirect_chain == [(reverse("my_work"), 302)]
        messages = [str(m) for m in response.context["messages"]]
        assert messages == ["Đã gửi nhắc việc tới 2 cán bộ của 1 đơn vị."]
        assert len(mailoutbox) == 2
        html = response.content.decode()
        sent_at = timezone.localtime(Reminder.objects.latest("sent_at").sent_at)
        assert date_format(sent_at, "SHORT_DATE_FORMAT") in html  # when the unit was last reminded
        assert "đã nhắc hôm nay" in html and "chưa nhắc" not in html

    def test_pressing_twice_sends_nothing_more(self, client, bd, mailoutbox):
        client.force_login(bd.follow_up)
        client.post(remind_url(bd), follow=True)  # shows (and so uses up) the first message
        response = client.post(remind_url(bd), follow=True)
        messages = [str(m) for m in response.context["messages"]]
        assert messages == ["2 cán bộ đã được nhắc hôm nay nên không gửi lại."]
        assert len(mailoutbox) == 2

    def test_with_a_real_queue_it_says_the_reminders_are_scheduled(self, client, bd, settings, mailoutbox):
        settings.TASKS = {"default": {"BACKEND": "django.tasks.backends.dummy.DummyBackend"}}
        client.force_login(bd.follow_up)
        response = client.post(remind_url(bd), follow=True)
        messages = [str(m) for m in response.context["messages"]]
        assert messages == [f"Nhắc việc {bd.ward} đã xếp lịch gửi."]
        assert not mailoutbox

    def test_a_failed_task_says_so(self, client, bd, monkeypatch, mailoutbox):
        def broken(**kwargs):
            raise RuntimeError("database went away")

        monkeypatch.setattr("assignments.tasks.ward_reminders", broken)
        client.force_login(bd.follow_up)
        response = client.post(remind_url(bd), follow=True)
        assert [str(m) for m in response.context["messages"]] == ["Không gửi được nhắc việc; xin thử lại sau."]
        assert not mailoutbox

    @pytest.mark.parametrize("actor", ["official", "coordinator", "viewer"])
    def test_officials_and_viewers_are_refused(self, client, bd, actor, mailoutbox):
        client.force_login(getattr(bd, actor))
        assert client.post(remind_url(bd)).status_code == 403
        assert not mailoutbox and not Reminder.objects.exists()

    def test_the_section_speaks_english_after_the_language_switch(self, client, bd):
        client.force_login(bd.follow_up)
        client.post(reverse("set_language"), {"language": "en", "next": reverse("my_work")})
        html = client.get(reverse("my_work")).content.decode()
        assert "Send reminders" in html and "Last reminded" in html and "never reminded" in html

    def test_viewers_see_no_button(self, client, bd):
        client.force_login(bd.viewer)
        html = client.get(reverse("my_work")).content.decode()
        assert remind_url(bd) not in html and 'data-testid="reminder-units"' in html

    def test_another_wards_office_gets_404(self, client, bd, ndn, mailoutbox):
        client.force_login(ndn.follow_up)
        assert client.post(remind_url(bd)).status_code == 404
        assert not mailoutbox and not Reminder.objects.exists()

    def test_a_forged_post_without_the_csrf_token_is_refused(self, bd, mailoutbox):
        client = Client(enforce_csrf_checks=True)
        client.force_login(bd.follow_up)
        assert client.post(remind_url(bd)).status_code == 403
        assert not mailoutbox and not Reminder.objects.exists()

    def test_it_only_answers_post(self, client, bd, mailoutbox):
        client.force_login(bd.follow_up)
        assert client.get(remind_url(bd)).status_code == 405
        assert not mailoutbox

    def test_anonymous_users_go_to_the_login_page(self, client, bd):
        response = client.post(remind_url(bd))
        assert response.status_code == 302 and response["Location"].startswith(reverse("login"))


# --- the command ------------------------------------------------------------------------------


class TestTheCommand:
    def test_it_reminds_every_ward(self, bd, ndn, mailoutbox, capsys):
        call_command("send_reminders", "--date", DAY.isoformat())
        emails = {bd.official.email, bd.official2.email, ndn.official.email, ndn.official2.email}
        assert len(mailoutbox) == 4 and {m.to[0] for m in mailoutbox} == emails
        out = capsys.readouterr().out
        assert f"{bd.ward.slug}: 2 sent to 1 unit(s)" in out and f"{ndn.ward.slug}: 2 sent" in out

    def test_it_reminds_one_ward(self, bd, ndn, mailoutbox):
        call_command("send_reminders", "--ward", ndn.ward.slug, "--date", DAY.isoformat())
        assert sorted(m.to[0] for m in mailoutbox) == sorted([ndn.official.email, ndn.official2.email])

    def test_it_defaults_to_today_and_is_idempotent(self, bd, mailoutbox):
        call_command("send_reminders", "--ward", bd.ward.slug)
        call_command("send_reminders", "--ward", bd.ward.slug)
        assert len(mailoutbox) == 2
        assert set(Reminder.objects.values_list("day", flat=True)) == {DAY}

    def test_it_refuses_an_unknown_ward_or_a_bad_date(self, bd):
        with pytest.raises(CommandError, match="no ward"):
            call_command("send_reminders", "--ward", "khong-co")
        with pytest.raises(CommandError, match="YYYY-MM-DD"):
            call_command("send_reminders", "--date", "27/11/2026")
