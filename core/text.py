"""Vietnamese text folded for comparison: no diacritics, "đ" → "d", lower case.

Search (``core.search``), unit-name matching (``assignments.units``) and heading matching
(the workbook importer) compare folded text, so that "Phòng KTHT&ĐT" typed without accents
still matches.
"""

from __future__ import annotations

import unicodedata


def strip_diacritics(text: str) -> str:
    text = text.replace("đ", "d").replace("Đ", "D")
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(ch for ch in decomposed if unicodedata.category(ch) != "Mn")


def fold(text: str) -> str:
    """Lower case without diacritics: the form search and matching compare."""
    return strip_diacritics(text).lower()
