"""Writing in a thread: a comment posted, a comment withdrawn. Views, tests and the admin call these."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from accounts.access import ward_of
from core.concurrency import for_update
from core.numbers import format_number
from talk import notify
from talk.models import BODY_MAX_CHARS, Comment
from talk.rules import is_task, may_comment, may_remove


def clean_body(body: str) -> str:
    """The comment as it will be kept: trimmed; empty or too long is refused."""
    body = (body or "").replace("\r\n", "\n").strip()
    if not body:
        raise ValidationError({"body": _("Hãy viết nội dung bình luận.")}, code="empty")
    if len(body) > BODY_MAX_CHARS:
        raise ValidationError(
            {
                "body": _("Bình luận dài %(length)s ký tự; tối đa %(max)s ký tự.")
                % {"length": format_number(len(body)), "max": format_number(BODY_MAX_CHARS)}
            },
            code="too_long",
        )
    return body


def post_comment(*, subject, author, body: str) -> Comment:
    """Add ``author``'s comment to the thread of ``subject`` (a task or a target) and tell the
    others (``talk.notify``). Two people writing at the same instant are both kept: each
    comment is an insert of its own, nothing is read and written back."""
    if not may_comment(author, subject):
        raise PermissionDenied
    body = clean_body(body)
    with transaction.atomic():
        comment = Comment.objects.create(
            ward=ward_of(subject),
            task=subject if is_task(subject) else None,
            target=None if is_task(subject) else subject,
            author=author,
            body=body,
        )
        notify.comment_posted(comment)
    return comment


def remove_comment(*, comment: Comment, by) -> Comment:
    """Withdraw ``comment``: the page shows that it was withdrawn, the history keeps its text.
    Withdrawing one already withdrawn (two clicks, two people) changes nothing."""
    if not may_remove(by, comment):
        raise PermissionDenied
    with transaction.atomic():
        current = for_update(Comment.objects).get(pk=comment.pk)
        if current.removed_at is None:
            current.removed_at = timezone.now()
            current.removed_by = by
            current.save(update_fields=["removed_at", "removed_by"])
    return current
