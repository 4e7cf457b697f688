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
* blank, or a stray rule ("---"): skipped.

Cells are text with whitespace tidied; wrapped lines of a title are joined with a space,
the lines of a unit cell with a comma, other cells keep their line breaks. A value merged
down a column (one lead unit for several tasks) is repeated on every row it covers; a title
merged down over several rows makes one row of them. A merge across several columns of an
item row is an error, as are formulas (the reader does not trust cached values: paste
values instead). Nothing here touches the database.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import unicodedata
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from django.utils.formats import number_format
from django.utils.translation import gettext as _

from core.text import fold

from .headings import FIELD_LABELS, KINDS, MAIN_FIELD, match_header_row

HEADER_SEARCH_ROWS = 30
# Limits checked before a sheet's grid is built: a 5 KB file can claim a far-away cell
# (XFD1048576) or unzip to gigabytes, and must be refused, not read.
MAX_COLUMNS = 100
MAX_CELLS = 2_000_000
MAX_CELL_CHARS = 10_000
MAX_UNZIPPED_BYTES = 100 * 1024 * 1024
ROMAN_RE = re.compile(r"^[IVXLCDM]+$")
STRICT_ROMAN_RE = re.compile(r"^M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$")
ROMAN_IN_TEXT_RE = re.compile(r"^([IVXLCDM]+)\s*[.):\-–]\s*(\S.*)$", re.S)
# "1. Chương trình…", "2) Nhiệm vụ…": a number, a separator, then a title (not "1.1").
NUMBERED_HEADING_RE = re.compile(r"^(\d+(?:\.\d+)*)\s*[.):\-–]\s*([^\d\s.].*)$", re.S)
ITEM_NUMBER_RE = re.compile(r"^\d+(?:\.\d+)*[a-zđ]?$")
RULE_RE = re.compile(r"^[-–—=_*|\s]+$")
COLUMN_NUMBER_RE = re.compile(r"^\(?\d+\)?$")
TITLE_FIELDS = {"title", "name", "statement", "measure"}
UNIT_FIELDS = {"lead", "coordinators", "units", "responsible"}
RAW_FIELDS = {"period", "total_investment", "value", "value_max", "year"}


class LayoutError(Exception):
    """The file or a sheet cannot be read at all; nothing is imported."""

    def __init__(self, message: str, *, sheet: str | None = None, row: int | None = None) -> None:
        self.message, self.sheet, self.row = message, sheet, row
        super().__init__(str(self))

    def __str__(self) -> str:
        return where(self.sheet, self.row) + self.message


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

    @property
    def level(self) -> int:
        """0 for capitals, 1 for Roman numerals, 2 for numbered headings: lower is outer."""
        return 2 if self.arabic else (0 if self.upper else 1)


@dataclass
class Sheet:
    name: str
    kind: str
    columns: dict[str, int]
    header_rows: tuple[int, ...]
    title_lines: list[str]
    root: Group

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


def open_workbook(source):
    """An openpyxl workbook from a path, bytes or file, or a LayoutError saying why not."""
    import openpyxl

    if isinstance(source, str | Path):
        data = Path(source).read_bytes()
    elif isinstance(source, bytes):
        data = source
    else:
        source.seek(0)
        data = source.read()
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        if "EncryptionInfo".encode("utf-16-le") in data:
            raise LayoutError(
                _("Tệp được đặt mật khẩu. Hãy bỏ mật khẩu (Tệp → Thông tin → Bảo vệ sổ làm việc) rồi nạp lại.")
            )
        raise LayoutError(_("Tệp là định dạng Excel cũ (.xls). Hãy lưu lại thành .xlsx rồi nạp lại."))
    if not data.startswith(b"PK"):
        raise LayoutError(_("Tệp không phải sổ làm việc Excel (.xlsx)."))
    _check_unzipped_size(data)
    try:
        return openpyxl.load_workbook(io.BytesIO(data), data_only=False)
    except (zipfile.BadZipFile, KeyError, ValueError, TypeError, OSError, IndexError) as exc:
        raise LayoutError(_("Tệp .xlsx bị hỏng hoặc không đọc được (có thể do đổi đuôi tên tệp).")) from exc
    except Exception as exc:  # openpyxl raises many kinds on malformed parts
        raise LayoutError(_("Tệp .xlsx bị hỏng hoặc không đọc được.")) from exc


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


def read_workbook(source, *, kind: str | None = None, max_rows: int | None = None) -> list[Sheet]:
    """Every sheet of the workbook with a recognisable header (of ``kind`` if given)."""
    if max_rows is None:
        from django.conf import settings

        max_rows = settings.IMPORT_MAX_ROWS
    wb = open_workbook(source)
    sheets, problems = [], []
    for ws in wb.worksheets:
        try:
            sheets.append(read_sheet(ws, kind=kind, max_rows=max_rows))
        except LayoutError as exc:
            problems.append(exc)
    if sheets:
        return sheets
    if problems:
        raise problems[0]
    raise LayoutError(_("Sổ làm việc không có trang tính nào."))


def _text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, dt.datetime):
        return value.strftime("%d/%m/%Y")
    # Text typed on another system may be decomposed (NFD): it must read as the same words.
    return unicodedata.normalize("NFC", str(value)).strip()


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


def _check_dimensions(ws) -> None:
    """Refuse a sheet whose used area is too wide or too large before iterating over it."""
    from openpyxl.utils import get_column_letter

    last = f"{get_column_letter(ws.max_column)}{ws.max_row}"
    if ws.max_column > MAX_COLUMNS or ws.max_row * ws.max_column > MAX_CELLS:
        raise LayoutError(
            _(
                "Vùng dữ liệu của trang tính kéo dài đến ô %(cell)s, quá lớn để nạp. Hãy xóa các ô, dòng, cột thừa "
                "ở cuối trang (chọn chúng → Xóa) rồi lưu và nạp lại."
            )
            % {"cell": last},
            sheet=ws.title,
        )


def _grid(ws, max_rows: int) -> list[list]:
    from openpyxl.utils import get_column_letter

    _check_dimensions(ws)
    grid, filled = [], 0
    for r, row in enumerate(ws.iter_rows(values_only=True), start=1):
        for c, value in enumerate(row, start=1):
            if isinstance(value, str) and len(value) > MAX_CELL_CHARS:
                raise LayoutError(
                    _("Ô %(cell)s dài hơn %(max)s ký tự. Hãy rút gọn nội dung ô rồi nạp lại.")
                    % {"cell": f"{get_column_letter(c)}{r}", "max": number_format(MAX_CELL_CHARS, force_grouping=True)},
                    sheet=ws.title,
                )
            if (isinstance(value, str) and value.startswith("=")) or type(value).__name__.endswith("Formula"):
                raise LayoutError(
                    _(
                        "Ô %(cell)s chứa công thức (%(formula)s). Hệ thống không đọc công thức: "
                        "hãy sao chép và dán dạng giá trị (Dán đặc biệt → Giá trị) rồi nạp lại."
                    )
                    % {"cell": f"{get_column_letter(c)}{r}", "formula": _text(value)[:40]},
                    sheet=ws.title,
                )
        grid.append(list(row))
        filled += any(v not in (None, "") for v in row)
        if filled > max_rows + HEADER_SEARCH_ROWS:
            raise LayoutError(
                _("Trang tính có hơn %(max)s dòng, quá giới hạn cho một lần nạp. Hãy chia nhỏ tệp.")
                % {"max": number_format(max_rows, force_grouping=True)},
                sheet=ws.title,
            )
    return grid


def read_sheet(ws, *, kind: str | None = None, max_rows: int = 20000) -> Sheet:
    grid = _grid(ws, max_rows)
    merges = [(m.min_row, m.min_col, m.max_row, m.max_col) for m in ws.merged_cells.ranges]
    return read_grid(ws.title, grid, merges, kind=kind)


def read_grid(
    name: str, grid: list[list], merges: list[tuple[int, int, int, int]], *, kind: str | None = None
) -> Sheet:
    """A sheet from its cells (rows of values) and merged ranges ``(min_row, min_col, max_row,
    max_col)``, 1-based: the same reading for an Excel sheet and a Word table
    (``exchange.plan_document``). The caller has checked the sizes."""
    if not any(_text(v) for row in grid for v in row):
        raise LayoutError(_("Trang tính trống."), sheet=name)
    width = max(len(row) for row in grid)
    for row in grid:
        row.extend([None] * (width - len(row)))
    header = _find_header(grid, merges, kind)
    if header is None:
        kinds = [kind] if kind else list(KINDS)
        wanted = _(" hoặc ").join(f"“{FIELD_LABELS[MAIN_FIELD[k]]}”" for k in kinds)
        raise LayoutError(
            _("Không tìm thấy dòng tiêu đề cột (cần có cột %(columns)s) trong %(rows)s dòng đầu.")
            % {"columns": wanted, "rows": HEADER_SEARCH_ROWS},
            sheet=name,
        )
    found_kind, columns, header_rows = header
    titles = [" ".join(_text(v) for v in grid[r - 1] if _text(v)) for r in range(1, header_rows[0])]
    sheet = Sheet(name, found_kind, columns, header_rows, [t for t in titles if t], Group(0, "", ""))
    _read_body(sheet, grid, merges, header_rows[-1] + 1)
    if not any(True for _ in sheet.walk()) and not sheet.root.children:
        raise LayoutError(_("Trang tính không có dòng dữ liệu nào dưới dòng tiêu đề cột."), sheet=name)
    return sheet


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
        upper = _header_labels(grid, merges, r)
        lower = _header_labels(grid, merges, r + 1) if r < len(grid) else [""] * len(upper)
        combined = [f"{u} {lo}" if u and lo and u != lo else (lo or u) for u, lo in zip(upper, lower, strict=True)]
        # The kind whose headings the row matches best ("Nội dung đo" alone does not make a
        # target sheet a task sheet); on a tie, the first of KINDS.
        best = None
        for k in kinds:
            single = match_header_row(upper, k)
            if MAIN_FIELD[k] not in single or len(single) < 2:
                continue
            double = match_header_row(combined, k)
            found = (k, double, (r, r + 1)) if len(double) > len(single) and MAIN_FIELD[k] in double else None
            found = found or (k, single, (r,))
            if best is None or len(found[1]) > len(best[1]):
                best = found
        if best is not None:
            return best
    return None


def _read_body(sheet: Sheet, grid, merges, first: int) -> None:
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
    for r in range(first, len(grid) + 1):
        raw = list(grid[r - 1])
        for fc, sr, sc in fill.get(r, ()):
            raw[fc - 1] = grid[sr - 1][sc - 1]
        texts = [_text(v) for v in raw]
        if not any(texts) or all(RULE_RE.match(t) for t in texts if t):
            continue
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
        (current.items if current else sheet.root.items).append(item)
        previous = item
    _nest(sheet.root, groups)


def _is_column_numbers(row) -> bool:
    texts = [_text(v) for v in row if _text(v)]
    return len(texts) >= 2 and all(COLUMN_NUMBER_RE.match(t) for t in texts)


def _group_row(sheet: Sheet, cols, texts: list[str], merge) -> Group | None:
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
        if len(filled) == 1 and _is_upper(first_text) and not number_text:
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
    item = ItemRow(r, number, values)
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
