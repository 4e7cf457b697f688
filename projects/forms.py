"""Forms of the project page: phase and total investment; a year's capital plan and disbursement."""

from django import forms
from django.utils.translation import gettext_lazy as _

from core.concurrency import KeyedVersionForm, VersionField
from core.numbers import VietnameseDecimalField
from projects.models import Project

MONEY_HELP = _("Triệu đồng, viết kiểu Việt Nam: 1.000 hoặc 1.250,5.")


def money_field(label, *, required: bool = True) -> VietnameseDecimalField:
    return VietnameseDecimalField(
        label=label,
        required=required,
        max_digits=16,
        decimal_places=1,
        min_value=0,
        help_text=MONEY_HELP,
        error_messages={
            "required": _("Vui lòng nhập số tiền (triệu đồng), nhập 0 nếu chưa có."),
            "min_value": _("Số tiền không được âm."),
        },
    )


class ProjectProgressForm(forms.Form):
    phase = forms.ChoiceField(label=_("Giai đoạn"), choices=Project.Phase.choices)
    total_investment = money_field(_("Tổng mức đầu tư"), required=False)
    version = VersionField()  # the project's version when the form was loaded


class CapitalYearForm(KeyedVersionForm):
    year = forms.IntegerField(
        label=_("Năm"),
        min_value=2000,
        max_value=2100,
        error_messages={
            "required": _("Vui lòng nhập năm."),
            "invalid": _("Năm là một số, ví dụ 2026."),
            "min_value": _("Năm phải từ 2000 đến 2100."),
            "max_value": _("Năm phải từ 2000 đến 2100."),
        },
    )
    planned = money_field(_("Kế hoạch vốn năm"))
    disbursed = money_field(_("Đã giải ngân"))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # A year is a code, not a quantity: never "2.026".
        self.fields["year"].widget = forms.TextInput(attrs={"inputmode": "numeric", "autocomplete": "off"})
        self.fields["year"].localize = False

    def row_key(self) -> str:
        return str(self.cleaned_data["year"])
