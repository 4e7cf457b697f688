from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from .models import Profile


@admin.register(Profile)
class ProfileAdmin(SimpleHistoryAdmin):
    list_display = ["user", "role", "ward", "unit", "city"]
    list_filter = ["role", "ward", "city"]
    search_fields = ["user__username", "user__first_name", "user__last_name", "unit__name"]
    raw_id_fields = ["user", "unit"]
