from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TalkConfig(AppConfig):
    name = "talk"
    verbose_name = _("Trao đổi, thông báo")

    def ready(self):
        from core import events, page_cache
        from talk import notify, unread

        unread.connect()  # the bell's cached count follows every notification written
        page_cache.watch_user_version(unread.version_key)  # every cached page shows the bell

        # What the domain apps announce (core.events) becomes notifications here: the lower
        # floors never import talk.
        events.report_returned.connect(notify.on_report_returned, dispatch_uid="talk_report_returned")
        events.report_submitted.connect(notify.on_report_submitted, dispatch_uid="talk_report_submitted")
        events.report_approved.connect(notify.on_report_approved, dispatch_uid="talk_report_approved")
        events.deadline_approaching.connect(notify.on_deadline_approaching, dispatch_uid="talk_deadline")
