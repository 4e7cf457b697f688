"""A year column marked as estimated or done ("Năm 2025 (ước)") is a target table's baseline,
never a yearly milestone (``workbook_import.headings``)."""

from exchange.workbook_import.headings import TARGETS, match_header_row, match_heading, milestone_columns


def test_a_year_marked_estimated_is_the_baseline():
    labels = ["TT", "Chỉ tiêu", "Đơn vị tính", "Năm 2025 (ước)", "Kế hoạch 2026", "So sánh (%)"]
    columns = match_header_row(labels, TARGETS)
    assert columns["baseline"] == 3 and columns["value"] == 4
    assert milestone_columns(labels, 4, 2026) == []
    assert match_heading("2025 (ƯTH)", TARGETS) == "baseline"


def test_a_plain_year_or_a_year_with_another_note_is_still_a_milestone():
    labels = ["Chỉ tiêu", "Năm 2026", "Năm 2027 (dự kiến)", "Năm 2030 (mục tiêu)"]
    assert match_heading("Năm 2026", TARGETS) != "baseline"
    assert milestone_columns(labels, 3, 2030) == [(2026, 1), (2027, 2)]
