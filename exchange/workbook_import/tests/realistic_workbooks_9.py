"""New-user trial 9: workbooks written blind, in shapes trials 1-8 lacked.

W10 — phường Nam Triệu's appendix of key tasks for 2026, as its office makes it: the national
heading beside the committee's name, "PHỤ LỤC", the title and "(Kèm theo Kế hoạch số 45/KH-UBND …)"
above a header on ROW 8; ONE column "Chủ trì/Phối hợp" holding the lead on the first line and the
partners on the lines below (Alt+Enter inside the cell), once as "Chủ trì: …" / "Phối hợp: …";
deadlines as a real Excel date, as a bare serial number (46203 in a cell of format General, as a
date pasted from another program shows), as text "30/6/2026" and as a month "6/2026", "11/2026";
groups "I" | "KINH TẾ - ĐÔ THỊ" in two cells; a frozen pane under the header, an autofilter, a
hidden sheet "DM_DonVi" holding the list of units the lead cells are picked from, and a chart
sheet "Biểu đồ". The same sheet also as a legacy .xls (BIFF8, xlwt): no chart sheet there.

W11 — phường Lê Ích Mộc's tasks exported by the portal, then edited as a ward does before sending
it back: the rows sorted the other way, a column "Ghi chú của phường" inserted after the task's
name, the status typed without diacritics or in lower case ("Hoan thanh", "đang thực hiện",
"Dang thuc hien"), the percent as text "60%", "100%" and as 0.6 shown "60%" (issue 13 item 3:
each becomes the lead unit's report of the current period, or the import is refused naming the
cell; never a row silently dropped).

``EXPECTED_W10`` / ``EXPECTED_W11`` are the hand readings.
"""

import datetime as dt
from io import BytesIO

import xlwt
from openpyxl import Workbook
from openpyxl.chart import BarChart, Reference
from openpyxl.styles import Alignment, Font

from exchange.workbook_import.tests.realistic_workbooks_5 import W7_UNITS

SOURCES = [
    # Excel's serial dates (a date stored as a day count; shown as a number when the cell is General)
    "https://ooxml.info/docs/l/l.2/l.2.2/l.2.16.8/l.2.16.9.1",
    # hidden and very hidden sheets, kept in the file
    "https://git.sheetjs.com/sheetjs/docs.sheetjs.com/blame/commit/4c191dcc59ab92e7f0724c143c0d7d5f67e8d8d5/docz/docs/07-csf/07-features/08-visibility.md",
    # a progress tracker's columns (tiến độ, kết quả thực hiện) in a commune programme's reports
    "https://123doc.net/document/2744664-chuyen-de-cong-tac-theo-doi-bao-cao-tien-do-trien-khai-thuc-hien-chuong-trinh-xay-dung-nong-thon-moi.htm",
]

UNITS = W7_UNITS
KT = "Phòng Kinh tế, Hạ tầng và Đô thị"
VH = "Phòng Văn hóa - Xã hội"
TDP = "Các tổ dân phố"
CA = "Công an phường"
TT_DV = "Trung tâm Dịch vụ sự nghiệp công"
VP = "Văn phòng HĐND và UBND phường"

# (group number, group title, [(TT, nội dung, the "Chủ trì/Phối hợp" cell as typed, thời hạn as typed
# (a datetime: a date cell; an int: a serial number in a General cell; a str: text), sản phẩm,
# lead as read, coordinating as read, due date as read)])
W10_GROUPS = [
    (
        "I",
        "KINH TẾ - ĐÔ THỊ",
        [
            (1, "Rà soát, cập nhật danh mục tuyến đường cần chỉnh trang vỉa hè", f"{KT}\n{TDP}", 46203,
             "Danh mục tuyến đường được phê duyệt", [KT], [TDP], "2026-06-30"),
            (2, "Kiểm tra việc thu gom, vận chuyển rác thải sinh hoạt trên địa bàn", f"{KT}\n{TT_DV}\n{TDP}",
             "30/6/2026", "Báo cáo kết quả kiểm tra", [KT], [TT_DV, TDP], "2026-06-30"),
            (3, "Lập hồ sơ cấp giấy chứng nhận quyền sử dụng đất còn tồn đọng", KT, dt.datetime(2026, 9, 30),
             "Hồ sơ trình Ủy ban nhân dân phường", [KT], [], "2026-09-30"),
        ],
    ),
    (
        "II",
        "VĂN HÓA - XÃ HỘI",
        [
            (1, "Tổ chức Ngày hội Đại đoàn kết toàn dân tộc tại các khu dân cư",
             f"Chủ trì: {VH}\nPhối hợp: {TDP}", "11/2026",
             "Ngày hội được tổ chức ở tất cả tổ dân phố", [VH], [TDP], "2026-11-30"),
            (2, "Rà soát đối tượng hưởng trợ cấp xã hội hằng tháng", f"{VH}\n{VP}", "6/2026",
             "Danh sách đối tượng được cập nhật", [VH], [VP], "2026-06-30"),
        ],
    ),
    (
        "III",
        "QUỐC PHÒNG - AN NINH",
        [
            (1, "Tuyên truyền phòng, chống ma túy trong thanh thiếu niên", f"{CA}\n{VH}\n{TDP}", 46295,
             "Các buổi tuyên truyền tại tổ dân phố", [CA], [VH, TDP], "2026-09-30"),
        ],
    ),
]  # fmt: skip

HEADER = ("TT", "Nội dung nhiệm vụ", "Chủ trì/Phối hợp", "Thời hạn hoàn thành", "Sản phẩm")
HEADER_ROW = 8
SHEET = "Phụ lục"
HIDDEN_SHEET = "DM_DonVi"
CHART_SHEET = "Biểu đồ"
TITLE_BLOCK = [
    (1, 1, "ỦY BAN NHÂN DÂN PHƯỜNG NAM TRIỆU"),
    (1, 3, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
    (2, 3, "Độc lập - Tự do - Hạnh phúc"),
    (5, 1, "PHỤ LỤC"),
    (6, 1, "DANH MỤC NHIỆM VỤ TRỌNG TÂM NĂM 2026"),
    (7, 1, "(Kèm theo Kế hoạch số 45/KH-UBND ngày 12/01/2026 của UBND phường Nam Triệu)"),
]


def _cells():
    """(row, column, value) of the table under the header, as typed."""
    row = HEADER_ROW + 1
    for number, title, tasks in W10_GROUPS:
        yield row, 1, number
        yield row, 2, title
        row += 1
        for task_number, name, units, deadline, product, *_reading in tasks:
            for column, value in enumerate((task_number, name, units, deadline, product), start=1):
                yield row, column, value
            row += 1


def last_row() -> int:
    return HEADER_ROW + sum(1 + len(tasks) for _n, _t, tasks in W10_GROUPS)


def workbook_w10() -> bytes:
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = SHEET
    bold = Font(bold=True)
    for row, column, text in TITLE_BLOCK:
        sheet.cell(row=row, column=column, value=text).font = bold
    for row in (5, 6, 7):
        sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=5)
    for column, heading in enumerate(HEADER, start=1):
        sheet.cell(row=HEADER_ROW, column=column, value=heading).font = bold
    for row, column, value in _cells():
        cell = sheet.cell(row=row, column=column, value=value)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        if isinstance(value, dt.datetime):
            cell.number_format = "dd/mm/yyyy"
    sheet.freeze_panes = f"A{HEADER_ROW + 1}"
    sheet.auto_filter.ref = f"A{HEADER_ROW}:E{last_row()}"

    units = workbook.create_sheet(HIDDEN_SHEET)
    units["A1"] = "Danh mục đơn vị"
    for row, name in enumerate(UNITS, start=2):
        units.cell(row=row, column=1, value=name)
    units.sheet_state = "hidden"

    chart_sheet = workbook.create_chartsheet(CHART_SHEET)
    chart = BarChart()
    chart.title = "Số nhiệm vụ theo lĩnh vực"
    chart.add_data(Reference(sheet, min_col=1, min_row=HEADER_ROW + 2, max_row=last_row()))
    chart_sheet.add_chart(chart)
    buffer = BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def workbook_w10_xls() -> bytes:
    """The same sheet saved as a legacy .xls (BIFF8), as an office on an old Excel sends it."""
    book = xlwt.Workbook(encoding="utf-8")
    sheet = book.add_sheet(SHEET)
    bold = xlwt.easyxf("font: bold on")
    wrap = xlwt.easyxf("align: wrap on, vert top")
    date = xlwt.easyxf("align: wrap on, vert top", num_format_str="dd/mm/yyyy")
    for row, column, text in TITLE_BLOCK:
        if row in (5, 6, 7):
            sheet.write_merge(row - 1, row - 1, 0, 4, text, bold)
        else:
            sheet.write(row - 1, column - 1, text, bold)
    for column, heading in enumerate(HEADER):
        sheet.write(HEADER_ROW - 1, column, heading, bold)
    for row, column, value in _cells():
        sheet.write(row - 1, column - 1, value, date if isinstance(value, dt.datetime) else wrap)
    sheet.set_panes_frozen(True)
    sheet.set_horz_split_pos(HEADER_ROW)
    units = book.add_sheet(HIDDEN_SHEET)
    units.write(0, 0, "Danh mục đơn vị")
    for row, name in enumerate(UNITS, start=1):
        units.write(row, 0, name)
    units.visibility = 1  # hidden
    buffer = BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _rows():
    rows = []
    for number, title, tasks in W10_GROUPS:
        rows.append({"kind": "group", "number": number, "name": title})
        for task_number, name, _units, deadline, product, lead, coordinating, due in tasks:
            rows.append(
                {
                    "kind": "task",
                    "number": str(task_number),
                    "name": name,
                    "group_numbers": [number],
                    "lead": lead,
                    "coordinating": coordinating,
                    "period_text": deadline if isinstance(deadline, str) else None,
                    "period": {"kind": "date", "due_date": due},
                    "product": product,
                }
            )
    return rows


EXPECTED_W10 = {
    "ward": ("Nam Triệu", "nam-trieu"),
    "units": UNITS,
    # Only "Phụ lục" holds rows; the hidden list of units and the chart sheet are never imported.
    "sheets": 1,
    "rows": _rows(),
    "other_sheets": (HIDDEN_SHEET, CHART_SHEET),
    # What the import saves: (task name, lead, coordinating, due date).
    "saved": [(t[1], t[5], t[6], t[7]) for _n, _t, tasks in W10_GROUPS for t in tasks],
}
W10_PLAN = ("45/KH-UBND", "Kế hoạch thực hiện nhiệm vụ trọng tâm năm 2026", 2026, 2026)


# --- W11: the portal's export, edited by the ward and sent back -------------------------------

W11_TASKS = [
    ("Cập nhật cơ sở dữ liệu đất đai trên địa bàn phường", KT, TDP, dt.datetime(2026, 12, 31)),
    ("Tổ chức tháng hành động vì an toàn thực phẩm", VH, TT_DV, dt.datetime(2026, 12, 31)),
    ("Ra quân tổng vệ sinh môi trường tại các khu dân cư", KT, TDP, dt.datetime(2026, 12, 31)),
    ("Tuần tra kiểm soát trật tự an toàn giao thông dịp cuối năm", CA, TDP, dt.datetime(2026, 12, 31)),
]

# What the ward types into the export: task name -> (Tình trạng, Tỷ lệ hoàn thành (%), Báo cáo mới
# nhất, how the percent is typed: "text" or "percent cell"), and the report as read (status, percent).
W11_EDITS = {
    W11_TASKS[0][0]: ("Hoan thanh", "100%", "Đã cập nhật xong dữ liệu 1.250 thửa đất", "text", ("done", 100)),
    W11_TASKS[1][0]: ("đang thực hiện", "60%", "Đã kiểm tra 12 cơ sở kinh doanh", "text", ("in_progress", 60)),
    W11_TASKS[2][0]: ("Dang thuc hien", 0.6, "Đã ra quân tại 8 tổ dân phố", "percent cell", ("in_progress", 60)),
}
W11_UNTOUCHED = W11_TASKS[3][0]
INSERTED_HEADING = "Ghi chú của phường"

EXPECTED_W11 = {
    "ward": ("Lê Ích Mộc", "le-ich-moc"),
    "units": UNITS,
    "plan": ("12/KH-UBND", "Kế hoạch công tác năm 2026", 2026, 2026),
    "reports": {name: edit[4] + (edit[2],) for name, edit in W11_EDITS.items()},
    "counts": {"updated": 3, "unchanged": 1},
}


def workbook_w11_base() -> bytes:
    """The appendix the ward's tasks were first imported from."""
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Nhiệm vụ"
    sheet["A1"] = "DANH MỤC NHIỆM VỤ NĂM 2026"
    for column, heading in enumerate(
        ("STT", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời hạn"), start=1
    ):
        sheet.cell(row=3, column=column, value=heading)
    for row, (name, lead, partner, due) in enumerate(W11_TASKS, start=4):
        for column, value in enumerate((row - 3, name, lead, partner, due), start=1):
            sheet.cell(row=row, column=column, value=value)
        sheet.cell(row=row, column=5).number_format = "dd/mm/yyyy"
    buffer = BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()
