"""A period marked by ticks under "Quý I" … "Quý IV" or "Tháng 1" … "Tháng 12" (trial 5, Q)."""

import datetime as dt

from assignments.periods_text import parse_period_text
from exchange.workbook_import.layouts import read_grid
from exchange.workbook_import.tick_periods import tick_columns


def _periods(sheet):
    return {item.number: item.values["period"] for _path, item in sheet.walk()}


def test_ticked_quarters_under_a_merged_heading_are_the_tasks_period():
    grid = [
        ["STT", "Nội dung", "Chủ trì", "Thời gian thực hiện năm 2026", None, None, None, "Ghi chú"],
        [None, None, None, "Quý I", "Quý II", "Quý III", "Quý IV", None],
        ["1", "Rà soát hộ kinh doanh", "Phòng Kinh tế", "x", "", "", "", ""],
        ["2", "Kiểm tra trật tự xây dựng", "Phòng Kinh tế", "x", "x", "x", "x", "Thường xuyên"],
        ["3", "Lập hồ sơ chỉnh trang", "Phòng Kinh tế", "", "X", "x", "", ""],
        ["4", "Rà soát hộ nghèo", "Phòng Văn hóa - Xã hội", "x", "", "x", "", ""],
    ]
    merges = [(1, 4, 1, 7), *[(1, c, 2, c) for c in (1, 2, 3, 8)]]
    sheet = read_grid("PL", grid, merges)
    assert _periods(sheet) == {
        "1": "Quý I/2026",
        "2": "Năm 2026",
        "3": "Quý II - Quý III/2026",
        "4": "Quý I, Quý III/2026",
    }


def test_month_columns_without_a_year_and_a_row_without_a_tick():
    labels = ["STT", "Nhiệm vụ", *[f"Tháng {m}" for m in range(1, 13)]]
    ticks = tick_columns(labels)
    assert ticks is not None and ticks.year is None
    row = ["1", "Việc", *["x" if m in (3, 4, 5) else "" for m in range(1, 13)]]
    assert ticks.period_text(row) == "Tháng 3 - Tháng 5"
    assert ticks.period_text(["2", "Việc", *[""] * 12]) == ""


def test_a_single_quarter_heading_is_no_tick_table():
    assert tick_columns(["STT", "Nhiệm vụ", "Thời gian", "Quý I"]) is None


def test_ticks_in_quarters_apart_are_due_at_the_end_of_the_last_kept_as_printed():
    """x under Quý I and Quý III: the task runs in both, so it is due when the third ends (read
    as the first alone, it was due on 31/3 with half its work still ahead); the text stays as
    the ticks print it. Without a year in the heading, a one-year plan's year."""
    ticks = tick_columns(["STT", "Nhiệm vụ", "Quý I", "Quý II", "Quý III", "Quý IV"])
    printed = ticks.period_text(["1", "Việc", "x", "", "x", ""])
    assert printed == "Quý I, Quý III"
    assert parse_period_text(printed, default_years=(2026, 2026)).due_date == dt.date(2026, 9, 30)
    for printed in ("Quý I, Quý III/2026", "Quý I, Quý II - Quý III/2026", "Tháng 3, Tháng 9/2026"):
        period = parse_period_text(printed, default_years=(2026, 2030))
        assert (period.kind, period.text, period.due_date) == ("date", printed, dt.date(2026, 9, 30))
    # Each with its own year: the first deadline, as before.
    assert parse_period_text("Quý IV/2026 và Quý I/2027").due_date == dt.date(2026, 12, 31)
