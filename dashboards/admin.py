from django.contrib import admin

from .models import CityRow


@admin.register(CityRow)
class CityRowAdmin(admin.ModelAdmin):
    """Each ward's city row kept for the day: read-only, written by the dashboards (row_store)."""

    list_display = ["ward", "day", "generation", "computed_at"]
    list_filter = ["day", "ward__city"]
    search_fields = ["ward__name", "ward__slug"]
    readonly_fields = [f.name for f in CityRow._meta.fields]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False
