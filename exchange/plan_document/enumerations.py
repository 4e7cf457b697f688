"""Items enumerated inside one sentence: "… xác định 3 khâu đột phá: (1) …; (2) …; (3) …".

Resolutions restated in the press, and many short plans, list their breakthroughs, key tasks
or programmes in one paragraph rather than as numbered headings. The reader proposes each
listed thing as an item (the office reviews every proposal), under these rules:

* The list follows a colon (or "là", "gồm", "bao gồm" right after a lead that names what a
  plan is built of: "nhiệm vụ then chốt của nhiệm kỳ là …; …; …"), and runs to the end of its
  sentence; its pieces are cut at ";" or at the markers "(1)", "1)", "a)" when the pieces carry
  them. A lead that says "one of" ("một trong những nhiệm vụ …") opens no list, nor one whose
  plan word only owns the thing listed ("Mục tiêu của đề án: …; …").
* Its lead (the words from the sentence's start to the colon) names things a plan is built
  of: "khâu đột phá", "nhiệm vụ trọng tâm", "chương trình", "đề án", "giải pháp"… Without
  such a word only a marked list ("gồm: a) …; b) …") counts, and only when no piece holds a
  value: a list of values is a list of targets ("Cơ cấu kinh tế: CN 64%; dịch vụ 28,5%").
* A count in the lead ("4 nhiệm vụ trọng tâm", "hai khâu đột phá") is believed: pieces past
  it belong to the last one ("…; phấn đấu thu nhập đạt 60 triệu đồng; xã không còn hộ nghèo"
  is the fourth task, whole). A list with fewer pieces than its count is not proposed: its
  things are then parted by commas, which also join the words of one thing.
* A lead that is a title by itself ("Ba khâu đột phá:") is proposed as a group holding the
  pieces; a lead that is a sentence ("Đảng bộ xã đề ra 4 nhiệm vụ trọng tâm:") is not.
* A piece loses its marker and a joining word before it ("đồng thời", "và").
* "là" after one key task or breakthrough named in the singular ("xã xác định nhiệm vụ trọng
  tâm là tiếp tục huy động mọi nguồn lực, …") gives that one item, when it holds no value.
* Thematic resolutions ("3 nghị quyết chuyên đề … gồm: …; …; …") are listed like programmes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import headings as h

# Folded words of the lead that name what a plan is built of (``headings.key`` folds).
ITEM_NOUNS = (
    "khau dot pha",
    "dot pha",
    "nhiem vu trong tam",
    "nhiem vu trong diem",
    "nhiem vu then chot",
    "nhiem vu chu yeu",
    "nhiem vu",
    "nhom giai phap",
    "giai phap",
    "chuong trinh",
    "de an",
    "nghi quyet chuyen de",
    "noi dung trong tam",
    "khau then chot",
)
COUNT_WORDS = {
    "hai": 2,
    "ba": 3,
    "bon": 4,
    "tu": 4,
    "nam": 5,
    "sau": 6,
    "bay": 7,
    "tam": 8,
    "chin": 9,
    "muoi": 10,
}
_NOUN_RE = "|".join(ITEM_NOUNS)
_COUNT_RE = re.compile(rf"\b(\d{{1,2}}|{'|'.join(COUNT_WORDS)})\s+(?:{_NOUN_RE})\b")
_LABEL_RE = re.compile(rf"^(?:(?:\d{{1,2}}|{'|'.join(COUNT_WORDS)}|cac|nhung|mot so)\s+)?(?:{_NOUN_RE})\b")
# Where the sentence holding the lead starts: after a sentence end ("." "!" "?" "…") and a space.
_SENTENCE_START_RE = re.compile(r"(?:[.!?…]|\.\.\.)\s+(?=\S)")
# Where the list ends: a full stop before a space or the end (not "TT.Ái Nghĩa"), or "…".
_LIST_END_RE = re.compile(r"\.(?=\s|$)|…")
_MARKER_RE = re.compile(r"(?:^|(?<=[\s;:,]))(?:\((\d{1,2})\)|(\d{1,2})\)|([a-zđ])\))\s+")
# "là", "gồm", "bao gồm" open a list only after a lead that names its kind of items.
_COPULA_RE = re.compile(r"\s(?:là|bao gồm|gồm)\s")
# Singular kinds that "là" may name one of: "xã xác định nhiệm vụ trọng tâm là …" is that one task.
_ONE_ITEM_RE = re.compile(
    r"(?<!\bcac )(?<!\bnhung )(?<!\d )\b(?:khau dot pha|nhiem vu trong tam|nhiem vu trong diem|nhiem vu then chot"
    r"|khau then chot)$"
)
_JOINING_RE = re.compile(r"^(?:đồng thời|và|cùng với đó|đồng thời,)\s+", re.I)
_MAX_LEAD_WORDS_FOR_LABEL = 6
# Bounds that keep a pasted paragraph of any length linear: a lead is read back at most this far,
# a list forward at most this far (five titles of ``reader.TITLE_MAX``), and only this many
# colons or "là" of one paragraph are looked at.
_MAX_LEAD_CHARS = 400
_MAX_LIST_CHARS = 2500
_MAX_OPENERS = 100


@dataclass
class Enumeration:
    lead: str  # the words before the colon (or "là"), from the start of their sentence
    label: bool  # the lead is a title by itself: propose it as a group over the pieces
    items: list[tuple[str, str]]  # (number as printed or "", title)


def _lead_of(text: str, colon: int) -> str:
    window = max(0, colon - _MAX_LEAD_CHARS)
    start = window
    for m in _SENTENCE_START_RE.finditer(text, window, colon):
        start = m.end()
    return text[start:colon].strip()


def _marked_pieces(tail: str) -> list[tuple[str, str]] | None:
    """ "(1) a; (2) b" or "a) x; b) y": the pieces with their numbers, or None when the markers
    are not a run 1, 2, 3… (or a, b, c…) from the list's start."""
    marks = list(_MARKER_RE.finditer(tail))
    if len(marks) < 2 or tail[: marks[0].start()].strip():
        return None
    numbers = [next(g for g in m.groups() if g) for m in marks]
    expected = [str(i + 1) for i in range(len(numbers))] if numbers[0].isdigit() else []
    if not expected:
        expected = [chr(ord("a") + i) for i in range(len(numbers))]
    if numbers != expected:
        return None
    pieces = []
    for m, nxt, number in zip(marks, [*marks[1:], None], numbers, strict=True):
        pieces.append((number, tail[m.end() : nxt.start() if nxt else len(tail)]))
    return pieces


def _clean(piece: str) -> str:
    piece = piece.strip().rstrip(";,.").strip()
    return _JOINING_RE.sub("", piece).strip()


def find_enumeration(text: str) -> Enumeration | None:
    """The first list of items enumerated after a colon in ``text`` (see the module docstring)."""
    openers = [(m.start(), m.end()) for _i, m in zip(range(_MAX_OPENERS), re.finditer(":", text), strict=False)]
    openers += [(m.start(), m.end()) for _i, m in zip(range(_MAX_OPENERS), _COPULA_RE.finditer(text), strict=False)]
    for colon, after in sorted(openers)[:_MAX_OPENERS]:
        lead = _lead_of(text, colon)
        key = h.key(lead)
        # The plan word must head the lead, not own something else: "Mục tiêu của đề án:" lists
        # objectives, not schemes.
        named = bool(re.search(rf"\b(?:{_NOUN_RE})\b", key)) and not re.search(
            rf"\b(?:cua|ve)\s+(?:\S+\s+){{0,2}}(?:{_NOUN_RE})\b", key
        )
        if not lead or "chi tieu" in key or "mot trong" in key:
            continue  # "đề ra 16 chỉ tiêu: …" lists targets; "một trong những …" names one
        if text[colon] != ":" and not (named and re.search(rf"\b(?:{_NOUN_RE})(?:\s+\S+){{0,6}}$", key)):
            continue  # "là"/"gồm" open a list only right after the kind of its items
        rest = text[after : after + _MAX_LIST_CHARS + 1]
        end = _LIST_END_RE.search(rest)
        if end is None and len(rest) > _MAX_LIST_CHARS:
            continue  # no end within reach: not a list of titles
        tail = rest[: end.start()] if end else rest
        marked = _marked_pieces(tail.strip())
        if marked:
            pieces = [(n, _clean(p)) for n, p in marked]
        elif named:
            pieces = [("", _clean(p)) for p in tail.split(";")]
        else:
            continue
        pieces = [(n, p) for n, p in pieces if p]
        one = text[colon] != ":" and _ONE_ITEM_RE.search(key) and text[colon:after].strip() == "là"
        if len(pieces) == 1 and one and not h.has_value(pieces[0][1]):
            return Enumeration(lead=lead, label=False, items=pieces)
        if len(pieces) < 2:
            continue
        if not named and any(h.has_value(p) for _n, p in pieces):
            continue
        if m := _COUNT_RE.search(key):
            count = int(m.group(1)) if m.group(1).isdigit() else COUNT_WORDS[m.group(1)]
            if len(pieces) < count:
                continue
            if len(pieces) > count >= 1:
                last = "; ".join(p for _n, p in pieces[count - 1 :])
                pieces = [*pieces[: count - 1], (pieces[count - 1][0], last)]
        label = len(lead.split()) <= _MAX_LEAD_WORDS_FOR_LABEL and bool(_LABEL_RE.match(key))
        return Enumeration(lead=lead, label=label, items=pieces)
    return None


def kind_for(lead: str) -> str | None:
    """The kind of the items a lead names, or None when ``headings.kind_of`` should decide."""
    key = h.key(lead)
    if re.search(r"\b(?:khau dot pha|dot pha|nhiem vu|khau then chot|noi dung trong tam)\b", key):
        return "key_task"
    if re.search(r"\b(?:chuong trinh|nghi quyet chuyen de)\b", key):
        return "programme"
    if re.search(r"\bde an\b", key):
        return "scheme"
    return None
