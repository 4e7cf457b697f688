"""Two follow-up workbooks as a new ward keeps them (a new-user trial), built with openpyxl.

Unlike the corpus workbooks: a title block of three rows above the header, header wording of
the ward's own ("Đơn vị chủ trì thực hiện", "Thời hạn hoàn thành", "Kết quả/sản phẩm dự kiến"),
a hidden column of the office's own codes, two sheets (tasks, projects), a subtotal row per
group and a total row, dates typed as text ("30/6/2026") beside real Excel dates, and money
typed as text with a decimal comma ("1.500,5"). ``EXPECTED`` is the hand reading.
"""

from __future__ import annotations

import datetime as dt
import io

from openpyxl import Workbook


def _title_block(sheet, lines: list[str], width: int) -> None:
    for r, line in enumerate(lines, start=1):
        sheet.cell(r, 1, line)
        sheet.merge_cells(start_row=r, start_column=1, end_row=r, end_column=width)


def workbook_le_chan() -> bytes:
    book = Workbook()
    tasks = book.active
    tasks.title = "Nhiệm vụ 2026"
    header = ["Số TT", "Tên nhiệm vụ", "Đơn vị chủ trì thực hiện", "Đơn vị phối hợp thực hiện", "Mã theo dõi",
              "Thời hạn hoàn thành", "Kết quả/sản phẩm dự kiến"]  # fmt: skip
    _title_block(tasks, ["ỦY BAN NHÂN DÂN PHƯỜNG LÊ CHÂN", "BẢNG THEO DÕI NHIỆM VỤ CHUYỂN ĐỔI SỐ NĂM 2026",
                         "(Cập nhật đến ngày 15/3/2026)"], len(header))  # fmt: skip
    tasks.append([])
    tasks.append(header)
    rows = [
        ["I", "CHÍNH QUYỀN SỐ", None, None, None, None, None],
        [1, "Số hóa hồ sơ hộ tịch", "Văn phòng HĐND-UBND phường", "Công an phường", "CDS-01", "30/6/2026",
         "Kho dữ liệu"],
        [2, "Triển khai phòng họp không giấy", "Văn phòng HĐND-UBND phường", "Trung tâm Dịch vụ SNC", "CDS-02",
         dt.datetime(2026, 9, 30), "Phòng họp trực tuyến"],
        ["II", "XÃ HỘI SỐ", None, None, None, None, None],
        [3, "Hướng dẫn người dân dùng dịch vụ công trực tuyến", "Phòng VH-XH", "Đoàn Thanh niên phường; các tổ dân phố",
         "CDS-03", "Hằng năm", "Các buổi hướng dẫn"],
        [4, "Thanh toán không dùng tiền mặt tại chợ", "Phòng KTHT&ĐT", None, "CDS-04", "Quý IV/2026",
         "Chợ số"],
    ]  # fmt: skip
    for row in rows:
        tasks.append(row)
    tasks.column_dimensions["E"].hidden = True  # the office's own codes

    projects = book.create_sheet("Dự án")
    header = ["STT", "Danh mục dự án", "Chủ đầu tư", "Nguồn vốn", "Tổng mức đầu tư (triệu đồng)",
              "Kế hoạch vốn năm 2026 (triệu đồng)"]  # fmt: skip
    _title_block(projects, ["DANH MỤC DỰ ÁN ĐẦU TƯ CÔNG NĂM 2026", "(Đơn vị tính: triệu đồng)"], len(header))
    projects.append(header)
    rows = [
        [None, "TỔNG CỘNG", None, None, "4.300,5", "2.000"],
        ["I", "HẠ TẦNG SỐ", None, None, None, None],
        [1, "Nâng cấp mạng nội bộ phường", "UBND phường", "Ngân sách phường", "1.500,5", "1.000"],
        [2, "Camera giám sát các tuyến phố chính", "Công an phường", "Ngân sách thành phố", "2.800", "1.000"],
        [None, "Cộng I", None, None, "4.300,5", "2.000"],
    ]  # fmt: skip
    for row in rows:
        projects.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def workbook_kien_an() -> bytes:
    book = Workbook()
    sheet = book.active
    sheet.title = "Phụ lục 1"
    header = ["TT", "Nội dung công việc", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện", "Sản phẩm"]
    _title_block(sheet, ["PHỤ LỤC 1", "NHIỆM VỤ CHỈNH TRANG ĐÔ THỊ NĂM 2026",
                         "(Kèm theo Kế hoạch số 112/KH-UBND ngày 05/02/2026)"], len(header))  # fmt: skip
    sheet.append(header)
    sheet.append(["(1)", "(2)", "(3)", "(4)", "(5)", "(6)"])
    rows = [
        ["A", "TRẬT TỰ ĐÔ THỊ", None, None, None, None],
        [1, "Ra quân lập lại trật tự vỉa hè", "Phòng KTHT&ĐT", "Công an phường, các tổ dân phố", "Quý II/2026",
         "Biên bản"],
        [2, "Lát lại vỉa hè phố Trần Thành Ngọ", "Phòng KTHT&ĐT", "Trung tâm Dịch vụ SNC", "2026-2027", "Tuyến phố"],
        [None, None, None, None, None, None],
        ["B", "MÔI TRƯỜNG", None, None, None, None],
        [3, "Cấp thùng phân loại rác", "Phòng VH-XH", "Hội Liên hiệp Phụ nữ phường", dt.datetime(2026, 12, 15),
         "Thùng rác"],
        [4, "Tổng vệ sinh ngày Chủ nhật xanh", "UBMTTQ phường", "Các đoàn thể", "Hằng tháng", "Khu dân cư sạch"],
    ]  # fmt: skip
    for row in rows:
        sheet.append(row)
    sheet.merge_cells("B6:F6")
    sheet.merge_cells("B10:F10")
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


WORKBOOKS = {"le-chan-theo-doi.xlsx": workbook_le_chan, "kien-an-phu-luc.xlsx": workbook_kien_an}

EXPECTED = {
    "le-chan-theo-doi.xlsx": {
        "tasks": [
            ("1", "Số hóa hồ sơ hộ tịch", "30/6/2026", dt.date(2026, 6, 30)),
            ("2", "Triển khai phòng họp không giấy", "30/09/2026", dt.date(2026, 9, 30)),
            ("3", "Hướng dẫn người dân dùng dịch vụ công trực tuyến", "Hằng năm", None),
            ("4", "Thanh toán không dùng tiền mặt tại chợ", "Quý IV/2026", dt.date(2026, 12, 31)),
        ],
        "projects": [
            ("1", "Nâng cấp mạng nội bộ phường", "1500.5"),
            ("2", "Camera giám sát các tuyến phố chính", "2800"),
        ],
        "totals": 2,
    },
    "kien-an-phu-luc.xlsx": {
        "tasks": [
            ("1", "Ra quân lập lại trật tự vỉa hè", "Quý II/2026", dt.date(2026, 6, 30)),
            ("2", "Lát lại vỉa hè phố Trần Thành Ngọ", "2026-2027", None),
            ("3", "Cấp thùng phân loại rác", "15/12/2026", dt.date(2026, 12, 15)),
            ("4", "Tổng vệ sinh ngày Chủ nhật xanh", "Hằng tháng", None),
        ],
        "projects": [],
        "totals": 0,
    },
}
