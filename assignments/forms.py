"""The progress form: what an official fills in on a phone for one task and period."""

from __future__ import annotations

import datetime as dt

from django import forms
from django.conf import settings
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from assignments.evidence import ACCEPT_ATTR, MAX_FILES
from assignments.models import ProgressReport, TaskUnit, Unit
from core.concurrency import EditConflict, KeyedVersionForm
from plans import locks
from plans.periods import PeriodKind, ReportingPeriod


def recent_periods(today: dt.date) -> list[ReportingPeriod]:
    """The periods one may report on: this and the three previous quarters, this and last
    half-year, this and last year (current ones first)."""
    quarter = ReportingPeriod.containing(today, PeriodKind.QUARTER)
    quarters = [quarter]
    for _i in range(3):
        quarters.append(quarters[-1].previous())
    half = ReportingPeriod.containing(today, PeriodKind.HALF)
    year = ReportingPeriod.containing(today, PeriodKind.YEAR)
    return [*quarters, half, half.previous(), year, year.previous()]


def open_periods(task, unit_ids, today: dt.date) -> list[ReportingPeriod]:
    """Of ``recent_periods``, those open (``plans.locks``) for ``task`` and at least one of
    ``unit_ids`` — the office picks the unit in the same form; the save judges the unit picked."""
    periods = recent_periods(today)
    ward = task.plan_item.plan.ward  # loaded with its settings by the page: its rule costs no query
    records = [locks.Record(ward.pk, p, unit_id=u, task_id=task.pk) for p in periods for u in unit_ids or [None]]
    locked = locks.locked_records(records, today, {ward.pk: locks.close_days_from(ward)})
    return [p for p in periods if any(r not in locked for r in records if r.period == p)]


class PeriodField(forms.ChoiceField):
    """Offers the open periods but accepts any recent one: a period closed since the page was
    loaded is then refused by the lock rule's own message (the service's ``check_open``),
    not by a bare "not a valid choice"."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.accepted: dict[str, ReportingPeriod] = {}

    def valid_value(self, value) -> bool:
        return value in self.accepted


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    """Several files in one input; the type and size checks are in ``assignments.evidence``."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("widget", MultipleFileInput(attrs={"accept": ACCEPT_ATTR, "multiple": True}))
        kwargs.setdefault("required", False)
        super().__init__(*args, **kwargs)

    def clean(self, data, initial=None):
        if not data:
            return []
        uploads = data if isinstance(data, (list, tuple)) else [data]
        return [super(MultipleFileField, self).clean(upload, initial) for upload in uploads]


def report_key(unit_id: int | None, period: ReportingPeriod) -> str:
    """How the form names the report it shows (``version_of``): unit and period."""
    return f"{unit_id or ''}:{period.key}"


class ProgressForm(KeyedVersionForm):
    unit = forms.ModelChoiceField(
        label=_("Báo cáo cho đơn vị"),
        queryset=Unit.objects.none(),
        empty_label=None,
        help_text=_("Văn phòng có thể ghi báo cáo thay cho đơn vị chủ trì hoặc phối hợp."),
    )
    period = PeriodField(label=_("Kỳ báo cáo"))
    status = forms.ChoiceField(label=_("Tình trạng"), choices=ProgressReport.Status.choices)
    percent = forms.IntegerField(
        label=_("Tỷ lệ hoàn thành (%)"),
        min_value=0,
        max_value=100,
        initial=0,
        widget=forms.NumberInput(attrs={"inputmode": "numeric", "min": 0, "max": 100, "step": 1}),
        error_messages={
            "min_value": _("Tỷ lệ hoàn thành phải từ 0 đến 100%%."),
            "max_value": _("Tỷ lệ hoàn thành phải từ 0 đến 100%%."),
            "invalid": _("Nhập một số nguyên từ 0 đến 100."),
        },
    )
    narrative = forms.CharField(
        label=_("Kết quả thực hiện"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text=_("Việc đã làm trong kỳ, sản phẩm, khó khăn và kiến nghị."),
    )
    completed_on = forms.DateField(
        label=_("Ngày hoàn thành"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        input_formats=["%Y-%m-%d", "%d/%m/%Y"],
        help_text=_("Chỉ ghi khi đã hoàn thành."),
        error_messages={"invalid": _("Nhập ngày theo dạng ngày/tháng/năm.")},
    )
    files = MultipleFileField(label=_("Tệp minh chứng"))

    def __init__(self, *args, task, unit: Unit | None, today: dt.date, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["files"].help_text = gettext(
            "Ảnh, PDF, Word, Excel, PowerPoint; chọn được nhiều tệp (tối đa %(max)s tệp, mỗi tệp đến %(size)s)."
        ) % {"max": MAX_FILES, "size": filesizeformat(settings.EVIDENCE_MAX_BYTES)}
        if unit is not None:  # an official reports for their own unit
            del self.fields["unit"]
            self.unit = unit
            unit_ids = [unit.pk]
        else:
            roles = sorted(task.unit_roles.all(), key=lambda r: (r.role != TaskUnit.Role.LEAD, r.position))
            self.fields["unit"].queryset = Unit.objects.filter(pk__in=[r.unit_id for r in roles])
            self.fields["unit"].choices = [(r.unit.pk, f"{r.unit} ({r.get_role_display()})") for r in roles]
            self.unit = None
            unit_ids = [r.unit_id for r in roles]
        self.periods = {p.key: p for p in recent_periods(today)}
        offered = open_periods(task, unit_ids, today)
        self.fields["period"].accepted = self.periods
        self.fields["period"].choices = [(p.key, p.label()) for p in offered]
        self.fields["period"].initial = offered[0].key  # the current quarter: never closed yet

    def clean_period(self) -> ReportingPeriod:
        return self.periods[self.cleaned_data["period"]]

    def report_unit(self) -> Unit:
        return self.unit or self.cleaned_data["unit"]

    def row_key(self) -> str:
        return report_key(self.report_unit().pk, self.cleaned_data["period"])

    def refuse(self, conflict: EditConflict) -> None:
        """The other person's report is shown; files chosen with the refused save were not kept
        (a browser cannot put files back into a file input, and keeping them on the server
        would attach files to a report the user has not confirmed): the user is told."""
        super().refuse(conflict)
        names = [upload.name for upload in self.cleaned_data.get("files") or []]
        if names:
            self.add_error(
                "files",
                forms.ValidationError(
                    gettext("Các tệp đã chọn chưa được lưu (%(names)s): hãy chọn lại tệp trước khi bấm Lưu.")
                    % {"names": ", ".join(names)},
                    code="files_not_saved",
                ),
            )
