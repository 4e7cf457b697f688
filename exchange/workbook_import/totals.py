"""Total and subtotal rows kept as a check that the figures add up (issue 13, item 2).

A total row is left out of the rows (``layouts._read_body`` finds it); what it prints is still
worth reading: a figure mistyped, or a row the reader lost, shows as a total that no longer
equals the rows it covers. For every numeric column of the table the total row prints a figure
in, that figure is compared with the sum of the rows it covers:

* a subtotal naming its group ("Cộng nhóm I", "Cộng I", "Cộng (A)", "Cộng phần II"): the rows
  of that group, its sub-groups included;
* a bare subtotal ("Cộng", "Cộng:"): the rows since the last group heading or total row above
  it; failing that, the whole group it closes or any group around it (a "Cộng" closing part A
  after its fields I and II);
* a grand total ("Tổng cộng", "Tổng số", "TỔNG", "Tổng hợp chung", at the foot or at the top):
  every row of the table, or the sum of the subtotals it is made of (a subtotal that does not
  add up has its own warning: the grand total is not blamed twice);
* "Trong đó:" and the "- vốn …" lines under a total are parts of it, not sums of rows.

A row numbered under another row of the scope ("1.1", "1.2" under "1") counts only when its
parent prints no figure in that column, so a project and its components are not added twice.
The numeric columns are the summed fields of a project list (total investment, budget, capital
plan, disbursement), each year's capital column, and every column the reader does not map
whose total cell holds a number — but for shares and averages ("Tỷ lệ (%)", "Bình quân"),
which do not add up. Figures are read by ``core.numbers.parse_number`` ("12.500", "1.250,5",
a number cell); a formula (=SUM(E6:E9)) by the value Excel saved with it
(``cached_formula_values``), none when the file never was calculated: then nothing is checked.

The comparison allows one unit of the last decimal the total prints (25.000 against 24.999;
1.250,5 against 1.250,45), the rounding of a printed figure. A mismatch is a warning on the
sheet, naming the total's row and cell, the column and both figures; never a refusal, and the
rows are imported as printed. Nothing here imports the layout reader: it reads the sheet it
is given.
"""

from __future__ import annotations

import io
import re
import time
from bisect import bisect_left, bisect_right
from decimal import Decimal

from django.utils.translation import gettext as _

from core.numbers import format_number, parse_number
from core.text import fold

from .cells import cell_name
from .headings import FIELD_LABELS

SUMMED_FIELDS = ("total_investment", "budget", "capital_plan", "disbursed")
# A share, a rate or an average is printed on a total row as the whole's, never as a sum.
NOT_SUMMED_HEADING_RE = re.compile(r"%|‰|\b(?:ty le|ty trong|binh quan|toc do|don gia|he so|trung binh)\b")
# The words that open a total row, longest first; what follows may name the group it closes.
TOTAL_WORDS_RE = re.compile(r"^(?:tong hop chung|tong cong|tong so|tong|cong)\b\s*")
# "nhóm I", "(A)", "phần II", "I:" after the words: the group's number, alone to the end.
GROUP_NAMED_RE = re.compile(r"^[:(\s]*(?:(?:nhom|muc|phan|linh vuc|khoi)\s+)?([ivxlcdm]+|[a-hđ]|\d+)\s*[.):]?\s*$")
# Past this many mismatches a sheet is said to be wrong throughout, not cell by cell.
MAX_MISMATCHES = 20
PART_RE = re.compile(r"^(?:trong do|[-+•])")


def total_kind(label: str) -> tuple[str, str]:
    """("grand" | "subtotal" | "part", the group number it names or "") of a total row's label."""
    folded = fold(label).strip()
    if PART_RE.match(folded):
        return "part", ""
    words = TOTAL_WORDS_RE.match(folded)
    rest = folded[words.end() :] if words else folded
    named = GROUP_NAMED_RE.match(rest) if rest else None
    if named:
        return "subtotal", named.group(1)
    return ("subtotal" if folded.startswith("cong") else "grand"), ""


def figure(value) -> Decimal | None:
    """A cell's figure as the one number reader reads it, None for text, dates and blanks; a
    float's binary noise (=SUM of 0,1 and 0,2) is rounded off so its decimals are the printed ones."""
    if value is None or value == "" or isinstance(value, bool):
        return None
    if isinstance(value, int):
        return Decimal(value)
    if isinstance(value, float):
        value = int(value) if value.is_integer() else round(value, 6)
    try:
        return parse_number(value)
    except (ValueError, TypeError):
        return None


def _unit(printed: Decimal) -> Decimal:
    """One unit of the last decimal printed: 1 for "25.000", 0,1 for "1.250,5"."""
    return Decimal(1).scaleb(min(printed.as_tuple().exponent, 0))


def cached_formula_values(data: bytes, sheet_title: str, cells: list[tuple[int, int]]) -> dict[tuple[int, int], object]:
    """(row, 0-based column) → the value Excel saved with each formula cell of ``cells``
    (1-based columns, as the grid reader lists them), for an .xlsx. openpyxl reading formulas
    drops these values, so the package is read again, streamed, up to the last row asked; a
    formula never calculated (a file written by a script) has none and is left out."""
    import openpyxl

    if not cells:
        return {}
    wanted = {(r, c - 1) for r, c in cells}
    first, last = min(r for r, _c in wanted), max(r for r, _c in wanted)
    book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    try:
        if sheet_title not in book.sheetnames:
            return {}
        found = {}
        rows = book[sheet_title].iter_rows(min_row=first, max_row=last, values_only=True)
        for r, row in enumerate(rows, start=first):
            for c, value in enumerate(row):
                if (r, c) in wanted and value not in (None, ""):
                    found[(r, c)] = value
        return found
    finally:
        book.close()


def _summed_columns(sheet, labels: list[str]) -> list[tuple[int, str]]:
    """(0-based column, its name for messages) of every column whose figures may add up."""
    mapped = {c: name for name, c in sheet.columns.items()}
    yearly = {c: (name, year) for name, year, c in sheet.capital_columns}
    out = []
    for c, label in enumerate(labels):
        if c in yearly:
            name, year = yearly[c]
            out.append((c, _("%(column)s năm %(year)s") % {"column": FIELD_LABELS[name], "year": year}))
        elif c in mapped:
            if mapped[c] in SUMMED_FIELDS:
                out.append((c, FIELD_LABELS[mapped[c]]))
        elif label and not NOT_SUMMED_HEADING_RE.search(fold(label)):
            out.append((c, " ".join(label.split())))
    return out


class _Table:
    """The rows of one sheet as the check needs them: items by row, groups and their rows.
    Scopes and sums are built once and shared (a hostile sheet of 20,000 rows, thousands of
    "Cộng" and 100 columns must stay linear)."""

    def __init__(self, sheet, grid: list[list], formula_values: dict) -> None:
        self.sheet, self.grid, self.formula_values = sheet, grid, formula_values
        self.numbers = {item.row: item.number for _path, item in sheet.walk()}
        self.rows = sorted(self.numbers)
        paths = list(sheet.groups())  # each group with the groups around it, outermost first
        self.groups = [p[-1] for p in paths]
        self.path_of = {id(p[-1]): p for p in paths}
        self.group_rows = {id(g): sorted(self._items_of(g)) for g in self.groups}
        self.marks = sorted([g.row for g in self.groups] + [t.row for t in sheet.totals])
        self._sums: dict[tuple[int, int], tuple[Decimal, int] | None] = {}

    def _items_of(self, group):
        yield from (item.row for item in group.items)
        for child in group.children:
            yield from self._items_of(child)

    def value(self, row: int, col: int):
        return self.formula_values.get((row, col), self.grid[row - 1][col])

    def scopes(self, total, kind: str, number: str) -> list[list[int]]:
        """The row sets the total may cover, the likeliest first (the one a warning names)."""
        if kind == "grand":
            return [self.rows]
        if number:
            named = [g for g in self.groups if fold(g.number) == number]
            if named:
                before = [g for g in named if g.row < total.row]
                return [self.group_rows[id((before or named)[-1])]]
        marks = self.marks[: bisect_left(self.marks, total.row)]
        since = marks[-1] if marks else 0
        scopes = [self.rows[bisect_right(self.rows, since) : bisect_left(self.rows, total.row)]]
        around = self.path_of.get(id(total.group), ())
        return scopes + [self.group_rows[id(g)] for g in reversed(around)]

    def rows_sum(self, rows: list[int], col: int) -> tuple[Decimal, int] | None:
        """The sum of the rows' figures in the column and their most decimals; a row numbered
        under an earlier row of the set that prints a figure here ("1.1" under "1") is left out.
        Kept by the set: a group's rows are a candidate of every "Cộng" inside it."""
        key = (id(rows), col)
        if key not in self._sums:
            counted, printing = [], {}  # number → whether its last row printed a figure
            for r in rows:
                number, value = self.numbers[r], figure(self.value(r, col))
                if value is not None and not printing.get(number.rpartition(".")[0], False):
                    counted.append(value)
                if number:
                    printing[number] = value is not None
            self._sums[key] = (
                (sum(counted, Decimal(0)), max(-min(f.as_tuple().exponent, 0) for f in counted)) if counted else None
            )
        return self._sums[key]


def check_totals(
    sheet, grid: list[list], labels: list[str], formula_values: dict | None = None, deadline: float | None = None
) -> None:
    """Add to ``sheet.warnings`` each total or subtotal figure that is not the sum of the rows it
    covers (see the module's docstring). ``grid``: the sheet's cells, rows of values, 1-based
    rows as ``sheet`` numbers them; ``labels``: each column's heading; ``formula_values``: the
    saved values of the formula cells, (row, 0-based column) → value. Past ``deadline`` (the
    reader's, ``time.monotonic()``) the check stops where it is: it may warn, never hold a worker."""
    if not sheet.totals:
        return
    table = _Table(sheet, grid, formula_values or {})
    kinds = {t.row: total_kind(t.label) for t in sheet.totals}
    scopes = {t.row: table.scopes(t, *kinds[t.row]) for t in sheet.totals if kinds[t.row][0] != "part"}
    outermost = _outermost([t for t in sheet.totals if kinds[t.row][0] == "subtotal"], scopes)
    columns = _summed_columns(sheet, labels)
    mismatches = 0
    for total in sheet.totals:
        if deadline is not None and time.monotonic() > deadline:
            return
        if total.row not in scopes:
            continue  # a part of a total ("Trong đó: vốn ngân sách …"), not a sum of rows
        for col, column in columns:
            printed = figure(table.value(total.row, col))
            if printed is None:
                continue
            found = None
            for rows in scopes[total.row]:
                if not rows or (got := table.rows_sum(rows, col)) is None:
                    continue
                found = found or got  # the likeliest scope's sum is the one said
                if abs(got[0] - printed) <= _unit(printed):
                    break
            else:
                if found is None:
                    continue  # no row prints a figure in this column: nothing to compare
                # A subtotal that does not add up has its own warning; the grand total that
                # equals the subtotals as printed is not blamed for it.
                parts = [figure(table.value(t.row, col)) for t in outermost] if kinds[total.row][0] == "grand" else []
                if parts and None not in parts and abs(sum(parts, Decimal(0)) - printed) <= _unit(printed):
                    continue
                if mismatches == MAX_MISMATCHES:
                    sheet.warnings.append(
                        _("Còn những dòng tổng khác không khớp (hơn %(max)s chỗ): hãy kiểm tra lại toàn bộ số liệu.")
                        % {"max": MAX_MISMATCHES}
                    )
                    return
                sheet.warnings.append(_mismatch(total, col, column, printed, found))
                mismatches += 1


def _mismatch(total, col: int, column: str, printed: Decimal, found: tuple[Decimal, int]) -> str:
    return _(
        "Dòng %(row)s (%(label)s), ô %(cell)s, cột %(column)s: ghi %(printed)s, cộng các dòng được "
        "%(found)s. Các dòng vẫn được nạp như trong tệp; hãy kiểm tra lại số liệu."
    ) % {
        "row": total.row,
        "label": " ".join(total.label.split())[:60],
        "cell": cell_name(col, total.row),
        "column": column,
        "printed": format_number(printed),
        "found": format_number(found[0], places=found[1]),
    }


def _outermost(subtotals: list, scopes: dict[int, list[list[int]]]) -> list:
    """The subtotals no other subtotal covers (a "Cộng I" inside "Cộng A" is counted in "Cộng A"),
    by the span of rows each covers first: sorted by first row, widest first, a span inside one
    seen before is covered (one pass, not every pair)."""
    spans = [(scopes[t.row][0][0], -scopes[t.row][0][-1], t) for t in subtotals if scopes[t.row][0]]
    out, reach = [], 0
    for _first, minus_last, total in sorted(spans, key=lambda s: (s[0], s[1])):
        if -minus_last > reach:
            out.append(total)
            reach = -minus_last
    return out
