"""The form of the periodic report: which plan, which period."""

from __future__ import annotations

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.params import CheckedModelChoiceField
from core.review import INCLUDE_SUBMITTED
from plans.models import Plan
from plans.periods import INDEX_MAX, PeriodKind, ReportingPeriod

from .review import ReviewKind, Span

REPORT_KINDS = [(k, label) for k, label in PeriodKind.choices if k != PeriodKind.MONTH]


class PlanChoiceForm(forms.Form):
    """A form that starts with the choice of one of the ward's plans (chosen when it is the only one)."""

    plan = CheckedModelChoiceField(queryset=Plan.objects.none(), label=_("Kế hoạch"), to_field_name="code")

    def __init__(self, *args, plans, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["plan"].queryset = plans
        self.fields["plan"].empty_label = _("— Chọn kế hoạch —")
        if len(plans[:2]) == 1:
            self.fields["plan"].initial = plans[0].code


class ReportForm(PlanChoiceForm):
    """Plan and reporting period (quarter, six months, year) of a ward's periodic report."""

    kind = forms.ChoiceField(choices=REPORT_KINDS, label=_("Kỳ báo cáo"), initial=PeriodKind.QUARTER)
    year = forms.IntegerField(label=_("Năm"), min_value=2000, max_value=2100)
    index = forms.IntegerField(
        label=_("Kỳ số"), min_value=1, max_value=4, initial=1, help_text=_("Quý 1–4; 6 tháng: 1 đầu năm, 2 cuối năm.")
    )
    # Which figures the report counts (core.review): approved ones unless asked.
    so_lieu = forms.ChoiceField(
        label=_("Số liệu"),
        required=False,
        choices=[("", _("Số liệu đã duyệt")), (INCLUDE_SUBMITTED, _("Gồm cả số liệu chờ duyệt"))],
    )

    def __init__(self, *args, plans, **kwargs):
        super().__init__(*args, plans=plans, **kwargs)
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


class ReviewForm(PlanChoiceForm):
    """Plan, kind (sơ kết or tổng kết) and span of a review; the span defaults to the plan's start."""

    kind = forms.ChoiceField(choices=ReviewKind.choices, label=_("Loại báo cáo"), initial=ReviewKind.MIDTERM)
    start = forms.DateField(label=_("Từ ngày"), required=False, help_text=_("Để trống: từ ngày bắt đầu của kế hoạch."))
    end = forms.DateField(label=_("Đến ngày"))

    def __init__(self, *args, plans, **kwargs):
        super().__init__(*args, plans=plans, **kwargs)
        self.fields["end"].initial = timezone.localdate()

    def clean(self):
        data = super().clean()
        plan, end = data.get("plan"), data.get("end")
        if plan and end:
            start = data.get("start") or plan.period_start
            if start > end:
                raise forms.ValidationError(_("Ngày bắt đầu phải trước ngày kết thúc."), code="span_order")
            if end.year > 2100 or start.year < 2000:
                raise forms.ValidationError(_("Khoảng thời gian không hợp lệ."), code="span_range")
            data["span"] = Span(start, end)
        return data
