from django.contrib import admin
from django.utils.translation import gettext_lazy as _
from simple_history.admin import SimpleHistoryAdmin

from .models import City, PeriodReopening, Plan, PlanItem, Ward, WardSettings


@admin.register(City)
class CityAdmin(admin.ModelAdmin):
    list_display = ["name", "slug"]
    list_filter = ["wards__kind"]
    search_fields = ["name", "slug"]


@admin.register(Ward)
class WardAdmin(admin.ModelAdmin):
    list_display = ["name", "kind", "city", "slug"]
    list_filter = ["kind", "city"]
    search_fields = ["name", "slug"]


class PlanItemInline(admin.TabularInline):
    model = PlanItem
    fields = ["key", "number", "kind", "title", "position"]
    extra = 0
    show_change_link = True


@admin.register(Plan)
class PlanAdmin(SimpleHistoryAdmin):
    list_display = ["number", "title", "ward", "issuing_body", "period_start", "period_end"]
    list_filter = ["ward", "issuing_body"]
    search_fields = ["number", "title", "basis"]
    date_hierarchy = "period_start"


@admin.register(PlanItem)
class PlanItemAdmin(SimpleHistoryAdmin):
    list_display = ["key", "number", "kind", "short_title", "plan"]
    list_filter = ["kind", "plan__ward", "plan"]
    search_fields = ["title", "general_objective", "main_activities", "body", "key"]
    list_select_related = ["plan"]
    raw_id_fields = ["parent"]

    @admin.display(description=_("Tiêu đề"))
    def short_title(self, obj):
        return obj.title[:100]


@admin.register(WardSettings)
class WardSettingsAdmin(SimpleHistoryAdmin):
    list_display = ["ward", "due_soon_days", "at_risk_lag", "period_close_days", "stale_periods"]
    list_filter = ["ward__city"]
    search_fields = ["ward__name", "ward__slug"]


@admin.register(PeriodReopening)
class PeriodReopeningAdmin(admin.ModelAdmin):
    """Read in the admin for audits; the office reopens periods on the ward's settings page."""

    list_display = ["ward", "period_kind", "period_year", "period_index", "unit", "task", "until", "reopened_by"]
    list_filter = ["ward__city", "period_kind", "period_year"]
    search_fields = ["ward__name", "reason"]
    raw_id_fields = ["ward", "unit", "task", "reopened_by"]
