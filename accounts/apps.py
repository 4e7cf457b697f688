from django.apps import AppConfig
from django.db.models.signals import post_migrate


class AccountsConfig(AppConfig):
    name = "accounts"

    def ready(self):
        from accounts.roles import on_post_migrate

        post_migrate.connect(on_post_migrate, sender=self, dispatch_uid="accounts_role_groups")
