"""The admin's titles, in Vietnamese like the rest of the portal (Django's default says "Django")."""

from django.contrib import admin
from django.utils.translation import gettext_lazy as _

admin.site.site_header = _("Quản trị cổng theo dõi kế hoạch")
admin.site.site_title = _("Quản trị cổng theo dõi kế hoạch")
admin.site.index_title = _("Quản trị hệ thống")
