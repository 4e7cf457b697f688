from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from talk.models import Comment, Notification


@admin.register(Comment)
class CommentAdmin(SimpleHistoryAdmin):
    list_display = ["created_at", "ward", "author", "task", "target", "removed_at"]
    list_filter = ["ward"]
    raw_id_fields = ["task", "target", "author", "removed_by"]
    readonly_fields = ["created_at"]


@admin.register(Notification)
class NotificationAdmin(admin.ModelAdmin):
    list_display = ["created_at", "recipient", "kind", "subject", "read_at", "emailed_at"]
    list_filter = ["kind", "ward"]
    raw_id_fields = ["recipient", "actor", "comment", "ward"]
    readonly_fields = ["created_at"]
