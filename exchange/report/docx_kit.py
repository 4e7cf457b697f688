"""Building blocks of the Word documents the portal writes: page setup, runs, tables, rules.

python-docx leaves borders, column widths and header rows to raw XML; these helpers keep
that in one place so that the report module reads as the report's structure.
"""

from __future__ import annotations

from decimal import Decimal

from django.utils import numberformat
from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

FONT = "Times New Roman"
DOCX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
PAGE_WIDTH, LEFT, RIGHT = Mm(210), Mm(30), Mm(15)
TEXT_WIDTH = PAGE_WIDTH - LEFT - RIGHT


def vn_number(value, decimals: int | None = None) -> str:
    """``1234.5`` → ``1.234,5``: numbers the Vietnamese way."""
    if value is None:
        return ""
    if isinstance(value, Decimal):
        value = value.normalize() if decimals is None else value
    return numberformat.format(
        value, ",", decimal_pos=decimals, grouping=3, thousand_sep=".", force_grouping=True, use_l10n=False
    )


def _run(paragraph, text: str, *, size: float = 14, bold=False, italic=False, underline=False):
    run = paragraph.add_run(text)
    run.font.name, run.font.size = FONT, Pt(size)
    run.font.bold, run.font.italic, run.font.underline = bold, italic, underline
    run._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), FONT)
    return run


def _para(container, text: str = "", *, align=None, size: float = 14, space_after: float = 0, indent=None, **style):
    paragraph = container.add_paragraph()
    fmt = paragraph.paragraph_format
    fmt.space_before, fmt.space_after = Pt(0), Pt(space_after)
    if align is not None:
        paragraph.alignment = align
    if indent is not None:
        fmt.first_line_indent = indent
    if text:
        _run(paragraph, text, size=size, **style)
    return paragraph


def _rule(paragraph, width, total) -> None:
    """A short line under a centred block: a bottom border on a paragraph narrowed by indents."""
    side = max((total - width) // 2, 0)
    paragraph.paragraph_format.left_indent = side
    paragraph.paragraph_format.right_indent = side
    p_pr = paragraph._p.get_or_add_pPr()
    borders = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for key, value in (("w:val", "single"), ("w:sz", "6"), ("w:space", "1"), ("w:color", "000000")):
        bottom.set(qn(key), value)
    borders.append(bottom)
    p_pr.append(borders)


def _no_borders(table) -> None:
    tbl_pr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        element = OxmlElement(f"w:{edge}")
        element.set(qn("w:val"), "nil")
        borders.append(element)
    tbl_pr.append(borders)


def _two_columns(doc, left_width):
    table = doc.add_table(rows=1, cols=2)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    _no_borders(table)
    widths = (left_width, TEXT_WIDTH - left_width)
    for cell, width in zip(table.rows[0].cells, widths, strict=True):
        cell.width = width
        cell.paragraphs[0]._p.getparent().remove(cell.paragraphs[0]._p)
    return table.rows[0].cells, widths


def _grid(doc, headings: list[str], widths_mm: list[int]):
    table = doc.add_table(rows=1, cols=len(headings))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    for cell, heading, width in zip(table.rows[0].cells, headings, widths_mm, strict=True):
        cell.width = Mm(width)
        cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        _run(cell.paragraphs[0], heading, size=12, bold=True)
    _repeat_header(table.rows[0])
    return table, widths_mm


def _repeat_header(row) -> None:
    tr_pr = row._tr.get_or_add_trPr()
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    tr_pr.append(header)


def _add_row(table, widths_mm, values, *, bold=False, merge=False, centered=()):
    cells = table.add_row().cells
    if merge:
        cell = cells[0].merge(cells[-1])
        _run(cell.paragraphs[0], str(values[0]), size=12, bold=True, italic=True)
        return
    for i, (cell, value) in enumerate(zip(cells, values, strict=True)):
        cell.width = Mm(widths_mm[i])
        if i in centered:
            cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        _run(cell.paragraphs[0], "" if value is None else str(value), size=12, bold=bold)


def new_document():
    doc = Document()
    section = doc.sections[0]
    section.page_width, section.page_height = PAGE_WIDTH, Mm(297)
    section.top_margin, section.bottom_margin = Mm(20), Mm(20)
    section.left_margin, section.right_margin = LEFT, RIGHT
    normal = doc.styles["Normal"]
    normal.font.name, normal.font.size = FONT, Pt(14)
    normal.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), FONT)
    return doc
