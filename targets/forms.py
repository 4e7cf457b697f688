"""The form to add or update a target's measurement for a reporting period."""

from __future__ import annotations

import datetime as dt

from django import forms
from django.utils.translation import gettext_lazy as _

from core.concurrency import KeyedVersionForm
from core.numbers import VietnameseDecimalField
from plans.periods import PeriodKind, ReportingPeriod

# Kinds offered in the period list, biggest first within a year.
KINDS = (PeriodKind.YEAR, PeriodKind.HALF, PeriodKind.QUARTER)


def period_choices(first_year: int, today: dt.date) -> list[tuple[str, list[tuple[str, str]]]]:
    """Periods that have started, newest year first, grouped by year (``<optgroup>``)."""
    groups = []
    for year in range(today.year, first_year - 1, -1):
        options = []
        for kind in KINDS:
            for index in range(1, {PeriodKind.YEAR: 1, PeriodKind.HALF: 2, PeriodKind.QUARTER: 4}[kind] + 1):
                period = ReportingPeriod(year, kind, index)
                if period.start <= today:
                    options.append((period.key, period.label()))
        if options:
            groups.append((str(year), options))
    return groups


class MeasurementForm(KeyedVersionForm):
    period = forms.ChoiceField(
        label=_("Kỳ số liệu"), error_messages={"invalid_choice": _("Chọn một kỳ trong danh sách.")}
    )
    value = VietnameseDecimalField(
        label=_("Giá trị thực tế"),
        max_digits=16,
        decimal_places=3,
        help_text=_("Viết kiểu Việt Nam: 75,5 hoặc 1.000."),
        error_messages={"required": _("Vui lòng nhập giá trị thực tế.")},
    )
    source = forms.CharField(
        label=_("Nguồn số liệu"),
        max_length=300,
        help_text=_("Báo cáo, văn bản hoặc cơ quan cung cấp số liệu."),
        error_messages={"required": _("Vui lòng ghi nguồn số liệu (báo cáo, văn bản, cơ quan cung cấp).")},
    )
    note = forms.CharField(label=_("Ghi chú"), required=False, widget=forms.Textarea(attrs={"rows": 3}))

    def __init__(self, *args, first_year: int, today: dt.date, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["period"].choices = period_choices(first_year, today)

    def clean_period(self) -> ReportingPeriod:
        return ReportingPeriod.from_key(self.cleaned_data["period"])

    def row_key(self) -> str:
        return self.cleaned_data["period"].key
