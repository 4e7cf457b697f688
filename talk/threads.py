"""What a thread shows: its comments with who wrote them, and what the reader may do there.

Read by the thread's own page (``talk.views``) and by ``{% comment_thread %}`` on the task
and target pages. Queries: one for the comments (authors and their units joined), whatever
their number; the subject's units come from what the page already loaded.
"""

from __future__ import annotations

from django.urls import reverse

from accounts.access import ward_of
from talk.forms import CommentForm
from talk.models import Comment
from talk.rules import is_task, may_comment, may_remove, subject_name


def thread_url(subject) -> str:
    if is_task(subject):
        return reverse("talk:task_thread", kwargs={"task_pk": subject.pk})
    return reverse("talk:target_thread", kwargs={"target_pk": subject.pk})


def thread_context(user, subject, *, form: CommentForm | None = None) -> dict:
    ward = ward_of(subject)
    comments = list(Comment.objects.on(subject).select_related("author__profile__unit", "removed_by"))
    for comment in comments:
        comment.ward = ward  # every comment of the thread is of the subject's ward: no query each
        comment.removable = not comment.is_removed and may_remove(user, comment)
    writable = may_comment(user, subject)
    return {
        "subject": subject,
        "subject_name": subject_name(subject),
        "is_task": is_task(subject),
        "comments": comments,
        "may_comment": writable,
        "comment_form": (form or CommentForm()) if writable else None,
        "thread_url": thread_url(subject),
    }
