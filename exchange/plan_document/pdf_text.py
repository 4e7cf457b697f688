"""Text copied from a PDF viewer: the page's furniture and its two-column blocks.

A PDF viewer copies each page as printed: its number ("- 2 -", "Trang 2", "2/5") and the running
header or footer the office put on every page come between two lines of a sentence, and a block
laid out in two columns (the header: issuer | motto; the signature: recipients | signer) comes as
lines holding both columns, apart by a run of spaces. Read as they came, the page's furniture was
glued into the sentence it cut ("… đạt tiêu chuẩn phục - 2 - UBND phường … vụ khách du lịch đạt
trên 90%") and the signer's lines into the recipients' ("- Lưu: VT. Vũ Văn Hải"). Here the
furniture is dropped and each two-column block is given column by column, left then right, the
order a Word document's header or signature table reads in.
"""

from __future__ import annotations

import re

# "- 2 -", "– 12 –", "2", "Trang 2", "Trang 2/5", "2/5" alone on a line.
_PAGE_NUMBER_RE = re.compile(
    r"^(?:[-–—]\s*\d{1,3}\s*[-–—]|\d{1,3}|trang\s+\d{1,3}(?:\s*/\s*\d{1,3})?|\d{1,3}\s*/\s*\d{1,3})$"
)
# Two columns of one line: a run of five spaces or more between two texts.
_GAP_RE = re.compile(r"\S( {5,})\S")
# A line of the right column alone: indented by twenty spaces or more.
_RIGHT_ONLY_RE = re.compile(r"^ {20,}\S")


def _key(line: str) -> str:
    return " ".join(line.split()).casefold()


def is_page_number(line: str) -> bool:
    return bool(_PAGE_NUMBER_RE.match(_key(line)))


def drop_page_furniture(lines: list[str]) -> list[str]:
    """The lines without page numbers and without the running header or footer: a line printed
    twice or more, each time next to a page number (blank lines aside)."""
    filled = [i for i, line in enumerate(lines) if line.strip()]
    numbers = {i for i in filled if is_page_number(lines[i])}
    if not numbers:
        return lines
    beside_number: dict[str, list[int]] = {}
    for position, i in enumerate(filled):
        neighbours = filled[max(position - 1, 0) : position + 2]
        if i not in numbers and any(n in numbers for n in neighbours):
            beside_number.setdefault(_key(lines[i]), []).append(i)
    running = {i for found in beside_number.values() if len(found) >= 2 for i in found}
    return [line for i, line in enumerate(lines) if i not in numbers and i not in running]


def _columns(line: str) -> tuple[str, str] | None:
    """(left, right) of a line printed in two columns, or None."""
    if _RIGHT_ONLY_RE.match(line):
        return "", line.strip()
    if m := _GAP_RE.search(line.rstrip()):
        return line[: m.start(1)].strip(), line[m.end(1) :].strip()
    return None


def split_columns(lines: list[str]) -> list[str]:
    """Each run of lines laid out in two columns (two such lines at least, one of them with both
    columns), given as its left column's lines, then its right column's."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        run: list[tuple[str, str]] = []
        j = i
        while j < len(lines) and "\t" not in lines[j]:
            parts = _columns(lines[j])
            if parts is None:
                # A line of the left column alone (a recipient "- Lưu: VT." under "Nơi nhận:")
                # stays in a run already holding both columns.
                if run and re.match(r"[-+•]\s", lines[j]):
                    parts = (lines[j].strip(), "")
                else:
                    break
            run.append(parts)
            j += 1
        if len(run) >= 2 and sum(1 for left, right in run if left and right) >= 1:
            out += [left for left, _right in run if left] + [right for _left, right in run if right]
            i = j
        else:
            out.append(lines[i])
            i += 1
    return out
