from django.apps import AppConfig


class CoreConfig(AppConfig):
    """The ground floor: helpers every app shares; imports no app of the portal."""

    name = "core"
    verbose_name = "Core"
