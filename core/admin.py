from django.contrib import admin

from .models import WardGeneration


@admin.register(WardGeneration)
class WardGenerationAdmin(admin.ModelAdmin):
    """The cache generation of each ward: read-only, bumped by every write."""

    list_display = ["ward", "value"]
    list_filter = ["ward__city"]
    search_fields = ["ward__name", "ward__slug"]
    readonly_fields = ["ward", "value"]
