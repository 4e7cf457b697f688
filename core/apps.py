from django.apps import AppConfig


class CoreConfig(AppConfig):
    """The ground floor: helpers every app shares; imports no app of the portal."""

    name = "core"
    verbose_name = "Core"

    def ready(self):
        from django.db.models import fields
        from django.utils.translation import gettext_lazy as _

        # Django 6.1's empty choice of every select ("- Select an option -") is new and not in
        # its Vietnamese catalog: English on Vietnamese pages (issue 15.9). Django reads it from
        # here (get_blank_choice_label) and documents overriding it in ready().
        fields.BLANK_CHOICE_LABEL = _("— Chọn —")
