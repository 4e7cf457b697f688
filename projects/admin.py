from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from .models import CapitalYear, FundingSource, Project


@admin.register(FundingSource)
class FundingSourceAdmin(admin.ModelAdmin):
    list_display = ["name"]
    list_filter = ["projects__level", "projects__ward"]
    search_fields = ["name"]


class CapitalYearInline(admin.TabularInline):
    model = CapitalYear
    extra = 0


@admin.register(Project)
class ProjectAdmin(SimpleHistoryAdmin):
    """Registered again by ``exchange.admin`` with the Excel buttons (this app stands below exchange)."""

    list_display = ["number", "name", "level", "field", "phase", "lead_unit", "ward"]
    list_filter = ["ward", "level", "phase", "field", "funding_sources"]
    search_fields = ["name", "funding_text", "units_text", "location_scale"]
    filter_horizontal = ["funding_sources", "implementing_units"]
    raw_id_fields = ["plan_item", "lead_unit"]
    inlines = [CapitalYearInline]


@admin.register(CapitalYear)
class CapitalYearAdmin(SimpleHistoryAdmin):
    list_display = ["project", "year", "planned", "disbursed"]
    list_filter = ["year", "project__ward"]
    search_fields = ["project__name"]
