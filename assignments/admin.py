from django.contrib import admin
from django.utils.translation import gettext_lazy as _
from simple_history.admin import SimpleHistoryAdmin

from .models import DeadlineRevision, Evidence, ProgressReport, Reminder, Task, TaskUnit, Unit, UnitAlias


class UnitAliasInline(admin.TabularInline):
    model = UnitAlias
    fields = ["alias"]
    extra = 0


@admin.register(Unit)
class UnitAdmin(SimpleHistoryAdmin):
    list_display = ["name", "short_name", "kind", "is_external", "is_collective", "ward"]
    list_filter = ["ward", "kind", "is_external", "is_collective"]
    search_fields = ["name", "short_name", "aliases__alias"]
    inlines = [UnitAliasInline]


@admin.register(UnitAlias)
class UnitAliasAdmin(admin.ModelAdmin):
    list_display = ["alias", "unit", "normalized"]
    list_filter = ["unit__ward"]
    search_fields = ["alias", "unit__name"]


class TaskUnitInline(admin.TabularInline):
    model = TaskUnit
    extra = 0
    autocomplete_fields = ["unit"]


@admin.register(Task)
class TaskAdmin(SimpleHistoryAdmin):
    """Registered again by ``exchange.admin`` with the Excel buttons (this app stands below exchange)."""

    list_display = ["number", "short_title", "lead_text", "period_text", "plan_item"]
    list_filter = ["period_kind", "plan_item__plan__ward", "plan_item__plan", "unit_roles__unit"]
    search_fields = ["title", "expected_result", "lead_text", "coordination_text"]
    list_select_related = ["plan_item"]
    raw_id_fields = ["plan_item"]
    inlines = [TaskUnitInline]

    @admin.display(description=_("Nhiệm vụ"))
    def short_title(self, obj):
        return obj.title[:100]


class EvidenceInline(admin.TabularInline):
    model = Evidence
    extra = 0
    readonly_fields = ["original_name", "content_type", "size"]


@admin.register(ProgressReport)
class ProgressReportAdmin(SimpleHistoryAdmin):
    list_display = ["task", "unit", "period_kind", "period_year", "period_index", "status", "percent", "updated_at"]
    list_filter = ["status", "period_kind", "period_year", "task__plan_item__plan__ward", "unit"]
    search_fields = ["task__title", "narrative", "unit__name"]
    raw_id_fields = ["task", "unit", "author"]
    inlines = [EvidenceInline]


@admin.register(TaskUnit)
class TaskUnitAdmin(admin.ModelAdmin):
    list_display = ["task", "unit", "role"]
    list_filter = ["role", "unit__ward", "unit__is_external"]
    search_fields = ["task__title", "unit__name"]
    raw_id_fields = ["task", "unit"]


@admin.register(Evidence)
class EvidenceAdmin(admin.ModelAdmin):
    list_display = ["original_name", "report", "content_type", "size", "uploaded_at"]
    list_filter = ["content_type", "report__task__plan_item__plan__ward"]
    search_fields = ["original_name", "report__task__title"]
    raw_id_fields = ["report"]


@admin.register(Reminder)
class ReminderAdmin(admin.ModelAdmin):
    """When each unit was reminded, and whom: read-only, written by ``send_ward_reminders``."""

    list_display = ["sent_at", "ward", "unit", "user", "task_count"]
    list_filter = ["ward", "day", "unit__kind"]
    search_fields = ["unit__name", "unit__short_name", "user__username", "user__email", "ward__name"]
    list_select_related = ["ward", "unit", "user"]
    date_hierarchy = "sent_at"
    readonly_fields = ["ward", "unit", "user", "day", "sent_at", "task_count"]

    def has_add_permission(self, request):
        return False


@admin.register(DeadlineRevision)
class DeadlineRevisionAdmin(admin.ModelAdmin):
    """Read-only: revisions are made by moving a task's deadline (``assignments.deadlines``)."""

    list_display = ["task", "old_period_text", "new_period_text", "source", "changed_by", "changed_at"]
    list_filter = ["source", "task__plan_item__plan__ward"]
    search_fields = ["task__title", "reason", "old_period_text", "new_period_text"]
    raw_id_fields = ["task", "changed_by"]

    def has_change_permission(self, request, obj=None):
        return False
