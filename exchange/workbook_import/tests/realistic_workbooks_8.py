"""New-user trial 8: a workbook written blind (W9), in a shape the first seven trials lacked.

W9 — phường Hồng An's list of public investment projects for 2026, laid out as the yearly public
investment tables are ("Biểu số 01", "Đơn vị tính: triệu đồng"): a title block of five rows; a
header of TWO rows with merged cells — "STT", "Danh mục dự án", "Địa điểm xây dựng", "Thời gian
khởi công - hoàn thành", "Lũy kế giải ngân đến 31/12/2025", "Kế hoạch vốn năm 2026", "Chủ đầu tư",
"Ghi chú" each merged down over both rows, and "Quyết định đầu tư" merged across over "Số, ngày
quyết định" and "Tổng mức đầu tư"; a row "(1) … (10)" under it; the "TỔNG SỐ" row FIRST, right
under the header, before the groups; letter groups "A" | "DỰ ÁN CHUYỂN TIẾP" and "B" | "DỰ ÁN
KHỞI CÔNG MỚI" typed in two cells and carrying their own subtotals; projects numbered 1, 2 again
under each group; a new project whose cumulative disbursement is typed "-"; a "Ghi chú" note.

``EXPECTED_W9`` is the hand reading of what ``import_appendix --dry-run --json`` should give and
what the import should save: the total investment from "Tổng mức đầu tư" (never the decision's
number and date beside it), the 2026 capital plan from "Kế hoạch vốn năm 2026", the years from
"2025-2026", the owner as the lead; the cumulative disbursement to 2025 is not the 2026 plan, not
a 2026 disbursement and not the total; the totals add up, so no warning about them.
"""

from io import BytesIO

from openpyxl import Workbook
from openpyxl.styles import Font

SOURCES = [
    "https://baogialai.com.vn/hdnd-phuong-dien-hong-thong-qua-9-nghi-quyet-quan-trong-post576192.html",
    "https://huengaynay.vn/chinh-tri-xa-hoi/quyet-nghi-nhieu-noi-dung-quan-trong-ve-kinh-te-xa-hoi-158013.html",
    "https://huggingface.co/datasets/52100303-TranPhuocSang/vi-legal-documents-20k-pretrain/viewer/default/train?p=192",
]

W9_UNITS = [
    "Ủy ban nhân dân phường",
    "Văn phòng HĐND và UBND phường",
    "Phòng Kinh tế, Hạ tầng và Đô thị",
    "Phòng Văn hóa - Xã hội",
    "Công an phường",
]

OWNER = "UBND phường Hồng An"

# (group letter, group title, [(STT, name, place, years, decision, total, cumulative to 2025 as
# typed, plan 2026, owner, note)])
W9_GROUPS = [
    (
        "A",
        "DỰ ÁN CHUYỂN TIẾP",
        [
            (
                1,
                "Cải tạo, nâng cấp tuyến đường Đồng Hòa",
                "Tổ dân phố số 3, số 5",
                "2025-2026",
                "1250/QĐ-UBND ngày 15/8/2024",
                14500,
                6200,
                8300,
                OWNER,
                "Dự án nhóm C",
            ),
            (
                2,
                "Xây dựng nhà văn hóa tổ dân phố số 7",
                "Tổ dân phố số 7",
                "2025-2026",
                "2310/QĐ-UBND ngày 20/11/2024",
                3800,
                1500,
                2300,
                OWNER,
                "",
            ),
        ],
    ),
    (
        "B",
        "DỰ ÁN KHỞI CÔNG MỚI",
        [
            (
                1,
                "Cải tạo hệ thống thoát nước khu dân cư Quán Trữ",
                "Tổ dân phố số 10, số 11",
                "2026-2027",
                "85/QĐ-UBND ngày 25/12/2025",
                9600,
                "-",
                4000,
                OWNER,
                "Khởi công mới",
            ),
            (
                2,
                "Lắp đặt camera an ninh trên các tuyến phố chính",
                "Toàn phường",
                "2026",
                "90/QĐ-UBND ngày 26/12/2025",
                2450,
                "-",
                2450,
                OWNER,
                "",
            ),
        ],
    ),
]

HEADER_TOP = (
    "STT",
    "Danh mục dự án",
    "Địa điểm xây dựng",
    "Thời gian khởi công - hoàn thành",
    "Quyết định đầu tư",
    None,
    "Lũy kế giải ngân đến 31/12/2025",
    "Kế hoạch vốn năm 2026",
    "Chủ đầu tư",
    "Ghi chú",
)
HEADER_BOTTOM = (None, None, None, None, "Số, ngày quyết định", "Tổng mức đầu tư", None, None, None, None)
FIRST_ROW = 7  # the header's first row


def _amount(value):
    return value if isinstance(value, int) else 0


def _sums(projects):
    return (
        sum(p[5] for p in projects),
        sum(_amount(p[6]) for p in projects),
        sum(p[7] for p in projects),
    )


def workbook_w9() -> bytes:
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Biểu 01"
    bold = Font(bold=True)
    sheet["A1"] = "ỦY BAN NHÂN DÂN PHƯỜNG HỒNG AN"
    sheet["A1"].font = bold
    sheet["J1"] = "Biểu số 01"
    sheet["A3"] = "DANH MỤC DỰ ÁN ĐẦU TƯ CÔNG NĂM 2026"
    sheet["A3"].font = bold
    sheet.merge_cells("A3:J3")
    sheet["A4"] = "(Kèm theo Kế hoạch số 40/KH-UBND ngày 10/01/2026 của UBND phường Hồng An)"
    sheet.merge_cells("A4:J4")
    sheet["I5"] = "Đơn vị tính: triệu đồng"
    top, bottom = FIRST_ROW, FIRST_ROW + 1
    for column, heading in enumerate(HEADER_TOP, start=1):
        if heading is not None:
            sheet.cell(row=top, column=column, value=heading).font = bold
    for column, heading in enumerate(HEADER_BOTTOM, start=1):
        if heading is not None:
            sheet.cell(row=bottom, column=column, value=heading).font = bold
    for letter in "ABCDGHIJ":
        sheet.merge_cells(f"{letter}{top}:{letter}{bottom}")
    sheet.merge_cells(f"E{top}:F{top}")
    row = bottom + 1
    for column in range(1, 11):
        sheet.cell(row=row, column=column, value=f"({column})")
    row += 1
    all_projects = [p for _l, _t, projects in W9_GROUPS for p in projects]
    total, cumulative, plan = _sums(all_projects)
    sheet.cell(row=row, column=2, value="TỔNG SỐ").font = bold
    for column, value in ((6, total), (7, cumulative), (8, plan)):
        sheet.cell(row=row, column=column, value=value).font = bold
    row += 1
    for letter, title, projects in W9_GROUPS:
        sheet.cell(row=row, column=1, value=letter).font = bold
        sheet.cell(row=row, column=2, value=title).font = bold
        for column, value in zip((6, 7, 8), _sums(projects), strict=True):
            sheet.cell(row=row, column=column, value=value).font = bold
        row += 1
        for project in projects:
            for column, value in enumerate(project, start=1):
                if value != "":
                    sheet.cell(row=row, column=column, value=value)
            row += 1
    buffer = BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _rows():
    rows = []
    for letter, title, projects in W9_GROUPS:
        rows.append({"kind": "group", "number": letter, "name": title})
        rows += [{"kind": "project", "number": str(p[0]), "name": p[1]} for p in projects]
    return rows


EXPECTED_W9 = {
    "ward": ("Hồng An", "hong-an"),
    "units": W9_UNITS,
    "sheets": 1,
    "rows": _rows(),
    # What the import saves, by project name: (total, plan 2026, start year, end year, lead).
    "projects": {
        p[1]: (p[5], p[7], int(p[3][:4]), int(p[3][-4:]), "Ủy ban nhân dân phường")
        for _l, _t, projects in W9_GROUPS
        for p in projects
    },
    # Cumulative disbursement to 2025 by project name (None where typed "-").
    "cumulative": {p[1]: p[6] if isinstance(p[6], int) else None for _l, _t, ps in W9_GROUPS for p in ps},
}
