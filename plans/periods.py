"""Reporting periods: a month, a quarter, a six-month half or a year.

Every report and measurement names one. The period is stored as three columns
(kind, year, index) so that it can be filtered and be part of unique constraints;
this module turns them into dates and labels and back.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass
from functools import cached_property

from django.db import models
from django.utils.translation import gettext_lazy as _


class PeriodKind(models.TextChoices):
    MONTH = "month", _("Tháng")
    QUARTER = "quarter", _("Quý")
    HALF = "half", _("6 tháng")
    YEAR = "year", _("Năm")


MONTHS_IN = {PeriodKind.MONTH: 1, PeriodKind.QUARTER: 3, PeriodKind.HALF: 6, PeriodKind.YEAR: 12}
INDEX_MAX = {PeriodKind.MONTH: 12, PeriodKind.QUARTER: 4, PeriodKind.HALF: 2, PeriodKind.YEAR: 1}


@dataclass(frozen=True, order=True)
class ReportingPeriod:
    year: int
    kind: str
    index: int = 1

    def __post_init__(self) -> None:
        if self.kind not in MONTHS_IN:
            raise ValueError(f"unknown period kind {self.kind!r}")
        if not 1 <= self.index <= INDEX_MAX[self.kind]:
            raise ValueError(f"index {self.index} out of range for {self.kind}")

    # Computed once per period object: the status and tracking rules read them many times over
    # (the city dashboard shares one object per period among its 100,000 reports and values).
    @cached_property
    def start(self) -> dt.date:
        month = (self.index - 1) * MONTHS_IN[self.kind] + 1
        return dt.date(self.year, month, 1)

    @cached_property
    def end(self) -> dt.date:
        month = self.index * MONTHS_IN[self.kind]
        return dt.date(self.year, month, calendar.monthrange(self.year, month)[1])

    @property
    def key(self) -> str:
        """A short stable code such as ``2026-Q2``, used in URLs and exports."""
        prefix = {PeriodKind.MONTH: "M", PeriodKind.QUARTER: "Q", PeriodKind.HALF: "H", PeriodKind.YEAR: ""}
        if self.kind == PeriodKind.YEAR:
            return str(self.year)
        return f"{self.year}-{prefix[self.kind]}{self.index}"

    @classmethod
    def from_key(cls, key: str) -> ReportingPeriod:
        key = key.strip().upper()
        year, _dash, rest = key.partition("-")
        # Four ASCII digits: int() would also read "²" or a 4000-digit year.
        if not (len(year) == 4 and year.isascii() and year.isdigit()):
            raise ValueError(f"not a period key: {key!r}")
        if not _dash:
            return cls(int(year), PeriodKind.YEAR, 1)
        try:
            kind = {"M": PeriodKind.MONTH, "Q": PeriodKind.QUARTER, "H": PeriodKind.HALF}[rest[0]]
            if not (rest[1:].isascii() and rest[1:].isdigit()):
                raise ValueError(rest)
            return cls(int(year), kind, int(rest[1:]))
        except (ValueError, KeyError, IndexError) as exc:
            raise ValueError(f"not a period key: {key!r}") from exc

    @classmethod
    def from_label(cls, text: str) -> ReportingPeriod:
        """The period a label names as ``label()`` writes it ("Quý 3/2026", "Năm 2026", "6 tháng
        đầu năm 2026", "Tháng 5/2026"; Roman quarters too) or its ``key`` ("2026-Q3");
        ``ValueError`` otherwise."""
        import re

        from core.text import fold

        key = " ".join(fold(str(text or "")).replace("–", "-").split())
        roman = {"i": 1, "ii": 2, "iii": 3, "iv": 4}
        if m := re.fullmatch(r"(?:quy|q)\s*(iv|iii|ii|i|\d{1,2})\s*(?:/|-|nam)\s*(\d{4})", key):
            index = roman.get(m.group(1)) or int(m.group(1))
            period = cls(int(m.group(2)), PeriodKind.QUARTER, index)
        elif m := re.fullmatch(r"6 thang (dau|cuoi)(?: nam)? (\d{4})", key):
            period = cls(int(m.group(2)), PeriodKind.HALF, 1 if m.group(1) == "dau" else 2)
        elif m := re.fullmatch(r"thang (\d{1,2})\s*(?:/|-|nam)\s*(\d{4})", key):
            period = cls(int(m.group(2)), PeriodKind.MONTH, int(m.group(1)))
        elif m := re.fullmatch(r"(?:nam )?(\d{4})", key):
            period = cls(int(m.group(1)), PeriodKind.YEAR, 1)
        else:
            return cls.from_key(str(text or ""))
        if not 1 <= period.index <= INDEX_MAX[period.kind]:
            raise ValueError(f"not a period: {text!r}")
        return period

    @classmethod
    def containing(cls, day: dt.date, kind: str = PeriodKind.QUARTER) -> ReportingPeriod:
        return cls(day.year, kind, (day.month - 1) // MONTHS_IN[kind] + 1)

    def previous(self) -> ReportingPeriod:
        if self.index > 1:
            return ReportingPeriod(self.year, self.kind, self.index - 1)
        return ReportingPeriod(self.year - 1, self.kind, INDEX_MAX[self.kind])

    def label(self) -> str:
        from django.utils.translation import gettext

        if self.kind == PeriodKind.YEAR:
            return gettext("Năm %(year)s") % {"year": self.year}
        if self.kind == PeriodKind.HALF:
            name = gettext("6 tháng đầu năm") if self.index == 1 else gettext("6 tháng cuối năm")
            return f"{name} {self.year}"
        return f"{PeriodKind(self.kind).label} {self.index}/{self.year}"

    def __str__(self) -> str:
        return self.label()


class ReportingPeriodFields(models.Model):
    """The three columns of a reporting period, shared by reports and measurements."""

    period_kind = models.CharField(_("loại kỳ"), max_length=8, choices=PeriodKind.choices)
    period_year = models.PositiveSmallIntegerField(_("năm"))
    period_index = models.PositiveSmallIntegerField(_("kỳ số"), default=1)

    class Meta:
        abstract = True

    @property
    def period(self) -> ReportingPeriod:
        return ReportingPeriod(self.period_year, self.period_kind, self.period_index)

    @period.setter
    def period(self, value: ReportingPeriod) -> None:
        self.period_kind, self.period_year, self.period_index = value.kind, value.year, value.index

    @classmethod
    def period_index_constraint(cls, name: str) -> models.CheckConstraint:
        q = models.Q
        return models.CheckConstraint(
            name=name,
            condition=(
                q(period_kind="month", period_index__gte=1, period_index__lte=12)
                | q(period_kind="quarter", period_index__gte=1, period_index__lte=4)
                | q(period_kind="half", period_index__gte=1, period_index__lte=2)
                | q(period_kind="year", period_index=1)
            ),
            violation_error_message=_("Kỳ báo cáo không hợp lệ."),
        )
