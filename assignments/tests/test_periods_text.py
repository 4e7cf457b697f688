"""The "Thời gian" cell of a task table (assignments.periods_text)."""

import datetime as dt

import pytest

from assignments.periods_text import PeriodTextError, parse_period_text

PLAN = (2026, 2030)


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("Hàng năm", ("yearly", 2026, 2030, None)),
        ("Hằng năm", ("yearly", 2026, 2030, None)),
        ("Thường xuyên", ("ongoing", 2026, 2030, None)),
        ("2026-2030", ("range", 2026, 2030, None)),
        ("2026 - 2030", ("range", 2026, 2030, None)),
        ("Giai đoạn 2026–2030", ("range", 2026, 2030, None)),
        ("2027", ("year", 2027, 2027, None)),
        (2027, ("year", 2027, 2027, None)),
        ("Năm 2027", ("year", 2027, 2027, None)),
        ("30/6/2026", ("date", None, None, dt.date(2026, 6, 30))),
        ("Trước ngày 30/06/2026", ("date", None, None, dt.date(2026, 6, 30))),
        (dt.datetime(2026, 6, 30), ("date", None, None, dt.date(2026, 6, 30))),
    ],
)
def test_it_reads_the_usual_periods(cell, expected):
    period = parse_period_text(cell, default_years=PLAN)
    assert (period.kind, period.start_year, period.end_year, period.due_date) == expected


@pytest.mark.parametrize(
    ("cell", "message"),
    [
        ("Quý 5/2026", "Không hiểu thời gian “Quý 5/2026”"),
        ("", "Thiếu thời gian thực hiện"),
        ("2030-2026", "năm bắt đầu sau năm kết thúc"),
        ("31/2/2026", "không có thật"),
        ("Năm 3026", "không hợp lệ"),
    ],
)
def test_anything_else_is_an_error_in_vietnamese(cell, message):
    with pytest.raises(PeriodTextError, match=message):
        parse_period_text(cell, default_years=PLAN)
