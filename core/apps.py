from django.apps import AppConfig


class CoreConfig(AppConfig):
    """The ground floor: helpers every app shares; imports no app of the portal."""

    name = "core"
    verbose_name = "Core"

    def ready(self):
        from django.core import validators
        from django.db.models import fields
        from django.forms import formsets
        from django.utils.translation import gettext_lazy as _
        from django.utils.translation import ngettext_lazy

        # Django 6.1's empty choice of every select ("- Select an option -") is new and not in
        # its Vietnamese catalog: English on Vietnamese pages (issue 15.9). Django reads it from
        # here (get_blank_choice_label) and documents overriding it in ready().
        fields.BLANK_CHOICE_LABEL = _("— Chọn —")
        # Every text field refuses a NUL byte with this message, which Django's Vietnamese
        # catalog leaves in English ("Null characters are not allowed."): the one message of a
        # class attribute, read by every instance.
        validators.ProhibitNullCharactersValidator.message = _("Không được dùng ký tự rỗng (NUL).")
        # A formset whose hidden counts are missing or not numbers (a tampered or cut-off POST)
        # says so in English too: the messages of Django 6's formsets are not in its catalog.
        formsets.BaseFormSet.default_error_messages = {
            "missing_management_form": _(
                "Biểu mẫu gửi lên thiếu hoặc sai số dòng (%(field_names)s). Hãy tải lại trang rồi nhập lại."
            ),
            "too_many_forms": ngettext_lazy("Chỉ gửi tối đa %(num)d dòng.", "Chỉ gửi tối đa %(num)d dòng.", "num"),
            "too_few_forms": ngettext_lazy("Cần gửi ít nhất %(num)d dòng.", "Cần gửi ít nhất %(num)d dòng.", "num"),
        }
