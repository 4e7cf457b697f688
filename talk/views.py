"""The pages of talk: a task's or a target's thread, withdrawing a comment, one's notifications.

The thread also shows on the task and target pages (``{% comment_thread %}``, templatetags);
its form posts here and comes back to that page. Ward data is fetched through
``accounts.access`` (404 outside the user's wards); notifications only ever through
``recipient=request.user`` (404 for anyone else's).
"""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from accounts.access import get_for_user, scope, ward_of
from assignments.models import Task
from core.forms import add_service_errors
from core.listing import paginate
from core.params import parse_id
from plans.models import Ward
from talk import services
from talk.forms import CommentForm
from talk.models import Comment, Notification
from talk.notify import subject_url
from talk.rules import may_comment
from talk.threads import thread_context
from targets.models import Target

TASKS = Task.objects.select_related("plan_item__plan__ward").prefetch_related("unit_roles__unit")
TARGETS = Target.objects.select_related("plan_item__plan__ward", "responsible_unit").prefetch_related(
    "coordinating_units"
)


def _thread(request, subject):
    """GET: the thread on a page of its own. POST: add a comment, back to the item's page;
    an invalid one shows this page again with the message, status 400 (nothing saved)."""
    form = CommentForm(request.POST or None)
    status = 200
    if request.method == "POST":
        status = 400
        if form.is_valid():
            try:
                comment = services.post_comment(subject=subject, author=request.user, body=form.cleaned_data["body"])
            except ValidationError as error:
                add_service_errors(form, error)
            else:
                messages.success(request, _("Đã gửi bình luận."))
                return redirect(f"{subject_url(subject)}#binh-luan-{comment.pk}")
    context = thread_context(request.user, subject, form=form)
    return render(
        request,
        "talk/thread.html",
        {**context, "ward": ward_of(subject), "subject_url": subject_url(subject)},
        status=status,
    )


def _writer(request, queryset, pk):
    subject = get_for_user(request.user, queryset, pk)
    if request.method == "POST" and not may_comment(request.user, subject):
        raise PermissionDenied
    return subject


@login_required
@require_http_methods(["GET", "HEAD", "POST"])
def task_thread(request, task_pk: int):
    return _thread(request, _writer(request, TASKS, task_pk))


@login_required
@require_http_methods(["GET", "HEAD", "POST"])
def target_thread(request, target_pk: int):
    return _thread(request, _writer(request, TARGETS, target_pk))


@login_required
@require_POST
def comment_remove(request, comment_pk: int):
    """Withdraw a comment (its author, the ward's office): 404 outside the user's wards, 403
    for anyone else; back to the item's page."""
    if parse_id(comment_pk) is None:
        raise Http404
    wards = scope(request.user, Ward.objects.all())
    comment = (
        Comment.objects.filter(ward__in=wards).select_related("ward", "task", "target").filter(pk=comment_pk).first()
    )
    if comment is None:
        raise Http404
    services.remove_comment(comment=comment, by=request.user)
    messages.success(request, _("Đã gỡ bình luận; nội dung vẫn được lưu trong lịch sử."))
    return redirect(f"{subject_url(comment.subject)}#binh-luan")


def _mine(request):
    return Notification.objects.for_user(request.user)


@login_required
@require_safe
def notification_list(request):
    """The user's notifications, newest first, unread ones marked; paginated."""
    page = paginate(request, _mine(request).select_related("actor", "comment"))
    return render(request, "talk/notifications.html", {"page": page, "notifications": page.object_list})


@login_required
@require_POST
def notification_open(request, notification_pk: int):
    """Mark one of the user's notifications read and go to what it is about (404 if not theirs)."""
    if parse_id(notification_pk) is None:
        raise Http404
    notification = _mine(request).filter(pk=notification_pk).first()
    if notification is None:
        raise Http404
    if notification.read_at is None:
        _mine(request).filter(pk=notification.pk, read_at__isnull=True).update(read_at=timezone.now())
    if request.POST.get("stay"):
        return redirect("talk:notifications")
    if not url_has_allowed_host_and_scheme(notification.url, allowed_hosts=None) or not notification.url.startswith(
        "/"
    ):
        return redirect("talk:notifications")
    return redirect(notification.url)


@login_required
@require_POST
def notification_read_all(request):
    count = _mine(request).unread().update(read_at=timezone.now())
    messages.success(
        request,
        ngettext("Đã đánh dấu %(count)d thông báo là đã đọc.", "Đã đánh dấu %(count)d thông báo là đã đọc.", count)
        % {"count": count},
    )
    return redirect("talk:notifications")
