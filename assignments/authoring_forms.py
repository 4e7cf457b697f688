"""The task form of the follow-up office, and the period fields it shares with bulk edit."""

from __future__ import annotations

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from assignments.authoring import TaskFields
from assignments.bulk import Action, BulkChange
from assignments.deadlines import period_label, period_of
from assignments.models import Task, Unit
from assignments.periods_text import MAX_YEAR, MIN_YEAR, TaskPeriod
from core.concurrency import VersionField
from core.forms import IdsChoiceField
from plans.models import PlanItem

YEAR_ERRORS = {
    "invalid": _("Nhập năm gồm 4 chữ số, ví dụ 2027."),
    "min_value": _("Năm phải từ %(limit_value)s trở đi."),
    "max_value": _("Năm phải trước %(limit_value)s."),
}


def year_field(label, help_text=""):
    return forms.IntegerField(
        label=label,
        required=False,
        min_value=MIN_YEAR,
        max_value=MAX_YEAR,
        help_text=help_text,
        error_messages=YEAR_ERRORS,
        widget=forms.NumberInput(attrs={"inputmode": "numeric", "min": MIN_YEAR, "max": MAX_YEAR, "step": 1}),
    )


class PeriodFields(forms.Form):
    """A task's period in every form the model supports: by a date, in a year, over a range of
    years, every year ("Hàng năm"), ongoing ("Thường xuyên"), plus the text as printed."""

    period_kind = forms.ChoiceField(label=_("Loại thời hạn"), choices=Task.PeriodKind.choices, widget=forms.RadioSelect)
    due_date = forms.DateField(
        label=_("Đến ngày"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        input_formats=["%Y-%m-%d", "%d/%m/%Y"],
        help_text=_("Khi chọn “Đến ngày”."),
        error_messages={"invalid": _("Nhập ngày theo dạng ngày/tháng/năm.")},
    )
    year = year_field(_("Năm"), _("Khi chọn “Trong năm”."))
    start_year = year_field(
        _("Từ năm"), _("Khi chọn “Giai đoạn”, “Hàng năm” hoặc “Thường xuyên” (bỏ trống: theo kế hoạch).")
    )
    end_year = year_field(_("Đến năm"))
    period_text = forms.CharField(
        label=_("Thời gian (như văn bản)"),
        required=False,
        max_length=200,
        help_text=_("Bỏ trống để ghi theo loại thời hạn, ví dụ “2026-2030”, “Hàng năm”."),
    )

    def default_years(self) -> tuple[int, int] | None:
        return None

    def clean_period(self, data: dict) -> TaskPeriod | None:
        """The period of ``data`` (cleaned), or None with the errors on the form."""
        kind = data.get("period_kind")
        text = (data.get("period_text") or "").strip()
        start, end, due, year = data.get("start_year"), data.get("end_year"), data.get("due_date"), data.get("year")
        if kind == Task.PeriodKind.DATE:
            if due is None:
                self.add_error("due_date", ValidationError(_("Chọn ngày hạn."), code="required"))
                return None
            period = TaskPeriod(kind, text, None, None, due)
        elif kind == Task.PeriodKind.YEAR:
            if year is None:
                self.add_error("year", ValidationError(_("Nhập năm thực hiện."), code="required"))
                return None
            period = TaskPeriod(kind, text, year, year)
        elif kind in (Task.PeriodKind.RANGE, Task.PeriodKind.YEARLY, Task.PeriodKind.ONGOING):
            if (start is None or end is None) and kind != Task.PeriodKind.RANGE and self.default_years():
                start, end = start or self.default_years()[0], end or self.default_years()[1]
            if start is None or end is None:
                self.add_error("start_year", ValidationError(_("Nhập năm bắt đầu và năm kết thúc."), code="required"))
                return None
            if start > end:
                message = _("Năm bắt đầu phải trước hoặc bằng năm kết thúc.")
                self.add_error("end_year", ValidationError(message, code="order"))
                return None
            period = TaskPeriod(kind, text, start, end)
        elif kind == Task.PeriodKind.UNCLEAR:
            period = TaskPeriod(kind, text)
        else:
            return None
        if not text:
            period = TaskPeriod(period.kind, period_label(period), period.start_year, period.end_year, period.due_date)
        return period

    @staticmethod
    def initial_from(task: Task) -> dict:
        period = period_of(task)
        return {
            "period_kind": period.kind,
            "period_text": period.text,
            "due_date": period.due_date,
            "year": period.end_year if period.kind == Task.PeriodKind.YEAR else None,
            "start_year": period.start_year if period.kind != Task.PeriodKind.YEAR else None,
            "end_year": period.end_year if period.kind != Task.PeriodKind.YEAR else None,
        }


class UnitChoices(IdsChoiceField):
    widget = forms.CheckboxSelectMultiple

    def label_from_instance(self, unit: Unit) -> str:
        return unit.name


class ItemChoice(forms.ModelChoiceField):
    def label_from_instance(self, item: PlanItem) -> str:
        number = f"{item.number}. " if item.number else ""
        title = item.title if len(item.title) <= 90 else item.title[:89] + "…"
        return f"{item.plan.number or item.plan.code} — {number}{title}"


class TaskForm(PeriodFields):
    plan_item = ItemChoice(label=_("Thuộc nhóm/mục của kế hoạch"), queryset=PlanItem.objects.none())
    number = forms.CharField(
        label=_("Số thứ tự (như văn bản)"), required=False, max_length=20, help_text=_("Ví dụ: 3, 2.1, XIX.")
    )
    title = forms.CharField(label=_("Tên nhiệm vụ"), widget=forms.Textarea(attrs={"rows": 3}))
    leads = UnitChoices(label=_("Đơn vị chủ trì"), queryset=Unit.objects.none())
    coordinators = UnitChoices(label=_("Đơn vị phối hợp"), queryset=Unit.objects.none(), required=False)
    expected_result = forms.CharField(
        label=_("Kết quả/sản phẩm"), required=False, widget=forms.Textarea(attrs={"rows": 3})
    )
    responsible_person = forms.CharField(
        label=_("Người phụ trách"),
        required=False,
        max_length=200,
        help_text=_("Họ tên, chức vụ (không bắt buộc), ví dụ: Đ/c Nguyễn Văn A, Phó Chủ tịch UBND phường."),
    )
    approver = forms.CharField(
        label=_("Thẩm quyền phê duyệt"),
        required=False,
        max_length=255,
        help_text=_("Ai phê duyệt, nghiệm thu kết quả, ví dụ: Thường trực Đảng ủy, Chủ tịch UBND phường."),
    )
    resources = forms.CharField(
        label=_("Nguồn lực"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_("Kinh phí, nguồn vốn hoặc nguồn lực để thực hiện."),
    )
    reason = forms.CharField(
        label=_("Lý do điều chỉnh thời hạn"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_("Bắt buộc khi đổi thời hạn; thời hạn ban đầu và các báo cáo đã có vẫn được giữ."),
    )
    version = VersionField()

    field_order = [
        "plan_item", "number", "title", "leads", "coordinators", "period_kind", "due_date", "year",
        "start_year", "end_year", "period_text", "reason", "expected_result", "responsible_person", "approver",
        "resources",
    ]  # fmt: skip

    def __init__(self, *args, ward, task: Task | None = None, **kwargs):
        self.ward, self.task = ward, task
        if task is not None:
            kwargs.setdefault(
                "initial",
                {
                    **self.initial_from(task),
                    "plan_item": task.plan_item_id,
                    "number": task.number,
                    "title": task.title,
                    "leads": [u.pk for u in task.lead_units],
                    "coordinators": [u.pk for u in task.coordinating_units],
                    "expected_result": task.expected_result,
                    "responsible_person": task.responsible_person,
                    "approver": task.approver,
                    "resources": task.resources,
                    "version": task.version,
                },
            )
        super().__init__(*args, **kwargs)
        self.fields["plan_item"].queryset = (
            PlanItem.objects.filter(plan__ward=ward).select_related("plan").order_by("plan__pk", "tree_order")
        )
        units = Unit.objects.filter(ward=ward).order_by("is_external", "name")
        self.fields["leads"].queryset = units
        self.fields["coordinators"].queryset = units
        if task is None:
            del self.fields["reason"]

    def default_years(self):
        item = self.cleaned_data.get("plan_item")
        if item is None:
            return None
        return item.plan.period_start.year, item.plan.period_end.year

    def clean(self):
        data = super().clean()
        self.period = self.clean_period(data)
        return data

    def task_fields(self) -> TaskFields:
        data = self.cleaned_data
        return TaskFields(
            plan_item=data["plan_item"],
            number=data["number"],
            title=data["title"],
            leads=list(data["leads"]),
            coordinators=list(data["coordinators"]),
            period=self.period,
            expected_result=data["expected_result"],
            responsible_person=data["responsible_person"],
            approver=data["approver"],
            resources=data["resources"],
        )


class UnitChoice(forms.ModelChoiceField):
    def label_from_instance(self, unit: Unit) -> str:
        return unit.name


class BulkForm(PeriodFields):
    """One action for the selected tasks, with what it needs."""

    action = forms.ChoiceField(label=_("Việc cần làm"), choices=Action.choices, widget=forms.RadioSelect)
    reason = forms.CharField(
        label=_("Lý do điều chỉnh thời hạn"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_("Bắt buộc khi đặt thời hạn mới; ghi vào từng nhiệm vụ."),
    )
    lead = UnitChoice(label=_("Đơn vị chủ trì mới"), queryset=Unit.objects.none(), required=False)
    units = UnitChoices(label=_("Đơn vị phối hợp cần thêm hoặc bỏ"), queryset=Unit.objects.none(), required=False)
    completed_on = forms.DateField(
        label=_("Ngày hoàn thành"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        input_formats=["%Y-%m-%d", "%d/%m/%Y"],
        error_messages={"invalid": _("Nhập ngày theo dạng ngày/tháng/năm.")},
    )

    def __init__(self, *args, ward, today, **kwargs):
        super().__init__(*args, **kwargs)
        self.ward = ward
        self.fields["period_kind"].required = False
        self.fields["completed_on"].initial = today
        units = Unit.objects.filter(ward=ward).order_by("is_external", "name")
        self.fields["lead"].queryset = units
        self.fields["units"].queryset = units
        plan = ward.plans.order_by("period_start").first() if ward is not None else None
        self.plan_years = (plan.period_start.year, plan.period_end.year) if plan else None

    def default_years(self):
        return self.plan_years

    def clean(self):
        data = super().clean()
        action = data.get("action")
        self.period = None
        if action == Action.DEADLINE:
            if not data.get("period_kind"):
                self.add_error("period_kind", ValidationError(_("Chọn loại thời hạn."), code="required"))
            else:
                self.period = self.clean_period(data)
            if not (data.get("reason") or "").strip():
                self.add_error("reason", ValidationError(_("Phải ghi lý do điều chỉnh thời hạn."), code="required"))
        elif action == Action.LEAD and not data.get("lead"):
            self.add_error("lead", ValidationError(_("Chọn đơn vị chủ trì mới."), code="required"))
        elif action in (Action.ADD_COORDINATORS, Action.REMOVE_COORDINATORS) and not data.get("units"):
            self.add_error("units", ValidationError(_("Chọn ít nhất một đơn vị phối hợp."), code="required"))
        elif action == Action.MARK_DONE and not data.get("completed_on"):
            self.add_error("completed_on", ValidationError(_("Chọn ngày hoàn thành."), code="required"))
        return data

    def change(self) -> BulkChange:
        data = self.cleaned_data
        return BulkChange(
            action=data["action"],
            period=self.period,
            reason=(data.get("reason") or "").strip(),
            lead=data.get("lead"),
            units=list(data.get("units") or []),
            completed_on=data.get("completed_on"),
        )
