"""Building small workbooks in memory for the import tests."""

import io

import openpyxl


def workbook_bytes(rows: list[list], *, merges: list[str] = (), title: str = "Phụ lục 1", extra_sheets=()) -> bytes:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = title
    for row in rows:
        ws.append(row)
    for rng in merges:
        ws.merge_cells(rng)
    for name, sheet_rows in extra_sheets:
        other = wb.create_sheet(name)
        for row in sheet_rows:
            other.append(row)
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


HEADER = ["STT", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian", "Kết quả/ sản phẩm"]


def task_rows(n: int = 2) -> list[list]:
    rows = [["PHỤ LỤC 1"], ["CÁC NHIỆM VỤ"], [], HEADER, ["I. Nhóm thứ nhất"]]
    for i in range(1, n + 1):
        rows.append([i, f"Nhiệm vụ {i}", "UBND phường", "Phòng KTHT&ĐT", "Hàng năm", f"Kết quả {i}"])
    return rows
