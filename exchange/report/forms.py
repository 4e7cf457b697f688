"""The form of the periodic report: which plan, which period."""

from __future__ import annotations

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.params import CheckedModelChoiceField
from plans.models import Plan
from plans.periods import INDEX_MAX, PeriodKind, ReportingPeriod

REPORT_KINDS = [(k, label) for k, label in PeriodKind.choices if k != PeriodKind.MONTH]


class ReportForm(forms.Form):
    """Plan and reporting period (quarter, six months, year) of a ward's periodic report."""

    plan = CheckedModelChoiceField(queryset=Plan.objects.none(), label=_("Kế hoạch"), to_field_name="code")
    kind = forms.ChoiceField(choices=REPORT_KINDS, label=_("Kỳ báo cáo"), initial=PeriodKind.QUARTER)
    year = forms.IntegerField(label=_("Năm"), min_value=2000, max_value=2100)
    index = forms.IntegerField(
        label=_("Kỳ số"), min_value=1, max_value=4, initial=1, help_text=_("Quý 1–4; 6 tháng: 1 đầu năm, 2 cuối năm.")
    )

    def __init__(self, *args, plans, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["plan"].queryset = plans
        self.fields["plan"].empty_label = _("— Chọn kế hoạch —")
        if len(plans[:2]) == 1:
            self.fields["plan"].initial = plans[0].code
        self.fields["year"].initial = timezone.localdate().year

    def clean(self):
        data = super().clean()
        kind, year, index = data.get("kind"), data.get("year"), data.get("index")
        if kind and year and index:
            if kind == PeriodKind.YEAR:
                index = 1
            if index > INDEX_MAX[kind]:
                raise forms.ValidationError(
                    _("Kỳ số %(index)s không hợp lệ với loại kỳ đã chọn."), code="bad_index", params={"index": index}
                )
            data["period"] = ReportingPeriod(year, kind, index)
        return data
