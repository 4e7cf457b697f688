from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AssignmentsConfig(AppConfig):
    name = "assignments"
    verbose_name = _("Nhiệm vụ, báo cáo")

    def ready(self):
        from assignments import stored_status, tasks
        from core import events

        stored_status.connect()
        events.statuses_not_current.connect(tasks.queue_catch_up, dispatch_uid="assignments-statuses-catch-up")
