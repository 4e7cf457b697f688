"""Writing an appendix table on a worksheet: its columns, styles and the sheet writer.

``exchange.workbook_export.exporting`` declares the layouts (the columns of each appendix) and fills them
with rows; this module only knows how a table looks: title rows merged across, the header
(progress columns shaded differently), group rows merged across, bordered wrapped cells,
column widths, and the A4 landscape print setup.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.page import PageMargins
from openpyxl.worksheet.worksheet import Worksheet

from plans.models import PlanItem

FONT_NAME = "Times New Roman"
DATE_FORMAT = "DD/MM/YYYY"


@dataclass(frozen=True)
class Column:
    heading: str
    width: float
    number_format: str | None = None
    center: bool = False


@dataclass(frozen=True)
class Layout:
    """One appendix table: its columns as printed, then the portal's progress columns."""

    kind: str
    sheet_name: str
    appendix_label: str
    default_title: str  # "{years}" is replaced by the plan's years, e.g. 2026-2030
    columns: tuple[Column, ...]
    progress: tuple[Column, ...]
    numeral_cell: bool  # group numeral in its own cell (Appendix 2) or inside the text (Appendix 1)

    @property
    def headings(self) -> list[str]:
        return [c.heading for c in self.columns + self.progress]


_THIN = Side(style="thin", color="000000")
_BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_WRAP = Alignment(wrap_text=True, vertical="top")
_WRAP_CENTER = Alignment(wrap_text=True, vertical="top", horizontal="center")
_HEADER_FILL = PatternFill("solid", fgColor="D9D9D9")
_PROGRESS_FILL = PatternFill("solid", fgColor="FFF2CC")
_GROUP_FILLS = (PatternFill("solid", fgColor="EDEDED"), PatternFill("solid", fgColor="F7F7F7"))


def cell_font(size: int = 12, **kwargs) -> Font:
    return Font(name=FONT_NAME, size=size, **kwargs)


@dataclass
class Row:
    """A data row of a sheet: its item (for the group rows above it) and its cell values."""

    item: PlanItem | None
    values: list


def text_cell(ws, row: int, col: int, value):
    """Write ``value``; text stays text even when it starts like a formula.

    What users typed ("=HYPERLINK(…)", "+84…", "-", "@…") must never run when the workbook
    is opened: openpyxl would store a leading "=" as a formula, so text is typed as a string.
    """
    cell = ws.cell(row, col, value)
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@"):
        cell.value = value
        cell.data_type = "s"
    return cell


class SheetWriter:
    """Writes one appendix table on a worksheet: titles, header, group rows, rows, print setup."""

    def __init__(self, ws: Worksheet, layout: Layout) -> None:
        self.ws, self.layout = ws, layout
        self.columns = layout.columns + layout.progress
        self.width = len(self.columns)
        self.row = 0
        self.header_row = 0

    def _merged_text_row(self, text: str, font: Font, *, first_col: int = 1, align: Alignment | None = None) -> None:
        ws = self.ws
        cell = text_cell(ws, self.row, first_col, text)
        cell.font = font
        cell.alignment = align or Alignment(wrap_text=True, horizontal="center", vertical="center")
        if first_col < self.width:
            ws.merge_cells(start_row=self.row, start_column=first_col, end_row=self.row, end_column=self.width)
        chars = sum(c.width for c in self.columns[first_col - 1 :])
        lines = max(1, math.ceil(len(text) * (font.sz or 12) / 11 / max(chars, 1)))
        ws.row_dimensions[self.row].height = 17 * lines + 2

    def titles(self, lines: list[tuple[str, Font]]) -> None:
        for text, font in lines:
            self.row += 1
            self._merged_text_row(text, font)
        self.row += 1  # a blank row between the titles and the table

    def header(self) -> None:
        self.row += 1
        self.header_row = self.row
        for col, column in enumerate(self.columns, start=1):
            cell = self.ws.cell(self.row, col, column.heading)
            cell.font = cell_font(12, bold=True)
            cell.alignment = Alignment(wrap_text=True, horizontal="center", vertical="center")
            cell.border = _BORDER
            cell.fill = _PROGRESS_FILL if col > len(self.layout.columns) else _HEADER_FILL
        self.ws.row_dimensions[self.row].height = 33

    def group(self, item: PlanItem, depth: int) -> None:
        self.row += 1
        font = cell_font(12, bold=True, italic=depth > 0)
        fill = _GROUP_FILLS[min(depth, 1)]
        left = Alignment(wrap_text=True, vertical="center")
        if self.layout.numeral_cell:
            num = text_cell(self.ws, self.row, 1, item.number)
            num.font, num.alignment = font, Alignment(horizontal="center", vertical="center")
            self._merged_text_row(item.title, font, first_col=2, align=left)
        else:
            text = f"{item.number}. {item.title}" if item.number else item.title
            self._merged_text_row(text, font, align=left)
        for col in range(1, self.width + 1):
            cell = self.ws.cell(self.row, col)
            cell.border, cell.fill = _BORDER, fill

    def data(self, values: list) -> None:
        self.row += 1
        for col, (column, value) in enumerate(zip(self.columns, values, strict=True), start=1):
            cell = text_cell(self.ws, self.row, col, value)
            cell.font = cell_font(12)
            cell.alignment = _WRAP_CENTER if column.center else _WRAP
            cell.border = _BORDER
            if column.number_format:
                cell.number_format = column.number_format

    def finish(self) -> None:
        ws = self.ws
        for col, column in enumerate(self.columns, start=1):
            ws.column_dimensions[get_column_letter(col)].width = column.width
        ws.freeze_panes = ws.cell(self.header_row + 1, 1).coordinate
        ws.print_title_rows = f"{self.header_row}:{self.header_row}"
        ws.page_setup.orientation = ws.ORIENTATION_LANDSCAPE
        ws.page_setup.paperSize = ws.PAPERSIZE_A4
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ws.print_options.horizontalCentered = True
        ws.page_margins = PageMargins(left=0.4, right=0.4, top=0.6, bottom=0.6, header=0.3, footer=0.3)
        ws.oddFooter.center.text = "Trang &P/&N"
        ws.oddFooter.center.font = FONT_NAME
