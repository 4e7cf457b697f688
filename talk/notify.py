"""Who is told what: every notification of the portal is made here, and nowhere else.

- a comment on a task: the officials of its lead and coordinating units and the ward's
  follow-up office; on a target: the officials of its responsible and coordinating units
  and the office — never its author (``comment_posted``). Those with an email address also
  get it by email, from a background job (``talk.tasks.send_comment_emails``), never
  inside the request;
- a report returned by the office (``core.events.report_returned``): the report's author
  and the officials of its unit; approved (``report_approved``): the same people;
  submitted (``report_submitted``): the ward's follow-up office;
- a task to chase (``core.events.deadline_approaching``, sent by the reminders job): the
  officials of the unit, one notification per task and day.

Never the person who caused it; only active accounts. One row per recipient, written in one
``bulk_create`` that skips rows already there (``Notification.key`` is unique per
recipient): a retried job or a second reminder run of the day tells nobody twice, and two
runs at the same instant cannot both insert the same row (the database's constraint decides).
"""

from __future__ import annotations

from collections.abc import Iterable

from django.contrib.auth import get_user_model
from django.db import transaction
from django.urls import reverse
from django.utils import timezone

from accounts.access import ward_of
from accounts.models import Profile
from talk.models import Comment, Notification
from talk.rules import concerned_unit_ids, is_task, subject_name

EXCERPT_CHARS = 300
SUBJECT_CHARS = 300


def _active(users):
    return users.filter(is_active=True)


def officials_of(unit_ids: Iterable[int]):
    """The active accounts of the officials of these units (a queryset)."""
    return _active(
        get_user_model().objects.filter(profile__role=Profile.Role.OFFICIAL, profile__unit_id__in=list(unit_ids))
    )


def office_of(ward):
    """The active accounts of the ward's follow-up office (a queryset)."""
    return _active(get_user_model().objects.filter(profile__role=Profile.Role.FOLLOW_UP, profile__ward=ward))


def _recipient_ids(*groups, but=None) -> list[int]:
    """The ids of the users in the querysets and lists ``groups``, without ``but``, sorted."""
    ids: set[int] = set()
    for group in groups:
        if hasattr(group, "values_list"):
            ids.update(group.values_list("pk", flat=True))
        else:
            ids.update(user_id for user_id in group if user_id)
    ids.discard(getattr(but, "pk", None))
    return sorted(ids)


def _tell(recipient_ids: Iterable[int], **fields) -> int:
    """One notification per recipient; the ones already told (same key) are skipped."""
    rows = [Notification(recipient_id=user_id, **fields) for user_id in recipient_ids]
    if rows:
        Notification.objects.bulk_create(rows, ignore_conflicts=True)
    return len(rows)


def _excerpt(text: str) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= EXCERPT_CHARS else text[: EXCERPT_CHARS - 1] + "…"


def subject_url(subject) -> str:
    if is_task(subject):
        return reverse("task_detail", kwargs={"task_pk": subject.pk})
    return reverse("target_detail", kwargs={"target_pk": subject.pk})


def comment_posted(comment: Comment) -> int:
    """Tell the people of the thread about ``comment`` (and queue its emails once committed)."""
    subject = comment.subject
    ward = comment.ward
    count = _tell(
        _recipient_ids(officials_of(concerned_unit_ids(subject)), office_of(ward), but=comment.author),
        ward=ward,
        kind=Notification.Kind.COMMENT,
        actor=comment.author,
        subject=subject_name(subject)[:SUBJECT_CHARS],
        text=_excerpt(comment.body),
        url=f"{subject_url(subject)}#binh-luan-{comment.pk}",
        key=f"comment:{comment.pk}",
        comment=comment,
    )
    if count:
        transaction.on_commit(lambda: _queue_comment_emails(comment))
    return count


def _queue_comment_emails(comment: Comment) -> None:
    from core.jobs import enqueue
    from talk.tasks import COMMENT_EMAILS_LABEL, send_comment_emails

    enqueue(send_comment_emails, label=COMMENT_EMAILS_LABEL, comment_id=comment.pk)


# -- reports (core.events, sent by the approval of reports) -----------------------------------


def _report_parts(report) -> tuple[object, str, list[int], int | None] | None:
    """(the item the report is on, its page, the units that report it, the author's id)."""
    label = report._meta.label_lower
    if label == "assignments.progressreport":
        return report.task, subject_url(report.task), [report.unit_id], report.author_id
    if label == "targets.measurement":
        target = report.target
        return (
            target,
            subject_url(target),
            [target.responsible_unit_id] if target.responsible_unit_id else [],
            (report.recorded_by_id),
        )
    if label == "projects.capitalyear":
        project = report.project
        units = [project.lead_unit_id] if project.lead_unit_id else []
        units += [unit.pk for unit in project.implementing_units.all()]
        return project, reverse("project_detail", kwargs={"project_pk": project.pk}), units, None
    return None  # a kind of report talk does not know yet: nobody is told, the review goes on


def _report_subject(report, item) -> str:
    name = getattr(item, "title", None) or getattr(item, "name", None) or str(item)  # task, project, target
    period = getattr(report, "period", None) or getattr(report, "year", "")
    return f"{name} — {period}"[:SUBJECT_CHARS] if period else str(name)[:SUBJECT_CHARS]


def _report_event(kind: str, report, by, recipient_ids: list[int], text: str = "") -> int:
    parts = _report_parts(report)
    if parts is None:
        return 0
    item, url, _units, _author = parts
    return _tell(
        recipient_ids,
        ward=ward_of(report),
        kind=kind,
        actor=by,
        subject=_report_subject(report, item),
        text=_excerpt(text),
        url=url,
        # A report can be returned (and approved) more than once: each time is news.
        key=f"{kind}:{report._meta.label_lower}:{report.pk}:{timezone.now().isoformat()}",
    )


def _authors_and_units(report, by) -> list[int]:
    parts = _report_parts(report)
    if parts is None:
        return []
    _item, _url, unit_ids, author_id = parts
    return _recipient_ids([author_id], officials_of(unit_ids), but=by)


def on_report_returned(sender, instance, by=None, comment: str = "", **kwargs) -> None:
    _report_event(Notification.Kind.REPORT_RETURNED, instance, by, _authors_and_units(instance, by), comment)


def on_report_approved(sender, instance, by=None, **kwargs) -> None:
    _report_event(Notification.Kind.REPORT_APPROVED, instance, by, _authors_and_units(instance, by))


def on_report_submitted(sender, instance, by=None, **kwargs) -> None:
    if _report_parts(instance) is None:
        return
    _report_event(
        Notification.Kind.REPORT_SUBMITTED, instance, by, _recipient_ids(office_of(ward_of(instance)), but=by)
    )


# -- tasks to chase (core.events.deadline_approaching, sent by the reminders job) -------------


def on_deadline_approaching(sender, ward, unit, day, chased, **kwargs) -> int:
    """Each official of ``unit`` is told of each task of ``chased`` (``TaskToChase`` rows of
    ``assignments.reminders``) once on ``day``, whatever the number of runs."""
    recipients = _recipient_ids(officials_of([unit.pk]))
    if not recipients:
        return 0
    rows = []
    for row in chased:
        reason = row.reasons[0] if row.reasons else Notification.Reason.NO_REPORT
        for user_id in recipients:
            rows.append(
                Notification(
                    recipient_id=user_id,
                    ward=ward,
                    kind=Notification.Kind.DEADLINE,
                    reason=reason,
                    subject=str(row.task.title)[:SUBJECT_CHARS],
                    due_on=row.status.deadline,
                    url=subject_url(row.task),
                    key=f"deadline:{row.task.pk}:{day.isoformat()}",
                )
            )
    Notification.objects.bulk_create(rows, ignore_conflicts=True)
    return len(rows)
