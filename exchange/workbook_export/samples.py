"""Sample workbooks of seed 004's appendices in the official layout, made from the seed data.

    python -m exchange.workbook_export.samples            (or: python manage.py make_sample_workbooks)

writes to ``fixtures/examples/``:

* ``phu-luc-1-nhiem-vu.xlsx`` — Appendix 1, 41 tasks in 10 groups: title rows, a two-row
  header (a merged "Đơn vị" above "Chủ trì" / "Phối hợp, triển khai"), group rows "I. …"
  merged across the row, "XIX" as printed, wrapped text, A4 landscape;
* ``phu-luc-2-du-an.xlsx`` — Appendix 2, 33 projects: the numeral in its own cell and the
  title merged across the rest, part II holding fields I…VIII, the gap in the numbering of
  the education projects, an extra "Ghi chú" column;
* ``phu-luc-1-co-loi.xlsx`` — Appendix 1 with deliberate errors: a bad numeral, a period
  nobody understands, a task without its title, a unit no ward has.

The data comes from ``fixtures/plan-bach-dang.json`` (built from the seed text), not from
the database, so the files can be rebuilt anywhere.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "fixtures" / "plan-bach-dang.json"
OUT = ROOT / "fixtures" / "examples"

THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
CENTER = Alignment(wrap_text=True, horizontal="center", vertical="center")
BOLD = Font(name="Times New Roman", bold=True, size=12)
NORMAL = Font(name="Times New Roman", size=12)
FIXED_TIME = dt.datetime(2026, 1, 1)


def appendix(doc: dict, key: str) -> dict:
    return next(item for item in doc["items"] if item["key"] == key)


def _sheet(wb: Workbook, title: str, widths: list[int]):
    ws = wb.active if wb.active.max_row == 1 and wb.active["A1"].value is None else wb.create_sheet()
    ws.title = title
    for i, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = width
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    return ws


def _title_rows(ws, lines: list[str], width: int) -> int:
    for r, line in enumerate(lines, start=1):
        ws.cell(r, 1, line).font = BOLD
        ws.cell(r, 1).alignment = CENTER
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=width)
    return len(lines) + 2  # a blank row, then the header


def _row(ws, r: int, values: list, *, bold: bool = False) -> None:
    for c, value in enumerate(values, start=1):
        cell = ws.cell(r, c, value)
        cell.font, cell.border = (BOLD if bold else NORMAL), BOX
        cell.alignment = CENTER if c == 1 else WRAP


def tasks_workbook(doc: dict, *, errors: bool = False) -> Workbook:
    pl1 = appendix(doc, "PL1")
    wb = Workbook()
    ws = _sheet(wb, "Phụ lục 1", [7, 48, 18, 30, 14, 48])
    lines = [pl1["number"], pl1["title"]] + (
        [f"(Kèm theo Kế hoạch số {doc['plan']['number']})"] if doc["plan"]["number"] else []
    )
    r = _title_rows(ws, lines, 6)
    _row(ws, r, ["STT", "Nhiệm vụ trọng tâm", "Đơn vị", None, "Thời gian", "Kết quả/ sản phẩm"], bold=True)
    _row(ws, r + 1, [None, None, "Chủ trì", "Phối hợp, triển khai", None, None], bold=True)
    for col in (1, 2, 5, 6):
        ws.merge_cells(start_row=r, start_column=col, end_row=r + 1, end_column=col)
    ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=4)
    r += 2
    for g, group in enumerate(pl1["children"]):
        number = "IIV" if errors and g == 1 else group["number"]
        _row(ws, r, [f"{number}. {group['title'].strip()}", None, None, None, None, None], bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
        ws.cell(r, 1).alignment = WRAP
        r += 1
        for t, task in enumerate(group["tasks"]):
            title, lead, period = task["title"], task["lead_text"], task["period_text"]
            if errors and (g, t) == (0, 0):
                period = "Quý 5/2026"
            if errors and (g, t) == (0, 1):
                title = ""
            if errors and (g, t) == (2, 0):
                lead = "Phòng Tài chính - Kế hoạch"
            _row(ws, r, [task["number"], title, lead, task["coordination_text"], period, task["expected_result"]])
            r += 1
    ws.print_title_rows = "5:6"
    return wb


def projects_workbook(doc: dict) -> Workbook:
    pl2 = appendix(doc, "PL2")
    wb = Workbook()
    ws = _sheet(wb, "Phụ lục 2", [7, 60, 36, 40, 16])
    r = _title_rows(ws, [pl2["number"], *pl2["title"].splitlines()], 5)
    _row(ws, r, ["TT", "Tên dự án", "Nguồn vốn", "Đơn vị chủ trì, thực hiện", "Ghi chú"], bold=True)
    r += 1

    def group_row(number: str, title: str) -> None:
        nonlocal r
        _row(ws, r, [number, title, None, None, None], bold=True)
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=5)
        r += 1

    def projects(item: dict) -> None:
        nonlocal r
        for project in item.get("projects", []):
            _row(ws, r, [project["number"], project["name"], project["funding_text"], project["units_text"], None])
            r += 1

    for part in pl2["children"]:
        group_row(part["number"], part["title"])
        projects(part)
        for field in part.get("children", []):
            group_row(field["number"], field["title"])
            projects(field)
    return wb


def write_samples(directory: Path = OUT) -> list[Path]:
    doc = json.loads(SEED.read_text(encoding="utf-8"))
    directory.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, wb in (
        ("phu-luc-1-nhiem-vu.xlsx", tasks_workbook(doc)),
        ("phu-luc-2-du-an.xlsx", projects_workbook(doc)),
        ("phu-luc-1-co-loi.xlsx", tasks_workbook(doc, errors=True)),
    ):
        wb.properties.creator = "Cổng theo dõi kế hoạch phường"
        wb.properties.created = wb.properties.modified = FIXED_TIME  # same bytes on every run
        path = directory / name
        wb.save(path)
        paths.append(path)
    return paths


if __name__ == "__main__":
    for path in write_samples():
        print(path)
