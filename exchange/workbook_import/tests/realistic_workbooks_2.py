"""A second new-user trial: two more follow-up workbooks, written blind (before the importer was
run on them), unlike the first trial's (``realistic_workbooks``) and the corpus.

* W3 — phường Đồ Sơn's follow-up workbook saved by LibreOffice as .ods (built with odfpy):
  three sheets, a cover with only a title, the tasks, the projects; on both data sheets a title
  block and an empty row, the header on row 5; group rows "I" with the title merged across the
  row; one lead cell merged down over two tasks; a "Tổng cộng" row under the projects.
* W4 — phường Gia Viên's list exported by another tracker (.xlsx): the header on row 1, its
  columns in another order (a code column, the lead before the deadline, the coordinators
  last), a status column in words ("Đang thực hiện", "Hoàn thành", "Chưa thực hiện"), a percent
  column typed "50%" as text beside a real number, the same task twice, and a row without a
  lead unit. Issue 13.5: the duplicate and the missing lead are errors that name the cells.

``EXPECTED`` is the hand reading of a careful clerk of the ward's office.
"""

from __future__ import annotations

import io

from odf.opendocument import OpenDocumentSpreadsheet
from odf.table import CoveredTableCell, Table, TableCell, TableRow
from odf.text import P
from openpyxl import Workbook


def _ods_row(table, values, *, spans=None, down=None, covered=()):
    """A row of ``values``; ``spans`` maps a column to how many columns its cell covers, ``down``
    a column to how many rows; ``covered`` lists the columns hidden under a merge above."""
    spans, down = spans or {}, down or {}
    row = TableRow()
    skip = 0
    for c, value in enumerate(values):
        if skip:
            skip -= 1
            row.addElement(CoveredTableCell())
            continue
        if c in covered:
            row.addElement(CoveredTableCell())
            continue
        attributes = {}
        if c in spans:
            attributes["numbercolumnsspanned"] = spans[c]
            skip = spans[c] - 1
        if c in down:
            attributes["numberrowsspanned"] = down[c]
        if isinstance(value, (int, float)):
            cell = TableCell(valuetype="float", value=value, **attributes)
            cell.addElement(P(text=str(value)))
        elif value:
            cell = TableCell(valuetype="string", **attributes)
            cell.addElement(P(text=value))
        else:
            cell = TableCell(**attributes)
        row.addElement(cell)
    table.addElement(row)


def _ods_title(table, lines: list[str], width: int) -> None:
    for line in lines:
        _ods_row(table, [line] + [""] * (width - 1), spans={0: width})


def workbook_do_son() -> bytes:
    book = OpenDocumentSpreadsheet()
    cover = Table(name="Bìa")
    _ods_row(cover, [""])
    _ods_row(cover, ["BÁO CÁO TIẾN ĐỘ THỰC HIỆN KẾ HOẠCH PHÁT TRIỂN KINH TẾ - XÃ HỘI PHƯỜNG ĐỒ SƠN NĂM 2026"])
    book.spreadsheet.addElement(cover)

    tasks = Table(name="Nhiệm vụ")
    header = ["STT", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian thực hiện", "Kết quả dự kiến",
              "Ghi chú"]  # fmt: skip
    _ods_title(tasks, ["ỦY BAN NHÂN DÂN PHƯỜNG ĐỒ SƠN", "BIỂU THEO DÕI TIẾN ĐỘ NHIỆM VỤ NĂM 2026",
                       "(Kèm theo Kế hoạch số 18/KH-UBND ngày 10/01/2026)"], len(header))  # fmt: skip
    _ods_row(tasks, [""] * len(header))
    _ods_row(tasks, header)
    _ods_row(tasks, ["I", "PHÁT TRIỂN DU LỊCH", "", "", "", "", ""], spans={1: 6})
    _ods_row(tasks, [1, "Tổ chức Lễ hội Chọi trâu truyền thống Đồ Sơn", "Phòng Văn hóa - Xã hội",
                     "Công an phường; Trung tâm Dịch vụ Sự nghiệp công", "Quý III/2026", "Lễ hội", ""])  # fmt: skip
    _ods_row(tasks, [2, "Chỉnh trang bãi tắm khu 1, khu 2", "Phòng Kinh tế, Hạ tầng và Đô thị", "Các tổ dân phố",
                     "Trước 30/4/2026", "Bãi tắm sạch đẹp", ""])  # fmt: skip
    _ods_row(tasks, ["II", "AN SINH XÃ HỘI", "", "", "", "", ""], spans={1: 6})
    _ods_row(tasks, [3, "Hỗ trợ xây mới nhà cho hộ nghèo", "Phòng Văn hóa - Xã hội", "Ủy ban MTTQ Việt Nam phường",
                     "2026 - 2027", "10 nhà được bàn giao", ""], down={2: 2})  # fmt: skip
    _ods_row(tasks, [4, "Rà soát hộ nghèo, hộ cận nghèo", "", "Các tổ dân phố", "Quý IV hằng năm",
                     "Danh sách hộ nghèo", ""], covered=(2,))  # fmt: skip
    book.spreadsheet.addElement(tasks)

    projects = Table(name="Dự án")
    header = ["STT", "Tên dự án", "Chủ đầu tư", "Tổng mức đầu tư (triệu đồng)", "Kế hoạch vốn năm 2026 (triệu đồng)",
              "Ghi chú"]  # fmt: skip
    _ods_title(projects, ["ỦY BAN NHÂN DÂN PHƯỜNG ĐỒ SƠN", "DANH MỤC DỰ ÁN ĐẦU TƯ NĂM 2026",
                          "(Đơn vị tính: triệu đồng)"], len(header))  # fmt: skip
    _ods_row(projects, [""] * len(header))
    _ods_row(projects, header)
    _ods_row(projects, [1, "Cải tạo tuyến đường Lý Thánh Tông", "UBND phường Đồ Sơn", 12000, 5000, ""])
    _ods_row(projects, [2, "Xây dựng nhà văn hóa tổ dân phố số 3", "UBND phường Đồ Sơn", 2500.5, 2500.5, ""])
    _ods_row(projects, ["", "Tổng cộng", "", 14500.5, 7500.5, ""])
    book.spreadsheet.addElement(projects)
    out = io.BytesIO()
    book.write(out)
    return out.getvalue()


def workbook_gia_vien() -> bytes:
    book = Workbook()
    sheet = book.active
    sheet.title = "DanhSachNhiemVu"
    sheet.append(["STT", "Mã nhiệm vụ", "Tên nhiệm vụ", "Đơn vị chủ trì", "Hạn hoàn thành", "Trạng thái",
                  "Tiến độ (%)", "Đơn vị phối hợp", "Kết quả"])  # fmt: skip
    rows = [
        [1, "NV-01", "Số hóa hồ sơ địa chính", "Phòng Kinh tế, Hạ tầng và Đô thị", "30/06/2026", "Đang thực hiện",
         "50%", "Văn phòng HĐND-UBND phường", "Đã số hóa 1.200 hồ sơ"],
        [2, "NV-02", "Tập huấn kỹ năng số cho tổ công nghệ số cộng đồng", "Phòng Văn hóa - Xã hội", "Quý II/2026",
         "Hoàn thành", "100%", "Đoàn Thanh niên phường", "04 lớp tập huấn"],
        [3, "NV-03", "Lắp đặt camera an ninh tại các ngõ, ngách", "Công an phường", "Năm 2026", "Chưa thực hiện", 0,
         "Các tổ dân phố", ""],
        [4, "NV-04", "Số hóa hồ sơ địa chính", "Phòng Kinh tế, Hạ tầng và Đô thị", "30/06/2026", "Đang thực hiện",
         "50%", "Văn phòng HĐND-UBND phường", ""],
        [5, "NV-05", "Vận động hộ kinh doanh thanh toán không dùng tiền mặt", None, "Quý IV/2026", "Đang thực hiện",
         "30%", "Hội Liên hiệp Phụ nữ phường", ""],
    ]  # fmt: skip
    for row in rows:
        sheet.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


WORKBOOKS = {"do-son-theo-doi.ods": workbook_do_son, "gia-vien-xuat.xlsx": workbook_gia_vien}

EXPECTED = {
    "do-son-theo-doi.ods": {
        # (number, name, lead text, coordination text, period as printed, group)
        "tasks": [
            (
                "1",
                "Tổ chức Lễ hội Chọi trâu truyền thống Đồ Sơn",
                "Phòng Văn hóa - Xã hội",
                "Công an phường; Trung tâm Dịch vụ Sự nghiệp công",
                "Quý III/2026",
                "PHÁT TRIỂN DU LỊCH",
            ),
            (
                "2",
                "Chỉnh trang bãi tắm khu 1, khu 2",
                "Phòng Kinh tế, Hạ tầng và Đô thị",
                "Các tổ dân phố",
                "Trước 30/4/2026",
                "PHÁT TRIỂN DU LỊCH",
            ),
            (
                "3",
                "Hỗ trợ xây mới nhà cho hộ nghèo",
                "Phòng Văn hóa - Xã hội",
                "Ủy ban MTTQ Việt Nam phường",
                "2026 - 2027",
                "AN SINH XÃ HỘI",
            ),
            # The lead cell is merged down over this row: the clerk reads the same lead.
            (
                "4",
                "Rà soát hộ nghèo, hộ cận nghèo",
                "Phòng Văn hóa - Xã hội",
                "Các tổ dân phố",
                "Quý IV hằng năm",
                "AN SINH XÃ HỘI",
            ),
        ],
        # (number, name, total investment, capital planned for 2026)
        "projects": [
            ("1", "Cải tạo tuyến đường Lý Thánh Tông", "12000", {2026: "5000"}),
            ("2", "Xây dựng nhà văn hóa tổ dân phố số 3", "2500.5", {2026: "2500.5"}),
        ],
        "totals": 1,
        "errors": [],
        # The cover sheet has no table: left out, not an error.
        "sheets_with_rows": ["Nhiệm vụ", "Dự án"],
    },
    "gia-vien-xuat.xlsx": {
        "tasks": [
            (
                "1",
                "Số hóa hồ sơ địa chính",
                "Phòng Kinh tế, Hạ tầng và Đô thị",
                "Văn phòng HĐND-UBND phường",
                "30/06/2026",
                "",
            ),
            (
                "2",
                "Tập huấn kỹ năng số cho tổ công nghệ số cộng đồng",
                "Phòng Văn hóa - Xã hội",
                "Đoàn Thanh niên phường",
                "Quý II/2026",
                "",
            ),
            ("3", "Lắp đặt camera an ninh tại các ngõ, ngách", "Công an phường", "Các tổ dân phố", "Năm 2026", ""),
        ],
        "projects": [],
        "totals": 0,
        # Errors the office must see, each naming its row and cell: the same task again (row 5,
        # its name in C5) and a new row without a lead unit (row 6, D6). The file is not
        # imported until they are fixed.
        "errors": [("C5", "trùng"), ("D6", "chủ trì")],
        # The tracker's status and percent: either read as progress or named in a message,
        # never dropped without a word (issue 13.3).
        "progress": {"1": ("Đang thực hiện", 50), "2": ("Hoàn thành", 100), "3": ("Chưa thực hiện", 0)},
    },
}
