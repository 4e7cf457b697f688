"""A plan document as a list of blocks (paragraphs and tables), from a .docx or pasted text.

Everything after this module reads blocks, whatever the input was; each block keeps its index
so the review page can point at the paragraph an item came from.

.docx: the package is checked before anything parses it — its size once unzipped
(``workbook_import.layouts.MAX_UNZIPPED_BYTES``, the same limit as the Excel import), and every
XML part of ``word/`` read once with defusedxml, which refuses a DTD or entity declaration
(the "billion laughs" and external-entity attacks). Only then does python-docx open it; the
body is walked in order (paragraphs and tables interleaved, as printed), tables cell by cell
with their merged cells (``gridSpan`` across, ``vMerge`` down) kept as merged ranges so that
``workbook_import`` reads their header and rows like an Excel sheet's. Auto-numbered
paragraphs ("1." typed by Word, not by hand) get their number back from ``numbering.xml``.

Pasted text: lines copied from a PDF are broken mid-sentence with blank lines between them;
lines copied from Word or a web page are one paragraph each. ``_is_wrapped`` tells which
(many lines go on in lower case after the line before), and lines are rejoined only in the
first case. A line of cells separated by tabs (a table copied from Word) is a table row.
"""

from __future__ import annotations

import io
import re
import unicodedata
import zipfile
from dataclasses import dataclass, field

from django.utils.translation import gettext as _

from exchange.plan_document.pdf_text import drop_page_furniture, split_columns
from exchange.workbook_import.layouts import MAX_UNZIPPED_BYTES

MAX_TEXT_CHARS = 1_000_000  # about 300 pages: several times the longest plan with its appendices
MAX_BLOCKS = 20_000
MAX_TABLE_CELLS = 50_000
MAX_CELL_CHARS = 10_000

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"


class DocumentError(Exception):
    """The document cannot be read at all; the message says why, in Vietnamese."""


@dataclass
class Block:
    index: int
    text: str = ""
    style: str = ""  # the Word style name ("Heading 1"), empty for text
    rows: list[list[str]] | None = None  # a table: rows of cell texts
    merges: list[tuple[int, int, int, int]] = field(default_factory=list)

    @property
    def is_table(self) -> bool:
        return self.rows is not None

    @property
    def display(self) -> str:
        """The block as one text, for the source column of the review page."""
        if self.rows is None:
            return self.text
        return "\n".join(" | ".join(cell for cell in row) for row in self.rows)


def tidy(text: str) -> str:
    text = unicodedata.normalize("NFC", text.replace("\xa0", " ").replace("**", ""))
    return re.sub(r"[ \t\u200b]+", " ", text).strip()


# --- pasted text --------------------------------------------------------------------------

_MARKER_RE = re.compile(
    r"^(?:[-–+•*]\s|\(?\d+(?:\.\d+)*[.)]?\s|[IVXLC]+\s*[.:)\-–]\s|[A-ZĐ]\.\s|[a-zđ][.)]\s|\(\d+\)"
    r"|Căn cứ|Thực hiện|Trên đây|Nơi nhận|PHỤ LỤC|Phụ lục|Số:|KẾ HOẠCH|NGHỊ QUYẾT|CHƯƠNG TRÌNH"
    r"|TM\.|T/M|KT\.|CHỦ TỊCH|PHÓ CHỦ TỊCH|BÍ THƯ)"
)
# Lines of the signature block stand alone, each its own paragraph.
_ONE_LINE_RE = re.compile(r"^(?:TM\.|T/M|KT\.|CHỦ TỊCH|PHÓ CHỦ TỊCH|BÍ THƯ|Nơi nhận)")
_ENDS_SENTENCE_RE = re.compile(r"[.;:!?”\"]$")


def _is_heading_line(line: str) -> bool:
    return bool(re.match(r"^(?:[IVXLC]+\s*[.:)\-–]\s|[A-ZĐ]\.\s|\d+(?:\.\d+)*\.?\s)", line))


def _is_upper_line(line: str) -> bool:
    letters = [c for c in line if c.isalpha()]
    return len(letters) >= 3 and all(c.isupper() for c in letters)


def _is_wrapped(lines: list[str]) -> bool:
    """True for text whose paragraphs run over several lines (copied from a PDF)."""
    filled = [line.strip() for line in lines if line.strip()]
    if len(filled) < 8:
        return False
    carried = sum(
        1
        for a, b in zip(filled, filled[1:], strict=False)
        if not _ENDS_SENTENCE_RE.search(a) and b[:1].islower() and not _MARKER_RE.match(b)
    )
    return carried / len(filled) > 0.2


def _starts_paragraph(last: str, line: str) -> bool:
    """A line that cannot carry on the paragraph before it: it opens with a list marker, a basis
    ("Căn cứ"), a signature word, or its case differs from the line before (a title in capitals
    over its subject in lower case)."""
    return bool(_MARKER_RE.match(line)) or _is_upper_line(line) != _is_upper_line(last)


def _carries_on(last: str, line: str) -> bool:
    """A line starting in lower case after a line that ends no sentence continues it."""
    return (
        not _starts_paragraph(last, line)
        and line[:1].islower()
        and not _ENDS_SENTENCE_RE.search(last)
        and not _ONE_LINE_RE.match(last)
    )


def soft_break_paragraphs(text: str) -> list[str]:
    """A Word paragraph whose lines are apart by soft breaks (Shift+Enter, as Google Docs and
    LibreOffice users lay out a title, the basis or a list) as the paragraphs a reader sees: each
    line its own, unless it carries on the line before as a wrapped line does."""
    paragraphs: list[str] = []
    for line in (tidy(raw) for raw in text.split("\n")):
        if not line:
            continue
        if paragraphs and _carries_on(paragraphs[-1], line):
            paragraphs[-1] = f"{paragraphs[-1]} {line}"
        else:
            paragraphs.append(line)
    return paragraphs


# A typed list number, then a TAB ("1.1.1.⇥Nội dung"): Google Docs and LibreOffice lay out a list
# so, and a copy keeps the TAB. Two cells of which the first is such a number are a numbered line.
_TYPED_NUMBER_RE = re.compile(r"(?:[IVXLC]+|\d+(?:\.\d+)*|[a-zđ])[.)]")


def _is_typed_list_line(raw: str) -> bool:
    cells = raw.strip(" \r\n").split("\t")
    return len(cells) == 2 and bool(_TYPED_NUMBER_RE.fullmatch(cells[0].strip())) and bool(cells[1].strip())


def blocks_from_text(text: str) -> list[Block]:
    if len(text) > MAX_TEXT_CHARS:
        raise DocumentError(
            _("Văn bản dài quá %(max)s ký tự. Hãy dán từng phần.") % {"max": f"{MAX_TEXT_CHARS:,}".replace(",", ".")}
        )
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    lines = text.split("\n")
    wrapped = _is_wrapped(lines)
    if wrapped:  # copied from a PDF viewer: its pages' numbers and headers, its two-column blocks
        lines = split_columns(drop_page_furniture(lines))
    paragraphs: list[str | list[str]] = []
    closed = True  # the last paragraph takes no more lines
    for raw in lines:
        in_table = bool(paragraphs) and isinstance(paragraphs[-1], list)
        if _is_typed_list_line(raw):
            raw = raw.replace("\t", " ")
        if "\t" in raw.strip(" \r\n") and (in_table or len([c for c in raw.split("\t") if c.strip()]) >= 2):
            cells = [tidy(c) for c in raw.split("\t")]
            # A group row typed without tabs ("III. Tăng cường …") splits a pasted table in two:
            # up to three short lines between two tables are rows of one table.
            tables = [i for i, p in enumerate(paragraphs) if isinstance(p, list)]
            between = paragraphs[tables[-1] + 1 :] if tables else []
            if (
                tables
                and len(between) <= 3
                and all(len(p) <= 200 and not re.match(r"(?i)^phụ lục\b", p) for p in between)
            ):
                del paragraphs[tables[-1] + 1 :]
                paragraphs[-1].extend([[p] for p in between])
                paragraphs[-1].append(cells)
            elif paragraphs and isinstance(paragraphs[-1], list):
                paragraphs[-1].append(cells)
            else:
                paragraphs.append([cells])
            closed = True
            continue
        line = tidy(raw)
        if not line:
            if not wrapped:
                closed = True
            continue
        if re.fullmatch(r"\d{1,3}", line) and wrapped:
            continue  # a page number between two lines of a paragraph
        last = paragraphs[-1] if paragraphs else None
        continues = isinstance(last, str) and (
            (wrapped and not closed and not _starts_paragraph(last, line)) or _carries_on(last, line)
        )
        if continues:
            # A word wrapped at its hyphen ("UBND-" / "UBMTTQ") is joined without a space.
            paragraphs[-1] = f"{last}{line}" if wrapped and re.search(r"\w-$", last) else f"{last} {line}"
        else:
            paragraphs.append(line)
        # A heading is one line long, unless it stops on a word that cannot end it.
        current = paragraphs[-1]
        closed = (
            not wrapped
            or bool(_ONE_LINE_RE.match(current))
            or (_is_heading_line(current) and not re.search(r"(?:\bvề|\bvà|\bcủa|\bcho|,)$", current))
        )
    blocks = []
    for i, p in enumerate(paragraphs):
        if isinstance(p, list):
            width = max(len(r) for r in p)
            blocks.append(Block(i, rows=[r + [""] * (width - len(r)) for r in p]))
        else:
            blocks.append(Block(i, text=re.sub(r"\s+", " ", p)))
    if len(blocks) > MAX_BLOCKS:
        raise DocumentError(_("Văn bản có quá nhiều đoạn để đọc một lần. Hãy chia nhỏ."))
    return blocks


# Files that are not text, told by their first bytes, each with its own advice.
_BINARY_KINDS = (
    (b"%PDF-", "pdf"),
    (b"\x89PNG", "image"),
    (b"\xff\xd8\xff", "image"),
    (b"GIF8", "image"),
    (b"{\\rtf", "rtf"),
)


def text_of_file(data: bytes) -> str:
    """The text of a plan saved as a plain-text file: UTF-8 (with or without its mark), or UTF-16
    with its mark (Notepad's "Unicode"). ``DocumentError`` for a PDF, a picture, an RTF file or any
    other bytes that are not such text (an 8-bit Vietnamese encoding included): decoded anyway,
    they became a proposal of garbage, a target "1 0 obj" read out of a PDF."""
    for mark, kind in _BINARY_KINDS:
        if data.startswith(mark):
            raise DocumentError(
                {
                    "pdf": _(
                        "Tệp PDF: hệ thống chưa đọc được PDF. Hãy lưu văn bản gốc thành .docx, hoặc sao chép "
                        "nội dung PDF rồi dán vào ô văn bản."
                    ),
                    "image": _("Tệp ảnh: hệ thống không đọc chữ trong ảnh. Hãy nạp văn bản Word (.docx)."),
                    "rtf": _("Tệp RTF: hãy mở bằng Word, lưu thành .docx rồi nạp lại."),
                }[kind]
            )
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        encoding = "utf-16"
    else:
        encoding = "utf-8-sig"
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise DocumentError(
            _(
                "Tệp không phải văn bản Unicode (UTF-8), có thể là bảng mã cũ (TCVN3, VNI) hoặc tệp nhị phân. "
                "Hãy lưu lại dưới dạng Unicode (UTF-8) hoặc .docx rồi nạp lại."
            )
        ) from exc
    if "\x00" in text:
        raise DocumentError(_("Tệp không phải văn bản: có ký tự nhị phân. Hãy nạp văn bản Word (.docx)."))
    return text


# --- .docx --------------------------------------------------------------------------------


def _check_package(data: bytes) -> zipfile.ZipFile:
    import defusedxml.ElementTree as SafeET
    from defusedxml import DefusedXmlException

    if data.startswith(b"\xd0\xcf\x11\xe0"):
        raise DocumentError(
            _("Tệp là định dạng Word cũ (.doc) hoặc đã đặt mật khẩu. Hãy mở bằng Word, lưu thành .docx rồi nạp lại.")
        )
    if not data.startswith(b"PK"):
        raise DocumentError(_("Tệp không phải văn bản Word (.docx). Hãy lưu văn bản thành .docx rồi nạp lại."))
    try:
        package = zipfile.ZipFile(io.BytesIO(data))
        infos = package.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise DocumentError(_("Tệp .docx bị hỏng hoặc không đọc được (có thể do đổi đuôi tên tệp).")) from exc
    if sum(info.file_size for info in infos) > MAX_UNZIPPED_BYTES:
        raise DocumentError(
            _("Tệp giải nén ra quá lớn (hơn %(max)s MB). Hãy bỏ bớt hình ảnh rồi nạp lại.")
            % {"max": MAX_UNZIPPED_BYTES // (1024 * 1024)}
        )
    names = {info.filename for info in infos}
    if "word/document.xml" not in names:
        raise DocumentError(_("Tệp không phải văn bản Word (.docx): thiếu phần nội dung."))
    for name in names:
        if name.endswith(".xml") or name.endswith(".rels"):
            try:
                SafeET.fromstring(package.read(name), forbid_dtd=True)
            except DefusedXmlException as exc:
                raise DocumentError(_("Tệp .docx chứa khai báo XML không an toàn; hệ thống từ chối đọc.")) from exc
            except Exception as exc:  # ParseError, zlib errors, CRC errors of a damaged part
                raise DocumentError(_("Tệp .docx bị hỏng hoặc không đọc được.")) from exc
    return package


_ROMAN = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"),
          (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]  # fmt: skip


def _format_number(n: int, fmt: str) -> str:
    if fmt in ("upperRoman", "lowerRoman"):
        out = ""
        for value, letters in _ROMAN:
            while n >= value:
                out, n = out + letters, n - value
        return out if fmt == "upperRoman" else out.lower()
    if fmt in ("lowerLetter", "upperLetter"):
        letter = "abcdefghijklmnopqrstuvwxyz"[(n - 1) % 26]
        return letter if fmt == "lowerLetter" else letter.upper()
    if fmt == "bullet":
        return "-"
    return str(n)


class _Numbering:
    """Renders Word's automatic numbers ("%1.%2.") from numbering.xml, counting as Word does."""

    def __init__(self, document) -> None:
        self.levels: dict[tuple[str, int], tuple[str, str, int]] = {}
        self.counters: dict[str, list[int]] = {}
        self.by_style: dict[str, tuple[str, int]] = {}
        try:
            part = document.part.numbering_part
        except (KeyError, NotImplementedError, AttributeError):
            return
        root = part.element
        abstract = {}
        for node in root.findall(f"{W}abstractNum"):
            levels = {}
            for lvl in node.findall(f"{W}lvl"):
                ilvl = int(lvl.get(f"{W}ilvl", "0"))
                fmt = lvl.find(f"{W}numFmt")
                text = lvl.find(f"{W}lvlText")
                start = lvl.find(f"{W}start")
                levels[ilvl] = (
                    fmt.get(f"{W}val") if fmt is not None else "decimal",
                    text.get(f"{W}val") if text is not None else "",
                    int(start.get(f"{W}val")) if start is not None else 1,
                )
            abstract[node.get(f"{W}abstractNumId")] = levels
        for num in root.findall(f"{W}num"):
            ref = num.find(f"{W}abstractNumId")
            if ref is not None:
                for ilvl, spec in abstract.get(ref.get(f"{W}val"), {}).items():
                    self.levels[(num.get(f"{W}numId"), ilvl)] = spec
        self.by_style = _numbering_of_styles(document, root)

    def style_numbering(self, style_id: str) -> tuple[str, int] | None:
        """(numId, level) a paragraph of this style is numbered with when it sets none itself."""
        return self.by_style.get(style_id)

    def label(self, num_id: str, ilvl: int) -> str:
        spec = self.levels.get((num_id, ilvl))
        if spec is None:
            return ""
        counters = self.counters.setdefault(num_id, [0] * 9)
        counters[ilvl] += 1
        for deeper in range(ilvl + 1, 9):
            counters[deeper] = 0
        fmt, text, _start = spec
        if fmt == "bullet":
            return "-"

        def render(m: re.Match) -> str:
            level = int(m.group(1)) - 1
            level_spec = self.levels.get((num_id, level), ("decimal", "", 1))
            value = counters[level] + level_spec[2] - 1 if counters[level] else level_spec[2]
            return _format_number(value, level_spec[0])

        return re.sub(r"%(\d)", render, text)


def _numbering_of_styles(document, numbering_root) -> dict[str, tuple[str, int]]:
    """{style id: (numId, level)} for the paragraph styles that carry a list: Word's headings
    numbered "I.", "1.", "1.1." are most often numbered through their style ("Link level to
    style"), the paragraphs themselves holding no ``numPr``. A style's level is its own ``ilvl``,
    else the level of the list that names the style (``w:lvl/w:pStyle``), else the first; a style
    based on another inherits its numbering."""
    try:
        styles_root = document.styles.element
    except (AttributeError, KeyError, NotImplementedError):
        return {}
    linked: dict[str, int] = {}
    for lvl in numbering_root.iter(f"{W}lvl"):
        style = lvl.find(f"{W}pStyle")
        if style is not None:
            linked[style.get(f"{W}val")] = int(lvl.get(f"{W}ilvl", "0"))
    own: dict[str, tuple[str | None, int | None]] = {}
    based_on: dict[str, str] = {}
    for style in styles_root.findall(f"{W}style"):
        style_id = style.get(f"{W}styleId")
        parent = style.find(f"{W}basedOn")
        if parent is not None:
            based_on[style_id] = parent.get(f"{W}val")
        num = style.find(f"{W}pPr/{W}numPr")
        if num is not None:
            num_id, ilvl = num.find(f"{W}numId"), num.find(f"{W}ilvl")
            own[style_id] = (
                num_id.get(f"{W}val") if num_id is not None else None,
                int(ilvl.get(f"{W}val")) if ilvl is not None else None,
            )
    found: dict[str, tuple[str, int]] = {}
    for style_id in {*own, *based_on}:
        chain, current = [], style_id
        while current and current not in chain and len(chain) < 20:
            chain.append(current)
            current = based_on.get(current)
        num_id = next((own[s][0] for s in chain if s in own and own[s][0] is not None), None)
        if num_id is None or num_id == "0":  # numId 0: the style's list is switched off
            continue
        ilvl = next((own[s][1] for s in chain if s in own and own[s][1] is not None), None)
        found[style_id] = (num_id, ilvl if ilvl is not None else linked.get(style_id, 0))
    return found


# A Word 2010+ shape is written twice: for readers that know it (``mc:Choice``) and as a VML
# fallback holding the same text (``mc:Fallback``); reading both doubled every text box.
# ``w:moveFrom`` is where tracked moved text was (its text is also at ``w:moveTo``).
_SKIPPED = {f"{MC}Fallback", f"{W}moveFrom", f"{W}delText", f"{W}instrText"}


def _run_text(node, parts: list[str], line_break: str, boxes: list | None) -> None:
    # w:tab and w:br carry no text: put back the space Word shows. In a table cell a line break
    # (Shift+Enter) starts a line of the cell, as a paragraph would: "TM. ỦY BAN NHÂN DÂN" ↵
    # "CHỦ TỊCH" ↵ "Lê Văn Nam" typed in one paragraph is three lines, never one title.
    for child in node.iterchildren():
        tag = child.tag
        if tag == f"{W}t":
            parts.append(child.text or "")
        elif tag == f"{W}tab":
            parts.append(" ")
        elif tag in (f"{W}br", f"{W}cr"):
            parts.append(" " if child.get(f"{W}type") == "page" else line_break)
        elif tag == f"{W}noBreakHyphen":  # Ctrl+Shift+- : "2026‑2030" kept whole on a line
            parts.append("-")
        elif tag in _SKIPPED:
            continue
        elif tag == f"{W}txbxContent" and boxes is not None:
            boxes.append(child)
        elif tag == f"{W}txbxContent":
            for box_paragraph in child.iter(f"{W}p"):
                parts.append(" ")
                _run_text(box_paragraph, parts, line_break, None)
        else:
            _run_text(child, parts, line_break, boxes)


def _paragraph_text(p, numbering: _Numbering, *, line_break: str = " ", boxes: list | None = None) -> tuple[str, str]:
    """The paragraph's text and style. A text box anchored in it (``w:txbxContent``) is a body of
    its own: put in ``boxes`` when given (the caller reads its paragraphs as blocks), else read
    inline (a box inside a table cell)."""
    parts: list[str] = []
    _run_text(p, parts, line_break, boxes)
    text = "".join(parts)
    style = ""
    ppr = p.find(f"{W}pPr")
    if ppr is not None:
        style_node = ppr.find(f"{W}pStyle")
        style = style_node.get(f"{W}val") if style_node is not None else ""
    if text.strip():
        numbered = _paragraph_numbering(ppr, style, numbering)
        label = numbering.label(*numbered) if numbered else ""
        if label:
            text = f"{label} {text.lstrip()}"
    return tidy(text), style


def _paragraph_numbering(ppr, style: str, numbering: _Numbering) -> tuple[str, int] | None:
    """(numId, level) of a paragraph: its own ``numPr``, else its style's (a level linked to a
    style); a ``numPr`` of its own with numId 0 takes the style's numbering off."""
    num = ppr.find(f"{W}numPr") if ppr is not None else None
    from_style = numbering.style_numbering(style) if style else None
    if num is None:
        return from_style
    num_id, ilvl = num.find(f"{W}numId"), num.find(f"{W}ilvl")
    level = int(ilvl.get(f"{W}val")) if ilvl is not None else (from_style[1] if from_style else 0)
    if num_id is None:
        return (from_style[0], level) if from_style else None
    return num_id.get(f"{W}val"), level


def _cell_paragraphs(tc):
    """The cell's paragraphs, those of a table nested in it included; not those of a text box,
    which its anchoring paragraph reads (once)."""
    for p in tc.iter(f"{W}p"):
        if next(p.iterancestors(f"{W}txbxContent"), None) is None:
            yield p


def _table(tbl, numbering: _Numbering) -> tuple[list[list[str]], list[tuple[int, int, int, int]]]:
    rows: list[list[str]] = []
    merges: list[tuple[int, int, int, int]] = []
    open_down: dict[int, list] = {}  # column → [first row, column, last row, last column]
    cells = 0
    for r, tr in enumerate(tbl.findall(f"{W}tr"), start=1):
        row: list[str] = []
        for tc in tr.findall(f"{W}tc"):
            tcpr = tc.find(f"{W}tcPr")
            span, vmerge = 1, None
            if tcpr is not None:
                grid_span = tcpr.find(f"{W}gridSpan")
                span = int(grid_span.get(f"{W}val", "1")) if grid_span is not None else 1
                vm = tcpr.find(f"{W}vMerge")
                if vm is not None:
                    vmerge = vm.get(f"{W}val", "continue")
            cell_lines = (_paragraph_text(p, numbering, line_break="\n")[0] for p in _cell_paragraphs(tc))
            text = "\n".join(line.strip() for t in cell_lines for line in t.split("\n") if line.strip())
            if len(text) > MAX_CELL_CHARS:
                raise DocumentError(
                    _("Một ô của bảng %(row)s dài hơn %(max)s ký tự. Hãy rút gọn rồi nạp lại.")
                    % {"row": r, "max": f"{MAX_CELL_CHARS:,}".replace(",", ".")}
                )
            c = len(row) + 1
            if vmerge == "continue" and c in open_down:
                open_down[c][2] = r
                text = ""
            else:
                # A merge down ends at the first cell of its column that does not continue it,
                # and is kept: a table has many (a lead unit merged over each group's tasks).
                ended = open_down.pop(c, None)
                if ended and ended[2] > ended[0]:
                    merges.append(tuple(ended))
                if vmerge == "restart":
                    open_down[c] = [r, c, r, c + span - 1]
            row.extend([text] + [""] * (span - 1))
            if span > 1:
                merges.append((r, c, r, c + span - 1))
        cells += len(row)
        if cells > MAX_TABLE_CELLS:
            raise DocumentError(_("Bảng trong văn bản quá lớn để đọc một lần. Hãy chia nhỏ."))
        rows.append(row)
    merges += [tuple(m) for m in open_down.values() if m[2] > m[0]]
    width = max((len(r) for r in rows), default=0)
    return [r + [""] * (width - len(r)) for r in rows], merges


def blocks_from_docx(data: bytes) -> list[Block]:
    import docx

    _check_package(data)
    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:  # python-docx raises many kinds on a malformed package
        raise DocumentError(_("Tệp .docx bị hỏng hoặc không đọc được.")) from exc
    numbering = _Numbering(document)
    body = document.element.body
    blocks: list[Block] = []

    def visit(node) -> None:
        for child in node.iterchildren():
            if child.tag == f"{W}p":
                boxes: list = []
                text, style = _paragraph_text(child, numbering, line_break="\n", boxes=boxes)
                for box in boxes:  # before the paragraph: a box is mostly anchored to the first one below it
                    visit(box)
                for line in soft_break_paragraphs(text):
                    blocks.append(Block(len(blocks), text=line, style=style))
            elif child.tag == f"{W}tbl":
                rows, merges = _table(child, numbering)
                if any(cell for row in rows for cell in row):
                    blocks.append(Block(len(blocks), rows=rows, merges=merges))
            elif child.tag == f"{W}sdt":  # a content control wraps ordinary paragraphs
                content = child.find(f"{W}sdtContent")
                if content is not None:
                    visit(content)
            if len(blocks) > MAX_BLOCKS:
                raise DocumentError(_("Văn bản có quá nhiều đoạn để đọc một lần. Hãy chia nhỏ."))

    try:
        visit(body)
    except RecursionError as exc:  # libxml2 caps nesting at 256 levels; this is the last guard
        raise DocumentError(_("Tệp .docx bị hỏng hoặc không đọc được.")) from exc
    return blocks
