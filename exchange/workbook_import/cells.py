"""How a message names a cell: "C12", as Excel shows it (one home for every reader of the grid)."""

from __future__ import annotations


def cell_name(col_index: int, row: int) -> str:
    """ "C12" for the 0-based column index 2 on row 12."""
    from openpyxl.utils import get_column_letter

    return f"{get_column_letter(col_index + 1)}{row}"
