"""Talk on the record: comments on a task or a target, and each user's notifications.

A comment is never edited and never erased: what was said stays said (the office and the
unit argue over figures with it). Its author or the ward's office may withdraw it, which
hides the text behind "đã gỡ" on the page while the history (simple_history) keeps it.

A notification is one row per recipient. ``key`` says which event it tells of, so a retried
job or a second run of the day's reminders never tells the same person the same thing twice
(``notification_once_per_recipient_and_key``).
"""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

# Long enough for a report's worth of argument, short enough to stay a comment.
BODY_MAX_CHARS = 4000


def display_name(user) -> str:
    """A person as the pages name them: full name, else the username ("" for a deleted account)."""
    return (user.get_full_name() or user.username) if user is not None else ""


class CommentQuerySet(models.QuerySet):
    def on(self, subject):
        """The comments on a task or a target, oldest first (a conversation reads downwards)."""
        field = "task" if subject._meta.label_lower == "assignments.task" else "target"
        return self.filter(**{field: subject}).order_by("created_at", "pk")


class Comment(models.Model):
    ward = models.ForeignKey("plans.Ward", on_delete=models.CASCADE, related_name="comments", verbose_name=_("phường"))
    task = models.ForeignKey(
        "assignments.Task",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="comments",
        verbose_name=_("nhiệm vụ"),
    )
    target = models.ForeignKey(
        "targets.Target",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="comments",
        verbose_name=_("chỉ tiêu"),
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="comments",
        verbose_name=_("người viết"),
    )
    body = models.TextField(_("nội dung"))
    created_at = models.DateTimeField(_("lúc"), auto_now_add=True)
    removed_at = models.DateTimeField(_("gỡ lúc"), null=True, blank=True)
    removed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("người gỡ"),
    )

    history = HistoricalRecords()
    objects = CommentQuerySet.as_manager()

    class Meta:
        verbose_name = _("bình luận")
        verbose_name_plural = _("bình luận")
        ordering = ["created_at", "pk"]
        constraints = [
            models.CheckConstraint(
                name="comment_on_a_task_or_a_target",
                condition=Q(task__isnull=False, target__isnull=True) | Q(task__isnull=True, target__isnull=False),
                violation_error_message=_("Bình luận phải gắn với một nhiệm vụ hoặc một chỉ tiêu."),
            ),
            models.CheckConstraint(
                name="comment_body_not_empty",
                condition=~Q(body=""),
                violation_error_message=_("Nội dung bình luận không được để trống."),
            ),
        ]
        indexes = [
            models.Index(fields=["task", "created_at"], name="comment_task_created"),
            models.Index(fields=["target", "created_at"], name="comment_target_created"),
        ]

    def __str__(self) -> str:
        return f"{self.author} — {self.created_at:%d/%m/%Y %H:%M}"

    @property
    def subject(self):
        return self.task if self.task_id else self.target

    @property
    def is_removed(self) -> bool:
        return self.removed_at is not None

    @property
    def author_name(self) -> str:
        return display_name(self.author)

    @property
    def removed_by_name(self) -> str:
        return display_name(self.removed_by)


class NotificationQuerySet(models.QuerySet):
    def for_user(self, user):
        return self.filter(recipient=user)

    def unread(self):
        return self.filter(read_at__isnull=True)

    # Bulk writes move the recipients' unread version (talk.unread) whoever calls them.
    def bulk_create(self, objs, *args, **kwargs):
        from talk import unread

        created = super().bulk_create(objs, *args, **kwargs)
        unread.changed(obj.recipient_id for obj in created)
        return created

    def update(self, **kwargs):
        from talk import unread

        if not {"read_at", "recipient", "recipient_id"} & kwargs.keys():
            return super().update(**kwargs)
        recipients = list(self.order_by().values_list("recipient_id", flat=True).distinct())
        count = super().update(**kwargs)
        unread.changed([*recipients, kwargs.get("recipient_id"), getattr(kwargs.get("recipient"), "pk", None)])
        return count


class Notification(models.Model):
    class Kind(models.TextChoices):
        COMMENT = "comment", _("Bình luận mới")
        REPORT_RETURNED = "returned", _("Báo cáo bị trả lại")
        REPORT_SUBMITTED = "submitted", _("Báo cáo chờ duyệt")
        REPORT_APPROVED = "approved", _("Báo cáo đã duyệt")
        DEADLINE = "deadline", _("Nhắc hạn")

    class Reason(models.TextChoices):
        # Why a task is chased (assignments.reminders.Reason), for a DEADLINE notification.
        OVERDUE = "overdue", _("quá hạn")
        AT_RISK = "at_risk", _("có nguy cơ chậm")
        NO_REPORT = "no_report", _("chưa báo cáo kỳ này")

    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="notifications",
        verbose_name=_("người nhận"),
    )
    ward = models.ForeignKey(
        "plans.Ward", on_delete=models.CASCADE, related_name="notifications", verbose_name=_("phường")
    )
    kind = models.CharField(_("loại"), max_length=10, choices=Kind.choices)
    reason = models.CharField(_("lý do"), max_length=10, choices=Reason.choices, blank=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("người gây ra"),
    )
    # The item's name as it was (a task's or target's title: data, shown as written).
    subject = models.CharField(_("về"), max_length=300)
    # What was said: the comment's or the return's first lines.
    text = models.TextField(_("nội dung"), blank=True)
    due_on = models.DateField(_("hạn"), null=True, blank=True)
    # Where the notification leads (a path of the portal; the page there checks access again).
    url = models.CharField(_("liên kết"), max_length=300)
    key = models.CharField(_("khóa sự kiện"), max_length=120)
    comment = models.ForeignKey(Comment, on_delete=models.CASCADE, null=True, blank=True, related_name="notifications")
    created_at = models.DateTimeField(_("lúc"), auto_now_add=True)
    read_at = models.DateTimeField(_("đọc lúc"), null=True, blank=True)
    emailed_at = models.DateTimeField(_("gửi thư lúc"), null=True, blank=True)

    objects = NotificationQuerySet.as_manager()

    class Meta:
        verbose_name = _("thông báo")
        verbose_name_plural = _("thông báo")
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["recipient", "key"],
                name="notification_once_per_recipient_and_key",
                violation_error_message=_("Người này đã được báo việc này."),
            ),
        ]
        indexes = [
            models.Index(fields=["recipient", "-created_at"], name="notification_recipient_new"),
            models.Index(fields=["recipient"], condition=Q(read_at__isnull=True), name="notification_unread"),
        ]

    def __str__(self) -> str:
        return f"{self.recipient} — {self.get_kind_display()} — {self.subject[:40]}"

    @property
    def actor_name(self) -> str:
        return display_name(self.actor)
