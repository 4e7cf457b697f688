"""The "Thời gian" cell of a task table, read into a task period: one home for the rule.

    "Hàng năm", "Hằng năm"            yearly   (every year of the plan's period)
    "Thường xuyên"                     ongoing  (every year of the plan's period)
    "2026-2030", "Giai đoạn 2026 - 2030", "Từ năm 2026 đến năm 2030"
                                       range    (start_year, end_year)
    "2027", "Năm 2027", "Trong năm 2027"
                                       year     (start_year = end_year)
    "30/6/2026", "Trước ngày 30/6/2026", a date cell
                                       date     (due_date only)

Anything else is an error with a Vietnamese message (``PeriodTextError``). Yearly and
ongoing tasks take their years from the plan (``default_years``).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from django.utils.translation import gettext as _

from core.text import fold

MIN_YEAR, MAX_YEAR = 1990, 2100


class PeriodTextError(ValueError):
    """The text is not a period the portal understands; ``str(error)`` is the message."""


@dataclass(frozen=True)
class TaskPeriod:
    kind: str  # a Task.PeriodKind value
    text: str
    start_year: int | None = None
    end_year: int | None = None
    due_date: dt.date | None = None


_YEARLY = {"hang nam", "moi nam"}  # "Hàng năm"/"Hằng năm" fold alike
_ONGOING = {"thuong xuyen", "thuong xuyen lien tuc", "lien tuc"}
_RANGE_RE = re.compile(r"^(?:giai doan |tu nam |tu )?(\d{4})\s*(?:-|–|—|den nam|den)\s*(\d{4})$")
_YEAR_RE = re.compile(r"^(?:trong nam |nam )?(\d{4})$")
_DATE_RE = re.compile(r"^(?:truoc ngay |truoc |den ngay |ngay |han )?(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})$")


def _year(value: str, text: str) -> int:
    year = int(value)
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise PeriodTextError(
            _("Năm “%(year)s” trong thời gian “%(text)s” không hợp lệ.") % {"year": year, "text": text}
        )
    return year


def parse_period_text(value, *, default_years: tuple[int, int] | None = None) -> TaskPeriod:
    """The period of a task from its cell (text, a year number, or a date cell)."""
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        return TaskPeriod("date", value.strftime("%d/%m/%Y"), due_date=value)
    if isinstance(value, int | float) and not isinstance(value, bool) and float(value).is_integer():
        value = str(int(value))
    text = re.sub(r"\s+", " ", str(value or "")).strip()
    if not text:
        raise PeriodTextError(_("Thiếu thời gian thực hiện."))
    key = re.sub(r"\s+", " ", fold(text).strip(" .;:"))
    start, end = default_years or (None, None)
    if key in _YEARLY:
        return TaskPeriod("yearly", text, start, end)
    if key in _ONGOING:
        return TaskPeriod("ongoing", text, start, end)
    if m := _RANGE_RE.match(key):
        first, last = _year(m.group(1), text), _year(m.group(2), text)
        if first > last:
            raise PeriodTextError(_("Thời gian “%(text)s”: năm bắt đầu sau năm kết thúc.") % {"text": text})
        return TaskPeriod("range", text, first, last)
    if m := _YEAR_RE.match(key):
        year = _year(m.group(1), text)
        return TaskPeriod("year", text, year, year)
    if m := _DATE_RE.match(key):
        day, month, year = int(m.group(1)), int(m.group(2)), _year(m.group(3), text)
        try:
            due = dt.date(year, month, day)
        except ValueError:
            raise PeriodTextError(_("Ngày “%(text)s” không có thật.") % {"text": text}) from None
        return TaskPeriod("date", text, due_date=due)
    raise PeriodTextError(
        _("Không hiểu thời gian “%(text)s”. Hãy ghi: Hàng năm, Thường xuyên, 2026-2030, Năm 2027 hoặc 30/6/2026.")
        % {"text": text}
    )
