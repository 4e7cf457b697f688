"""A period marked by ticks under "Quý I" … "Quý IV" or "Tháng 1" … "Tháng 12" (trial 5, Q)."""

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
