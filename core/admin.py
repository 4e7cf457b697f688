from django.contrib import admin

from .models import BackgroundJob, WardGeneration


@admin.register(WardGeneration)
class WardGenerationAdmin(admin.ModelAdmin):
    """The cache generation of each ward: read-only, bumped by every write."""

    list_display = ["ward", "value"]
    list_filter = ["ward__city"]
    search_fields = ["ward__name", "ward__slug"]
    readonly_fields = ["ward", "value"]


@admin.register(BackgroundJob)
class BackgroundJobAdmin(admin.ModelAdmin):
    """Background jobs across their retries (each attempt, with its traceback: "Task results")."""

    list_display = ["label", "ward", "status", "attempts", "created_at", "finished_at"]
    list_filter = ["status", "task_path"]
    search_fields = ["label", "ward__name", "error"]
    readonly_fields = [f.name for f in BackgroundJob._meta.fields]
