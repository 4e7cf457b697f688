"""New-user trial 6: a workbook written blind (W8), in a shape the first five trials lacked.

W8 — phường Đông Hải's tasks of 2026 grouped by UNIT rather than by topic, as an office that hands
each unit its own list keeps them: a title block, then "STT | Nội dung nhiệm vụ | Đơn vị chủ trì |
Đơn vị phối hợp | Thời hạn | Kết quả/sản phẩm"; group rows "I. CÔNG AN PHƯỜNG", "II. PHÒNG VĂN HÓA
- XÃ HỘI", "III. PHÒNG KINH TẾ, HẠ TẦNG VÀ ĐÔ THỊ" typed in the first cell and merged across the
row; the lead cells under a group left empty, meaning the group's unit (one row of group III names
its lead all the same); the same task text under two units (two tasks, each its unit's: never
merged into one); "Thời hạn" a real Excel date for some rows and "Trước 31/12/2026" typed for
others; numbers restarting at 1 under each unit; and a second sheet "Hướng dẫn" of plain
instructions to the units (no table) that must be left out, or reported, never imported.

``EXPECTED_W8`` is the hand reading of what ``import_appendix --dry-run --json`` should give and
what the import should save.
"""

import datetime as dt
from io import BytesIO

from openpyxl import Workbook
from openpyxl.styles import Font

from exchange.workbook_import.tests.realistic_workbooks_5 import W7_UNITS

SOURCES = [
    "https://baogialai.com.vn/phuong-thong-nhat-trien-khai-18-chi-tieu-phat-trien-kinh-te-xa-hoi-quoc-phong-an-ninh-nam-2026-post577220.html",
    "https://huengaynay.vn/chinh-tri-xa-hoi/phuong-phu-xuan-phan-dau-tang-thu-ngan-sach-nha-nuoc-binh-quan-11-moi-nam-161943.html",
    "https://tuoitrethudo.vn/xay-dung-ke-hoach-phat-trien-kinh-te-xa-hoi-nam-2026-281413.html",
]

# A ward's units as trial 5's workbook has them (the committee, its offices, the residential groups).
W8_UNITS = W7_UNITS

SHARED_TASK = "Tuyên truyền, phổ biến pháp luật về phòng cháy, chữa cháy tại các tổ dân phố"

# (group number, group title as printed, the unit it means, [(STT, nội dung, chủ trì as printed,
# phối hợp, thời hạn (a date or text), kết quả/sản phẩm, coordinating units as split, due date)])
W8_GROUPS = [
    (
        "I",
        "CÔNG AN PHƯỜNG",
        "Công an phường",
        [
            (
                1,
                "Tổng rà soát, cập nhật dữ liệu dân cư trên địa bàn phường",
                "",
                "Các tổ dân phố",
                dt.datetime(2026, 6, 30),
                "Dữ liệu dân cư được cập nhật đầy đủ",
                ["Các tổ dân phố"],
                "2026-06-30",
            ),
            (
                2,
                SHARED_TASK,
                "",
                "Các tổ dân phố",
                "Trước 31/12/2026",
                "Các buổi tuyên truyền tại tổ dân phố",
                ["Các tổ dân phố"],
                "2026-12-31",
            ),
            (
                3,
                "Kiểm tra an toàn phòng cháy, chữa cháy tại các cơ sở kinh doanh",
                "",
                "Phòng Kinh tế, Hạ tầng và Đô thị",
                dt.datetime(2026, 9, 30),
                "Biên bản kiểm tra",
                ["Phòng Kinh tế, Hạ tầng và Đô thị"],
                "2026-09-30",
            ),
        ],
    ),
    (
        "II",
        "PHÒNG VĂN HÓA - XÃ HỘI",
        "Phòng Văn hóa - Xã hội",
        [
            (
                1,
                SHARED_TASK,
                "",
                "Trung tâm Dịch vụ sự nghiệp công",
                "Trước 31/12/2026",
                "Tin, bài trên hệ thống truyền thanh phường",
                ["Trung tâm Dịch vụ sự nghiệp công"],
                "2026-12-31",
            ),
            (
                2,
                "Rà soát hộ nghèo, hộ cận nghèo cuối năm 2026",
                "",
                "Các tổ dân phố",
                dt.datetime(2026, 11, 30),
                "Danh sách hộ nghèo, hộ cận nghèo được phê duyệt",
                ["Các tổ dân phố"],
                "2026-11-30",
            ),
        ],
    ),
    (
        "III",
        "PHÒNG KINH TẾ, HẠ TẦNG VÀ ĐÔ THỊ",
        "Phòng Kinh tế, Hạ tầng và Đô thị",
        [
            (
                1,
                "Kiểm tra, xử lý vi phạm trật tự xây dựng",
                "Phòng Kinh tế, Hạ tầng và Đô thị",
                "Công an phường",
                "Trước 31/12/2026",
                "Báo cáo kết quả kiểm tra",
                ["Công an phường"],
                "2026-12-31",
            ),
            (
                2,
                "Lập danh mục tuyến phố chỉnh trang năm 2027",
                "",
                "",
                dt.datetime(2026, 10, 15),
                "Danh mục được Ủy ban nhân dân phường phê duyệt",
                [],
                "2026-10-15",
            ),
        ],
    ),
]

GUIDE = [
    "HƯỚNG DẪN ĐIỀN BIỂU THEO DÕI NHIỆM VỤ",
    "1. Mỗi đơn vị điền kết quả vào các dòng nhiệm vụ thuộc nhóm của đơn vị mình.",
    "2. Cột “Đơn vị chủ trì” để trống nghĩa là nhiệm vụ do đơn vị đứng tên nhóm chủ trì.",
    "3. Cột “Thời hạn” ghi ngày theo dạng dd/mm/yyyy hoặc “Trước dd/mm/yyyy”.",
    "4. Không chèn thêm cột, không đổi tên các cột.",
    "Đầu mối: Văn phòng HĐND và UBND phường, điện thoại 0225.3xxx.xxx.",
]

HEADER = ("STT", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời hạn", "Kết quả/sản phẩm")
FIRST_ROW = 5  # the header's row


def _tasks_sheet(workbook):
    sheet = workbook.active
    sheet.title = "Nhiệm vụ"
    bold = Font(bold=True)
    sheet["A1"] = "ỦY BAN NHÂN DÂN PHƯỜNG ĐÔNG HẢI"
    sheet["A1"].font = bold
    sheet["A2"] = "BẢNG PHÂN CÔNG NHIỆM VỤ NĂM 2026 THEO ĐƠN VỊ"
    sheet["A2"].font = bold
    sheet.merge_cells("A2:F2")
    sheet["A3"] = "(Kèm theo Kế hoạch số 20/KH-UBND ngày 05/01/2026 của UBND phường Đông Hải)"
    sheet.merge_cells("A3:F3")
    for column, heading in enumerate(HEADER, start=1):
        sheet.cell(row=FIRST_ROW, column=column, value=heading).font = bold
    row = FIRST_ROW + 1
    for number, title, _unit, tasks in W8_GROUPS:
        sheet.cell(row=row, column=1, value=f"{number}. {title}").font = bold
        sheet.merge_cells(f"A{row}:F{row}")
        row += 1
        for task_number, name, lead, partners, deadline, product, *_reading in tasks:
            values = (task_number, name, lead or None, partners or None, deadline, product)
            for column, value in enumerate(values, start=1):
                cell = sheet.cell(row=row, column=column, value=value)
                if isinstance(value, dt.datetime):
                    cell.number_format = "dd/mm/yyyy"
            row += 1


def _guide_sheet(workbook):
    sheet = workbook.create_sheet("Hướng dẫn")
    for row, line in enumerate(GUIDE, start=1):
        sheet.cell(row=row, column=1, value=line)
    sheet["A1"].font = Font(bold=True)


def workbook_w8() -> bytes:
    workbook = Workbook()
    _tasks_sheet(workbook)
    _guide_sheet(workbook)
    buffer = BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _rows():
    rows = []
    for number, title, unit, tasks in W8_GROUPS:
        rows.append({"kind": "group", "number": number, "name": title})
        for task_number, name, _lead, _partners, deadline, product, coordinating, due in tasks:
            rows.append(
                {
                    "kind": "task",
                    "number": str(task_number),
                    "name": name,
                    "group_numbers": [number],
                    # An empty lead cell under a unit's group is that unit.
                    "lead": [unit],
                    "coordinating": coordinating,
                    "period_text": None if isinstance(deadline, dt.datetime) else deadline,
                    "period": {"kind": "date", "due_date": due},
                    "product": product,
                }
            )
    return rows


EXPECTED_W8 = {
    "ward": ("Đông Hải", "dong-hai"),
    "units": W8_UNITS,
    # "Hướng dẫn" holds no rows: only the tasks sheet is read.
    "sheets": 1,
    "rows": _rows(),
    "guide_sheet": "Hướng dẫn",
    # What the import saves: (unit, task name, due date); the shared text twice, once per unit.
    "saved": [(unit, task[1], task[7]) for _n, _t, unit, tasks in W8_GROUPS for task in tasks],
    "shared_task": SHARED_TASK,
}
