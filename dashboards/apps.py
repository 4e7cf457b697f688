from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DashboardsConfig(AppConfig):
    name = "dashboards"
    verbose_name = _("Bảng điều khiển")

    def ready(self):
        from core import events
        from dashboards import selectors

        # The day's job has stored a ward's statuses for the new day: its city row, ahead.
        events.statuses_refreshed.connect(selectors.on_statuses_refreshed, dispatch_uid="dashboards_warm_city_row")
