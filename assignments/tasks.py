"""Background work of the assignments app, on Django's tasks framework (``settings.TASKS``).

``refresh_ward_statuses`` (each ward's tasks' statuses for the new day) is queued by
``manage.py refresh_statuses`` from cron just after midnight; it then announces
``core.events.statuses_refreshed``, on which the city dashboard computes the ward's row ahead.

``send_ward_reminders`` is queued as a background job (``core.jobs``: run by the worker,
retried on failure, listed on the office's page) by the follow-up office's "Nhắc việc"
button (``assignments.views.send_reminders``) and by ``manage.py send_reminders`` (cron). Its
arguments are plain JSON values, so that the queue can store them.
"""

from __future__ import annotations

import datetime as dt
import logging
import smtplib
from collections import defaultdict

from django.conf import settings
from django.core.cache import cache
from django.core.mail import EmailMessage, mailers
from django.db import DatabaseError, IntegrityError, transaction
from django.tasks.backends.immediate import ImmediateBackend
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext_noop, ngettext

from assignments.models import Reminder, Task
from assignments.reminders import Reason, UnitReminder, WardReminders, ward_reminders
from core import events, jobs
from core.jobs import JobError, job_task
from core.models import BackgroundJob
from plans.models import Ward

logger = logging.getLogger(__name__)


def task_url(task) -> str:
    """The absolute link to a task's page (``settings.SITE_URL`` + its path)."""
    return settings.SITE_URL.rstrip("/") + reverse("task_detail", kwargs={"task_pk": task.pk})


def reminder_message(*, plan: WardReminders, entry: UnitReminder, user) -> EmailMessage:
    """The email to one official of ``entry.unit``: the unit's tasks to chase, with links."""
    count = len(entry.tasks)
    subject = ngettext(
        "[Nhắc việc] %(unit)s: %(count)d nhiệm vụ cần đôn đốc",
        "[Nhắc việc] %(unit)s: %(count)d nhiệm vụ cần đôn đốc",
        count,
    ) % {"unit": entry.unit.display_name, "count": count}
    rows = [
        {
            "title": row.task.title,
            "number": row.task.number,
            "status": row.status.status.label,
            "deadline": row.status.deadline,
            "percent": row.status.percent,
            "lacks_report": Reason.NO_REPORT in row.reasons,
            "url": task_url(row.task),
        }
        for row in entry.tasks
    ]
    body = render_to_string(
        "assignments/emails/reminder.txt",
        {
            "name": user.get_full_name() or user.username,
            "unit": entry.unit,
            "ward": plan.ward,
            "period": plan.period,
            "day": plan.day,
            "rows": rows,
            "my_work_url": settings.SITE_URL.rstrip("/") + reverse("my_work"),
        },
    )
    return EmailMessage(subject=subject, body=body, to=[user.email])


# What the office's list of background jobs calls it (translated when shown).
REMINDERS_LABEL = gettext_noop("Nhắc việc")


class RemindersNotDelivered(JobError):
    """Some emails could not be sent: the job fails and is retried (the others are not resent)."""


@job_task
def send_ward_reminders(ward_id: int, day_iso: str) -> dict:
    """The background job: ``remind_ward``, retried while emails fail to go out."""
    summary = remind_ward(ward_id, day_iso)
    if summary["failed"]:
        raise RemindersNotDelivered(
            ngettext(
                "Không gửi được %(failed)d thư (máy chủ thư không nhận); %(sent)d thư đã gửi.",
                "Không gửi được %(failed)d thư (máy chủ thư không nhận); %(sent)d thư đã gửi.",
                summary["failed"],
            )
            % summary
        )
    return summary


def remind_ward(ward_id: int, day_iso: str) -> dict:
    """Email every official of each unit of the ward that has tasks to chase on ``day_iso``.

    One email per official, at most once a day (a ``Reminder`` row records each); the emails
    are in the portal's language (Vietnamese) whoever asked. Returns a summary. Safe to run
    again (a retry): the officials already reminded that day are skipped.
    """
    ward = Ward.objects.get(pk=ward_id)
    day = dt.date.fromisoformat(day_iso)
    sent = skipped = failed = 0
    units_reminded = set()
    with translation.override(settings.LANGUAGE_CODE):
        plan = ward_reminders(ward=ward, day=day)
        # In-portal notifications too (talk listens): for every ward unit with tasks to chase,
        # those whose officials have no email included.
        for entry in [*plan.units, *plan.unreachable]:
            events.deadline_approaching.send(sender=Task, ward=ward, unit=entry.unit, day=day, chased=entry.tasks)
        mailer = mailers.default
        for entry in plan.units:
            skipped += len(entry.officials) - len(entry.recipients)
            for user in entry.recipients:
                message = reminder_message(plan=plan, entry=entry, user=user)
                try:
                    with transaction.atomic():
                        Reminder.objects.create(
                            ward=ward, unit=entry.unit, user=user, day=day, task_count=len(entry.tasks)
                        )
                        mailer.send_messages([message])
                except IntegrityError:  # another run reminded them meanwhile
                    skipped += 1
                except (smtplib.SMTPException, OSError):
                    logger.exception("reminder to %s (%s) not sent", user.email, entry.unit)
                    failed += 1
                else:
                    sent += 1
                    units_reminded.add(entry.unit.pk)
    return {
        "ward": ward.slug,
        "day": day.isoformat(),
        "period": plan.period.key,
        "sent": sent,
        "units": len(units_reminded),
        "skipped": skipped,
        "failed": failed,
        "tasks": plan.task_count,
        "outside": [entry.unit.name for entry in plan.outside],
        "unreachable": [entry.unit.name for entry in plan.unreachable],
        "unassigned": len(plan.unassigned),
    }


STATUSES_LABEL = gettext_noop("Cập nhật tình trạng nhiệm vụ theo ngày")


@job_task
def refresh_ward_statuses(ward_id: int) -> dict:
    """The day's job of one ward: store its tasks' statuses for today (``assignments.stored_status``).

    Judged on the day it runs, not the day it was queued: a job that waited past midnight
    stores the right day's status. Safe to run again."""
    from assignments.models import Task
    from assignments.stored_status import refresh_all

    today = timezone.localdate()
    changed = refresh_all(today, queryset=Task.objects.filter(plan_item__plan__ward_id=ward_id))
    events.statuses_refreshed.send(sender=Task, ward_id=ward_id, day=today)
    return {"day": today.isoformat(), "changed": changed}


CATCH_UP_LABEL = gettext_noop("Cập nhật tình trạng nhiệm vụ theo ngày (bù lượt đêm chưa chạy)")


@job_task
def catch_up_statuses() -> dict:
    """The day's job when the night's run did not happen: store today's status of every task whose
    stored status is not today's, ward by ward, each ward announced as ``refresh_ward_statuses``
    announces it. Safe to run again (a refresh of a current row changes nothing)."""
    from assignments.stored_status import not_current, refresh

    today = timezone.localdate()
    by_ward: dict[int, list[int]] = defaultdict(list)
    for pk, ward_id in Task.objects.filter(not_current(today)).values_list("pk", "plan_item__plan__ward_id"):
        by_ward[ward_id].append(pk)
    changed = 0
    for ward_id in sorted(by_ward):
        changed += refresh(by_ward[ward_id], today)
        events.statuses_refreshed.send(sender=Task, ward_id=ward_id, day=today)
    return {"day": today.isoformat(), "wards": len(by_ward), "changed": changed}


def queue_catch_up(sender, day: dt.date, **kwargs) -> None:
    """Queue ``catch_up_statuses`` once a day, when a list met rows not current (``core.events.statuses_not_current``).

    Without it a portal whose cron line is missing computes those rows on every list request all
    day (4.3 s per city list by status at 114 wards). Once: the shared cache's atomic ``add``
    lets one request through, and the queued job is looked for in the database (processes with
    no shared cache, Redis unreachable; two of those in the same instant may both queue it, and
    the second run finds nothing left to change). Never with a backend that runs a task inside the
    request (no worker): the visitor would wait for the whole day's work."""
    if isinstance(catch_up_statuses.get_backend(), ImmediateBackend):
        return
    try:
        if not cache.add(f"statuses-catch-up:{day.isoformat()}", True, timeout=24 * 3600):
            return
    except Exception:  # the cache unreachable: the database alone decides
        logger.warning("statuses catch-up: cache unreachable", exc_info=True)
    midnight = timezone.make_aware(dt.datetime.combine(day, dt.time.min))
    try:
        with transaction.atomic():  # a savepoint: a failure here never fails the list that asked
            queued = BackgroundJob.objects.filter(task_path=catch_up_statuses.module_path, created_at__gte=midnight)
            if not queued.exists():
                jobs.enqueue(catch_up_statuses, label=CATCH_UP_LABEL)
    except DatabaseError:
        logger.warning("statuses catch-up not queued", exc_info=True)
