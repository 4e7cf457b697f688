"""A task's period marked by ticks: one column a quarter or a month, a mark in each it runs in.

Yearly plans print "Thời gian thực hiện năm 2026" merged over "Quý I | Quý II | Quý III | Quý IV"
(or "Tháng 1" … "Tháng 12"), and each task row has an "x" under the quarters it runs in. Read as
an ordinary period column, the first quarter's cell gave the period "x" (or nothing), and every
task of such a table was refused for want of a period. The ticks are written back as the period
a clerk would type: "Quý II/2026", "Quý II - Quý III/2026" and, for quarters apart, "Quý I, Quý
III/2026" (each due at the end of the last one named), and "Năm 2026" when every quarter or month
is ticked; ``assignments.periods_text`` reads them as it
reads any printed period. The year is the one the heading over the columns names; without one the
periods print no year (read in a one-year plan as that year's).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assignments.periods_text import QUARTER_NUMBERS
from exchange.workbook_import.headings import heading_key

# The sub-period a column's heading ends with: "… Quý II", "… Quý 2", "… Tháng 11", "… T11".
_SUB_PERIOD_RE = re.compile(r"(?:^|\s)(?:(quy)\s+(iv|iii|ii|i|[1-4])|(thang|t)\s*(1[0-2]|[1-9]))$")
_QUARTER_NAMES = {1: "Quý I", 2: "Quý II", 3: "Quý III", 4: "Quý IV"}
_COUNT = {"quarter": 4, "month": 12}
_YEAR_RE = re.compile(r"\b(20\d\d)\b")


@dataclass(frozen=True)
class TickColumns:
    unit: str  # "quarter" or "month"
    columns: tuple[tuple[int, int], ...]  # (quarter or month number, column index), in order
    year: int | None

    def period_text(self, cells: list[str]) -> str:
        """The period the ticked cells of a row mark, "" when none is ticked."""
        ticked = [number for number, column in self.columns if column < len(cells) and cells[column].strip()]
        if not ticked:
            return ""
        suffix = f"/{self.year}" if self.year else ""
        if len(ticked) == _COUNT[self.unit] and self.year:
            return f"Năm {self.year}"
        runs: list[list[int]] = []
        for number in ticked:
            if runs and number == runs[-1][-1] + 1:
                runs[-1].append(number)
            else:
                runs.append([number])
        printed = [
            self._name(run[0]) if len(run) == 1 else f"{self._name(run[0])} - {self._name(run[-1])}" for run in runs
        ]
        return ", ".join(printed) + suffix

    def _name(self, number: int) -> str:
        return _QUARTER_NAMES[number] if self.unit == "quarter" else f"Tháng {number}"


def tick_columns(labels: list[str]) -> TickColumns | None:
    """The quarter or month columns of a header (two or more, adjacent, each heading ending with
    its quarter or month: "Thời gian thực hiện năm 2026 Quý I" as a two-row header reads, or
    "Quý I" alone), or None."""
    found: list[tuple[str, int, int]] = []
    for column, label in enumerate(labels):
        m = _SUB_PERIOD_RE.search(heading_key(label))
        if m is None:
            continue
        unit = "quarter" if m.group(1) else "month"
        number = int(m.group(4)) if unit == "month" else QUARTER_NUMBERS[m.group(2)]
        if found and (found[-1][0] != unit or column != found[-1][2] + 1):
            if len(found) >= 2:
                break
            found = []
        found.append((unit, number, column))
    if len(found) < 2 or len({number for _unit, number, _column in found}) < len(found):
        return None
    years = {int(y) for _u, _n, column in found for y in _YEAR_RE.findall(str(labels[column]))}
    return TickColumns(
        found[0][0], tuple((number, column) for _u, number, column in found), years.pop() if len(years) == 1 else None
    )
