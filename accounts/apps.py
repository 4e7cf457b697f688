from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class AccountsConfig(AppConfig):
    name = "accounts"
    verbose_name = _("Tài khoản")

    def ready(self):
        from accounts.roles import on_post_migrate

        post_migrate.connect(on_post_migrate, sender=self, dispatch_uid="accounts_role_groups")

        from accounts import auth_backends

        auth_backends.connect()  # the cached user and profile are dropped when they change

        from accounts.access import WARD_PATHS
        from core import signals

        # Every write to a ward's data invalidates its cached figures (core.generation).
        signals.connect(
            {
                **WARD_PATHS,
                "assignments.taskunit": "task__plan_item__plan__ward",
                "assignments.unitalias": "unit__ward",
                # The milestones bend a target's path: dashboards and public pages follow them.
                "targets.targetmilestone": "target__plan_item__plan__ward",
            },
            m2m={"projects.project": ("funding_sources", "implementing_units")},
        )
