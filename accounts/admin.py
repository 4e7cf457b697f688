from django.contrib import admin
from django.contrib.auth import get_user_model
from django.contrib.auth.admin import UserAdmin
from django.utils.translation import gettext_lazy as _
from simple_history.admin import SimpleHistoryAdmin

from .models import Profile

User = get_user_model()


@admin.register(Profile)
class ProfileAdmin(SimpleHistoryAdmin):
    list_display = ["user", "role", "ward", "unit", "city"]
    list_filter = ["role", "ward", "city"]
    search_fields = ["user__username", "user__first_name", "user__last_name", "unit__name"]
    raw_id_fields = ["user", "unit"]
    list_select_related = ["user", "ward", "unit", "city"]


class ProfileInline(admin.StackedInline):
    """Role, ward and unit of a user, edited with the account (admins manage users here)."""

    model = Profile
    fk_name = "user"
    can_delete = False
    extra = 1
    max_num = 1
    raw_id_fields = ["unit"]
    verbose_name = _("vai trò trong cổng")
    verbose_name_plural = _("vai trò trong cổng")


if admin.site.is_registered(User):
    admin.site.unregister(User)


@admin.register(User)
class PortalUserAdmin(UserAdmin):
    inlines = [ProfileInline]
    list_display = ["username", "first_name", "profile__role", "profile__ward", "profile__unit", "is_active"]
    list_filter = ["is_active", "is_staff", "profile__role", "profile__ward", "groups"]
    list_select_related = ["profile__ward", "profile__unit"]
