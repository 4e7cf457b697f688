"""Forms of the target authoring pages: the sentence, its parts, one target, units of many."""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from assignments.models import Unit
from core.concurrency import VersionField
from core.forms import IdsChoiceField
from core.numbers import VietnameseDecimalField, format_number
from plans.models import Plan, PlanItem, Ward
from targets.authoring import (
    COORDINATION_ADD,
    COORDINATION_KEEP,
    COORDINATION_REPLACE,
    MAX_PARTS,
    PART_FIELDS,
    milestone_errors,
)
from targets.models import Target

NUMBER_HELP = _("Viết kiểu Việt Nam: 75,5 hoặc 1.000.")


def _number(label, help_text=NUMBER_HELP) -> VietnameseDecimalField:
    return VietnameseDecimalField(label=label, required=False, max_digits=16, decimal_places=3, help_text=help_text)


def _year(label) -> forms.IntegerField:
    # A year is a code, not a quantity: never "2.030".
    field = forms.IntegerField(
        label=label,
        required=False,
        min_value=1900,
        max_value=2100,
        error_messages={
            "invalid": _("Năm là một số, ví dụ 2030."),
            "min_value": _("Năm phải từ 1900 đến 2100."),
            "max_value": _("Năm phải từ 1900 đến 2100."),
        },
        widget=forms.TextInput(attrs={"inputmode": "numeric", "autocomplete": "off", "size": 6}),
    )
    field.localize = False
    return field


# "2027: 1.250,5", "Năm 2027 = 40", or a row pasted from a spreadsheet ("2027<tab>40").
_MILESTONE_LINE = re.compile(r"(?:năm\s*)?(\d{4})\s*(?:[:=]\s*|\s+)(.+)", re.IGNORECASE)
MAX_MILESTONES = 20
MAX_MILESTONES_TEXT = 2000  # characters: twenty lines with room to spare, never a flood of messages


class MilestonesField(forms.CharField):
    """A target's yearly milestones, one a line ("2027: 1.250,5") → ``{2027: Decimal("1250.5")}``.

    One box rather than rows of inputs: on a phone it is one field to fill, and a plan's
    "Năm 2026 | Năm 2027 | …" row pasted from a spreadsheet lands in it as it is. Each value is
    read by the one number reader (``VietnameseDecimalField``, ``core.numbers.parse_number``);
    a bad line is named with its number. An empty box means no milestones."""

    widget = forms.Textarea

    def __init__(self, **kwargs):
        kwargs.setdefault("required", False)
        super().__init__(**kwargs)

    def widget_attrs(self, widget):
        return {**super().widget_attrs(widget), "rows": 5, "autocomplete": "off", "spellcheck": "false"}

    def prepare_value(self, value):
        if isinstance(value, dict):
            return "\n".join(f"{year}: {format_number(number)}" for year, number in sorted(value.items()))
        return value

    def to_python(self, value) -> dict[int, Decimal]:
        milestones, errors = self.read(value)
        if errors:
            raise ValidationError(errors)
        return milestones

    def read(self, value) -> tuple[dict[int, Decimal], list[str]]:
        """The milestones of the lines that read well, and a message for each that does not
        (the form then checks the good ones' years too: every mistake is named at once)."""
        text = super().to_python(value)
        if len(text) > MAX_MILESTONES_TEXT:
            return {}, [gettext("Quá dài: nhiều nhất %(max)s mốc, mỗi dòng một mốc.") % {"max": MAX_MILESTONES}]
        number = VietnameseDecimalField(max_digits=16, decimal_places=3)
        milestones: dict[int, Decimal] = {}
        errors = []
        for n, line in enumerate(text.splitlines(), 1):
            line = line.strip()
            if not line:
                continue
            match = _MILESTONE_LINE.fullmatch(line)
            if match is None:
                errors.append(
                    gettext("Dòng %(n)s (“%(line)s”): viết năm rồi giá trị, ví dụ 2027: 1.250,5.")
                    % {"n": n, "line": line[:40]}
                )
                continue
            year = int(match.group(1))
            try:
                level = number.clean(match.group(2))
            except ValidationError as exc:
                errors.append(
                    gettext("Dòng %(n)s (năm %(year)s): %(error)s")
                    % {"n": n, "year": year, "error": " ".join(exc.messages)}
                )
                continue
            if year in milestones:
                errors.append(
                    gettext("Dòng %(n)s: năm %(year)s đã có mốc ở dòng trên; mỗi năm chỉ một mốc.")
                    % {"n": n, "year": year}
                )
                continue
            milestones[year] = level
        if len(milestones) > MAX_MILESTONES:
            errors.append(gettext("Nhiều nhất %(max)s mốc.") % {"max": MAX_MILESTONES})
        return milestones, errors


def ward_units(ward: Ward):
    return Unit.objects.filter(ward=ward).order_by("name")


def item_label(item: PlanItem) -> str:
    number = f"{item.number}. " if item.number else ""
    title = item.title if len(item.title) <= 90 else item.title[:89] + "…"
    return f"{item.plan.code} · {number}{title}"


class ItemChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj: PlanItem) -> str:
        return item_label(obj)


class UnitsMixin(forms.Form):
    """The responsible unit and the coordinating units, chosen among the ward's units."""

    responsible_unit = forms.ModelChoiceField(
        label=_("Đơn vị theo dõi (chịu trách nhiệm)"),
        queryset=Unit.objects.none(),
        empty_label=_("— Chọn đơn vị —"),
        help_text=_("Cán bộ của đơn vị này nhập số liệu thực hiện của chỉ tiêu."),
        error_messages={
            "required": _("Chọn đơn vị theo dõi chỉ tiêu."),
            "invalid_choice": _("Chọn một đơn vị trong danh sách."),
        },
    )
    coordinating_units = IdsChoiceField(
        label=_("Đơn vị phối hợp"),
        queryset=Unit.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        error_messages={
            "invalid_choice": _("Chọn đơn vị trong danh sách."),
            "invalid_pk_value": _("Chọn đơn vị trong danh sách."),
        },
    )

    def set_units(self, ward: Ward) -> None:
        units = ward_units(ward)
        self.fields["responsible_unit"].queryset = units
        self.fields["coordinating_units"].queryset = units

    def clean(self):
        data = super().clean()
        responsible, coordinating = data.get("responsible_unit"), data.get("coordinating_units") or []
        if responsible is not None and responsible in coordinating:
            self.add_error("coordinating_units", _("Đơn vị theo dõi không đồng thời là đơn vị phối hợp."))
        return data


class SentenceForm(UnitsMixin):
    """Where the sentence goes, the sentence as printed, and who follows it."""

    plan_item = ItemChoiceField(
        label=_("Thuộc mục của kế hoạch"),
        queryset=PlanItem.objects.none(),
        empty_label=_("— Chọn mục —"),
        error_messages={"required": _("Chọn mục của kế hoạch."), "invalid_choice": _("Chọn một mục trong danh sách.")},
    )
    statement = forms.CharField(
        label=_("Câu chỉ tiêu (như văn bản)"),
        max_length=4000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Gõ hoặc dán nguyên câu, ví dụ: Đến năm 2030, tỷ lệ hộ dân sử dụng nước sạch đạt 100%."),
        error_messages={"required": _("Vui lòng nhập câu chỉ tiêu như văn bản.")},
    )
    deadline_text = forms.CharField(
        label=_("Thời gian hoàn thành"),
        max_length=200,
        required=False,
        help_text=_(
            "Như văn bản ghi, ví dụ: Tháng 12/2026, Quý III/2026, Năm 2026. Để trống nếu chỉ tiêu chỉ có năm đích."
        ),
    )
    field_order = ["plan_item", "statement", "responsible_unit", "coordinating_units", "deadline_text"]

    def __init__(self, *args, ward: Ward, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["plan_item"].queryset = (
            PlanItem.objects.filter(plan__ward=ward).select_related("plan").order_by("plan_id", "tree_order")
        )
        self.set_units(ward)


class PartFields(forms.Form):
    """The structured parts of one target, as the parser proposed them or the office corrected them."""

    measure = forms.CharField(label=_("Nội dung đo"), max_length=300, required=False)
    direction = forms.ChoiceField(
        label=_("Chiều"),
        choices=Target.Direction.choices,
        error_messages={
            "required": _("Chọn chiều của chỉ tiêu."),
            "invalid_choice": _("Chọn một chiều trong danh sách."),
        },
    )
    value = _number(_("Giá trị (hoặc cận dưới)"))
    value_max = _number(_("Cận trên (nếu là khoảng)"), help_text=_("Cho khoảng 3-5: giá trị 3, cận trên 5."))
    unit = forms.CharField(label=_("Đơn vị tính"), max_length=80, required=False)
    horizon_year = _year(_("Năm đích"))
    is_annual = forms.BooleanField(label=_("Hằng năm"), required=False)
    baseline_value = _number(_("Giá trị gốc"))
    baseline_year = _year(_("Năm gốc"))
    milestones = MilestonesField(
        label=_("Mốc lộ trình từng năm"),
        help_text=_(
            "Mỗi dòng một năm: năm, dấu hai chấm, giá trị — ví dụ 2027: 1.250,5. Các năm trong thời kỳ "
            "kế hoạch, trước năm đích. Xóa một dòng là bỏ mốc đó; để trống nếu kế hoạch không ghi mốc."
        ),
    )

    def __init__(self, *args, plan: Plan | None = None, **kwargs):
        self.plan = plan
        super().__init__(*args, **kwargs)

    def clean(self):
        data = super().clean()
        if not self.counts():
            return data
        direction, value, value_max = data.get("direction"), data.get("value"), data.get("value_max")
        if direction and direction != Target.Direction.QUALITATIVE and value is None and "value" not in self.errors:
            self.add_error("value", _("Chỉ tiêu định lượng phải có giá trị (hoặc chọn chiều Định tính)."))
        if value is not None and value_max is not None and value > value_max:
            self.add_error("value_max", _("Cận trên phải lớn hơn hoặc bằng giá trị."))
        plan = self.milestone_plan()
        milestones = data.get("milestones")
        if "milestones" in self.errors:  # the lines that did read: their years are checked too
            milestones = self.fields["milestones"].read(self["milestones"].data)[0]
        if milestones and plan is not None and "horizon_year" not in self.errors:
            for error in milestone_errors(
                milestones,
                plan=plan,
                horizon_year=data.get("horizon_year"),
                qualitative=direction == Target.Direction.QUALITATIVE,
            ):
                self.add_error("milestones", error)
        return data

    def counts(self) -> bool:
        return True

    def milestone_plan(self) -> Plan | None:
        """The plan whose period bounds the milestones' years."""
        return self.plan

    def part(self) -> dict[str, Any]:
        return {name: self.cleaned_data.get(name) for name in PART_FIELDS} | {
            "milestones": self.cleaned_data.get("milestones") or {}
        }


class PartForm(PartFields):
    """One proposed target of the sentence; unticked, it is not saved (and not checked)."""

    keep = forms.BooleanField(label=_("Giữ chỉ tiêu này"), required=False)
    field_order = ["keep", *PART_FIELDS]

    def counts(self) -> bool:
        return bool(self.cleaned_data.get("keep"))

    def full_clean(self):
        super().full_clean()
        if self.is_bound and not self.cleaned_data.get("keep") and "keep" not in self.errors:
            self._errors = forms.utils.ErrorDict()  # a part the office drops needs no correction


PartFormSet = forms.formset_factory(
    PartForm, extra=0, max_num=MAX_PARTS, absolute_max=MAX_PARTS, validate_max=True, can_delete=False
)


class TargetEditForm(SentenceForm, PartFields):
    """One target: its sentence, its parts, its yearly milestones and its units, at the version
    it was loaded (the milestones are saved under the target's version)."""

    version = VersionField()
    field_order = [
        "plan_item",
        "statement",
        *PART_FIELDS,
        "milestones",
        "responsible_unit",
        "coordinating_units",
        "deadline_text",
    ]

    def milestone_plan(self) -> Plan | None:
        item = self.cleaned_data.get("plan_item")
        return item.plan if item is not None else None


COORDINATION_CHOICES = [
    (COORDINATION_KEEP, _("Giữ nguyên đơn vị phối hợp")),
    (COORDINATION_ADD, _("Thêm các đơn vị đã chọn")),
    (COORDINATION_REPLACE, _("Thay bằng các đơn vị đã chọn")),
]


class BulkUnitsForm(UnitsMixin):
    """Units to set on the selected targets; an empty responsible unit keeps each target's own."""

    coordination = forms.ChoiceField(
        label=_("Đơn vị phối hợp"),
        choices=COORDINATION_CHOICES,
        initial=COORDINATION_KEEP,
        widget=forms.RadioSelect,
        error_messages={"invalid_choice": _("Chọn một cách trong danh sách.")},
    )
    field_order = ["responsible_unit", "coordination", "coordinating_units"]

    def __init__(self, *args, ward: Ward, **kwargs):
        super().__init__(*args, **kwargs)
        self.set_units(ward)
        self.fields["responsible_unit"].required = False
        self.fields["responsible_unit"].empty_label = _("— Giữ nguyên đơn vị của từng chỉ tiêu —")
        self.fields["coordinating_units"].label = _("Các đơn vị phối hợp")

    def clean(self):
        data = super().clean()
        if data.get("responsible_unit") is None and data.get("coordination") == COORDINATION_KEEP:
            raise forms.ValidationError(_("Chọn đơn vị theo dõi hoặc đơn vị phối hợp cần đặt."), code="nothing")
        if data.get("coordination") in (COORDINATION_ADD, COORDINATION_REPLACE) and not data.get("coordinating_units"):
            if data.get("coordination") == COORDINATION_ADD:
                self.add_error("coordinating_units", _("Chọn ít nhất một đơn vị phối hợp để thêm."))
        return data


def parse_selection(values: list[str]) -> dict[int, int] | None:
    """``["12:3", "15:1"]`` (target pk : version seen) → ``{12: 3, 15: 1}``; None when malformed."""
    selection: dict[int, int] = {}
    if not values or len(values) > 500:
        return None
    for raw in values:
        pk, sep, version = raw.partition(":")
        if not sep or not pk.isdigit() or not version.isdigit() or len(pk) > 18 or len(version) > 9:
            return None
        selection[int(pk)] = int(version)
    return selection
