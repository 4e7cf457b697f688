"""A work programme's rows grouped by when they are due: a row naming only a month, a quarter or
a half-year groups the rows below it and is the period of those without one (trial 9, Q)."""

from exchange.workbook_import.layouts import read_grid

HEADER = ["STT", "Nội dung công việc", "Đơn vị chủ trì", "Thời gian thực hiện"]


def _read(rows, merges=()):
    sheet = read_grid("PL", [HEADER, *rows], list(merges))
    return [(item.number, item.values.get("period"), path[-1].title if path else None) for path, item in sheet.walk()]


def test_a_month_row_merged_across_the_table_groups_its_tasks_and_is_their_period():
    rows = [
        ["Tháng 01", "Tháng 01", "Tháng 01", "Tháng 01"],
        ["1", "Kế hoạch tổ chức Tết Nguyên đán", "Phòng Văn hóa - Xã hội", ""],
        ["2", "Rà soát hộ nghèo", "Phòng Văn hóa - Xã hội", "Trước 15/01/2026"],
        ["QUÝ II/2026", None, None, None],
        ["3", "Đề án chỉnh trang đô thị", "Phòng Kinh tế, Hạ tầng và Đô thị", ""],
        ["6 tháng cuối năm", None, None, None],
        ["4", "Tổng kết công tác năm", "Văn phòng HĐND và UBND phường", ""],
    ]
    assert _read(rows, [(2, 1, 2, 4)]) == [
        ("1", "Tháng 01", "Tháng 01"),
        ("2", "Trước 15/01/2026", "Tháng 01"),  # its own period stays
        ("3", "QUÝ II/2026", "QUÝ II/2026"),
        ("4", "6 tháng cuối năm", "6 tháng cuối năm"),
    ]


def test_a_task_whose_title_names_a_month_is_still_a_task():
    rows = [["1", "Tháng 01", "Phòng Văn hóa - Xã hội", "Tháng 01/2026"]]
    assert _read(rows) == [("1", "Tháng 01/2026", None)]
