"""The header of a plan document: number and symbol, issuing body, place and date, title, basis.

A Vietnamese administrative document opens with two columns (often a two-cell table in Word):
the issuing body over "Số: 12-KH/ĐU" on the left, the national or Party motto over
"Bạch Đằng, ngày 05 tháng 3 năm 2026" on the right; then the kind ("KẾ HOẠCH") and the title,
then the documents it rests on ("Căn cứ …", "Thực hiện …"). Any of these may be missing:
news restatements and portal pages print none. Nothing here is required; what is not found
stays empty for the office to fill.
"""

from __future__ import annotations

import datetime as dt
import re

from core.text import fold

from .headings import classify, is_upper

MOTTOS = (
    "cong hoa xa hoi chu nghia viet nam",
    "doc lap tu do hanh phuc",
    "dang cong san viet nam",
)
DOCUMENT_KINDS = ("KẾ HOẠCH", "NGHỊ QUYẾT", "CHƯƠNG TRÌNH HÀNH ĐỘNG", "CHƯƠNG TRÌNH", "QUYẾT ĐỊNH", "ĐỀ ÁN")
_SYMBOL_RE = re.compile(r"\bSố\s*[:.]?\s*([0-9][0-9A-Za-zĐđ/.\-–]*[A-Za-zĐđ][0-9A-Za-zĐđ/.\-–]*)")
_PLACE_DATE_RE = re.compile(
    r"^(?P<place>[^,]{2,80}),\s*ngày\s*(?P<d>\d{1,2})?[\s.…_]*tháng\s*(?P<m>\d{1,2})?[\s.…_]*năm\s*(?P<y>\d{4})",
    re.I,
)
# A basis paragraph may be typed as a list line ("- Căn cứ Nghị quyết …;"). A resolution's or
# decision's preamble adds what the body considered ("Xét Tờ trình số 85/TTr-UBND …"): the
# documents it names rest the text as "Căn cứ" ones do ("Xét đề nghị của Phòng …" names none).
_BASIS_START_RE = re.compile(r"^(?:[-–+•*]\s*)?(Căn cứ|Thực hiện|Triển khai|Quán triệt|Xét)\b")
# A committee's working rules ("Quy chế làm việc …") or the Party's statute ("Điều lệ Đảng") is a basis too.
_DOCUMENT_WORDS_RE = re.compile(
    r"(Nghị quyết|Kế hoạch|Chương trình|Chỉ thị|Quyết định|Luật|Nghị định|Thông tư|Kết luận|Công văn|Hướng dẫn"
    r"|Đề án|Tờ trình|Quy chế|Quy định|Điều lệ|Quy hoạch|số\s+\d)",
    re.I,
)
# A resolution's (or decision's) enacting formula, printed between its title and its articles:
# the body that adopts it in capitals ("HỘI ĐỒNG NHÂN DÂN PHƯỜNG AN DƯƠNG", "CHỦ TỊCH ỦY BAN NHÂN
# DÂN PHƯỜNG …"), its term and session ("KHÓA I, KỲ HỌP THỨ TƯ"), and the enacting word
# ("QUYẾT NGHỊ:", "QUYẾT ĐỊNH:"). Part of the header: neither the title's words nor a heading.
_ENACTING_RE = re.compile(
    r"^(?:(?:HỘI ĐỒNG NHÂN DÂN|ỦY BAN NHÂN DÂN|CHỦ TỊCH ỦY BAN NHÂN DÂN)\s.*|KHÓA\s+[IVXLC\d]+\b.*"
    r"|\(?KỲ HỌP\b.*|QUYẾT NGHỊ\s*:?|QUYẾT ĐỊNH\s*:)$"
)
# "(Ban hành kèm theo Quyết định số 15/QĐ-UBND ngày 12/02/2026 của …)": the note under an attached
# plan's title, saying which decision issues it; not the title's words.
_ATTACHED_NOTE_RE = re.compile(r"^\(\s*(?:Ban hành\s+)?kèm theo\b", re.I)
# The kinds of document that issue another printed after them, and the kinds they issue.
_ISSUING_KINDS = ("QUYẾT ĐỊNH", "NGHỊ QUYẾT")
_PLAN_KINDS = ("KẾ HOẠCH", "CHƯƠNG TRÌNH HÀNH ĐỘNG", "CHƯƠNG TRÌNH", "ĐỀ ÁN")
PERIOD_RE = re.compile(r"(?:giai đoạn|nhiệm kỳ|thời kỳ)\s*(\d{4})\s*[-–—]\s*(\d{4})", re.I)
YEAR_RE = re.compile(r"\bnăm\s+(\d{4})\b", re.I)
_LOCALITY_RE = re.compile(r"(?:^|\s)(?:PHƯỜNG|XÃ|ĐẶC KHU|THỊ TRẤN|QUẬN|HUYỆN|THÀNH PHỐ|TỈNH)\s")


def issuing_body(name: str) -> str:
    k = fold(name)
    if "hoi dong nhan dan" in k or "hdnd" in k:
        return "hdnd"
    if "uy ban nhan dan" in k or "ubnd" in k:
        return "ubnd"
    if "dang" in k.split() or "dang uy" in k or "ban thuong vu" in k or "dang bo" in k:
        return "party"
    return ""


def is_motto(text: str) -> bool:
    k = " ".join(re.sub(r"[^\w]+", " ", fold(text)).split())
    return any(m in k for m in MOTTOS) or bool(re.fullmatch(r"[-_*\s]+", text))


def is_enacting_formula(text: str) -> bool:
    text = text.strip()
    return len(text) <= 120 and is_upper(text) and bool(_ENACTING_RE.match(text))


def document_kind(text: str) -> str:
    """ "KẾ HOẠCH" or "KẾ HOẠCH CẢI CÁCH …" (capitals) → "KẾ HOẠCH"; else ""."""
    for kind in DOCUMENT_KINDS:
        if text == kind or (text.startswith(kind + " ") and is_upper(text)):
            return kind
    return ""


def basis_documents(paragraph: str) -> list[str]:
    """ "Căn cứ Nghị quyết số 03/NQ-ĐU …; Chương trình hành động số 04-CTr/ĐU …" → each document."""
    text = _BASIS_START_RE.sub("", paragraph.strip()).strip()
    # The sentence after the documents says what the body does with them ("UBND xã xây dựng …").
    text = re.split(r"[.;,]\s+(?=(?:Ủy ban|UBND|Ban Thường vụ|Đảng ủy|Hội đồng|để|Để)\b)", text)[0]
    pieces = [p.strip(" .;,") for p in re.split(r";\s*|\.\s+(?=[A-ZĐ])", text)]
    out = []
    for piece in pieces:
        piece = _BASIS_START_RE.sub("", piece).strip(" .;,")
        if piece and _DOCUMENT_WORDS_RE.search(piece):
            out.append(piece)
    return out


# "Nghị quyết này đã được Hội đồng nhân dân phường … khóa I, kỳ họp thứ Tư thông qua ngày 15
# tháng 12 năm 2025 …": the day a resolution was adopted, printed in its last article.
_ADOPTED_RE = re.compile(
    r"\b(?:Nghị quyết|Quyết định|Kế hoạch|Chương trình) này (?:đã )?được\b.{0,300}?\bthông qua\s+ngày\s*"
    r"(?:(?P<d>\d{1,2})\s*tháng\s*(?P<m>\d{1,2})\s*năm\s*(?P<y>\d{4})|(?P<d2>\d{1,2})\s*/\s*(?P<m2>\d{1,2})\s*/\s*(?P<y2>\d{4}))",
    re.I | re.S,
)


def adoption_date(text: str) -> str | None:
    """The adoption day a resolution prints ("… thông qua ngày 15 tháng 12 năm 2025"), ISO; None
    when the text prints none (or a day that does not exist). The plan's date when its header
    has none: a resolution is issued the day its council adopts it."""
    m = _ADOPTED_RE.search(text or "")
    if not m:
        return None
    day, month, year = (m.group("d"), m.group("m"), m.group("y")) if m.group("d") else m.group("d2", "m2", "y2")
    try:
        return dt.date(int(year), int(month), int(day)).isoformat()
    except ValueError:
        return None


def period_of(text: str) -> tuple[int, int] | None:
    if m := PERIOD_RE.search(text):
        return int(m.group(1)), int(m.group(2))
    if m := YEAR_RE.search(text):
        return int(m.group(1)), int(m.group(1))
    return None


def _place_and_date(header: dict, m: re.Match) -> None:
    header["issued_place"] = m.group("place").strip()
    if m.group("d") and m.group("m"):
        try:
            header["issued_on"] = dt.date(int(m.group("y")), int(m.group("m")), int(m.group("d"))).isoformat()
        except ValueError:
            header["issued_on"] = None


def read_header(lines: list[tuple[int, str]]) -> tuple[dict, set[int]]:
    """The header from the first paragraphs (index, text); also the indexes it used."""
    header = {
        "number": "",
        "issuing_body": "",
        "issuing_body_name": "",
        "issued_place": "",
        "issued_on": None,
        "document_kind": "",
        "title": "",
        "basis": [],
        "basis_text": "",
        "period_start_year": None,
        "period_end_year": None,
    }
    used: set[int] = set()
    bodies: list[str] = []
    title_open = False
    for index, text in lines:
        stripped = text.strip()
        if not stripped:
            continue
        if m := _SYMBOL_RE.search(stripped):
            if not header["number"] and len(stripped) < 80:
                header["number"] = m.group(1).rstrip(".")
                used.add(index)
                before = stripped[: m.start()].strip()
                if before and is_upper(before):
                    bodies.append(before)
                # The right column typed on the same line after tabs ("Số 05-CTr/ĐU  Ngô Quyền,
                # ngày 15 tháng 01 năm 2026"): its place and date.
                if d := _PLACE_DATE_RE.match(stripped[m.end() :].strip()):
                    _place_and_date(header, d)
                continue
        if m := _PLACE_DATE_RE.match(stripped):
            _place_and_date(header, m)
            used.add(index)
            continue
        if is_motto(stripped):
            used.add(index)
            continue
        if (kind := document_kind(stripped)) and not header["document_kind"]:
            header["document_kind"] = kind
            used.add(index)
            if stripped != kind:  # "KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2025": the title on the same line
                header["title"] = stripped[len(kind) :].strip(" :")
            title_open = stripped == kind
            continue
        if stripped.upper() in DOCUMENT_KINDS or stripped in DOCUMENT_KINDS:
            header["document_kind"] = stripped
            title_open = True
            used.add(index)
            continue
        if header["title"] and is_enacting_formula(stripped):
            used.add(index)
            title_open = False
            continue
        if header["title"] and _ATTACHED_NOTE_RE.match(stripped):
            used.add(index)
            title_open = False
            continue
        if title_open and not header["title"]:
            header["title"] = stripped  # the line under "KẾ HOẠCH", even one that opens "Thực hiện …"
            used.add(index)
            continue
        if _BASIS_START_RE.match(stripped):
            header["basis"] += basis_documents(stripped)
            header["basis_text"] = (header["basis_text"] + "\n" + stripped).strip()
            used.add(index)
            title_open = False
            continue
        if title_open:
            header["title"] = f"{header['title']} {stripped}".strip()
            used.add(index)
            continue
        if not header["document_kind"] and is_upper(stripped) and len(stripped) < 120:
            bodies.append(stripped)
            used.add(index)
    if len(bodies) >= 2 and _LOCALITY_RE.match(bodies[-1]) and not _LOCALITY_RE.search(bodies[-2]):
        # "ỦY BAN NHÂN DÂN" over "PHƯỜNG KIẾN AN": one name printed on two lines.
        bodies[-2:] = [f"{bodies[-2]} {bodies[-1]}"]
    if bodies:
        # Over two lines the upper names the level above ("ĐẢNG BỘ THÀNH PHỐ"), the lower the issuer.
        header["issuing_body_name"] = bodies[-1]
        header["issuing_body"] = issuing_body(bodies[-1])
    span = period_of(header["title"]) or period_of(header["basis_text"])
    if span:
        header["period_start_year"], header["period_end_year"] = span
    return header, used


def attached_plan_start(blocks, start: int) -> int | None:
    """A decision or resolution that issues a plan printed after it ("Điều 1. Ban hành kèm theo
    Quyết định này Kế hoạch …", then its signature, then "KẾ HOẠCH" and the plan): the index of
    the plan's own "KẾ HOẠCH" line, or None. The plan is what the office tracks; the decision's
    articles are not its parts."""
    texts = [(i, b.text.strip()) for i, b in enumerate(blocks) if not b.is_table]
    kinds = [(i, document_kind(text)) for i, text in texts if document_kind(text)]
    if len(kinds) < 2 or kinds[0][1] not in _ISSUING_KINDS:
        return None
    articles = [i for i, text in texts if i >= start and classify(text).style == "article"]
    for i, kind in kinds[1:]:
        if kind in _PLAN_KINDS and articles and articles[0] < i:
            return i
    return None


def with_issuing_decision(decision: dict, plan: dict) -> dict:
    """The attached plan's header, completed by its issuing decision's: the plan seldom prints a
    number, a date or an issuer of its own; the basis of both counts."""
    merged = dict(plan)
    for key in ("number", "issuing_body", "issuing_body_name", "issued_place", "issued_on"):
        if not merged[key]:
            merged[key] = decision[key]
    merged["basis"] = decision["basis"] + [b for b in plan["basis"] if b not in decision["basis"]]
    merged["basis_text"] = "\n".join(t for t in (decision["basis_text"], plan["basis_text"]) if t)
    if not merged["period_start_year"]:
        merged["period_start_year"], merged["period_end_year"] = (
            decision["period_start_year"],
            decision["period_end_year"],
        )
    return merged


# "…, Ban Thường vụ Đảng ủy phường Bạch Đằng ban hành Kế hoạch …": the issuer named in the basis
# paragraph, for documents printed without the two-column header.
_ISSUER_IN_BASIS_RE = re.compile(
    r"(?:^|[,;)]\s*)([^,;()]{5,120}?)\s+ban hành\s+(?:Kế hoạch|Nghị quyết|Chương trình|Quyết định|Đề án)\b"
)
_SIGNED_RE = re.compile(r"^\(?(?:đã ký|ký|ký tên|ký, đóng dấu|ký và đóng dấu)\)?\.?$", re.I)


def issuer_in_basis(basis_text: str) -> str:
    """The body that "ban hành" the plan, as the basis paragraph names it; "" when none."""
    m = _ISSUER_IN_BASIS_RE.search(basis_text or "")
    if not m:
        return ""
    name = m.group(1).strip()
    return name if issuing_body(name) else ""


def signature_row_lines(rows: list[list[str]]) -> list[str] | None:
    """The lines of a table met inside the signature block, left cell then right; None when it
    is no part of it (more than one row, or more than two cells).

    Pasted as text, a signature laid out as a borderless table comes as the recipients' lines,
    then one line holding the last recipient and the signer's first title apart by a TAB
    ("- Lưu: VT.⇥TM. ỦY BAN NHÂN DÂN"), then the rest of the signer's column: that line reads
    as a one-row table, and both its halves were lost."""
    if len(rows) != 1 or not 1 <= len(rows[0]) <= 2:
        return None
    return [line.strip() for cell in rows[0] for line in (cell or "").split("\n") if line.strip()]


def read_signature(lines: list[str]) -> dict:
    """The block after the body ("Nơi nhận:", its "- " lines, "T/M BAN THƯỜNG VỤ", "BÍ THƯ", the
    signer's name): recipients, the signer's title (the lines in capitals) and name."""
    recipients: list[str] = []
    titles: list[str] = []
    name = ""
    in_recipients = False
    for raw in lines:
        line = raw.strip()
        if not line or _SIGNED_RE.match(line):
            continue
        if re.match(r"^Nơi nhận\s*:?", line, re.I):
            in_recipients = True
            rest = re.sub(r"^Nơi nhận\s*:?\s*", "", line, flags=re.I)
            if rest:
                recipients.append(rest)
            continue
        if is_upper(line) and len(line) <= 120:
            titles.append(line)
            in_recipients = False
            continue
        if in_recipients and not titles:
            recipients.append(line)
            continue
        if titles and not name:
            name = line
    return {"recipients": "\n".join(recipients), "signer_title": "\n".join(titles), "signer_name": name}
