"""New-user trial 4: a workbook written blind (W6), in a shape the first three trials lacked.

W6 — phường Tứ Minh's follow-up workbook of its 2026 plan, three sheets as its office keeps them:

* "Chỉ tiêu": STT | Chỉ tiêu | Đơn vị tính | Thực hiện năm 2025 | Kế hoạch năm 2026 | Đơn vị chủ trì,
  the figures stored as text in the Vietnamese way ("45.200", "93,5");
* "Nhiệm vụ": STT | Nội dung nhiệm vụ | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian hoàn thành |
  Kết quả/sản phẩm, groups "I", "II" with their title merged across, the lead cell merged down over
  the rows of the tasks it leads, one lead written "UBND phường (Phòng Kinh tế)" — the committee,
  through the office that does the work;
* "Dự án": STT | Tên dự án | Địa điểm | Tổng mức đầu tư (triệu đồng) | Nguồn vốn | Thời gian thực
  hiện | Chủ đầu tư, totals typed as text ("12.500", "1.250,5") beside a real number, and a
  "Tổng cộng" row whose total is a SUM formula.

``EXPECTED_W6`` is the hand reading of what ``import_appendix --dry-run --json`` should give and
what the import should save.
"""

from io import BytesIO

from openpyxl import Workbook
from openpyxl.styles import Font

SOURCES = [
    "https://thuviennhadat.vn/vbpl/ke-hoach-1576-kh-ubnd-2019-danh-gia-hai-long-giai-quyet-thu-tuc-hanh-chinh-ho-chi-minh-541465.html",
    "https://baophutho.vn/ky-hop-thu-tu-hdnd-phuong-tan-hoa-244615.htm",
]

W6_UNITS = [
    "Ủy ban nhân dân phường",
    "Văn phòng HĐND và UBND phường",
    "Phòng Kinh tế",
    "Phòng Văn hóa - Xã hội",
    "Công an phường",
    "Trạm Y tế phường",
    "Các tổ dân phố",
]

# (number, measure, unit, 2025 as typed, 2026 as typed, lead, baseline, value)
W6_TARGETS = [
    ("1", "Tổng thu ngân sách nhà nước trên địa bàn", "Triệu đồng", "45.200", "48.500", "Phòng Kinh tế", 45200, 48500),
    ("2", "Tỷ lệ người dân tham gia bảo hiểm y tế", "%", "93,5", "95,2", "Phòng Văn hóa - Xã hội", 93.5, 95.2),
    (
        "3",
        "Số hộ gia đình đạt danh hiệu Gia đình văn hóa",
        "Hộ",
        "7.850",
        "8.100",
        "Phòng Văn hóa - Xã hội",
        7850,
        8100,
    ),
]

# (group, title, [(number, name, lead as printed, partners, period, product, leads read,
# partners read, period read)]); a group's lead is merged down where adjacent tasks share it.
W6_GROUPS = [
    (
        "I",
        "KINH TẾ - ĐÔ THỊ",
        [
            (
                "1",
                "Rà soát, cấp giấy phép kinh doanh cho hộ kinh doanh trên các tuyến phố chính",
                "UBND phường (Phòng Kinh tế)",
                "Công an phường; các tổ dân phố",
                "Quý II/2026",
                "Danh sách hộ kinh doanh",
                ["Phòng Kinh tế"],
                ["Công an phường", "các tổ dân phố"],
                {"kind": "date", "due_date": "2026-06-30"},
            ),
            (
                "2",
                "Kiểm tra, xử lý lấn chiếm vỉa hè, lòng đường",
                "UBND phường (Phòng Kinh tế)",
                "Công an phường",
                "Thường xuyên",
                "Biên bản, báo cáo kết quả",
                ["Phòng Kinh tế"],
                ["Công an phường"],
                {"kind": "ongoing"},
            ),
            (
                "3",
                "Lập danh mục công trình chỉnh trang đô thị năm 2027",
                "UBND phường (Phòng Kinh tế)",
                "Văn phòng HĐND và UBND phường",
                "30/9/2026",
                "Danh mục được phê duyệt",
                ["Phòng Kinh tế"],
                ["Văn phòng HĐND và UBND phường"],
                {"kind": "date", "due_date": "2026-09-30"},
            ),
        ],
    ),
    (
        "II",
        "VĂN HÓA - XÃ HỘI",
        [
            (
                "1",
                "Vận động người dân tham gia bảo hiểm y tế hộ gia đình",
                "Phòng Văn hóa - Xã hội",
                "Trạm Y tế phường",
                "Quý III/2026",
                "Báo cáo kết quả",
                ["Phòng Văn hóa - Xã hội"],
                ["Trạm Y tế phường"],
                {"kind": "date", "due_date": "2026-09-30"},
            ),
            (
                "2",
                "Bình xét danh hiệu Gia đình văn hóa, Tổ dân phố văn hóa",
                "Phòng Văn hóa - Xã hội",
                "Các tổ dân phố",
                "Tháng 12/2026",
                "Quyết định công nhận",
                ["Phòng Văn hóa - Xã hội"],
                ["Các tổ dân phố"],
                {"kind": "date", "due_date": "2026-12-31"},
            ),
        ],
    ),
]

# (number, name, place, total as stored, total, funding, period, owner)
W6_PROJECTS = [
    (
        "1",
        "Cải tạo, nâng cấp chợ Tứ Minh",
        "Tổ dân phố 2",
        "12.500",
        12500,
        "Ngân sách phường",
        "2026 - 2027",
        "UBND phường Tứ Minh",
    ),
    (
        "2",
        "Xây dựng sân thể thao tổ dân phố Tân Kim",
        "Tổ dân phố Tân Kim",
        "1.250,5",
        1250.5,
        "Ngân sách phường; xã hội hóa",
        "2026",
        "UBND phường Tứ Minh",
    ),
    (
        "3",
        "Nạo vét mương thoát nước khu Đông Tân",
        "Khu Đông Tân",
        4800,
        4800,
        "Ngân sách thành phố",
        "2026",
        "UBND phường Tứ Minh",
    ),
]


def _title_block(sheet, title, last_column):
    bold = Font(bold=True)
    sheet["A1"] = "ỦY BAN NHÂN DÂN PHƯỜNG TỨ MINH"
    sheet["A1"].font = bold
    sheet["A2"] = title
    sheet["A2"].font = bold
    sheet.merge_cells(f"A2:{last_column}2")


def _header(sheet, row, headings):
    for column, heading in enumerate(headings, start=1):
        sheet.cell(row=row, column=column, value=heading).font = Font(bold=True)


def _targets_sheet(workbook):
    sheet = workbook.active
    sheet.title = "Chỉ tiêu"
    _title_block(sheet, "CÁC CHỈ TIÊU CHỦ YẾU NĂM 2026", "F")
    _header(sheet, 4, ("STT", "Chỉ tiêu", "Đơn vị tính", "Thực hiện năm 2025", "Kế hoạch năm 2026", "Đơn vị chủ trì"))
    for offset, (number, measure, unit, done, planned, lead, _b, _v) in enumerate(W6_TARGETS):
        for column, value in enumerate((number, measure, unit, done, planned, lead), start=1):
            sheet.cell(row=5 + offset, column=column, value=value).number_format = "@"


def _tasks_sheet(workbook):
    sheet = workbook.create_sheet("Nhiệm vụ")
    _title_block(sheet, "DANH MỤC NHIỆM VỤ NĂM 2026", "F")
    _header(
        sheet,
        4,
        ("STT", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành", "Kết quả/sản phẩm"),
    )
    row = 5
    for number, title, tasks in W6_GROUPS:
        sheet.cell(row=row, column=1, value=number).font = Font(bold=True)
        sheet.cell(row=row, column=2, value=title).font = Font(bold=True)
        sheet.merge_cells(f"B{row}:F{row}")
        row += 1
        first = row
        for task_number, name, lead, partners, period, product, *_reading in tasks:
            sheet.cell(row=row, column=1, value=int(task_number))
            sheet.cell(row=row, column=2, value=name)
            if row == first:
                sheet.cell(row=row, column=3, value=lead)
            sheet.cell(row=row, column=4, value=partners)
            sheet.cell(row=row, column=5, value=period)
            sheet.cell(row=row, column=6, value=product)
            row += 1
        # Every task of a group here has the same lead: printed once, merged down over them.
        sheet.merge_cells(f"C{first}:C{row - 1}")


def _projects_sheet(workbook):
    sheet = workbook.create_sheet("Dự án")
    _title_block(sheet, "DANH MỤC DỰ ÁN ĐẦU TƯ NĂM 2026", "G")
    _header(
        sheet,
        4,
        (
            "STT",
            "Tên dự án",
            "Địa điểm",
            "Tổng mức đầu tư (triệu đồng)",
            "Nguồn vốn",
            "Thời gian thực hiện",
            "Chủ đầu tư",
        ),
    )
    for offset, (number, name, place, stored, _total, funding, period, owner) in enumerate(W6_PROJECTS):
        for column, value in enumerate((number, name, place, stored, funding, period, owner), start=1):
            sheet.cell(row=5 + offset, column=column, value=value)
    total_row = 5 + len(W6_PROJECTS)
    sheet.cell(row=total_row, column=2, value="Tổng cộng").font = Font(bold=True)
    sheet.cell(row=total_row, column=4, value=f"=SUM(D5:D{total_row - 1})")


def workbook_w6() -> bytes:
    workbook = Workbook()
    _targets_sheet(workbook)
    _tasks_sheet(workbook)
    _projects_sheet(workbook)
    buffer = BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _expected_rows():
    rows = [{"kind": "target", "number": number, "name": measure} for number, measure, *_rest in W6_TARGETS]
    for number, title, tasks in W6_GROUPS:
        rows.append({"kind": "group", "number": number, "name": title})
        for task_number, name, _lead, _partners, period, product, leads, partners, reading in tasks:
            rows.append(
                {
                    "kind": "task",
                    "number": task_number,
                    "name": name,
                    "group_numbers": [number],
                    "lead": leads,
                    "coordinating": partners,
                    "period_text": period,
                    "period": reading,
                    "product": product,
                }
            )
    rows += [{"kind": "project", "number": number, "name": name} for number, name, *_rest in W6_PROJECTS]
    return rows


EXPECTED_W6 = {
    "ward": ("Tứ Minh", "tu-minh"),
    "units": W6_UNITS,
    "sheets": 3,
    "rows": _expected_rows(),
    "can_import": True,
    # What the import saves: (measure, value, unit, baseline value, baseline year, horizon, lead).
    "targets": [
        (measure, value, unit, baseline, 2025, 2026, lead)
        for _n, measure, unit, _d, _p, lead, baseline, value in W6_TARGETS
    ],
    # (name, total, funding, start year, end year)
    "projects": [
        (name, total, funding, int(period[:4]), int(period[-4:]))
        for _n, name, _place, _stored, total, funding, period, _owner in W6_PROJECTS
    ],
}
