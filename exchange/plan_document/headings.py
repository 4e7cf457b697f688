"""What a paragraph of a plan is: a numbered or labelled heading, a field label, or content.

Numbers are kept as printed ("XIX", "2.1", "b"); the *style* of a number (Roman, capital
letter, Arabic, "1.1", lower-case letter, bullet, capitals without a number, a label such as
"Về kinh tế:") is what places a heading in the tree (``reader``): a style met again closes the
headings opened since, a new style opens a level below. Which heading is what kind of item
(part, section, programme, scheme, key task, group, duty, appendix) follows from its words and
its parent's (``kind_of``); the sub-headings of a programme or a key task ("1.1. Mục tiêu tổng
quát", "1.4. Phân công thực hiện: …") are its fields, not items (``field_of``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from core.text import fold

STRICT_ROMAN_RE = re.compile(r"^M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$")

_APPENDIX_RE = re.compile(r"^(PHỤ LỤC|Phụ lục)(?:\s+(?:số\s*)?([0-9]+|[IVXLC]+))?\s*[.:]?\s*(.*)$")
_PART_WORD_RE = re.compile(r"^(?:PHẦN|Phần)\s+(thứ\s+\w+|THỨ\s+\w+|[IVXLC]+|\d+)\s*[.:\-–]?\s*(.*)$")
# "Điều 1. Thông qua Kế hoạch …": the articles of a resolution or decision are its top parts.
_ARTICLE_RE = re.compile(r"^(Điều\s+\d{1,3})\s*[.:]\s*(\S.*)$")
_ROMAN_RE = re.compile(r"^([IVXLC]+)\s*[.:)\-–]\s*(\S.*)$")
_LETTER_UPPER_RE = re.compile(r"^([A-HĐ])\s*(?:[.)]|[-–]\s)\s*(\S.*)$")
_DECIMAL_RE = re.compile(r"^(\d{1,2}(?:\.\d{1,2})+)\.?\s*[):\-–]?\s+(\D.*)$")
_ARABIC_RE = re.compile(r"^(\d{1,2})\s*(?:[.)]|[-–]\s)\s*([^\d\s.,/%].*)$")
_PAREN_RE = re.compile(r"^\((\d{1,2})\)\s*(.*)$")
_LETTER_RE = re.compile(r"^([a-zđ])\s*[.)]\s+(\S.*)$")
# "Thứ nhất, tập trung …", "Thứ hai, …": items a resolution counts in words, one a paragraph.
_ORDINAL_RE = re.compile(
    r"^(Thứ\s+(?:nhất|hai|ba|tư|năm|sáu|bảy|tám|chín|mười(?:\s+(?:một|hai|ba|bốn|lăm))?))\s*[,:.]\s+(\S.*)$", re.I
)
_BULLET_RE = re.compile(r"^([-–—+•*▪●○◦·])\.?\s*(\S.*)$")

# A value that makes a numbered paragraph a target rather than a heading.
_VALUE_RE = re.compile(
    r"\d+(?:[.,]\d+)*\s*(?:%|‰|tỷ|tỉ|triệu|trđ|tr\.|ha\b|km\b|hộ\b|người|doanh nghiệp|trường|lần|tấn|con\b|xã\b|thôn)",
    re.I,
)
_HORIZON_LABEL_RE = re.compile(r"^(?:đến|trong|năm|giai đoạn|tới)\b[^:]{0,30}\d{4}\s*:?$", re.I)

SECTION_WORDS = (
    "muc tieu",
    "chi tieu",
    "cac chi tieu",
    "mot so chi tieu",
    "muc dich",
    "yeu cau",
    "phuong huong chung",
    "quan diem",
)
# Plain lines (no number) read as headings: these openings, short.
PLAIN_HEADING_WORDS = (
    "muc tieu tong quat",
    "muc tieu chung",
    "muc tieu cu the",
    "cac chi tieu",
    "chi tieu chu yeu",
    "mot so chi tieu",
    "nhiem vu va giai phap",
    "nhiem vu giai phap",
    "to chuc thuc hien",
    "muc dich",
    "yeu cau",
    "ba khau dot pha",
    "cac khau dot pha",
    "khau dot pha",
    "cac nhiem vu trong tam",
)

# Parts that assign the plan's execution, unit by unit: their numbered items are duties.
# "Phân công nhiệm vụ" heads the part in committee plans issued by a decision ("IV. PHÂN CÔNG
# NHIỆM VỤ", then "1. Phòng Kinh tế, Hạ tầng và Đô thị:" and its "- Chủ trì …" lines).
EXECUTION_TITLES = ("to chuc thuc hien", "trach nhiem thuc hien", "phan cong thuc hien", "phan cong nhiem vu")

UNIT_LABELS = ("don vi chu tri", "don vi phoi hop", "co quan chu tri", "co quan phoi hop")
# The sub-headings of a programme, scheme or key task, and the field each fills.
FIELD_LABELS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("general_objective", ("muc tieu tong quat", "muc tieu chung")),
    ("targets", ("muc tieu cu the", "chi tieu cu the", "cac chi tieu cu the", "cac chi tieu", "chi tieu")),
    (
        "main_activities",
        (
            "cac hoat dong chinh",
            "hoat dong chinh",
            "cac nhiem vu giai phap",
            "nhiem vu giai phap",
            "noi dung thuc hien",
            "cac nhiem vu chu yeu",
        ),
    ),
    ("assignment", ("phan cong thuc hien", "phan cong nhiem vu", "phan cong", "to chuc thuc hien")),
    (
        "period_text",
        (
            "tien do thuc hien thoi gian hoan thanh",
            "tien do thoi gian hoan thanh",
            "tien do thuc hien",
            "thoi gian thuc hien",
            "thoi gian hoan thanh",
            "thoi han hoan thanh",
            "thoi gian",
            "tien do",
        ),
    ),
    ("resources", ("nguon luc thuc hien", "nguon luc", "kinh phi thuc hien", "kinh phi", "nguon kinh phi")),
    # Checked last: "Mục tiêu:" alone (a letter item "a) Mục tiêu: …" of a programme), and the
    # lines that name the units ("- Đơn vị chủ trì: …", "- Đơn vị phối hợp: …"), kept with their
    # label (``field_text``) so that lead and coordinators stay apart in the assignment.
    ("general_objective", ("muc tieu",)),
    ("assignment", UNIT_LABELS),
)
ACTIONABLE = ("programme", "scheme", "key_task")
# Styles that always head a part of the document: never a target or a sentence of content.
TOP_STYLES = ("appendix", "part", "article", "roman", "upper")
# "3. Nhiệm vụ và giải pháp chủ yếu": the heading of the plan's tasks and solutions, a section
# whose items are the solutions; never a key task of its own, though it opens with "Nhiệm vụ".
TASKS_AND_SOLUTIONS = (
    "nhiem vu va giai phap",
    "nhiem vu giai phap",
    "cac nhiem vu va giai phap",
    "cac nhiem vu giai phap",
)
# The signature block and the list of recipients: not part of the tree.
# "(?!\w)", not "\b": after "TM." a space follows, and there is no word boundary between two
# non-word characters ("TM. ỦY BAN NHÂN DÂN" was read as a section).
SIGNATURE_RE = re.compile(
    r"^(?:Nơi nhận|T/M|TM\.|KT\.|Q\.|BÍ THƯ|PHÓ BÍ THƯ|CHỦ TỊCH|PHÓ CHỦ TỊCH|TRƯỞNG BAN)(?!\w)", re.I
)


@dataclass
class Heading:
    # "appendix", "part", "article", "roman", "upper", "dec1", "dec2", …, "letter", "ordinal", "bullet",
    # "caps", "label"
    style: str
    number: str
    title: str
    rest: str = ""  # the text after "Title:" on the same line

    @property
    def numbered(self) -> bool:
        return bool(self.number)


def key(text: str) -> str:
    return " ".join(re.sub(r"[^\w]+", " ", fold(text)).split())


# A task whose assignment closes its line in brackets: "1. Rà soát … (Giao: Phòng Văn hóa - Xã
# hội chủ trì, phối hợp …; thời gian: thường xuyên)." The colon inside the brackets is not the
# title's; "Giao" (given to) is no unit.
_ASSIGNMENT_TAIL_RE = re.compile(
    r"^(?P<head>.{2,}?)\s*\((?:(?:Giao|Phân công)(?:\s+cho)?\s*:?\s*)?"
    r"(?P<rest>(?:(?:Cơ quan|Đơn vị)\s+)?(?:[^()]*\bchủ trì\b|Thời gian\b|Thời hạn\b)[^()]*)\)\s*[.;]?$",
    re.S | re.I,
)


def split_title(text: str) -> tuple[str, str]:
    """ "Mục tiêu chung: Tiếp tục…" → ("Mục tiêu chung", "Tiếp tục…"); a final colon is dropped.
    "Rà soát … (Giao: X chủ trì; thời gian: …)." → ("Rà soát …", "X chủ trì; thời gian: …")."""
    text = text.strip()
    if m := _ASSIGNMENT_TAIL_RE.match(text):
        return m.group("head").strip(), m.group("rest").strip()
    if m := re.match(r"^([^:]{2,120}?)\s*:\s*(.*)$", text, re.S):
        head, rest = m.group(1).strip(), m.group(2).strip()
        # "Nghị quyết số 70-NQ/TW, ngày 20/8/2025: …" has its colon inside the title's own words
        # only when the text before it is a title; a sentence with a value is not.
        if rest and not _VALUE_RE.search(head):
            return head, rest
        if not rest:
            return head, ""
    return text, ""


def is_upper(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 3 and all(c.isupper() for c in letters)


def has_value(text: str) -> bool:
    return bool(_VALUE_RE.search(text))


def is_horizon_label(text: str) -> int | None:
    """ "Đến năm 2030:" → 2030: a line that only says which year the targets below aim at."""
    if _HORIZON_LABEL_RE.match(text.strip()):
        return int(re.findall(r"\d{4}", text)[-1])
    return None


def _starts(k: str, words: tuple[str, ...]) -> bool:
    return any(k == w or k.startswith(w + " ") for w in words)


def classify(text: str, style_name: str = "") -> Heading | None:
    """The heading a paragraph is *shaped* like (the reader decides from its place whether it is
    one), or None for plain text."""
    text = text.strip()
    if m := _APPENDIX_RE.match(text):
        if len(text) <= 200 and (m.group(2) or not m.group(3)):
            return Heading("appendix", f"{m.group(1)} {m.group(2)}".strip() if m.group(2) else m.group(1), m.group(3))
    if (m := _PART_WORD_RE.match(text)) and len(text) <= 200:
        # "Phần thứ nhất" is numbered in words: the number is the phrase as printed ("thứ nhất"
        # alone names nothing); "PHẦN I", "Phần 2" keep their numeral.
        number = " ".join(text[: m.end(1)].split()) if fold(m.group(1)).startswith("thu ") else m.group(1)
        return Heading("part", number, m.group(2))
    if m := _ORDINAL_RE.match(text):
        return Heading("ordinal", " ".join(m.group(1).split()), m.group(2))
    if m := _ARTICLE_RE.match(text):
        return Heading("article", " ".join(m.group(1).split()), m.group(2))
    # A lone C, D, L or M is a part letter ("C. TỔ CHỨC THỰC HIỆN"), never 100, 500, 50, 1000.
    if (m := _ROMAN_RE.match(text)) and STRICT_ROMAN_RE.match(m.group(1)) and m.group(1) not in ("C", "D", "L", "M"):
        if is_broken_line(m.group(2)):
            return Heading("plain", "", text)
        return Heading("roman", m.group(1), m.group(2))
    if (m := _LETTER_UPPER_RE.match(text)) and (is_upper(m.group(2)[:40]) or m.group(2)[:1].isupper()):
        return Heading("upper", m.group(1), m.group(2))
    if m := _DECIMAL_RE.match(text):
        return Heading(f"dec{m.group(1).count('.') + 1}", m.group(1), m.group(2))
    if m := _ARABIC_RE.match(text):
        return Heading("dec1", m.group(1), m.group(2))
    if m := _PAREN_RE.match(text):
        return Heading("paren", m.group(1), m.group(2))
    if m := _LETTER_RE.match(text):
        return Heading("letter", m.group(1), m.group(2))
    if m := _BULLET_RE.match(text):
        return Heading("bullet", "", m.group(2))
    if re.match(r"^(?:Heading|Tiêu đề|Title)\s*\d", style_name or "", re.I):
        return Heading(f"h{re.findall(r'\d', style_name)[0]}", "", text)
    # Capitals of one or two words are page furniture ("CHUYÊN MỤC", "TIN TỨC"), not a part.
    if is_upper(text) and len(text) <= 200 and len(text.split()) >= 3:
        return Heading("caps", "", text)
    return Heading("plain", "", text)


# Words a heading never ends on: a line that stops on one was cut from a sentence.
_CONTINUING_WORDS = (
    "qua|của|và|với|các|những|cho|để|trong|từ|theo|được|là|tại|đến|hoặc|hay|do|bởi|vào|nhằm|mà|"
    "thì|như|trên|dưới|giữa|sau khi|trước khi|về việc|đã|sẽ|đang|bị|một|này|đó"
)
_ENDS_CONTINUING_RE = re.compile(rf"(?:^|\s)(?:{_CONTINUING_WORDS})$", re.I)


def is_broken_line(title: str) -> bool:
    """The text after "I." / "V." / "X." is a line broken from a sentence, not a heading's title:
    it goes on in lower case ("V. và các tổ chức chính trị - xã hội …": a PDF line that starts
    with the end of a name), or it stops on a word that cannot end a title ("III. Chi từ nguồn
    thu để lại quản lý qua"). A title in capitals is a heading whatever its last word."""
    title = title.strip()
    if not title:
        return True
    if title[0].islower():
        return True
    return not is_upper(title) and not re.search(r"[.:;!?)\]”\"]$", title) and bool(_ENDS_CONTINUING_RE.search(title))


# "Các chỉ tiêu chủ yếu đến năm 2030 như sau:": a sentence leading into what follows (a list,
# a table), whatever its first words; never a heading of its own.
# So is a line whose last clause opens the list it leads into ("Ban hành quy chế hoạt động, trong
# đó quy định:", "…, bao gồm:", "Trong đó:").
_LEAD_IN_RE = re.compile(
    r"\b(?:như sau|sau đây|dưới đây)\s*:?\s*$"
    r"|(?:^trong đó|[,;]\s*(?:trong đó|bao gồm|gồm|cụ thể là|cụ thể))\b[^,;:]{0,40}:?\s*$",
    re.I,
)


def is_lead_in(title: str) -> bool:
    return bool(_LEAD_IN_RE.search(title.strip()))


def is_label_heading(title: str, rest: str, ends_with_colon: bool) -> bool:
    """ "Về kinh tế:", "Văn phòng - Thống kê xã chủ trì tham mưu:" — a short line that opens a group."""
    if rest or has_value(title) or is_horizon_label(title) or len(title) > 100 or is_lead_in(title):
        return False
    k = key(title)
    return (
        ends_with_colon
        or k.startswith("ve ")
        or _starts(k, PLAIN_HEADING_WORDS)
        or (k.startswith(("muc tieu", "chi tieu")) and len(k) <= 60)
    )


def is_plain_heading(title: str, rest: str, text: str) -> bool:
    """A line without a number or bullet that is a heading by its words ("Mục tiêu tổng quát",
    "Về kinh tế:", "Các chỉ tiêu chủ yếu đến năm 2025")."""
    if len(title) > 100 or has_value(title) or re.search(r"[.;]$", text.strip()) or is_lead_in(title):
        return False
    k = key(title)
    return (
        (k.startswith("ve ") and len(k) <= 60)
        or _starts(k, PLAIN_HEADING_WORDS)
        or (k.startswith(("muc tieu", "chi tieu", "cac chi tieu")) and len(k) <= 80)
    )


def field_text(head: str, rest: str) -> str:
    """What a field keeps of "Label: text": the text, or the whole line for a unit label."""
    return f"{head}: {rest}" if _starts(key(head), UNIT_LABELS) else rest


def is_bare_objective(head: str) -> bool:
    """ "Mục tiêu:" alone: an objective that may hold measurable targets."""
    return key(head) == "muc tieu"


def field_of(title: str) -> str | None:
    """The field of a programme or key task a sub-heading names, or None."""
    k = key(title)
    for name, words in FIELD_LABELS:
        if _starts(k, words):
            return name
    return None


def kind_of(title: str, *, parent_kind: str | None, parent_title: str, style: str) -> str:
    k = key(title)
    pk = key(parent_title)
    if style == "appendix":
        return "appendix"
    if parent_kind is None:
        if style in ("roman", "upper", "part", "article", "dec1") or not _starts(k, SECTION_WORDS):
            return "part"
        return "section"
    if is_upper(title) and style in ("roman", "upper", "caps", "part", "dec1"):
        return "section"
    if parent_kind == "appendix":
        return "group"
    if "chuong trinh" in pk and "chi tieu" not in pk and style != "label":
        return "programme"
    if "de an" in pk:
        return "scheme"
    if ("nhiem vu trong tam" in pk or "khau dot pha" in pk or "dot pha" in pk) and style != "label":
        return "key_task"
    if "to chuc thuc hien" in pk or pk.startswith("phan cong nhiem vu"):
        return "duty"
    if k.startswith("chuong trinh"):
        return "programme"
    if k.startswith("de an"):
        return "scheme"
    if _starts(k, TASKS_AND_SOLUTIONS):
        return "section"
    if k.startswith("nhiem vu") and style not in ("caps", "roman", "upper", "part") and parent_kind is not None:
        return "key_task"
    if style == "bullet":  # "- Về kinh tế:", "*. Mục tiêu năm 2016": a label opening a group
        return "group"
    if _starts(k, SECTION_WORDS) or is_upper(title):
        return "section"
    if "giai phap" in pk:  # "1. Huy động nguồn lực đầu tư" under "III. NHIỆM VỤ, GIẢI PHÁP"
        return "solution"
    return "group"
