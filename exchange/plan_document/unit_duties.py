"""Tasks a unit's section of "Phân công nhiệm vụ" gives, one a "- Chủ trì …" line.

A committee plan issued by a decision often assigns its work unit by unit: "1. Phòng Kinh tế, Hạ
tầng và Đô thị:" then lines "- Chủ trì tham mưu …", "- Chủ trì, phối hợp với Công an phường kiểm
tra …; hoàn thành trước 30/6/2026.". The section's unit leads each "Chủ trì" line; "phối hợp với
X" names its partner; a last clause "hoàn thành trong Quý IV/2026", "thực hiện thường xuyên", or a
time the line ends with ("… hằng quý", "… trước ngày 15/12/2026") is its period. A line where the
unit only helps ("- Phối hợp với …") is another unit's task: it gives none here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assignments.units import starts_like_a_unit

from .duties import partners_and_work

_LEADS_RE = re.compile(r"^[-–—+•*]?\s*chủ trì\b[\s,]*", re.IGNORECASE)
_PERIOD_CLAUSE_RE = re.compile(r"^(?:hoàn thành|thực hiện|xong)\s+(?:trong\s+)?(?P<period>.+)$", re.IGNORECASE)
_TRAILING_TIME_RE = re.compile(
    r"\s(?P<period>(?:trước|chậm nhất)(?: ngày)? \d{1,2}/\d{1,2}(?:/\d{4})?|hằng (?:tháng|quý|năm)"
    r"|hàng (?:tháng|quý|năm)|thường xuyên|định kỳ hằng (?:tháng|quý|năm))$",
    re.IGNORECASE,
)


@dataclass
class UnitTask:
    title: str
    lead: str
    partners: str
    period: str


def _period(clauses: list[str]) -> tuple[list[str], str]:
    """The clauses without the one that is only a time, and that time."""
    last = clauses[-1]
    if len(clauses) > 1 and (m := _PERIOD_CLAUSE_RE.match(last)):
        return clauses[:-1], m.group("period")
    if m := _TRAILING_TIME_RE.search(last):
        return clauses, m.group("period")
    return clauses, ""


def unit_section_tasks(title: str, body: str) -> list[UnitTask]:
    """The tasks of a duty titled by a unit (``title``) whose ``body`` holds "- Chủ trì …" lines."""
    if not starts_like_a_unit(title):
        return []
    tasks = []
    for line in body.splitlines():
        m = _LEADS_RE.match(line.strip())
        if m is None:
            continue
        clauses = [c.strip(" ,") for c in line.strip()[m.end() :].rstrip(" ./").split(";") if c.strip(" ,.")]
        if not clauses:
            continue
        # The partner is named in the first clause only: a later one's verb never ends it. A
        # clause that is only the partner ("phối hợp với các tổ dân phố") stays the title.
        partners, work = partners_and_work(clauses[0])
        clauses[0] = work or clauses[0]
        clauses, period = _period(clauses)
        text = "; ".join(clauses)
        tasks.append(UnitTask(text[:1].upper() + text[1:], title, partners, period))
    return tasks
