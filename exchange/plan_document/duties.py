"""Who a duty of "Tổ chức thực hiện" falls to, and the plan's closing paragraph.

The last part of a plan assigns its execution in numbered sentences, each naming the body that
acts before what it does: "2. Ủy ban nhân dân phường chỉ đạo các phòng chuyên môn …", "1. Căn
cứ kế hoạch này, các cấp ủy, tổ chức đảng trực thuộc Đảng ủy phường chủ động …". Each is a duty
item whose title is that body (first letter raised) and whose body is the sentence. The body's
name ends before the first verb of acting, matched in lower case so that the same words inside a
capitalised name ("Ban Chỉ đạo", "Ban xây dựng Đảng") do not cut it; words that are also part of
common unit names ("tổ chức", "xây dựng", "tham mưu", "giúp việc") are not taken as verbs.
"""

from __future__ import annotations

import re

from . import headings as h

_ACTING_VERBS = (
    "chủ động",
    "chỉ đạo",
    "chủ trì",
    "tăng cường",
    "đẩy mạnh",
    "theo chức năng",
    "theo dõi",
    "phối hợp",
    "có trách nhiệm",
    "căn cứ",
    "hướng dẫn",
    "triển khai",
    "thực hiện",
    "lãnh đạo",
    "kiểm tra",
    "giám sát",
    "đôn đốc",
    "rà soát",
    "cụ thể hóa",
    "quán triệt",
    "bố trí",
    "ban hành",
    "thường xuyên",
    "tiếp tục",
    "khẩn trương",
    "định kỳ",
    "nghiên cứu",
    "tập trung",
    "bảo đảm",
    "đảm bảo",
    "tích cực",
    "tuyên truyền",
    "tổ chức triển khai",
    "tổ chức thực hiện",
    "tham mưu cho",
    "là cơ quan",
)
_VERB_RE = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(v) for v in _ACTING_VERBS) + r")(?!\w)")
# An opening clause before the actor: "Căn cứ kế hoạch này, …", "Trên cơ sở …, …".
_LEAD_CLAUSE_RE = re.compile(r"^(?:Căn cứ|Trên cơ sở|Theo|Để|Sau khi)\b[^,]{0,120},\s*")
# A resolution assigns or asks: "Giao Ủy ban nhân dân phường tổ chức …", "Đề nghị Ủy ban Mặt trận
# Tổ quốc Việt Nam phường …": the body is the one named after the word that assigns.
_ASSIGNING_RE = re.compile(r"^(?:Giao(?:\s+cho)?|Đề nghị|Yêu cầu|Ủy quyền(?:\s+cho)?)\s+(?=[A-ZĐÀ-Ỹ])")
_MAX_ACTOR_WORDS = 25
# The closing paragraph of a plan, before "Nơi nhận": how changes are made, what to report, or
# whom the document is spread to ("Kế hoạch này được phổ biến đến chi bộ …", as Party plans end):
# the plan's, never the body of the last duty above it.
CLOSING_RE = re.compile(
    r"^(?:Trong quá trình (?:tổ chức )?(?:triển khai )?thực hiện|Trên đây là"
    r"|(?:Kế hoạch|Chương trình|Nghị quyết) này được (?:phổ biến|quán triệt|triển khai|gửi|thông báo)\b[^.;]*?\bđến)\b"
)


# "phối hợp (với) X …" after a lead: X is the partner, named up to the first verb of acting, else
# up to "tổ chức" ("… Trung tâm Dịch vụ sự nghiệp công tổ chức các hoạt động …": ``actor_of``
# leaves it out of its verbs, as unit names hold it too), else to the clause's end.
_PARTNER_RE = re.compile(r"^(?:và\s+)?phối hợp(?:\s+với)?\s+", re.IGNORECASE)
_WORK_RE = re.compile(r"\s(?=tổ chức\s)")


def partners_and_work(clause: str) -> tuple[str, str]:
    """ "phối hợp với Công an phường kiểm tra, xử lý …" → ("Công an phường", "kiểm tra, xử lý …"):
    the partners a lead's clause names, as printed, and the work after them; ("", clause) when it
    names none. The one reader of the phrase: a run-in assignment ("Giao X chủ trì, phối hợp với
    Y thực hiện", ``prose_tasks``) and a unit's "- Chủ trì, phối hợp với Y …" line
    (``unit_duties``) both call it."""
    m = _PARTNER_RE.match(clause)
    if m is None:
        return "", clause
    rest = clause[m.end() :]
    if actor := actor_of(rest):
        printed = rest[: len(actor)]
    else:
        cut = _WORK_RE.search(rest)
        printed = rest[: cut.start()] if cut else rest
    partners = printed.strip(" ,.")
    if not partners:
        return "", clause
    return partners, rest[len(printed) :].strip(" ,")


def is_execution_heading(title: str) -> bool:
    return h.key(title).startswith(h.EXECUTION_TITLES)


def actor_of(sentence: str) -> str:
    """The body a duty sentence names before its verb, first letter raised; "" when none."""
    text = _ASSIGNING_RE.sub("", _LEAD_CLAUSE_RE.sub("", sentence.strip()))
    if _VERB_RE.match(text[:1].lower() + text[1:]):
        return ""  # "Tăng cường công tác kiểm tra …": a task, not who does it
    m = _VERB_RE.search(text)
    if m is None or m.start() == 0:
        return ""
    actor = text[: m.start()].strip().rstrip(",:;")
    words = actor.split()
    if not words or len(words) > _MAX_ACTOR_WORDS or not actor[:1].isalpha():
        return ""
    return actor[:1].upper() + actor[1:]
