"""Reading appendix sheets as ward offices make them into clean rows: the messy-layout half.

A sheet holds, from the top: title rows ("PHỤ LỤC 1", the plan's name), a header on one row
or two (a merged "Đơn vị" above "Chủ trì" / "Phối hợp"), maybe a row numbering the columns
"(1) (2) (3)", then data rows. A data row is

* a group row: a Roman numeral in the number cell, or at the start of the text
  ("I. Đổi mới…"), merged across the row or not; a title alone in capitals
  ("DỰ ÁN THÀNH PHỐ"); or a numbered heading alone in the number cell, merged across the
  row or not ("1. Chương trình thực hiện…", as the export prints programmes). Levels, from
  the top: capitals, Roman numerals, numbered headings; a group belongs to the nearest group
  above it of a higher level (part II of Appendix 2 holds fields I…VIII, numerals
  restarting; section "I. CÁC CHƯƠNG TRÌNH" holds programmes 1, 2…);
* an item row (a task, a project, a target), numbered as printed, gaps and all;
* a total or subtotal row ("Tổng số", "TỔNG CỘNG", "Cộng nhóm I", "Trong đó:" and the
  "- vốn …" lines under it): left out of the rows (``Sheet.totals``); its figures are checked
  against the sum of the rows it covers, with a warning when they do not add up (``totals``);
* blank, or a stray rule ("---"): skipped.

Workbooks come as .xlsx (openpyxl, which sees formulas), .xls and .ods (python-calamine,
which reads the sheets' declared size before any cell, so the limits below are checked
first); text is read in NFC whatever form it was typed in (cells, headings, sheet names).

Cells are text with whitespace tidied; wrapped lines of a title are joined with a space,
the lines of a unit cell with a comma, other cells keep their line breaks. A value merged
down a column (one lead unit for several tasks) is repeated on every row it covers; a title
merged down over several rows makes one row of them. A merge across several columns of an
item row is an error, as are formulas (the reader does not trust cached values: paste
values instead) but in a total row, which is only checked. Nothing here touches the database.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import time
import unicodedata
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from django.utils.formats import number_format
from django.utils.translation import gettext as _

from core.text import fold

from .cells import cell_name
from .headings import (
    FIELD_LABELS,
    KINDS,
    MAIN_FIELD,
    PROJECTS,
    TARGETS,
    TASKS,
    match_header_row,
    match_heading,
    milestone_columns,
    repeated_headings,
    year_columns,
)
from .percent_cells import as_percent, holds_fractions
from .tick_periods import TickColumns, tick_columns
from .totals import cached_formula_values, check_totals

HEADER_SEARCH_ROWS = 30
# Seconds one workbook may take to read (a hostile file must not hold a server worker).
READ_SECONDS = 15
# Limits checked before a sheet's grid is built: a 5 KB file can claim a far-away cell
# (XFD1048576) or unzip to gigabytes, and must be refused, not read.
MAX_COLUMNS = 100
MAX_CELLS = 2_000_000
MAX_CELL_CHARS = 10_000
MAX_UNZIPPED_BYTES = 100 * 1024 * 1024
# openpyxl reads every part of an .xlsx other than the worksheets whole, turning each element
# into Python objects (about 36 µs a shared string, 80 µs a style element on the test machine,
# docs/IMPORT_QUALITY.md): a 15 KB workbook with 64,000 cell styles holds a worker 10 s, one
# with 2 million shared strings 74 s. These parts are counted from the package first.
MAX_SHARED_STRINGS = 100_000  # five distinct texts a row at IMPORT_MAX_ROWS rows
MAX_SHARED_CHARS = 20_000_000
MAX_SHARED_ELEMENTS = 400_000  # rich text: a string's runs and their fonts
MAX_PART_ELEMENTS = 40_000  # styles, comments, drawings, tables…, all together
# In a worksheet, openpyxl makes an object for every cell a merged range or a hyperlink covers
# (a 5 KB sheet merging A1:Z20000 took 18 s and 170 MB) and for every <row>, empty or not
# (200,000 empty formatted rows: 3.9 s, 170 MB); the elements outside the cells (validations,
# conditional formats…) count against MAX_PART_ELEMENTS, sheet by sheet.
MAX_MERGED_CELLS = 100_000
MAX_ROW_ELEMENTS = 100_000
ROMAN_RE = re.compile(r"^[IVXLCDM]+$")
STRICT_ROMAN_RE = re.compile(r"^M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$")
ROMAN_IN_TEXT_RE = re.compile(r"^([IVXLCDM]+)\s*[.):\-–]\s*(\S.*)$", re.S)
# "1. Chương trình…", "2) Nhiệm vụ…": a number, a separator, then a title (not "1.1").
NUMBERED_HEADING_RE = re.compile(r"^(\d+(?:\.\d+)*)\s*[.):\-–]\s*([^\d\s.].*)$", re.S)
ITEM_NUMBER_RE = re.compile(r"^\d+(?:\.\d+)*[a-zđ]?$")
# "A", "B" (or "A.") in the number cell, or "A. TRẬT TỰ ĐÔ THỊ" typed across the row: the
# outermost groups of many wards' tables, above their Roman numerals.
LETTER_GROUP_RE = re.compile(r"^([A-HĐ])\.?$")
LETTER_IN_TEXT_RE = re.compile(r"^([A-HĐ])\s*[.):\-–]\s*(\S.*)$", re.S)
RULE_RE = re.compile(r"^[-–—=_*|\s]+$")
COLUMN_NUMBER_RE = re.compile(r"^\(?\d+\)?$")
TITLE_FIELDS = {"title", "name", "statement", "measure"}
UNIT_FIELDS = {"lead", "coordinators", "units", "responsible"}
RAW_FIELDS = {
    "period",
    "total_investment",
    "value",
    "value_max",
    "year",
    "budget",
    "capital_plan",
    "disbursed",
    "percent",
}


class LayoutError(Exception):
    """The file or a sheet cannot be read at all; nothing is imported.

    ``table``: the sheet is an appendix table (its header was found) whose layout is wrong:
    an error even when other sheets read well, where a sheet with no table is only skipped."""

    def __init__(self, message: str, *, sheet: str | None = None, row: int | None = None, table=False) -> None:
        self.message, self.sheet, self.row, self.table = message, sheet, row, table
        super().__init__(str(self))

    def __str__(self) -> str:
        return where(self.sheet, self.row) + self.message


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def where(sheet: str | None, row: int | None) -> str:
    if sheet and row:
        return _("Trang “%(sheet)s”, dòng %(row)s: ") % {"sheet": sheet, "row": row}
    return _("Trang “%(sheet)s”: ") % {"sheet": sheet} if sheet else ""


@dataclass
class ItemRow:
    row: int
    number: str
    values: dict[str, object]
    errors: list[str] = field(default_factory=list)
    # The yearly capital cells: (field, year) → (cell name, value as typed), for
    # ``Sheet.capital_columns``.
    capital: dict[tuple[str, int], tuple[str, object]] = field(default_factory=dict)
    # A target's yearly milestone cells: year → (cell name, value as typed), for
    # ``Sheet.milestone_columns``.
    milestones: dict[int, tuple[str, object]] = field(default_factory=dict)


@dataclass
class Group:
    row: int
    number: str
    title: str
    upper: bool = False
    errors: list[str] = field(default_factory=list)
    children: list[Group] = field(default_factory=list)
    items: list[ItemRow] = field(default_factory=list)
    arabic: bool = False  # a numbered heading ("1. Chương trình…") rather than a Roman numeral
    period: str = ""  # a row that only names a time ("Tháng 01", "Quý II/2026"): its tasks' period

    @property
    def level(self) -> int:
        """0 for capitals, 1 for Roman numerals, 2 for numbered headings: lower is outer."""
        return 2 if self.arabic else (0 if self.upper else 1)


@dataclass
class Total:
    """A total or subtotal row: left out of the rows, kept to check the figures."""

    row: int
    label: str
    group: Group | None  # the group it closes ("Cộng nhóm I"), None for the whole table


@dataclass
class Sheet:
    name: str
    kind: str
    columns: dict[str, int]
    header_rows: tuple[int, ...]
    title_lines: list[str]
    root: Group
    totals: list[Total] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)  # (row, message) kept as "dòng N: …" text
    column_years: dict[str, int] = field(default_factory=dict)  # "Kế hoạch vốn năm 2026" → 2026
    # Every "Kế hoạch vốn năm N" / "Giải ngân năm N" column of a project list: (field, year, column).
    capital_columns: list[tuple[str, int, int]] = field(default_factory=list)
    # The year columns of a target table before the value's ("Năm 2026" … "Năm 2029" before
    # "Năm 2030"): (year, column), each target's yearly milestones.
    milestone_columns: list[tuple[int, int]] = field(default_factory=list)
    # A period marked by ticks under "Quý I" … "Quý IV" (``tick_periods``), None for a period column.
    tick_columns: TickColumns | None = None

    @property
    def appendix_number(self) -> str | None:
        for line in self.title_lines:
            if m := re.search(r"\bphu luc\s*(?:so\s*)?(\d+|[ivx]+)\b", fold(line)):
                return m.group(1).upper()
        return None

    @property
    def appendix_title(self) -> str:
        lines = [line for line in self.title_lines if not re.match(r"^phu luc\b", fold(line))]
        return " ".join(lines[:2])

    def walk(self):
        """(path of groups from the top, item) for every item, in reading order."""

        def visit(group: Group, path: tuple[Group, ...]):
            for item in group.items:
                yield path, item
            for child in group.children:
                yield from visit(child, (*path, child))

        yield from visit(self.root, ())

    def groups(self):
        def visit(group: Group, path: tuple[Group, ...]):
            for child in group.children:
                yield (*path, child)
                yield from visit(child, (*path, child))

        yield from visit(self.root, ())


def source_bytes(source) -> bytes:
    """The bytes of a workbook given as a path, bytes or a file."""
    if isinstance(source, str | Path):
        return Path(source).read_bytes()
    if isinstance(source, bytes):
        return source
    source.seek(0)
    return source.read()


def open_workbook(source, *, max_rows: int | None = None, deadline: float | None = None):
    """An openpyxl workbook from a path, bytes or file, or a LayoutError saying why not.

    An .xlsx's sheets are measured from the package first (``_check_xlsx_sheets``): openpyxl
    builds every cell of a sheet in memory, so a sheet too large must be refused before."""
    import openpyxl

    data = source_bytes(source)
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        if "EncryptionInfo".encode("utf-16-le") in data:
            raise LayoutError(
                _("Tệp được đặt mật khẩu. Hãy bỏ mật khẩu (Tệp → Thông tin → Bảo vệ sổ làm việc) rồi nạp lại.")
            )
        return CalamineBook(data, _(".xls (Excel 97-2003)"))
    if not data.startswith(b"PK"):
        raise LayoutError(
            _(
                "Tệp không phải sổ làm việc Excel (.xlsx, .xls) hay LibreOffice (.ods). Hãy mở tệp bằng Excel "
                "hoặc LibreOffice rồi lưu thành .xlsx và nạp lại."
            )
        )
    _check_unzipped_size(data)
    if b"mimetypeapplication/vnd.oasis.opendocument.spreadsheet" in data[:200]:
        return CalamineBook(data, _(".ods (LibreOffice)"))
    if b"mimetypeapplication/vnd.oasis.opendocument" in data[:200]:
        raise LayoutError(
            _("Tệp là văn bản OpenDocument, không phải bảng tính .ods. Hãy nạp tệp bảng tính (.xlsx, .xls, .ods).")
        )
    _check_xlsx_sheets(data, max_rows, deadline)
    try:
        return openpyxl.load_workbook(io.BytesIO(data), data_only=False)
    except (zipfile.BadZipFile, KeyError, ValueError, TypeError, OSError, IndexError) as exc:
        raise LayoutError(_("Tệp .xlsx bị hỏng hoặc không đọc được (có thể do đổi đuôi tên tệp).")) from exc
    except Exception as exc:  # openpyxl raises many kinds on malformed parts
        raise LayoutError(_("Tệp .xlsx bị hỏng hoặc không đọc được.")) from exc


class CalamineSheet:
    """A sheet of an .xls or .ods workbook with the few parts of openpyxl's sheet the reader uses.

    Its merged ranges are given as openpyxl gives them, the value in the first cell only, so
    that one place fills them for every format (``_header_labels`` across a header,
    ``_read_body`` down a column): calamine's own for an .xls, ``_ods_merges`` for an .ods
    (calamine gives none)."""

    def __init__(self, sheet, title: str, merges: list[tuple[int, int, int, int]] | None = None) -> None:
        self._sheet, self.title = sheet, nfc(title)
        self.max_row, self.max_column = sheet.height, sheet.width
        ranges = sheet.merged_cell_ranges or []
        self.merges = (
            merges if merges is not None else [(r0 + 1, c0 + 1, r1 + 1, c1 + 1) for (r0, c0), (r1, c1) in ranges]
        )
        self.offset = sheet.start or (0, 0)  # the first used cell; rows and columns before it are empty

    def iter_rows(self, values_only=True):
        first_row, first_col = self.offset
        for _row in range(first_row):
            yield ()
        for row in self._sheet.iter_rows():
            yield tuple([None] * first_col + [None if v == "" else v for v in row])


class CalamineBook:
    """An .xls or .ods workbook read by python-calamine (see requirements.txt)."""

    def __init__(self, data: bytes, label: str) -> None:
        import python_calamine

        self.label = label
        try:
            self._book = python_calamine.CalamineWorkbook.from_filelike(io.BytesIO(data))
            names = [m.name for m in self._book.sheets_metadata if str(m.typ).endswith("WorkSheet")]
            self._merges = _ods_merges(data) if data[:2] == b"PK" else {}
        except python_calamine.PasswordError as exc:
            raise LayoutError(_("Tệp được đặt mật khẩu. Hãy bỏ mật khẩu rồi nạp lại.")) from exc
        except Exception as exc:  # calamine raises its own kinds on malformed files
            raise LayoutError(
                _("Tệp %(format)s bị hỏng hoặc không đọc được. Hãy mở tệp rồi lưu lại thành .xlsx và nạp lại.")
                % {"format": label}
            ) from exc
        self._names = names

    @property
    def worksheets(self):
        for name in self._names:
            try:
                sheet = self._book.get_sheet_by_name(name)
            except Exception as exc:
                raise LayoutError(
                    _("Trang tính không đọc được trong tệp %(format)s. Hãy lưu lại thành .xlsx rồi nạp lại.")
                    % {"format": self.label},
                    sheet=nfc(name),
                ) from exc
            yield CalamineSheet(sheet, name, self._merges.get(nfc(name)) if self._merges else None)


ODS_TABLE_NS = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
# Merged ranges one .ods sheet may declare: a header has a few, a body merged down a column a
# few hundred; past this the file is hostile or generated, and its other merges are ignored.
MAX_ODS_MERGES = 10_000


def _ods_merges(data: bytes) -> dict[str, list[tuple[int, int, int, int]]]:
    """The merged ranges ``(min_row, min_col, max_row, max_col)``, 1-based, of each sheet of an
    .ods, by sheet name: the cells declaring ``table:number-columns-spanned`` /
    ``number-rows-spanned`` in ``content.xml``, their positions counted over repeated rows and
    cells (``number-rows-repeated``, ``number-columns-repeated``) and covered cells. Read with
    expat callbacks that keep nothing but the ranges; entity declarations are refused. A
    damaged part raises (``CalamineBook`` says the file cannot be read)."""
    from xml.parsers import expat

    def attr(name):
        return f"{ODS_TABLE_NS}}}{name}"

    table, row_tag, cells = attr("table"), attr("table-row"), {attr("table-cell"), attr("covered-table-cell")}
    out: dict[str, list[tuple[int, int, int, int]]] = {}
    state = {"sheet": None, "row": 0, "col": 0, "repeat": 1, "depth": 0}

    def number(attrs, name) -> int:
        value = attrs.get(attr(name), "1")
        return max(int(value), 1) if value.isdigit() else 1

    def start(tag, attrs):
        if tag == table:
            state["depth"] += 1
            if state["depth"] == 1:  # a table inside a cell is not a sheet
                state.update(sheet=nfc(attrs.get(attr("name"), "")), row=0)
                out.setdefault(state["sheet"], [])
        elif state["depth"] != 1:
            return
        elif tag == row_tag:
            state.update(row=state["row"] + 1, col=0, repeat=number(attrs, "number-rows-repeated"))
        elif tag in cells:
            repeat = number(attrs, "number-columns-repeated")
            across, down = number(attrs, "number-columns-spanned"), number(attrs, "number-rows-spanned")
            merges = out[state["sheet"]]
            if (across > 1 or down > 1) and len(merges) < MAX_ODS_MERGES:
                for extra_row in range(min(state["repeat"], 100)):
                    for extra_col in range(min(repeat, 100)):
                        r, c = state["row"] + extra_row, state["col"] + 1 + extra_col * across
                        merges.append((r, c, r + down - 1, c + across - 1))
            state["col"] += repeat

    def end(tag):
        if tag == table:
            state["depth"] -= 1
        elif tag == row_tag and state["depth"] == 1:
            state["row"] += state["repeat"] - 1

    def no_entities(*args):
        raise ValueError("entity declarations are not read")

    parser = expat.ParserCreate(namespace_separator="}")
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    parser.StartElementHandler, parser.EndElementHandler = start, end
    parser.EntityDeclHandler = parser.UnparsedEntityDeclHandler = parser.ExternalEntityRefHandler = no_entities
    with zipfile.ZipFile(io.BytesIO(data)) as package, package.open("content.xml") as stream:
        while chunk := stream.read(1 << 20):
            parser.Parse(chunk, False)
        parser.Parse(b"", True)
    return out


def _check_unzipped_size(data: bytes) -> None:
    """Refuse a package that would unzip past ``MAX_UNZIPPED_BYTES`` (a zip bomb) before reading it."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            unzipped = sum(info.file_size for info in package.infolist())
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise LayoutError(_("Tệp .xlsx bị hỏng hoặc không đọc được (có thể do đổi đuôi tên tệp).")) from exc
    if unzipped > MAX_UNZIPPED_BYTES:
        raise LayoutError(
            _("Tệp giải nén ra quá lớn (hơn %(max)s MB). Hãy bỏ bớt trang tính, hình ảnh rồi nạp lại.")
            % {"max": MAX_UNZIPPED_BYTES // (1024 * 1024)}
        )


SHEET_NS = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
RELS_NS = "{http://schemas.openxmlformats.org/package/2006/relationships}"
DOC_RELS_NS = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
CELL_REF_RE = re.compile(r"^\$?([A-Z]{1,3})\$?(\d{1,7})$")


def _cell_position(ref: str) -> tuple[int, int] | None:
    """(row, column) of "XFD1048576", 1-based; None when it is not a cell reference."""
    from openpyxl.utils import column_index_from_string

    m = CELL_REF_RE.match(ref or "")
    return (int(m.group(2)), column_index_from_string(m.group(1))) if m else None


def _sheet_parts(package: zipfile.ZipFile) -> list[tuple[str, str]]:
    """(sheet name, part path) of each worksheet, in the workbook's order."""
    from defusedxml.ElementTree import fromstring

    names = set(package.namelist())
    if "xl/workbook.xml" not in names or "xl/_rels/workbook.xml.rels" not in names:
        return []  # not a workbook openpyxl can read: it says so itself
    targets = {
        rel.get("Id"): rel.get("Target", "")
        for rel in fromstring(package.read("xl/_rels/workbook.xml.rels")).iter(f"{RELS_NS}Relationship")
    }
    parts = []
    for sheet in fromstring(package.read("xl/workbook.xml")).iter(f"{SHEET_NS}sheet"):
        target = targets.get(sheet.get(f"{DOC_RELS_NS}id"), "")
        path = target.lstrip("/") if target.startswith("/") else f"xl/{target}"
        if path in names:
            parts.append((nfc(sheet.get("name", "")), path))
    return parts


def _check_xlsx_sheets(data: bytes, max_rows: int | None, deadline: float | None) -> None:
    """Measure each worksheet of an .xlsx from its XML stream, before openpyxl builds its cells.

    The declared ``<dimension ref="A1:F1000000">`` is refused at once when too large; as it
    may be missing or wrong, the cells are also counted while streaming (``iterparse``, each
    row dropped once counted): the last cell's row and column against ``MAX_COLUMNS`` and
    ``MAX_CELLS``, rows holding a value against ``max_rows``. The messages are those of the
    checks on the grid (``_check_area``, ``_too_many_rows``). DTDs and entities are refused
    (defusedxml)."""
    from xml.parsers.expat import ExpatError

    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import iterparse

    row_tag, cell_tag, dim_tag, data_tag = (f"{SHEET_NS}{tag}" for tag in ("row", "c", "dimension", "sheetData"))
    value_tags = (f"{SHEET_NS}v", f"{SHEET_NS}is")
    range_tags = (f"{SHEET_NS}mergeCell", f"{SHEET_NS}hyperlink")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            sheets = _sheet_parts(package)
            _check_xlsx_parts(package, {part for _name, part in sheets}, deadline)
            for name, part in sheets:
                last_row = last_col = filled = rows = covered = outside = 0
                rows_parent = None
                with package.open(part) as stream:
                    for count, (event, elem) in enumerate(iterparse(stream, events=("start", "end"))):
                        if count % 100_000 == 0:
                            _check_time(deadline, name)
                        if event == "start":
                            if rows_parent is None or elem.tag == data_tag:
                                outside += 1  # an element outside the cells: kept by openpyxl whole
                                if outside > MAX_PART_ELEMENTS:
                                    raise _too_many_parts(part)
                            if elem.tag == data_tag:
                                rows_parent = elem
                            elif elem.tag == dim_tag:
                                if end := _cell_position(elem.get("ref", "").rpartition(":")[2]):
                                    _check_area(*end, name)
                        elif elem.tag == cell_tag and (position := _cell_position(elem.get("r", ""))):
                            last_row, last_col = max(last_row, position[0]), max(last_col, position[1])
                            _check_area(last_row, last_col, name)
                        elif elem.tag == data_tag:
                            rows_parent = None  # past the cells: what follows is counted again
                        elif elem.tag in range_tags:
                            covered += _range_cells(elem.get("ref", ""), name)
                            if covered > MAX_MERGED_CELLS:
                                raise _too_many_merged(elem.get("ref", ""), name)
                        elif elem.tag == row_tag:
                            rows += 1
                            if rows > MAX_ROW_ELEMENTS:
                                raise _area_error(f"A{elem.get('r') or rows}", name)
                            if any(child.tag in value_tags for cell in elem for child in cell):
                                filled += 1
                                if max_rows is not None and filled > max_rows + HEADER_SEARCH_ROWS:
                                    raise _too_many_rows(max_rows, name)
                            if rows_parent is not None:
                                rows_parent.remove(elem)  # counted: kept in memory no longer
    except LayoutError:
        raise
    except (zipfile.BadZipFile, KeyError, ValueError, OSError, SyntaxError, DefusedXmlException, ExpatError) as exc:
        raise LayoutError(_("Tệp .xlsx bị hỏng hoặc không đọc được (có thể do đổi đuôi tên tệp).")) from exc


def _check_xlsx_parts(package: zipfile.ZipFile, sheets: set[str], deadline: float | None) -> None:
    """Count every XML part but the worksheets, streaming, before openpyxl reads them whole: the
    shared strings (``<sst>``, wherever the package puts it) against ``MAX_SHARED_STRINGS`` /
    ``_CHARS`` / ``_ELEMENTS``, the others together against ``MAX_PART_ELEMENTS`` and the same
    number of characters. expat's callbacks only count (no element, no text is kept), so the
    refusal of a 100 MB part takes no memory to speak of; the count stops at the first limit
    passed, and a declared ``uniqueCount`` over the limit is refused at once. Entity
    declarations are refused (the worksheets' check refuses them too, through defusedxml)."""
    from xml.parsers import expat

    sst_tag, si_tag = f"{SHEET_NS[1:-1]}}}sst", f"{SHEET_NS[1:-1]}}}si"
    totals = {"others": 0, "other_chars": 0}
    for info in package.infolist():
        if info.filename in sheets or not info.filename.lower().endswith((".xml", ".rels")):
            continue
        part = {"shared": None, "elements": 0, "strings": 0, "chars": 0}

        def start(tag, attrs, part=part, name=info.filename):
            if part["shared"] is None:
                part["shared"] = tag == sst_tag
                if part["shared"] and _declared_count(attrs.get("uniqueCount")) > MAX_SHARED_STRINGS:
                    raise _too_much_text()
            part["elements"] += 1
            if part["shared"] and part["elements"] > MAX_SHARED_ELEMENTS:
                raise _too_much_text()
            if not part["shared"] and totals["others"] + part["elements"] > MAX_PART_ELEMENTS:
                raise _too_many_parts(name)

        def end(tag, part=part):
            part["strings"] += part["shared"] and tag == si_tag
            if part["strings"] > MAX_SHARED_STRINGS:
                raise _too_much_text()

        def text(data, part=part, name=info.filename):
            part["chars"] += len(data)
            if part["shared"] and part["chars"] > MAX_SHARED_CHARS:
                raise _too_much_text()
            if not part["shared"] and totals["other_chars"] + part["chars"] > MAX_SHARED_CHARS:
                raise _too_many_parts(name)

        def no_entities(*args):
            raise ValueError("entity declarations are not read")

        parser = expat.ParserCreate(namespace_separator="}")
        parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
        parser.StartElementHandler, parser.EndElementHandler, parser.CharacterDataHandler = start, end, text
        parser.EntityDeclHandler = parser.UnparsedEntityDeclHandler = no_entities
        parser.ExternalEntityRefHandler = no_entities
        with package.open(info) as stream:
            while chunk := stream.read(1 << 20):
                parser.Parse(chunk, False)
                _check_time(deadline, None)
            parser.Parse(b"", True)
        if not part["shared"]:
            totals["others"] += part["elements"]
            totals["other_chars"] += part["chars"]


def _declared_count(value: str | None) -> int:
    return int(value) if value and value.isdigit() else 0


def _too_much_text() -> LayoutError:
    return _fatal(
        LayoutError(
            _(
                "Tệp chứa quá nhiều chữ (hơn %(max)s đoạn chữ khác nhau hoặc %(chars)s ký tự, phần "
                "“xl/sharedStrings.xml”), quá lớn để nạp. Hãy chép các ô cần nạp sang một sổ làm việc mới "
                "(Dán đặc biệt → Giá trị) rồi lưu và nạp lại."
            )
            % {
                "max": number_format(MAX_SHARED_STRINGS, force_grouping=True),
                "chars": number_format(MAX_SHARED_CHARS, force_grouping=True),
            }
        )
    )


def _too_many_parts(part: str) -> LayoutError:
    return _fatal(
        LayoutError(
            _(
                "Tệp chứa quá nhiều định dạng, ghi chú hoặc hình vẽ (phần “%(part)s”), quá lớn để nạp. Hãy chép "
                "các ô cần nạp sang một sổ làm việc mới (Dán đặc biệt → Giá trị) rồi lưu và nạp lại."
            )
            % {"part": part}
        )
    )


@dataclass
class WorkbookReading:
    """The sheets read from a workbook, and what was wrong with the others."""

    sheets: list[Sheet]
    errors: list[str]  # a table that cannot be imported as it is: the import stops
    skipped: list[str]  # sheets with no appendix table, left out (said in the preview)


def read_workbook_report(source, *, kind: str | None = None, max_rows: int | None = None) -> WorkbookReading:
    """Every sheet of the workbook with a recognisable header (of ``kind`` if given), and the
    problems of the others. Raises ``LayoutError`` when the file itself cannot be read."""
    if max_rows is None:
        from django.conf import settings

        max_rows = settings.IMPORT_MAX_ROWS
    deadline = time.monotonic() + READ_SECONDS
    data = source_bytes(source)
    wb = open_workbook(data, max_rows=max_rows, deadline=deadline)
    reading = WorkbookReading([], [], [])
    for ws in wb.worksheets:
        try:
            reading.sheets.append(read_sheet(ws, kind=kind, max_rows=max_rows, deadline=deadline, data=data))
        except LayoutError as exc:
            if exc.table or getattr(exc, "fatal", False):
                reading.errors.append(str(exc))
            else:
                reading.skipped.append(str(exc))
    if not reading.sheets and not reading.errors:
        if reading.skipped:
            reading.errors.append(reading.skipped.pop(0))
        else:
            reading.errors.append(_("Sổ làm việc không có trang tính nào."))
    return reading


def read_workbook(source, *, kind: str | None = None, max_rows: int | None = None) -> list[Sheet]:
    """Every sheet of the workbook with a recognisable header; ``LayoutError`` when there is
    none or a table cannot be read."""
    reading = read_workbook_report(source, kind=kind, max_rows=max_rows)
    if reading.errors:
        raise LayoutError(reading.errors[0])
    return reading.sheets


def _text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, dt.datetime):
        return value.strftime("%d/%m/%Y")
    # Text typed on another system may be decomposed (NFD): it must read as the same words.
    return nfc(str(value)).strip()


def _tidy(value, name: str):
    if name in RAW_FIELDS and not isinstance(value, str):
        return value
    lines = [" ".join(line.split()) for line in _text(value).splitlines()]
    lines = [line for line in lines if line]
    if name in TITLE_FIELDS:
        return " ".join(lines)
    if name in UNIT_FIELDS:
        out = ""
        for line in lines:
            out = f"{out} {line}" if not out or out.endswith((",", ";")) else f"{out}, {line}"
        return out.strip()
    return "\n".join(lines)


def _fatal(exc: LayoutError) -> LayoutError:
    exc.fatal = True
    return exc


def _check_dimensions(ws) -> None:
    """Refuse a sheet whose used area is too wide or too large before iterating over it."""
    _check_area(ws.max_row, ws.max_column, ws.title)


def _check_area(rows: int, columns: int, sheet: str) -> None:
    """Refuse a used area of ``rows`` × ``columns`` that is too wide or too large, naming its last cell."""
    from openpyxl.utils import get_column_letter

    if columns > MAX_COLUMNS or rows * columns > MAX_CELLS:
        raise _area_error(f"{get_column_letter(min(max(columns, 1), 16384))}{rows}", sheet)


def _area_error(last: str, sheet: str) -> LayoutError:
    return _fatal(
        LayoutError(
            _(
                "Vùng dữ liệu của trang tính kéo dài đến ô %(cell)s, quá lớn để nạp. Hãy xóa các ô, dòng, cột thừa "
                "ở cuối trang (chọn chúng → Xóa) rồi lưu và nạp lại."
            )
            % {"cell": last},
            sheet=sheet,
        )
    )


def _too_many_merged(ref: str, sheet: str) -> LayoutError:
    return _fatal(
        LayoutError(
            _(
                "Trang tính có quá nhiều ô gộp hoặc ô gắn liên kết (hơn %(max)s ô, đến vùng %(range)s). Hãy bỏ gộp "
                "ô, xóa liên kết ở vùng đó rồi lưu và nạp lại."
            )
            % {"max": number_format(MAX_MERGED_CELLS, force_grouping=True), "range": ref[:30]},
            sheet=sheet,
        )
    )


def _bounded_merges(merges, rows: int, columns: int, sheet: str) -> list[tuple[int, int, int, int]]:
    """The merged ranges cut to the grid (an .xls or .ods may declare one down to row 1,048,576),
    refused past ``MAX_MERGED_CELLS`` cells in all as in an .xlsx's stream: the reader fills
    every cell they cover."""
    from openpyxl.utils import get_column_letter

    out, covered = [], 0
    for r0, c0, r1, c1 in merges:
        r1, c1 = min(r1, rows), min(c1, columns)
        if r0 > r1 or c0 > c1:
            continue
        covered += (r1 - r0 + 1) * (c1 - c0 + 1)
        if covered > MAX_MERGED_CELLS:
            raise _too_many_merged(f"{get_column_letter(c0)}{r0}:{get_column_letter(c1)}{r1}", sheet)
        out.append((r0, c0, r1, c1))
    return out


def _range_cells(ref: str, sheet: str) -> int:
    """How many cells the range ``ref`` ("A1:Z20000", "B3") covers; its far corner is checked
    like a cell's (``_check_area``). 0 when it is not a range."""
    first, _sep, last = ref.partition(":")
    start, end = _cell_position(first), _cell_position(last or first)
    if start is None or end is None:
        return 0
    _check_area(end[0], end[1], sheet)
    return (abs(end[0] - start[0]) + 1) * (abs(end[1] - start[1]) + 1)


def _too_many_rows(max_rows: int, sheet: str) -> LayoutError:
    return _fatal(
        LayoutError(
            _("Trang tính có hơn %(max)s dòng, quá giới hạn cho một lần nạp. Hãy chia nhỏ tệp.")
            % {"max": number_format(max_rows, force_grouping=True)},
            sheet=sheet,
        )
    )


def _check_time(deadline: float | None, sheet: str) -> None:
    if deadline is not None and time.monotonic() > deadline:
        raise _fatal(
            LayoutError(
                _("Tệp đọc quá %(seconds)s giây nên đã dừng. Hãy bỏ các trang, dòng, cột thừa hoặc chia nhỏ tệp.")
                % {"seconds": READ_SECONDS},
                sheet=sheet,
            )
        )


def _grid(ws, max_rows: int, deadline: float | None = None) -> tuple[list[list], list[tuple[int, int, str]]]:
    """The sheet's values, and its formula cells (row, column, formula) left empty in them."""
    from openpyxl.utils import get_column_letter

    _check_dimensions(ws)
    grid, filled = [], 0
    formulas: list[tuple[int, int, str]] = []
    for r, row in enumerate(ws.iter_rows(values_only=True), start=1):
        if r % 500 == 0:
            _check_time(deadline, ws.title)
        for c, value in enumerate(row, start=1):
            if isinstance(value, str) and len(value) > MAX_CELL_CHARS:
                raise _fatal(
                    LayoutError(
                        _("Ô %(cell)s dài hơn %(max)s ký tự. Hãy rút gọn nội dung ô rồi nạp lại.")
                        % {
                            "cell": f"{get_column_letter(c)}{r}",
                            "max": number_format(MAX_CELL_CHARS, force_grouping=True),
                        },
                        sheet=ws.title,
                    )
                )
        cells = list(row)
        for c, value in enumerate(row, start=1):
            if (isinstance(value, str) and value.startswith("=")) or type(value).__name__.endswith("Formula"):
                # Judged once the rows are read (``_check_formulas``): a total row may hold one.
                formulas.append((r, c, _text(value)[:40]))
                cells[c - 1] = None
        grid.append(cells)
        filled += any(v not in (None, "") for v in row)
        if filled > max_rows + HEADER_SEARCH_ROWS:
            raise _too_many_rows(max_rows, ws.title)
    return grid, formulas


def read_sheet(
    ws, *, kind: str | None = None, max_rows: int = 20000, deadline: float | None = None, data: bytes | None = None
) -> Sheet:
    """``data``: the .xlsx package ``ws`` was read from, for the values saved with a total row's
    formulas (``totals.cached_formula_values``)."""
    grid, formulas = _grid(ws, max_rows, deadline)
    width = max((len(row) for row in grid), default=0)
    merges = _bounded_merges(_merges(ws), len(grid), width, nfc(ws.title))
    saved = cached_formula_values(data, ws.title, [(r, c) for r, c, _f in formulas]) if data and formulas else {}
    sheet = read_grid(
        nfc(ws.title), grid, merges, kind=kind, deadline=deadline, formula_values=saved,
        percentage_cells=_percentage_cells(ws, grid),
    )  # fmt: skip
    _check_formulas(sheet, formulas)
    return sheet


def _check_formulas(sheet: Sheet, formulas: list[tuple[int, int, str]]) -> None:
    """Refuse a formula anywhere but in a total row: the reader does not trust a cached value, so
    a row's figure must be typed. A total row ("Tổng cộng" with =SUM(D5:D7)) is left out of the
    rows and only checked, so its formula is no reason to refuse the sheet; its figure is the
    value saved with it (``totals``)."""
    from openpyxl.utils import get_column_letter

    totals = {total.row for total in sheet.totals}
    for r, c, formula in formulas:
        if r not in totals:
            raise LayoutError(
                _(
                    "Ô %(cell)s chứa công thức (%(formula)s). Hệ thống không đọc công thức: "
                    "hãy sao chép và dán dạng giá trị (Dán đặc biệt → Giá trị) rồi nạp lại."
                )
                % {"cell": f"{get_column_letter(c)}{r}", "formula": formula},
                sheet=sheet.name,
            )


def read_grid(
    name: str,
    grid: list[list],
    merges: list[tuple[int, int, int, int]],
    *,
    kind: str | None = None,
    deadline: float | None = None,
    formula_values: dict | None = None,
    percentage_cells: frozenset = frozenset(),
) -> Sheet:
    """A sheet from its cells (rows of values) and merged ranges ``(min_row, min_col, max_row,
    max_col)``, 1-based: the same reading for an Excel sheet and a Word table
    (``exchange.plan_document``). The caller has checked the sizes. ``formula_values``: the
    values saved with the formula cells the grid leaves empty, for the check of totals."""
    name = nfc(name)
    if not any(_text(v) for row in grid for v in row):
        raise LayoutError(_("Trang tính trống."), sheet=name)
    width = max(len(row) for row in grid)
    for row in grid:
        row.extend([None] * (width - len(row)))
    if not merges:
        merges = infer_header_merges(grid)
    header = _find_header(grid, merges, kind)
    if header is None:
        kinds = [kind] if kind else list(KINDS)
        wanted = _(" hoặc ").join(f"“{FIELD_LABELS[MAIN_FIELD[k]]}”" for k in kinds)
        raise LayoutError(
            _("Không tìm thấy dòng tiêu đề cột (cần có cột %(columns)s) trong %(rows)s dòng đầu.")
            % {"columns": wanted, "rows": HEADER_SEARCH_ROWS},
            sheet=name,
        )
    found_kind, columns, header_rows, labels = header
    ticks = tick_columns(labels) if found_kind == TASKS else None
    if ticks is not None and columns.get("period", ticks.columns[0][1]) in {c for _n, c in ticks.columns}:
        columns = {**columns, "period": ticks.columns[0][1]}
    else:
        ticks = None
    header_merges = [m for m in merges if m[0] <= header_rows[-1] and m[2] >= header_rows[0] and m[3] > m[1]]
    capital_found = _capital_columns(grid, merges, found_kind, header_rows, labels)
    capital = capital_found.columns
    for _field, cols in repeated_headings(labels, found_kind):
        if any(all(m[1] <= c + 1 <= m[3] for c in cols) for m in header_merges):
            continue  # one heading merged across its parts
        years = [year for f, year, c in capital if c in cols]
        if len(years) == len(cols) == len(set(years)):
            continue  # "Kế hoạch vốn" under "Năm 2026" and under "Năm 2027": one column a year
        cells = _(" và ").join(cell_name(c, header_rows[-1]) for c in cols)
        raise LayoutError(
            _(
                "Các ô %(cells)s cùng tiêu đề “%(heading)s”: không biết cột nào là cột đúng. Hãy xóa cột thừa "
                "hoặc đổi tên một cột rồi nạp lại."
            )
            % {"cells": cells, "heading": labels[cols[0]]},
            sheet=name,
            table=True,
        )
    titles = [" ".join(_text(v) for v in grid[r - 1] if _text(v)) for r in range(1, header_rows[0])]
    sheet = Sheet(name, found_kind, columns, header_rows, [t for t in titles if t], Group(0, "", ""))
    sheet.capital_columns, sheet.warnings = capital, capital_found.warnings
    sheet.tick_columns = ticks
    for field_name, col in columns.items():
        if m := re.search(r"\b(20\d\d)\b", labels[col]):
            sheet.column_years[field_name] = int(m.group(1))
    if found_kind == TARGETS and "value" in sheet.column_years:
        sheet.milestone_columns = milestone_columns(labels, columns["value"], sheet.column_years["value"])
    elif found_kind == TARGETS and "value" in columns and "year" in columns:
        # Each row says its value and its horizon ("Giá trị", "Năm đích": the portal's export):
        # every year column is a milestone column.
        used = set(columns.values())
        sheet.milestone_columns = [(y, c) for y, c in sorted(year_columns(labels).items()) if c not in used]
    _read_body(sheet, grid, merges, header_rows[-1] + 1, deadline)
    _percent_fractions_as_percents(sheet, percentage_cells)
    if not any(True for _ in sheet.walk()) and not sheet.root.children:
        raise LayoutError(_("Trang tính không có dòng dữ liệu nào dưới dòng tiêu đề cột."), sheet=name, table=True)
    _check_undecided_years(sheet, grid, labels, capital_found.undecided)
    check_totals(sheet, grid, labels, formula_values, deadline)
    return sheet


def _percent_fractions_as_percents(sheet: Sheet, percentage_cells: frozenset = frozenset()) -> None:
    """A percent column of percentage cells (0,4 shown "40%") read as the percents it shows; in an
    .xlsx, whose cells say their format, each percentage cell is read so too, even beside whole
    numbers (an export's "40" with a ward's 0,6 shown "60%" under it)."""
    if "percent" not in sheet.columns:
        return
    items = [item for _path, item in sheet.walk()]
    whole_column = holds_fractions(item.values.get("percent") for item in items)
    column = sheet.columns["percent"] + 1
    for item in items:
        if whole_column or (item.row, column) in percentage_cells:
            item.values["percent"] = as_percent(item.values.get("percent"))


def _percentage_cells(ws, grid: list[list]) -> frozenset:
    """(row, column), 1-based, of an .xlsx sheet's numbers shown as percentages ("0%" formats).
    Only cells holding a number from 0 to 1 are looked at; .xls and .ods give values only."""
    if not hasattr(ws, "cell") or isinstance(ws, CalamineSheet):
        return frozenset()
    return frozenset(
        (r, c)
        for r, row in enumerate(grid, start=1)
        for c, value in enumerate(row, start=1)
        if isinstance(value, int | float)
        and not isinstance(value, bool)
        and 0 <= value <= 1
        and "%" in str(ws.cell(r, c).number_format or "")
    )


CAPITAL_FIELDS = ("capital_plan", "disbursed")
YEAR_RE = re.compile(r"\b(20\d\d)\b")


@dataclass
class CapitalColumns:
    """The yearly capital columns of a project list as its header tells them."""

    columns: list[tuple[str, int, int]]  # (field, year, column) of each column read
    warnings: list[str]  # columns left out, said in the preview
    # Columns with no year beside several years: (column, the years it could be).
    undecided: list[tuple[int, list[int]]]


def _capital_columns(grid, merges, kind, header_rows, labels) -> CapitalColumns:
    """The yearly capital columns of a project list.

    A column's year is the one in its heading ("Kế hoạch vốn năm 2026", "KH vốn 2027") or in
    the heading merged above it ("Năm 2026" over "Kế hoạch vốn" / "Giải ngân"). A column with
    no year ("Đã giải ngân") is the year's figure of the one year the capital-plan columns name
    (or, with no capital-plan column, the one year the others name): offices put the
    disbursement so far beside the plan of the year they report on. Beside several years it
    could be any of them (or a cumulative figure): ``undecided``, which ``read_grid`` refuses
    when the column holds figures — the office writes the year in the heading. A cumulative
    figure ("Lũy kế giải ngân") or a column in a sheet naming no year is not a year's figure:
    it is left out of the yearly capital, with a warning naming it."""
    if kind != PROJECTS:
        return CapitalColumns([], [], [])
    upper = _header_labels(grid, merges, header_rows[0]) if len(header_rows) > 1 else [""] * len(labels)
    found: list[tuple[str, int | None, int]] = []
    for col, label in enumerate(labels):
        name = match_heading(label, kind)
        if name not in CAPITAL_FIELDS:
            continue
        if fold(label).strip().startswith("luy ke"):
            found.append((name, None, col))
            continue
        m = YEAR_RE.search(label) or YEAR_RE.search(upper[col] if col < len(upper) else "")
        found.append((name, int(m.group(1)) if m else None, col))
    plan_years = sorted({year for name, year, _col in found if year is not None and name == "capital_plan"})
    years = plan_years or sorted({year for _name, year, _col in found if year is not None})
    out = CapitalColumns([], [], [])
    for name, year, col in found:
        cumulative = fold(labels[col]).strip().startswith("luy ke")
        if year is None and not cumulative and len(years) > 1:
            out.undecided.append((col, years))
            continue
        if year is None and not cumulative and years:
            year = years[0]
        named = {"heading": " ".join(labels[col].split()), "cell": cell_name(col, header_rows[-1])}
        if cumulative:
            # A running total over several years: no year written in its heading would make it one
            # year's figure, so the warning does not ask for one.
            out.warnings.append(
                _(
                    "Cột “%(heading)s” (ô %(cell)s) là số cộng dồn qua nhiều năm, không phải số của một năm, nên "
                    "không được nạp vào kế hoạch vốn từng năm."
                )
                % named
            )
            continue
        if year is None:
            out.warnings.append(
                _(
                    "Cột “%(heading)s” (ô %(cell)s) không ghi năm nên không được nạp vào kế hoạch vốn từng năm; "
                    "muốn nạp, hãy ghi năm vào tiêu đề (ví dụ “Kế hoạch vốn năm 2026”, “Giải ngân năm 2026”)."
                )
                % named
            )
            continue
        out.columns.append((name, year, col))
    return out


def _check_undecided_years(sheet: Sheet, grid, labels, undecided: list[tuple[int, list[int]]]) -> None:
    """A capital column with no year beside several years that holds figures: refused, naming
    its heading and the cells, for the office to write the year (the figures are never guessed
    into a year, nor dropped); an empty one is only said."""
    for col, years in undecided:
        heading, cell = " ".join(labels[col].split()), cell_name(col, sheet.header_rows[-1])
        filled = [cell_name(col, item.row) for _path, item in sheet.walk() if _text(grid[item.row - 1][col])]
        values = {
            "heading": heading,
            "cell": cell,
            "years": ", ".join(str(y) for y in years),
            "example": years[0],
        }
        if not filled:
            sheet.warnings.append(
                _("Cột “%(heading)s” (ô %(cell)s) không ghi năm (trang có các năm %(years)s) và không có số nào.")
                % values
            )
            continue
        more = len(filled) - 5
        values["cells"] = ", ".join(filled[:5]) + (_(" và %(count)s ô khác") % {"count": more} if more > 0 else "")
        raise LayoutError(
            _(
                "Cột “%(heading)s” (ô %(cell)s) không ghi năm, mà trang có kế hoạch vốn các năm %(years)s: không biết "
                "số ở các ô %(cells)s là của năm nào. Hãy ghi năm vào tiêu đề (ví dụ “Giải ngân năm %(example)s”), "
                "hoặc ghi “Lũy kế giải ngân” nếu là số cộng dồn các năm (cột đó không được nạp), rồi nạp lại."
            )
            % values,
            sheet=sheet.name,
            table=True,
        )


def _merges(ws) -> list[tuple[int, int, int, int]]:
    if isinstance(ws, CalamineSheet):
        return ws.merges
    return [(m.min_row, m.min_col, m.max_row, m.max_col) for m in ws.merged_cells.ranges]


NUMERIC_CELL_RE = re.compile(r"[\d\s.,%()+\-]+")


def infer_header_merges(grid) -> list[tuple[int, int, int, int]]:
    """The merged heading cells a grid without merges lost: a Word table pasted as text (one
    tab-separated line a row), or a sheet typed without merging. A heading over its parts
    ("Kế hoạch vốn" over "Năm 2026" / "Năm 2027") then reads as the heading, an empty cell,
    and a row of parts below; the heading spans the empty cells to its right that have a part
    below them. Only in two rows of labels (no figure in either: a row of "(1) (2) …" or of
    data is no heading), and only the first such pair."""
    for r in range(1, min(HEADER_SEARCH_ROWS, len(grid) - 1) + 1):
        upper = [_text(v) for v in grid[r - 1]]
        lower = [_text(v) for v in grid[r]]
        cells = [v for v in upper + lower if v]
        if not any(upper) or any(NUMERIC_CELL_RE.fullmatch(v) for v in cells):
            continue
        spans, c = [], 0
        while c < len(upper):
            end = c
            if upper[c] and lower[c]:
                while end + 1 < len(upper) and not upper[end + 1] and lower[end + 1]:
                    end += 1
                if end > c:
                    spans.append((r, c + 1, r, end + 1))
            c = end + 1
        if spans:
            return spans
    return []


def _header_labels(grid, merges, r: int) -> list[str]:
    labels = [_text(v) for v in grid[r - 1]]
    for r0, c0, r1, c1 in merges:
        if r0 <= r <= r1:
            value = _text(grid[r0 - 1][c0 - 1])
            for c in range(c0, c1 + 1):
                labels[c - 1] = value
    return labels


def _find_header(grid, merges, kind):
    kinds = [kind] if kind else list(KINDS)
    for r in range(1, min(HEADER_SEARCH_ROWS, len(grid)) + 1):
        if any(isinstance(v, int | float) and not isinstance(v, bool) for v in grid[r - 1]):
            continue  # a row with a number in it is data ("1 | Nhiệm vụ 1 | …"), not headings
        upper = _header_labels(grid, merges, r)
        lower = _header_labels(grid, merges, r + 1) if r < len(grid) else [""] * len(upper)
        combined = [f"{u} {lo}" if u and lo and u != lo else (lo or u) for u, lo in zip(upper, lower, strict=True)]
        spread = {u for u in upper if u and upper.count(u) > 1}  # a heading merged over its parts
        # The kind whose headings the row matches best ("Nội dung đo" alone does not make a
        # target sheet a task sheet); on a tie, the first of KINDS.
        best = None
        for k in kinds:
            single = match_header_row(upper, k)
            if MAIN_FIELD[k] not in single or len(single) < 2:
                continue
            # Under a heading merged across ("Đơn vị thực hiện" over "Chủ trì" / "Phối hợp") a
            # part that names a field on its own is that field.
            parts = [
                lo if u in spread and lo and lo != u and match_heading(lo, k) else c
                for u, lo, c in zip(upper, lower, combined, strict=True)
            ]
            double = match_header_row(parts, k)
            # Two header rows when the lower one adds headings, or names the parts of a heading
            # merged across ("Tổng mức đầu tư" over "Tổng số" / "Trong đó: vốn NSNN"): a row
            # with nothing under the main column is no data row.
            raw_lower = [_text(v) for v in grid[r]] if r < len(grid) else []
            across = [m for m in merges if m[0] == m[2] == r and m[3] > m[1]]
            sub_header = any(raw_lower[c - 1] for m in across for c in range(m[1], m[3] + 1) if c <= len(raw_lower))
            found = (
                (k, double, (r, r + 1), parts)
                if (len(double) > len(single) or sub_header) and MAIN_FIELD[k] in double
                else None
            )
            found = found or (k, single, (r,), upper)
            if best is None or len(found[1]) > len(best[1]):
                best = found
        if best is not None:
            return best
    return None


def _read_body(sheet: Sheet, grid, merges, first: int, deadline: float | None = None) -> None:
    cols = sheet.columns
    col_field = {c: f for f, c in cols.items()}
    main_col = cols[MAIN_FIELD[sheet.kind]]
    # Merged ranges in the body, by their top-left cell, and cells they cover below it.
    fill: dict[int, list[tuple[int, int, int]]] = {}
    continuation: set[int] = set()
    across: dict[int, tuple[int, int, int, int]] = {}
    for r0, c0, r1, c1 in merges:
        if r1 < first:
            continue
        covered = [col_field[c - 1] for c in range(c0, c1 + 1) if (c - 1) in col_field]
        if c1 > c0:
            across[r0] = (r0, c0, r1, c1)
        if r1 > r0 and (main_col + 1) in range(c0, c1 + 1):
            continuation.update(range(r0 + 1, r1 + 1))
        elif r1 > r0 and len(covered) <= 1:
            for r in range(r0 + 1, r1 + 1):
                fill.setdefault(r, []).append((c0, r0, c0))
    groups: list[Group] = []
    current: Group | None = None
    previous: ItemRow | None = None
    if len(grid) > first - 1 and _is_column_numbers(grid[first - 1]):
        first += 1
    in_total = False  # below a "Trong đó:" row: its "- vốn …" lines belong to the total
    # A table carried over a page break repeats its header (and its "(1) (2) …" row); pasted from
    # Word, or typed again, the repeat is a row of the table: it is skipped, not read as an item.
    repeated = {tuple(fold(_text(v)) for v in grid[h - 1]) for h in sheet.header_rows}
    for r in range(first, len(grid) + 1):
        if r % 500 == 0:
            _check_time(deadline, sheet.name)
        raw = list(grid[r - 1])
        for fc, sr, sc in fill.get(r, ()):
            raw[fc - 1] = grid[sr - 1][sc - 1]
        texts = [_text(v) for v in raw]
        if not any(texts) or all(RULE_RE.match(t) for t in texts if t):
            continue
        if tuple(fold(t) for t in texts) in repeated or _is_repeated_column_numbers(texts):
            continue
        if _is_note_row(texts):
            continue
        number_text = texts[cols["number"]] if "number" in cols else ""
        first_text = next(t for t in texts if t)
        if _is_total_row(number_text, first_text) or (in_total and not number_text and first_text[:1] in "-+•"):
            label = " ".join(first_text.split())
            sheet.totals.append(Total(r, label, current))
            in_total = True
            continue
        in_total = False
        if r in continuation and previous is not None:
            for f, c in cols.items():
                if texts[c] and f not in ("number", MAIN_FIELD[sheet.kind]):
                    previous.values[f] = _tidy(f"{_text(previous.values.get(f))}\n{texts[c]}", f)
            continue
        group = _group_row(sheet, cols, texts, across.get(r))
        if group is not None:
            group.row = r
            groups.append(group)
            current = group
            continue
        item = _item_row(sheet, cols, raw, texts, r)
        if (m := across.get(r)) and len([c for c in range(m[1], m[3] + 1) if (c - 1) in col_field]) > 1:
            from openpyxl.utils import get_column_letter

            names = ", ".join(FIELD_LABELS[col_field[c - 1]] for c in range(m[1], m[3] + 1) if (c - 1) in col_field)
            rng = f"{get_column_letter(m[1])}{m[0]}:{get_column_letter(m[3])}{m[2]}"
            item.errors.append(
                _("Ô gộp %(range)s trải qua nhiều cột (%(columns)s); hãy tách ô, mỗi cột một giá trị.")
                % {"range": rng, "columns": names}
            )
        if current is not None and current.period and sheet.kind == "tasks" and not item.values.get("period"):
            item.values["period"] = current.period  # a programme's rows grouped by month
        (current.items if current else sheet.root.items).append(item)
        previous = item
    _nest(sheet.root, groups)


# "Tổng số", "TỔNG CỘNG", "Trong đó:" open a total whatever follows; "Tổng" and "Cộng" only
# alone or before a group's name ("Cộng nhóm I", "Cộng (I)", "Tổng: 14 dự án") — "Tổng kết …",
# "Cộng đồng …" are tasks.
TOTAL_RE = re.compile(
    r"^(?:tong so|tong cong|trong do|tong hop chung)\b"
    r"|^(?:tong|cong)(?:\s*$|\s*[:(+]|\s+(?:nhom|muc|phan|linh vuc|khoi|[ivxlcdm]+|[a-d]|\d+)(?:\W|$))"
)


# "Ghi chú: các đơn vị báo cáo …", "Lưu ý: …", "Nguồn: …", "(*) Số liệu ước": a note printed
# under (or inside) the table, in one cell or merged across the row; never a row of the table.
NOTE_RE = re.compile(r"^(?:(?:ghi chu|luu y|chu thich)\b|nguon\s*:|\(?\*+\)?\s)")


def _is_note_row(texts: list[str]) -> bool:
    distinct = {t for t in texts if t}
    return len(distinct) == 1 and bool(NOTE_RE.match(fold(distinct.pop()).strip()))


def _is_total_row(number_text: str, first_text: str) -> bool:
    if number_text and ITEM_NUMBER_RE.match(number_text.rstrip(".")):
        return False
    return bool(TOTAL_RE.match(fold(first_text).strip()))


def _capital_cells(sheet: Sheet, raw, r: int) -> dict[tuple[str, int], tuple[str, object]]:
    """(field, year) → (cell name, value as typed) of the row's filled yearly capital cells."""
    return {(name, year): (cell_name(c, r), raw[c]) for name, year, c in sheet.capital_columns if _text(raw[c])}


def _milestone_cells(sheet: Sheet, raw, r: int) -> dict[int, tuple[str, object]]:
    """year → (cell name, value as typed) of the row's filled milestone cells."""
    return {year: (cell_name(c, r), raw[c]) for year, c in sheet.milestone_columns if _text(raw[c])}


def _is_repeated_column_numbers(texts: list[str]) -> bool:
    """ "(1) (2) (3) …" or "1 2 3 …" across the row, counted from 1: a row numbering the columns
    again (a row of figures without a name stays an item, and its error is said)."""
    filled = [t.strip("()") for t in texts if t]
    return len(filled) >= 3 and filled == [str(i) for i in range(1, len(filled) + 1)]


def _is_column_numbers(row) -> bool:
    texts = [_text(v) for v in row if _text(v)]
    return len(texts) >= 2 and all(COLUMN_NUMBER_RE.match(t) for t in texts)


# A row that only names a month, a quarter or a half-year, merged across the table or typed in
# one cell ("Tháng 01", "THÁNG 3/2026", "Quý II", "6 tháng cuối năm"): a work programme's rows
# grouped by when they are due.
PERIOD_GROUP_RE = re.compile(
    r"^(?:thang\s+(?:\d{1,2}|[ivx]+)|quy\s+(?:[ivx]+|[1-4])|6\s+thang\s+(?:dau|cuoi)\s+nam)"
    r"(?:\s*(?:/|-|nam)\s*\d{4})?\s*[.:]?$"
)


def _group_row(sheet: Sheet, cols, texts: list[str], merge) -> Group | None:
    distinct = {" ".join(t.split()) for t in texts if t}
    if len(distinct) == 1 and PERIOD_GROUP_RE.match(fold(next(iter(distinct)))):
        title = next(iter(distinct)).rstrip(".:")
        return Group(0, "", title, period=title)
    number_text = texts[cols["number"]] if "number" in cols else ""
    main_text = texts[cols[MAIN_FIELD[sheet.kind]]]
    filled = [t for t in texts if t]
    first_text = filled[0]
    others = [t for i, t in enumerate(texts) if t and i not in (cols.get("number"), cols[MAIN_FIELD[sheet.kind]])]
    number, title = "", ""
    if number_text and ROMAN_RE.match(number_text.rstrip(".")):
        number, title = number_text.rstrip("."), main_text or (others[0] if others else "")
    elif m := ROMAN_IN_TEXT_RE.match(first_text):
        if not number_text or number_text == first_text:
            number, title = m.group(1), " ".join(m.group(2).split())
    if not number:
        # A letter group titled in capitals may carry its subtotal in the amount columns ("A" |
        # "DỰ ÁN CHUYỂN TIẾP" | 18.300 | 7.700), as a Roman group may: figures make it no item.
        subtotal = _is_upper(main_text) and all(NUMERIC_CELL_RE.fullmatch(t) for t in others)
        letter = LETTER_GROUP_RE.match(number_text) if number_text and main_text and (not others or subtotal) else None
        if letter is None and len(filled) == 1 and (m := LETTER_IN_TEXT_RE.match(first_text)) and _is_upper(m.group(2)):
            letter, main_text = m, m.group(2)
        if letter is not None:
            return Group(0, letter.group(1), " ".join(main_text.split()), upper=True)
        # A title alone in capitals, in the title column or in the number column ("DỰ ÁN DO
        # PHƯỜNG LÀM CHỦ ĐẦU TƯ" typed in column A, not merged).
        alone = not number_text or (number_text == first_text and not ITEM_NUMBER_RE.match(number_text))
        if len(filled) == 1 and _is_upper(first_text) and alone:
            return Group(0, "", " ".join(first_text.split()), upper=True)
        if len(filled) == 1 and number_text and (m := NUMBERED_HEADING_RE.match(number_text)):
            title = " ".join(m.group(2).split())
            if sum(ch.isalpha() for ch in title) >= 3:
                return Group(0, m.group(1), title, arabic=True)
        return None
    group = Group(0, number, " ".join(title.split()), upper=_is_upper(title))
    if not STRICT_ROMAN_RE.match(number):
        group.errors.append(_("Số thứ tự nhóm “%(number)s” không phải số La Mã hợp lệ.") % {"number": number})
    if not group.title:
        group.errors.append(_("Nhóm “%(number)s” thiếu tên.") % {"number": number})
    return group


def _is_upper(text: str) -> bool:
    letters = [ch for ch in text if ch.isalpha()]
    return len(letters) >= 3 and all(ch.isupper() for ch in letters)


def _item_row(sheet: Sheet, cols, raw, texts, r: int) -> ItemRow:
    number = texts[cols["number"]].rstrip(".") if "number" in cols else ""
    values = {f: _tidy(raw[c], f) for f, c in cols.items() if f != "number"}
    if "lead" in cols and cols["lead"] == cols.get("coordinators"):
        # One "Chủ trì/Phối hợp" column: its lines tell the lead from the partners
        # (``rows.TaskImporter.values``), so they are kept, not joined as one unit cell's are.
        values["lead"] = values["coordinators"] = _tidy(raw[cols["lead"]], "lead_and_partners")
    if sheet.tick_columns is not None:
        values["period"] = sheet.tick_columns.period_text(texts)
    item = ItemRow(r, number, values, capital=_capital_cells(sheet, raw, r), milestones=_milestone_cells(sheet, raw, r))
    if number and not ITEM_NUMBER_RE.match(number):
        item.errors.append(_("Số thứ tự “%(number)s” không hợp lệ.") % {"number": number})
    if not values.get(MAIN_FIELD[sheet.kind]):
        item.errors.append(_("Thiếu nội dung cột “%(column)s”.") % {"column": FIELD_LABELS[MAIN_FIELD[sheet.kind]]})
    return item


def _nest(root: Group, groups: list[Group]) -> None:
    """Each group goes under the nearest group above it of an outer level (``Group.level``):
    capitals over Roman numerals over numbered headings; groups of one level are siblings."""
    stack: list[Group] = []
    for group in groups:
        while stack and stack[-1].level >= group.level:
            stack.pop()
        (stack[-1].children if stack else root.children).append(group)
        stack.append(group)
