"""A "Tiến độ (%)" column of percentage cells: fractions read as the percents they show (trial 5, W7)."""

from exchange.workbook_import.layouts import read_grid

HEADER = ["STT", "Nhiệm vụ", "Chủ trì", "Thời hạn", "Tiến độ (%)", "Tình trạng"]


def _percents(rows):
    sheet = read_grid("Theo dõi", [HEADER, *rows], [])
    return [item.values["percent"] for _path, item in sheet.walk()]


def test_percentage_cells_are_read_as_the_percent_they_show():
    rows = [
        [1, "Cấp giấy phép", "Phòng Kinh tế", "15/03/2026", 1.0, "Hoàn thành"],
        [2, "Kiểm tra trật tự xây dựng", "Phòng Kinh tế", "30/06/2026", 0.4, "Đang thực hiện"],
        [3, "Lắp camera", "Công an phường", "31/12/2026", 0.0, "Chưa thực hiện"],
    ]
    assert _percents(rows) == [100, 40, 0]


def test_whole_numbers_and_text_are_read_as_typed():
    rows = [
        [1, "Cấp giấy phép", "Phòng Kinh tế", "15/03/2026", 100, "Hoàn thành"],
        [2, "Kiểm tra trật tự xây dựng", "Phòng Kinh tế", "30/06/2026", "40%", "Đang thực hiện"],
        [3, "Lắp camera", "Công an phường", "31/12/2026", 1, "Đang thực hiện"],
    ]
    assert _percents(rows) == [100, "40%", 1]
