"""Forms of the project authoring page: the project, and its capital plan per year (a formset)."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from assignments.models import Unit
from core.concurrency import VersionField
from core.forms import IdsChoiceField
from plans.models import PlanItem, Ward
from projects.authoring import CapitalRow, split_source_names
from projects.forms import money_field
from projects.models import FundingSource, Project

CHOOSE = _("Chọn một mục trong danh sách.")


def _year(label, *, required=False) -> forms.IntegerField:
    # A year is a code, not a quantity: never "2.026".
    field = forms.IntegerField(
        label=label,
        required=required,
        min_value=2000,
        max_value=2100,
        error_messages={
            "required": _("Vui lòng nhập năm."),
            "invalid": _("Năm là một số, ví dụ 2026."),
            "min_value": _("Năm phải từ 2000 đến 2100."),
            "max_value": _("Năm phải từ 2000 đến 2100."),
        },
        widget=forms.TextInput(attrs={"inputmode": "numeric", "autocomplete": "off", "size": 6}),
    )
    field.localize = False
    return field


class ItemChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj: PlanItem) -> str:
        number = f"{obj.number}. " if obj.number else ""
        return f"{obj.plan.code} · {number}{obj.title[:80]}"


class ProjectForm(forms.Form):
    """A project's own fields, its funding sources and units, at the version it was loaded."""

    version = VersionField()
    name = forms.CharField(
        label=_("Tên dự án"),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 2}),
        error_messages={"required": _("Vui lòng nhập tên dự án.")},
    )
    level = forms.ChoiceField(label=_("Cấp"), choices=Project.Level.choices, error_messages={"invalid_choice": CHOOSE})
    number = forms.CharField(
        label=_("Số thứ tự (như văn bản)"),
        max_length=20,
        required=False,
        help_text=_("Giữ nguyên như văn bản, ví dụ 4 hoặc IV."),
    )
    field = forms.CharField(
        label=_("Lĩnh vực"), max_length=200, required=False, help_text=_("Ví dụ: Giao thông, Giáo dục.")
    )
    plan_item = ItemChoiceField(
        label=_("Thuộc mục của kế hoạch"),
        queryset=PlanItem.objects.none(),
        required=False,
        empty_label=_("— Không thuộc mục nào —"),
        error_messages={"invalid_choice": CHOOSE},
    )
    location_scale = forms.CharField(
        label=_("Địa điểm, quy mô"), required=False, widget=forms.Textarea(attrs={"rows": 3})
    )
    funding_sources = IdsChoiceField(
        label=_("Nguồn vốn"),
        queryset=FundingSource.objects.order_by("name"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        error_messages={"invalid_choice": CHOOSE, "invalid_pk_value": CHOOSE},
    )
    new_funding_sources = forms.CharField(
        label=_("Nguồn vốn mới"),
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_("Nguồn vốn chưa có trong danh sách: mỗi dòng một tên (hoặc cách nhau bằng dấu ;)."),
    )
    funding_text = forms.CharField(label=_("Nguồn vốn (như văn bản)"), max_length=500, required=False)
    lead_unit = forms.ModelChoiceField(
        label=_("Đơn vị chủ trì"),
        queryset=Unit.objects.none(),
        required=False,
        empty_label=_("— Chọn đơn vị —"),
        error_messages={"invalid_choice": CHOOSE},
    )
    implementing_units = IdsChoiceField(
        label=_("Đơn vị thực hiện"),
        queryset=Unit.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        error_messages={"invalid_choice": CHOOSE, "invalid_pk_value": CHOOSE},
    )
    total_investment = money_field(_("Tổng mức đầu tư"), required=False)
    phase = forms.ChoiceField(
        label=_("Giai đoạn"), choices=Project.Phase.choices, error_messages={"invalid_choice": CHOOSE}
    )
    site_clearance = forms.ChoiceField(
        label=_("Giải phóng mặt bằng"),
        choices=[("", _("Chưa rõ")), *Project.SiteClearance.choices],
        required=False,
        error_messages={"invalid_choice": CHOOSE},
    )
    start_year = _year(_("Năm khởi công"))
    end_year = _year(_("Năm hoàn thành"))

    def __init__(self, *args, ward: Ward, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["plan_item"].queryset = (
            PlanItem.objects.filter(plan__ward=ward).select_related("plan").order_by("plan_id", "tree_order")
        )
        units = Unit.objects.filter(ward=ward).order_by("name")
        self.fields["lead_unit"].queryset = units
        self.fields["implementing_units"].queryset = units

    def clean_new_funding_sources(self) -> list[str]:
        return split_source_names(self.cleaned_data["new_funding_sources"])

    def clean(self):
        data = super().clean()
        start, end = data.get("start_year"), data.get("end_year")
        if start and end and start > end:
            self.add_error("end_year", _("Năm khởi công phải trước hoặc bằng năm hoàn thành."))
        return data


class CapitalRowForm(forms.Form):
    """One year of the capital plan; ``row`` and ``version`` say which row it was loaded from."""

    row = forms.IntegerField(required=False, widget=forms.HiddenInput, min_value=1, max_value=2**63 - 1)
    version = VersionField()
    year = _year(_("Năm"), required=True)
    planned = money_field(_("Kế hoạch vốn năm"))
    disbursed = money_field(_("Đã giải ngân"))

    def clean(self):
        data = super().clean()
        planned, disbursed = data.get("planned"), data.get("disbursed")
        if planned is not None and disbursed is not None and disbursed > planned and not data.get("DELETE"):
            self.add_error("disbursed", _("Số giải ngân không được vượt kế hoạch vốn năm."))
        return data

    def capital_row(self) -> CapitalRow:
        data = self.cleaned_data
        return CapitalRow(
            pk=data.get("row"),
            version=data.get("version"),
            year=data["year"],
            planned=data["planned"],
            disbursed=data["disbursed"],
            delete=bool(data.get("DELETE")),
        )


class BaseCapitalFormSet(forms.BaseFormSet):
    def capital_rows(self) -> list[CapitalRow]:
        """Filled lines only: an empty new line (extra) is no row."""
        rows = []
        for form in self.forms:
            if not form.has_changed() and not form.cleaned_data.get("row"):
                continue
            rows.append(form.capital_row())
        return rows

    def clean(self):
        years = []
        for form in self.forms:
            if not hasattr(form, "cleaned_data") or form.cleaned_data.get("DELETE"):
                continue
            if not form.has_changed() and not form.cleaned_data.get("row"):
                continue
            year = form.cleaned_data.get("year")
            if year in years:
                raise forms.ValidationError(_("Mỗi năm chỉ có một dòng kế hoạch vốn."), code="duplicate_year")
            years.append(year)


CapitalFormSet = forms.formset_factory(
    CapitalRowForm,
    formset=BaseCapitalFormSet,
    extra=2,
    can_delete=True,
    max_num=40,
    absolute_max=40,
    validate_max=True,
)


def capital_initial(years) -> list[dict]:
    return [
        {"row": y.pk, "version": y.version, "year": y.year, "planned": y.planned, "disbursed": y.disbursed}
        for y in years
    ]
