"""The "Thời gian" cell of a task table, read into a task period: one home for the rule.

    "Hàng năm", "Hằng năm"            yearly   (every year of the plan's period)
    "Thường xuyên"                     ongoing  (every year of the plan's period)
    "2026-2030", "Giai đoạn 2026 - 2030", "Từ năm 2026 đến năm 2030"
                                       range    (start_year, end_year)
    "2027", "Năm 2027", "Trong năm 2027"
                                       year     (start_year = end_year)
    "30/6/2026", "Trước ngày 30/6/2026", a date cell
                                       date     (due_date only)
    46203 (a date as Excel stores it, in a cell of format General)
                                       date     (30/6/2026)
    "6/2026", "Tháng 6/2026", "tháng 6 năm 2026", "Trước 11/2026"
                                       date     (the month's last day)

Ward documents also write periods in free text; ``parse_period_text`` reads the usual ones:

    "Quý III/2026", "Quý 3 năm 2026"   date     (the quarter's last day)
    "Quý II - Quý III/2026", "Quý I, Quý III/2026"
                                       date     (the last quarter's last day; the text as printed)
    "Quý IV", "Tháng 9"                date     (in a one-year plan: that year's; else unclear)
    "6 tháng đầu năm 2026"             date     (30/6)
    "Từ năm 2027 trở đi", "Năm 2026 và các năm tiếp theo"
                                       range    (that year to the plan's last year)
    "Quý III/2026 và thường xuyên", "2026 và những năm tiếp theo", "Hằng năm, thường xuyên"
    "Hằng quý", "Hằng tháng"            yearly   (every year of the plan's period)
                                       the first deadline the text names; the text is kept

Anything else is an error with a Vietnamese message (``PeriodTextError``). Yearly and
ongoing tasks take their years from the plan (``default_years``). ``read_period_text`` is the
importer's door: a period it cannot read becomes "thời gian chưa rõ" (``unclear``, the printed
text kept, no deadline) with the message as a warning: a free-text period is never a reason to
refuse a row; the office sets the deadline later on the task's page.
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
# "6/2026", "11/2026", "Trước 6/2026": a month and its year, due on the month's last day (a range
# "2026-2030" and a year are read before it).
_MONTH_YEAR_RE = re.compile(r"^(?:truoc |den |han |thang )?(\d{1,2})\s*[/.-]\s*(\d{4})$")
_DATE_RE = re.compile(r"^(?:truoc ngay |truoc |den ngay |ngay |han )?(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})$")
# Free text: the first phrase of the cell that names a deadline (searched, not matched whole).
# A quarter's number as printed, folded ("Quý IV", "Quý 4"); the tick columns read it too.
QUARTER_NUMBERS = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4}
_QUARTER_RE = re.compile(r"\bquy\s*(iv|iii|ii|i|[1-4])\s*(?:/|nam|-)\s*(\d{4})\b")
# A quarter or month printed without its year ("Quý IV", "Tháng 9"): the year of a one-year plan.
_QUARTER_ALONE_RE = re.compile(r"\bquy\s*(iv|iii|ii|i|[1-4])\b(?!\s*(?:/|nam|-)\s*\d)")
_MONTH_ALONE_RE = re.compile(r"\bthang\s*(\d{1,2})\b(?!\s*(?:/|nam|-)\s*\d)")
# A span or a list of quarters or months with its year once, after the last ("Quý II - Quý
# III/2026", "Tháng 3 - Tháng 5/2026", "Quý I, Quý III/2026", "Quý I và Quý III/2026", as ticked
# quarters are written back): due at the end of the last one, not the first (read alone, "Quý II"
# made a task of two quarters due after one, and "Quý I" a task of the first and third quarters
# due after the first). Group 2 is the last quarter or month named.
_SPAN = (
    r"\b(quy|thang)\s*(?:iv|iii|ii|i|\d{1,2})(?:\s*(?:-|–|—|den|,|;|va)\s*(?:quy|thang)?\s*(iv|iii|ii|i|\d{1,2})\b)+"
)
_SPAN_RE = re.compile(_SPAN + r"\s*(?:/|nam)\s*(\d{4})\b")
# The same without a year ("Quý I, Quý III" under a tick table's heading that names none): in a
# one-year plan, that year's.
_SPAN_ALONE_RE = re.compile(_SPAN + r"(?!\s*(?:/|nam|-)\s*\d)")
_HALF_RE = re.compile(r"\b6 thang (dau|cuoi) nam\s*(\d{4})\b")
_MONTH_RE = re.compile(r"\bthang\s*(\d{1,2})\s*(?:/|nam|-)\s*(\d{4})\b")
_WORD_DATE_RE = re.compile(r"\bngay\s*(\d{1,2})\s*thang\s*(\d{1,2})\s*nam\s*(\d{4})\b")
_SLASH_DATE_RE = re.compile(r"\b(\d{1,2})\s*/\s*(\d{1,2})\s*/\s*(\d{4})\b")
_ONWARD_RE = re.compile(
    r"^(?:tu |bat dau tu |trien khai tu )?(?:nam )?(\d{4})\s*(?:tro di|tro ve sau|va cac nam tiep theo|"
    r"va nhung nam tiep theo|va cac nam sau|va nhung nam sau)\b"
)
_RANGE_IN_TEXT_RE = re.compile(r"\b(\d{4})\s*(?:-|–|—|den nam|den)\s*(\d{4})\b")
_YEAR_IN_TEXT_RE = re.compile(r"^(?:trong nam |nam |hoan thanh (?:trong )?nam |truoc nam |den nam )?(\d{4})\b")


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
        if (serial := excel_serial_date(value)) is not None:
            return TaskPeriod("date", serial.strftime("%d/%m/%Y"), due_date=serial)
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
    if m := _MONTH_YEAR_RE.match(key):
        return _due(text, m.group(2), int(m.group(1)))
    if (found := _free_text(key, text, default_years)) is not None:
        return found
    raise PeriodTextError(
        _("Không hiểu thời gian “%(text)s”. Hãy ghi: Hàng năm, Thường xuyên, 2026-2030, Năm 2027 hoặc 30/6/2026.")
        % {"text": text}
    )


# Excel stores a date as the days since 30/12/1899 (its 1900 date system); a date cell whose format
# was lost (pasted from another program, or set to General) shows that number: 46203 is 30/6/2026.
# Whole numbers between the serials of MIN_YEAR and MAX_YEAR are dates; a year (2026) is far below.
_EXCEL_EPOCH = dt.date(1899, 12, 30)
_FIRST_SERIAL = (dt.date(MIN_YEAR, 1, 1) - _EXCEL_EPOCH).days
_LAST_SERIAL = (dt.date(MAX_YEAR, 12, 31) - _EXCEL_EPOCH).days


def excel_serial_date(value) -> dt.date | None:
    """The date an Excel serial number stands for, or None when the number is no such serial."""
    number = int(value)
    if _FIRST_SERIAL <= number <= _LAST_SERIAL:
        return _EXCEL_EPOCH + dt.timedelta(days=number)
    return None


def _last_day(year: int, month: int) -> dt.date:
    following = dt.date(year + (month == 12), month % 12 + 1, 1)
    return following - dt.timedelta(days=1)


def _due(text: str, year: str, month: int, day: int | None = None) -> TaskPeriod:
    year_number = _year(year, text)
    if not 1 <= month <= 12:
        raise PeriodTextError(_("Tháng trong thời gian “%(text)s” không có thật.") % {"text": text})
    try:
        due = dt.date(year_number, month, day) if day else _last_day(year_number, month)
    except ValueError:
        raise PeriodTextError(_("Ngày “%(text)s” không có thật.") % {"text": text}) from None
    return TaskPeriod("date", text, due_date=due)


def _last_month_of_span(m: re.Match) -> int:
    """The month a span or list of quarters or months ends with (``_SPAN``'s last one named)."""
    quarter = m.group(1) == "quy" and m.group(2) in QUARTER_NUMBERS
    return QUARTER_NUMBERS[m.group(2)] * 3 if quarter else int(m.group(2))


def _free_text(key: str, text: str, default_years: tuple[int, int] | None) -> TaskPeriod | None:
    """The first deadline a free-text period names ("Quý III/2026 và thường xuyên"), or None.

    The earliest deadline counts: "Quý III/2026 và thường xuyên" is due at the end of the third
    quarter of 2026 (the "thường xuyên" that follows is the work going on after it, kept in the
    printed text)."""
    start, plan_end = default_years or (None, None)
    if (m := _ONWARD_RE.match(key)) and plan_end:
        first = _year(m.group(1), text)
        return TaskPeriod("range", text, first, max(first, plan_end))
    candidates: list[tuple[int, TaskPeriod]] = []
    if m := _SPAN_RE.search(key):
        candidates.append((m.start(), _due(text, m.group(3), _last_month_of_span(m))))
    if m := _QUARTER_RE.search(key):
        candidates.append((m.start(), _due(text, m.group(2), QUARTER_NUMBERS[m.group(1)] * 3)))
    if m := _HALF_RE.search(key):
        candidates.append((m.start(), _due(text, m.group(2), 6 if m.group(1) == "dau" else 12)))
    if m := _WORD_DATE_RE.search(key):
        candidates.append((m.start(), _due(text, m.group(3), int(m.group(2)), int(m.group(1)))))
    if m := _SLASH_DATE_RE.search(key):
        candidates.append((m.start(), _due(text, m.group(3), int(m.group(2)), int(m.group(1)))))
    elif m := _MONTH_RE.search(key):
        candidates.append((m.start(), _due(text, m.group(2), int(m.group(1)))))
    if m := _RANGE_IN_TEXT_RE.search(key):
        first, last = _year(m.group(1), text), _year(m.group(2), text)
        if first <= last:
            candidates.append((m.start(), TaskPeriod("range", text, first, last)))
    if start is not None and start == plan_end:
        # A one-year plan's appendix prints "Quý IV", "Tháng 9": that year is the only one meant.
        # Over several years the year cannot be told, and the period stays unclear.
        if m := _SPAN_ALONE_RE.search(key):
            candidates.append((m.start(), _due(text, str(start), _last_month_of_span(m))))
        if m := _QUARTER_ALONE_RE.search(key):
            candidates.append((m.start(), _due(text, str(start), QUARTER_NUMBERS[m.group(1)] * 3)))
        if m := _MONTH_ALONE_RE.search(key):
            candidates.append((m.start(), _due(text, str(start), int(m.group(1)))))
    if candidates:
        return min(candidates, key=lambda pair: pair[0])[1]
    if m := _YEAR_IN_TEXT_RE.match(key):
        year = _year(m.group(1), text)
        return TaskPeriod("year", text, year, year)
    # Recurring within the year ("Hằng quý", "Hằng tháng", "Định kỳ hằng tháng"): every year of the plan.
    if re.search(r"\b(?:hang nam|hang quy|hang thang|moi nam)\b", key):
        return TaskPeriod("yearly", text, start, plan_end)
    if re.search(r"\b(?:thuong xuyen|lien tuc)\b", key):
        return TaskPeriod("ongoing", text, start, plan_end)
    return None


def read_period_text(value, *, default_years: tuple[int, int] | None = None) -> tuple[TaskPeriod, str | None]:
    """(period, warning): what ``parse_period_text`` reads, or "thời gian chưa rõ" with the
    text as printed and the reason as a warning. Never raises: for the importer."""
    try:
        return parse_period_text(value, default_years=default_years), None
    except PeriodTextError as exc:
        text = re.sub(r"\s+", " ", str(value or "")).strip()[:200]
        warning = _("%(reason)s Nhiệm vụ được nạp với “thời gian chưa rõ”; hãy đặt thời hạn sau.") % {
            "reason": str(exc)
        }
        return TaskPeriod("unclear", text), warning


_SENTENCE_END_RE = re.compile(r"[\s.;,]+$")


def period_as_printed(text: str) -> str:
    """A period written in a sentence ("Thời gian thực hiện: Quý II/2026.") as a table cell prints
    it: without the sentence's closing full stop, semicolon or comma ("Quý II/2026")."""
    return _SENTENCE_END_RE.sub("", str(text or "").strip())


def years_of(period: TaskPeriod) -> tuple[int | None, int | None]:
    """The first and last year a period names (a project's "Thời gian thực hiện": "2026 - 2027",
    "Năm 2026", "30/6/2027"); (None, None) for a recurring or unclear one."""
    if period.kind not in ("range", "year", "date"):
        return None, None
    due = period.due_date.year if period.due_date else None
    return period.start_year or due, period.end_year or due
