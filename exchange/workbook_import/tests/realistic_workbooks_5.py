"""New-user trial 5: a workbook written blind (W7), in a shape the first four trials lacked.

W7 — phường Việt Khê's own follow-up sheet of its 2026 tasks, kept in LibreOffice (.ods, built with
odfpy): a two-line title, an empty row, then "STT | Nhiệm vụ | Chủ trì | Phối hợp | Thời hạn | Tiến
độ (%) | Tình trạng | Kết quả thực hiện"; groups "I", "II" typed in the first two cells; deadlines
typed as text ("15/03/2026"); the percent as a percentage cell (0,4 shown "40%"); the status chosen
from a list (a content validation: "Chưa thực hiện", "Đang thực hiện", "Hoàn thành"); an autofilter
that hides one row (a task not started yet: the filter hides it from view, it is still a task);
and one row whose lead cell is blank — an error that names the cell, never a lead guessed from the
row above or from its partners.

``EXPECTED_W7`` is the hand reading of what ``import_appendix --dry-run --json`` should give and
what the import should save once the office has filled the blank lead
(``workbook_w7(lead_filled=True)``).
"""

import io

from odf.opendocument import OpenDocumentSpreadsheet
from odf.table import (
    ContentValidation,
    ContentValidations,
    DatabaseRange,
    DatabaseRanges,
    Filter,
    FilterCondition,
    Table,
    TableCell,
    TableRow,
)
from odf.text import P

from exchange.workbook_import.tests.realistic_workbooks_2 import _ods_title

SOURCES = [
    "https://cogover.com/vi/blog/quan-ly-tien-do-du-an",
    "https://docs.chuoicanho.com/quan-ly-cong-viec/cong-viec",
    "https://123doc.net/document/2744664-chuyen-de-cong-tac-theo-doi-bao-cao-tien-do-trien-khai-thuc-hien-chuong-trinh-xay-dung-nong-thon-moi.htm",
]

W7_UNITS = [
    "Ủy ban nhân dân phường",
    "Văn phòng HĐND và UBND phường",
    "Phòng Kinh tế, Hạ tầng và Đô thị",
    "Phòng Văn hóa - Xã hội",
    "Công an phường",
    "Trung tâm Dịch vụ sự nghiệp công",
    "Các tổ dân phố",
]

SHEET = "Theo dõi tiến độ"
HEADER = (
    "STT",
    "Nhiệm vụ",
    "Chủ trì",
    "Phối hợp",
    "Thời hạn",
    "Tiến độ (%)",
    "Tình trạng",
    "Kết quả thực hiện",
)
STATUS_LIST = 'cell-content-is-in-list("Chưa thực hiện";"Đang thực hiện";"Hoàn thành")'
FIRST_ROW = 5  # the first group's row (1-based): two title lines, an empty row, the header

# (group, title, [(STT, nhiệm vụ, chủ trì, phối hợp, thời hạn, tiến độ, tình trạng, kết quả, hidden,
# leads read, partners read, due date read, status saved)])
W7_GROUPS = [
    (
        "I",
        "KINH TẾ - ĐÔ THỊ",
        [
            (
                "1",
                "Rà soát, cấp giấy chứng nhận đăng ký hộ kinh doanh trên địa bàn",
                "Phòng Kinh tế, Hạ tầng và Đô thị",
                "Công an phường",
                "15/03/2026",
                1.0,
                "Hoàn thành",
                "Đã cấp 86 giấy chứng nhận đăng ký hộ kinh doanh",
                False,
                ["Phòng Kinh tế, Hạ tầng và Đô thị"],
                ["Công an phường"],
                "2026-03-15",
                "done",
            ),
            (
                "2",
                "Kiểm tra trật tự xây dựng trên các tuyến đường chính",
                "Phòng Kinh tế, Hạ tầng và Đô thị",
                "Công an phường; các tổ dân phố",
                "30/06/2026",
                0.4,
                "Đang thực hiện",
                "Đã kiểm tra 12 công trình, lập biên bản 2 trường hợp",
                False,
                ["Phòng Kinh tế, Hạ tầng và Đô thị"],
                ["Công an phường", "các tổ dân phố"],
                "2026-06-30",
                "in_progress",
            ),
            (
                "3",
                "Lắp đặt camera an ninh tại các ngõ, ngách",
                "Công an phường",
                "Các tổ dân phố",
                "31/12/2026",
                0.0,
                "Chưa thực hiện",
                "",
                True,
                ["Công an phường"],
                ["Các tổ dân phố"],
                "2026-12-31",
                "not_started",
            ),
        ],
    ),
    (
        "II",
        "VĂN HÓA - XÃ HỘI",
        [
            (
                "4",
                "Tổ chức Hội khỏe Phù Đổng cấp phường",
                "Phòng Văn hóa - Xã hội",
                "Trung tâm Dịch vụ sự nghiệp công",
                "20/04/2026",
                1.0,
                "Hoàn thành",
                "Đã tổ chức ngày 18/4/2026 với 9 môn thi đấu",
                False,
                ["Phòng Văn hóa - Xã hội"],
                ["Trung tâm Dịch vụ sự nghiệp công"],
                "2026-04-20",
                "done",
            ),
            (
                "5",
                "Rà soát, cập nhật dữ liệu người có công với cách mạng",
                "",
                "Các tổ dân phố",
                "31/05/2026",
                0.5,
                "Đang thực hiện",
                "",
                False,
                ["Phòng Văn hóa - Xã hội"],
                ["Các tổ dân phố"],
                "2026-05-31",
                "in_progress",
            ),
        ],
    ),
]

BLANK_LEAD_FILLED = "Phòng Văn hóa - Xã hội"


def _cell(value, *, percent=False, validation=None):
    attributes = {"contentvalidationname": validation} if validation else {}
    if percent:
        cell = TableCell(valuetype="percentage", value=value, **attributes)
        cell.addElement(P(text=f"{round(value * 100)}%"))
    elif value:
        cell = TableCell(valuetype="string", **attributes)
        cell.addElement(P(text=value))
    else:
        cell = TableCell(**attributes)
    return cell


def _row(values, *, hidden=False, percent_column=None, status_column=None):
    row = TableRow(visibility="filter") if hidden else TableRow()
    for column, value in enumerate(values):
        validation = "val-status" if column == status_column else None
        row.addElement(_cell(value, percent=column == percent_column, validation=validation))
    return row


def workbook_w7(*, lead_filled=False) -> bytes:
    book = OpenDocumentSpreadsheet()
    validations = ContentValidations()
    validations.addElement(ContentValidation(name="val-status", condition=f"of:{STATUS_LIST}", allowemptycell="true"))
    book.spreadsheet.addElement(validations)

    sheet = Table(name=SHEET)
    _ods_title(
        sheet,
        ["ỦY BAN NHÂN DÂN PHƯỜNG VIỆT KHÊ", "BẢNG THEO DÕI TIẾN ĐỘ THỰC HIỆN NHIỆM VỤ NĂM 2026"],
        len(HEADER),
    )
    sheet.addElement(_row([""] * len(HEADER)))
    sheet.addElement(_row(HEADER))
    last = FIRST_ROW - 1
    for number, title, tasks in W7_GROUPS:
        sheet.addElement(_row([number, title, "", "", "", "", "", ""]))
        last += 1
        for task in tasks:
            number_, name, lead, partners, due, percent, status, result, hidden = task[:9]
            if not lead and lead_filled:
                lead = BLANK_LEAD_FILLED
            values = [number_, name, lead, partners, due, percent, status, result]
            sheet.addElement(_row(values, hidden=hidden, percent_column=5, status_column=6))
            last += 1
    book.spreadsheet.addElement(sheet)

    # The office's autofilter on "Tình trạng", set to hide the tasks not started.
    ranges = DatabaseRanges()
    database = DatabaseRange(
        name="__Anonymous_Sheet_DB__0",
        targetrangeaddress=f"'{SHEET}'.A4:'{SHEET}'.H{last}",
        displayfilterbuttons="true",
    )
    filter_ = Filter()
    filter_.addElement(FilterCondition(fieldnumber="6", operator="!=", value="Chưa thực hiện", datatype="string"))
    database.addElement(filter_)
    ranges.addElement(database)
    book.spreadsheet.addElement(ranges)

    out = io.BytesIO()
    book.write(out)
    return out.getvalue()


def _rows():
    rows = []
    for number, title, tasks in W7_GROUPS:
        rows.append({"kind": "group", "number": number, "name": title})
        for task in tasks:
            rows.append(
                {
                    "kind": "task",
                    "number": task[0],
                    "name": task[1],
                    "group_numbers": [number],
                    "lead": task[9],
                    "coordinating": task[10],
                    "period_text": task[4],
                    "period": {"kind": "date", "due_date": task[11]},
                    # "Kết quả thực hiện" is what was done so far (a progress report), not the product.
                    "product": "",
                }
            )
    return rows


def _blank_lead_row():
    """The sheet row (1-based) of the task whose lead cell is blank."""
    row = FIRST_ROW
    for _number, _title, tasks in W7_GROUPS:
        for task in tasks:
            row += 1
            if not task[2]:
                return row
        row += 1
    raise AssertionError("no blank lead")


EXPECTED_W7 = {
    "ward": ("Việt Khê", "viet-khe"),
    "units": W7_UNITS,
    "sheets": 1,
    "rows": _rows(),
    # As the ward sent it: refused, the blank lead named by its cell.
    "blank_lead_cell": f"C{_blank_lead_row()}",
    "blank_lead_number": "5",
    # What the import saves once the lead is filled: (task name, due date, status, percent, result).
    "progress": [
        (task[1], task[11], task[12], round(task[5] * 100), task[7]) for _n, _t, tasks in W7_GROUPS for task in tasks
    ],
}
