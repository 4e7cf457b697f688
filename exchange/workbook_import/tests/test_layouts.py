"""Reading messy appendix sheets: headers, groups, merges, wrapped cells (no database)."""

import pytest

from exchange.workbook_import.layouts import LayoutError, read_workbook

from .helpers import HEADER, task_rows, workbook_bytes


def read_one(rows, **kwargs):
    (sheet,) = read_workbook(workbook_bytes(rows, **kwargs), max_rows=1000)
    return sheet


def test_it_finds_a_one_row_header_below_the_title_rows():
    sheet = read_one(task_rows())
    assert sheet.kind == "tasks"
    assert sheet.header_rows == (4,)
    assert sheet.appendix_number == "1"
    assert sheet.columns == {"number": 0, "title": 1, "lead": 2, "coordinators": 3, "period": 4, "result": 5}


def test_it_reads_a_two_row_header_with_a_merged_unit_heading_in_any_order():
    rows = [
        ["Thời hạn", "Số TT", "Nội dung", "Đơn vị", None, "Ghi chú"],
        [None, None, None, "Phối hợp", "Chủ trì", None],
        ["2027", "1", "Việc một", "Phòng VH-XH", "UBND phường", "bỏ qua"],
    ]
    sheet = read_one(rows, merges=["D1:E1", "A1:A2", "B1:B2", "C1:C2", "F1:F2"])
    assert sheet.header_rows == (1, 2)
    assert sheet.columns == {"period": 0, "number": 1, "title": 2, "coordinators": 3, "lead": 4}
    [(path, item)] = list(sheet.walk())
    assert item.values["lead"] == "UBND phường" and item.number == "1"


def test_it_skips_a_row_numbering_the_columns():
    rows = [HEADER, ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)"], [1, "Việc", "UBND phường", "", "2027", ""]]
    sheet = read_one(rows)
    assert [item.row for _, item in sheet.walk()] == [3]


def test_group_numerals_in_their_own_cell_or_in_the_text_with_typos_kept():
    rows = [HEADER, ["I", "Nhóm một"], [1, "Việc", "UBND phường", "", "2027", ""], ["XIX. Nhóm hai"], [1, "Việc"]]
    sheet = read_one(rows, merges=["A4:F4"])
    assert [(g[-1].number, g[-1].title, g[-1].errors) for g in sheet.groups()] == [
        ("I", "Nhóm một", []),
        ("XIX", "Nhóm hai", []),
    ]


def test_a_bad_numeral_is_an_error_of_its_row():
    sheet = read_one([HEADER, ["IIV", "Nhóm"], [1, "Việc"]])
    (group,) = [g[-1] for g in sheet.groups()]
    assert group.errors == ["Số thứ tự nhóm “IIV” không phải số La Mã hợp lệ."]


def test_capital_groups_are_the_parent_level_and_numerals_restart_inside():
    rows = [
        ["TT", "Tên dự án", "Nguồn vốn"],
        ["I", "DỰ ÁN THÀNH PHỐ"],
        [1, "Dự án A", "Ngân sách thành phố"],
        ["II", "DỰ ÁN PHƯỜNG THỰC HIỆN"],
        ["I", "Lĩnh vực giao thông"],
        [1, "Dự án B", "Ngân sách phường"],
        ["II", "Lĩnh vực giáo dục"],
        [1, "Dự án C"],
        [5, "Dự án D"],
    ]
    sheet = read_one(rows)
    assert sheet.kind == "projects"
    paths = [tuple(g.number for g in path) for path in sheet.groups()]
    assert paths == [("I",), ("II",), ("II", "I"), ("II", "II")]
    assert [(tuple(g.number for g in p), i.number) for p, i in sheet.walk()] == [
        (("I",), "1"),
        (("II", "I"), "1"),
        (("II", "II"), "1"),
        (("II", "II"), "5"),
    ]


def test_wrapped_cells_blank_rows_and_stray_rules():
    rows = [
        HEADER,
        [1, "Phát triển\nthương mại", "UBND phường\nCông an phường", "", "2026 - 2030", "Dòng một\nDòng hai"],
        [],
        ["---", "---", "---", "", "---", ""],
        [2, "Việc hai", "UBND phường", "", "Hàng năm", ""],
    ]
    items = [item for _, item in read_one(rows).walk()]
    assert [i.number for i in items] == ["1", "2"]
    assert items[0].values["title"] == "Phát triển thương mại"
    assert items[0].values["lead"] == "UBND phường, Công an phường"
    assert items[0].values["result"] == "Dòng một\nDòng hai"


def test_a_unit_merged_down_several_rows_is_repeated_on_each():
    rows = [HEADER, [1, "Việc một", "Công an phường", "", "2027"], [2, "Việc hai", None, "", "2027"]]
    items = [item for _, item in read_one(rows, merges=["C2:C3"]).walk()]
    assert [i.values["lead"] for i in items] == ["Công an phường", "Công an phường"]


def test_a_merge_across_several_item_columns_is_an_error():
    rows = [HEADER, [1, "Việc một", "UBND phường", None, "2027"]]
    [item] = [item for _, item in read_one(rows, merges=["C2:D2"]).walk()]
    assert item.errors == [
        "Ô gộp C2:D2 trải qua nhiều cột (Đơn vị chủ trì, Đơn vị phối hợp); hãy tách ô, mỗi cột một giá trị."
    ]


def test_a_title_merged_down_makes_one_row():
    rows = [HEADER, [1, "Việc một", "UBND phường", "", "2027", "Kết quả"], [None, None, None, "", None, "thêm"]]
    items = [item for _, item in read_one(rows, merges=["A2:A3", "B2:B3"]).walk()]
    assert len(items) == 1 and items[0].values["result"] == "Kết quả\nthêm"


def test_sheets_without_a_header_are_skipped_when_another_has_one():
    data = workbook_bytes(task_rows(), extra_sheets=[("Ghi chú", [["Chỉ là ghi chú"]])])
    assert [s.name for s in read_workbook(data, max_rows=100)] == ["Phụ lục 1"]


def test_the_row_limit_counts_rows_with_data():
    with pytest.raises(LayoutError, match="hơn 5 dòng"):
        read_workbook(workbook_bytes(task_rows(40)), max_rows=5)


PASTED_PROJECT_HEADER = [
    ["TT", "Tên dự án", "Chủ đầu tư", "Tổng mức đầu tư (triệu đồng)", "Kế hoạch vốn", ""],
    ["", "", "", "", "Năm 2026", "Năm 2027"],
]


def test_a_heading_over_its_parts_that_lost_its_merge_still_spans_them():
    """A Word table pasted as text keeps no merges: "Kế hoạch vốn" over "Năm 2026" / "Năm 2027"
    comes as the heading, an empty cell, and a row of parts. It reads as the merged header."""
    from exchange.workbook_import.layouts import read_grid

    rows = [list(r) for r in PASTED_PROJECT_HEADER] + [["1", "Nhà văn hóa", "UBND phường", "1.800", "800", "1.000"]]
    sheet = read_grid("Phụ lục 2", rows, [])
    assert sheet.header_rows == (1, 2)
    assert [(field, year) for field, year, _col in sheet.capital_columns] == [
        ("capital_plan", 2026),
        ("capital_plan", 2027),
    ]
    [(_path, item)] = list(sheet.walk())
    assert item.values["name"] == "Nhà văn hóa" and not item.errors


@pytest.mark.parametrize(
    "lower",
    [
        ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)"],  # the columns numbered: no headings
        ["1", "Nhà văn hóa", "UBND phường", "1.800", "800", "1.000"],  # data right under the header
    ],
)
def test_only_a_row_of_labels_under_the_header_makes_it_a_merged_heading(lower):
    from exchange.workbook_import.layouts import infer_header_merges

    assert infer_header_merges([PASTED_PROJECT_HEADER[0], lower]) == []
    assert infer_header_merges([list(r) for r in PASTED_PROJECT_HEADER]) == [(1, 5, 1, 6)]


def test_a_target_table_names_the_body_that_follows_it_up():
    from exchange.workbook_import.layouts import read_grid

    header = ["TT", "Chỉ tiêu", "Đơn vị tính", "Thực hiện năm 2025", "Mục tiêu năm 2030", "Cơ quan theo dõi"]
    row = ["1", "Thu nhập bình quân đầu người", "Triệu đồng/người/năm", "118", "180", "Phòng Kinh tế"]
    sheet = read_grid("PL", [header, row], [])
    assert sheet.columns["responsible"] == 5
    assert [item.values["responsible"] for _path, item in sheet.walk()] == ["Phòng Kinh tế"]
