"""Background work of talk: the emails that go with a new comment (``core.jobs``: run by the
worker, retried on failure), in the style of the reminders (``assignments.tasks``).

Each email belongs to one notification, and ``Notification.emailed_at`` is set before the
email leaves (and cleared again if the mail server refuses it): a retry, or two workers
running the same job, send each email once.
"""

from __future__ import annotations

import logging
import smtplib

from django.conf import settings
from django.core.mail import EmailMessage, mailers
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext, gettext_noop, ngettext

from core.jobs import job_task
from talk.models import Notification, display_name

logger = logging.getLogger(__name__)

# What the list of background jobs calls it (translated when shown).
COMMENT_EMAILS_LABEL = gettext_noop("Thư báo bình luận")


class CommentEmailsNotDelivered(Exception):
    """Some emails could not be sent: the job fails and is retried (the others are not resent)."""


def comment_message(notification: Notification) -> EmailMessage:
    comment = notification.comment
    subject = gettext("[Trao đổi] %(author)s: %(subject)s") % {
        "author": comment.author_name or "—",
        "subject": notification.subject[:80],
    }
    body = render_to_string(
        "talk/emails/comment.txt",
        {
            "name": display_name(notification.recipient),
            "author": comment.author_name or "—",
            "notification": notification,
            "comment": comment,
            "ward": comment.ward,
            "url": settings.SITE_URL.rstrip("/") + notification.url,
            "all_url": settings.SITE_URL.rstrip("/") + reverse("talk:notifications"),
        },
    )
    return EmailMessage(subject=subject, body=body, to=[notification.recipient.email])


def email_comment(comment_id: int) -> dict:
    """Email each person told of comment ``comment_id`` who has an address and was not emailed
    yet (a withdrawn comment is not sent). Returns a summary."""
    sent = failed = 0
    pending = (
        Notification.objects.filter(
            comment_id=comment_id,
            comment__removed_at__isnull=True,
            emailed_at__isnull=True,
            recipient__is_active=True,
        )
        .exclude(recipient__email="")
        .select_related("recipient", "comment__author", "comment__ward")
    )
    with translation.override(settings.LANGUAGE_CODE):
        mailer = mailers.default
        for notification in pending:
            # Claimed first: whoever sets emailed_at sends the email.
            if not Notification.objects.filter(pk=notification.pk, emailed_at__isnull=True).update(
                emailed_at=timezone.now()
            ):
                continue
            try:
                mailer.send_messages([comment_message(notification)])
            except (smtplib.SMTPException, OSError):
                logger.exception("comment email to %s not sent", notification.recipient.email)
                Notification.objects.filter(pk=notification.pk).update(emailed_at=None)
                failed += 1
            else:
                sent += 1
    return {"comment": comment_id, "sent": sent, "failed": failed}


@job_task
def send_comment_emails(comment_id: int) -> dict:
    """The background job: ``email_comment``, retried while emails fail to go out."""
    summary = email_comment(comment_id)
    if summary["failed"]:
        raise CommentEmailsNotDelivered(
            ngettext(
                "Không gửi được %(failed)d thư (máy chủ thư không nhận); %(sent)d thư đã gửi.",
                "Không gửi được %(failed)d thư (máy chủ thư không nhận); %(sent)d thư đã gửi.",
                summary["failed"],
            )
            % summary
        )
    return summary
