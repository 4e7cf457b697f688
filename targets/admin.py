from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from .models import Measurement, Target, TargetMilestone


class MeasurementInline(admin.TabularInline):
    model = Measurement
    extra = 0
    fields = ["period_kind", "period_year", "period_index", "value", "source"]


class MilestoneInline(admin.TabularInline):
    model = TargetMilestone
    extra = 0
    fields = ["year", "value"]


@admin.register(Target)
class TargetAdmin(SimpleHistoryAdmin):
    """Registered again by ``exchange.admin`` with the Excel buttons (this app stands below exchange)."""

    list_display = ["measure", "direction", "value", "value_max", "unit", "horizon_year", "plan_item"]
    list_filter = ["direction", "horizon_year", "is_annual", "plan_item__plan__ward", "plan_item__plan"]
    search_fields = ["statement", "measure", "unit"]
    list_select_related = ["plan_item"]
    raw_id_fields = ["plan_item", "responsible_unit"]
    inlines = [MilestoneInline, MeasurementInline]


@admin.register(Measurement)
class MeasurementAdmin(SimpleHistoryAdmin):
    list_display = ["target", "period_kind", "period_year", "period_index", "value", "source"]
    list_filter = ["period_kind", "period_year", "target__plan_item__plan__ward"]
    search_fields = ["target__statement", "source", "note"]
    raw_id_fields = ["target", "recorded_by"]


@admin.register(TargetMilestone)
class TargetMilestoneAdmin(SimpleHistoryAdmin):
    list_display = ["target", "year", "value"]
    list_filter = ["year", "target__plan_item__plan__ward"]
    search_fields = ["target__statement", "target__measure"]
    raw_id_fields = ["target"]
