"""A "Tiến độ (%)" column kept as percentages: the cells hold fractions (0,4 shown "40%").

A spreadsheet's percentage cell stores the fraction and only shows it ×100: LibreOffice's
``office:value-type="percentage"`` and Excel's "0%" format alike. The readers give the stored
number (0.4), and a share done must be a whole number from 0 to 100, so every such row was refused
("tỷ lệ hoàn thành “0.4” …"), and a task at "100%" read as 1 %. The format itself is not read (the
.ods reader gives values only), so the column tells: when every number in it lies between 0 and 1
and one at least is a fraction, the column holds percentages and each number is ×100. Figures
typed as text ("50%", "50") and a column of whole numbers are read as before.
"""

from __future__ import annotations

from collections.abc import Iterable


def _number(value) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value)


def holds_fractions(values: Iterable) -> bool:
    """True when the numbers of a percent column are fractions of one (0,4 for 40 %)."""
    numbers = [n for n in map(_number, values) if n is not None]
    return bool(numbers) and all(0 <= n <= 1 for n in numbers) and any(0 < n < 1 for n in numbers)


def as_percent(value):
    """A fraction cell's value as the percent it shows (0.4 → 40); anything else unchanged."""
    number = _number(value)
    return value if number is None else round(number * 100, 6)
