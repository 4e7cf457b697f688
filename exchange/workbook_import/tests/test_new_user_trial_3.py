"""Rules found by new-user trial 3 in appendix tables (docs/IMPORT_QUALITY.md, "New-user trial 3")."""

import pytest

from exchange.workbook_import.headings import TARGETS, match_header_row, year_columns
from exchange.workbook_import.layouts import read_grid
from exchange.workbook_import.rows import target_part_of_cells


def test_a_target_table_with_one_column_a_year_aims_at_its_last_year():
    grid = [
        ["STT", "Chỉ tiêu", "Đơn vị tính", "Năm 2026", "Năm 2027", "Năm 2028 (dự kiến)", "2030"],
        ["1", "Tỷ lệ hộ dân dùng nước sạch", "%", "90", "92", "95", "100"],
    ]
    sheet = read_grid("Phụ lục 1", grid, [])
    assert sheet.kind == TARGETS
    assert (sheet.columns["value"], sheet.column_years["value"]) == (6, 2030)
    (_path, row), *_rest = list(sheet.walk())
    part = target_part_of_cells(row.values, sheet.column_years, None)
    assert (part["value"], part["unit"], part["horizon_year"]) == (100, "%", 2030)


def test_a_named_value_column_wins_over_the_year_columns():
    labels = ["STT", "Chỉ tiêu", "Năm 2026", "Mục tiêu đến năm 2030"]
    assert match_header_row(labels, TARGETS)["value"] == 3


def test_only_a_year_alone_names_a_year_column():
    assert year_columns(["Năm 2026", "Thực hiện năm 2025", "Kế hoạch 2027", "2028", "Năm"]) == {2026: 0, 2028: 3}


@pytest.mark.parametrize(
    "note",
    [
        "Ghi chú: Các đơn vị báo cáo kết quả trước ngày 20 hằng tháng.",
        "Lưu ý: số liệu năm 2026 là số ước.",
        "(*) Nhiệm vụ chuyển tiếp từ năm 2025.",
        "Nguồn: Phòng Kinh tế, Hạ tầng và Đô thị.",
    ],
)
def test_a_note_under_the_table_is_not_a_row(note):
    grid = [
        ["STT", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Thời gian"],
        ["1", "Rà soát hộ nghèo", "UBND phường", "2026"],
        [None, None, None, None],
        [note, None, None, None],
    ]
    sheet = read_grid("Phụ lục", grid, [(4, 1, 4, 4)])
    rows = [row for _path, row in sheet.walk()]
    assert [(row.number, row.errors) for row in rows] == [("1", [])]


def test_a_task_that_opens_with_a_note_word_but_has_its_cells_is_a_row():
    grid = [
        ["STT", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Thời gian"],
        ["1", "Ghi chép, cập nhật sổ theo dõi hộ nghèo", "UBND phường", "2026"],
    ]
    assert [row.number for _path, row in read_grid("Phụ lục", grid, []).walk()] == ["1"]
