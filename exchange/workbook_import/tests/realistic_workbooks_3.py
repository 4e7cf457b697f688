"""New-user trial 3: a workbook written blind (W5), in a shape the first two trials lacked.

W5 — UBND phường Hưng Đạo's task appendix of its 2026 socio-economic plan, as an office types it:
a title block of five rows (issuer, "PHỤ LỤC", title, "(Kèm theo Kế hoạch …)", an empty row), a
header on two rows with merged cells ("Đơn vị thực hiện" over "Chủ trì" / "Phối hợp"; the other
headings merged down), a hidden column of internal codes, group rows "I", "II", "III" with their
title merged across, deadlines typed as a real Excel date, as text "30/6/2026", as "Tháng
9/2026", as "Quý IV" (the plan's year, 2026, is only in the title) and "Thường xuyên", and a note
row at the bottom ("Ghi chú: …") merged across, after an empty row.

``EXPECTED_W5`` is the hand reading of what ``import_appendix --dry-run --json`` should give.
"""

import datetime as dt
from io import BytesIO

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

from exchange.plan_document.tests.realistic_docs_3 import COMMITTEE_UNITS

W5_GROUPS = [
    (
        "I",
        "LĨNH VỰC KINH TẾ",
        [
            (
                "1",
                "Rà soát, lập danh sách hộ kinh doanh chưa đăng ký thuế trên địa bàn",
                "KT-01",
                "Phòng Kinh tế, Hạ tầng và Đô thị",
                "Thuế cơ sở 4; các tổ dân phố",
                dt.datetime(2026, 7, 15),
                "Danh sách hộ kinh doanh",
                {"kind": "date", "due_date": "2026-07-15"},
                ["Thuế cơ sở 4", "các tổ dân phố"],
            ),
            (
                "2",
                "Hoàn thành giải phóng mặt bằng dự án mở rộng đường Phạm Văn Đồng đoạn qua phường",
                "KT-02",
                "Ủy ban nhân dân phường",
                "Phòng Kinh tế, Hạ tầng và Đô thị, Văn phòng HĐND và UBND phường",
                "30/6/2026",
                "Mặt bằng bàn giao",
                {"kind": "date", "due_date": "2026-06-30"},
                ["Phòng Kinh tế, Hạ tầng và Đô thị", "Văn phòng HĐND và UBND phường"],
            ),
            (
                "3",
                "Kiểm tra, xử lý vi phạm trật tự xây dựng, lấn chiếm vỉa hè",
                "KT-03",
                "Phòng Kinh tế, Hạ tầng và Đô thị",
                "Công an phường",
                "Tháng 9/2026",
                "Báo cáo kết quả",
                {"kind": "date", "due_date": "2026-09-30"},
                ["Công an phường"],
            ),
        ],
    ),
    (
        "II",
        "LĨNH VỰC VĂN HÓA - XÃ HỘI",
        [
            (
                "1",
                "Tổ chức rà soát hộ nghèo, hộ cận nghèo năm 2026",
                "VX-01",
                "Phòng Văn hóa - Xã hội",
                "Ủy ban Mặt trận Tổ quốc Việt Nam phường",
                "Quý IV",
                "Quyết định công nhận",
                {"kind": "date", "due_date": "2026-12-31"},
                ["Ủy ban Mặt trận Tổ quốc Việt Nam phường"],
            ),
            (
                "2",
                "Vận động Nhân dân tham gia bảo hiểm y tế, bảo hiểm xã hội tự nguyện",
                "VX-02",
                "Phòng Văn hóa - Xã hội",
                "Trạm Y tế phường",
                "Thường xuyên",
                "Báo cáo",
                {"kind": "ongoing"},
                ["Trạm Y tế phường"],
            ),
        ],
    ),
    (
        "III",
        "QUỐC PHÒNG - AN NINH",
        [
            (
                "1",
                "Tổ chức diễn tập phòng thủ dân sự cấp phường",
                "QA-01",
                "Ban Chỉ huy Quân sự phường",
                "Công an phường",
                "Tháng 11/2026",
                "Cuộc diễn tập",
                {"kind": "date", "due_date": "2026-11-30"},
                ["Công an phường"],
            ),
        ],
    ),
]

NOTE = (
    "Ghi chú: Các cơ quan, đơn vị báo cáo kết quả thực hiện về Văn phòng HĐND và UBND phường "
    "trước ngày 20 hằng tháng để tổng hợp."
)

# Column letters: A STT, B Nội dung, C (hidden) Mã, D Chủ trì, E Phối hợp, F Thời gian, G Sản phẩm.
LAST_COLUMN = "G"


def workbook_w5() -> bytes:
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "PL nhiệm vụ 2026"
    bold = Font(bold=True)
    sheet["A1"] = "ỦY BAN NHÂN DÂN PHƯỜNG HƯNG ĐẠO"
    sheet["A1"].font = bold
    for row, text in (
        (2, "PHỤ LỤC"),
        (3, "DANH MỤC NHIỆM VỤ THỰC HIỆN KẾ HOẠCH PHÁT TRIỂN KINH TẾ - XÃ HỘI NĂM 2026"),
        (4, "(Kèm theo Kế hoạch số 09/KH-UBND ngày 15/01/2026 của UBND phường Hưng Đạo)"),
    ):
        sheet.cell(row=row, column=1, value=text).font = bold
        sheet.merge_cells(f"A{row}:{LAST_COLUMN}{row}")
        sheet.cell(row=row, column=1).alignment = Alignment(horizontal="center")
    # Row 5 is left empty. The header: rows 6 and 7.
    for column, heading in (
        ("A", "STT"),
        ("B", "Nội dung nhiệm vụ"),
        ("C", "Mã"),
        ("F", "Thời gian hoàn thành"),
        ("G", "Sản phẩm"),
    ):
        sheet[f"{column}6"] = heading
        sheet.merge_cells(f"{column}6:{column}7")
    sheet["D6"] = "Đơn vị thực hiện"
    sheet.merge_cells("D6:E6")
    sheet["D7"] = "Chủ trì"
    sheet["E7"] = "Phối hợp"
    for cell in (*sheet[6], *sheet[7]):
        cell.font = bold
    sheet.column_dimensions["C"].hidden = True
    row = 8
    for number, title, tasks in W5_GROUPS:
        sheet.cell(row=row, column=1, value=number).font = bold
        sheet.cell(row=row, column=2, value=title).font = bold
        sheet.merge_cells(f"B{row}:{LAST_COLUMN}{row}")
        row += 1
        for task_number, name, code, lead, partners, period, product, _reading, _coordinating in tasks:
            values = (int(task_number), name, code, lead, partners, period, product)
            for column, value in enumerate(values, start=1):
                cell = sheet.cell(row=row, column=column, value=value)
                if isinstance(value, dt.datetime):
                    cell.number_format = "dd/mm/yyyy"
            row += 1
    row += 1
    sheet.cell(row=row, column=1, value=NOTE)
    sheet.merge_cells(f"A{row}:{LAST_COLUMN}{row}")
    buffer = BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _expected_rows():
    rows = []
    for number, title, tasks in W5_GROUPS:
        rows.append({"kind": "group", "number": number, "name": title})
        for task_number, name, _code, lead, _partners, period, product, reading, coordinating in tasks:
            rows.append(
                {
                    "kind": "task",
                    "number": task_number,
                    "name": name,
                    "group_numbers": [number],
                    "lead": [lead],
                    "coordinating": coordinating,
                    "period_text": None if isinstance(period, dt.datetime) else period,
                    "period": reading,
                    "product": product,
                }
            )
    return rows


EXPECTED_W5 = {
    "ward": ("Hưng Đạo", "hung-dao"),
    "units": [
        *COMMITTEE_UNITS,
        "Ban Chỉ huy Quân sự phường",
        "Trạm Y tế phường",
        "Ủy ban Mặt trận Tổ quốc Việt Nam phường",
        "Thuế cơ sở 4",
        "Các tổ dân phố",
    ],
    "sheets": 1,
    "rows": _expected_rows(),
    "can_import": True,
}
