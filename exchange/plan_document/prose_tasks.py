"""Tasks a plan assigns in its text rather than in an appendix table.

Many committee plans have no task table: each task is a numbered item followed by lines that
say who leads it, who helps, by when and what it yields ("1.1. Rà soát …" then "- Cơ quan chủ
trì: …", "- Cơ quan phối hợp: …", "- Thời gian hoàn thành: …", "- Sản phẩm: …"), or by one
run-in sentence ("Giao Phòng Văn hóa - Xã hội chủ trì, phối hợp với Công an phường thực hiện;
thời gian: thường xuyên"). Such an item is also proposed as a task under itself, with the same
fields as an appendix row, so that the confirm makes it a tracked task through the same row
importer (``saving.save_proposal``: units by ``UnitMatcher``, periods by
``assignments.periods_text``, unknown names asked by ``exchange.unit_mapping``).

Only an item that is a task and nothing more: a leaf whose text is its assignment. A programme,
scheme or key task with its own objectives, activities, resources or targets ("1.4. Phân công
thực hiện: Giao Ủy ban nhân dân phường chủ trì …" under a programme of seed 004) is what its
tasks serve, and its tasks are listed elsewhere (the appendix): it gives none. A task that an
appendix table of the same document lists as well is proposed once, from the table (matched by
name as the re-import matches rows, ``workbook_import.rows.row_name``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assignments.units import starts_like_a_unit
from exchange.workbook_import.rows import row_name

from . import headings as h
from .duties import actor_of, partners_and_work
from .unit_duties import unit_section_tasks

# Fields that make an item more than a task (a programme's or key task's own content).
_OWN_CONTENT = ("general_objective", "main_activities", "resources")
# "Chủ trì: X; phối hợp: Y" (the short labels of a bracket closing a task's line) as well.
_LEAD_LABELS = ("co quan chu tri", "don vi chu tri", "chu tri")
_PARTNER_LABELS = ("co quan phoi hop", "don vi phoi hop", "phoi hop")
_PRODUCT_LABELS = ("san pham du kien", "san pham", "ket qua san pham", "ket qua du kien", "ket qua")
_PERIOD_LABEL_RE = re.compile(r"^thoi (?:gian|han)\b|^tien do\b")
# "Giao Phòng X chủ trì, phối hợp (với) Y thực hiện": the partners are read by the one reader of
# the phrase (``duties.partners_and_work``). Who leads is the actor before "chủ trì"
# (``duties.actor_of``), so that "Ủy ban nhân dân phường cụ thể hóa …, phân công rõ cơ quan chủ
# trì" names no lead.
_GIVEN_RE = re.compile(r"^Giao\s+(?:cho\s+)?", re.IGNORECASE)
_LEADS_RE = re.compile(r"^(?:là đơn vị\s+|làm\s+)?chủ trì\b[\s,]*", re.IGNORECASE)
# Kinds an item proposed as a task may have: a programme or scheme is what its tasks serve.
_TASK_KINDS = ("key_task", "group", "solution")
# Titles that are a field of the item above, read as an item ("4. Đơn vị thực hiện").
_FIELD_TITLES = ("don vi thuc hien", "co quan thuc hien", "trach nhiem")
_CLAUSE_END_RE = re.compile(r";\s*|\.\s+(?=[A-ZĐÀ-Ỹ])")
_LIST_MARK_RE = re.compile(r"^[-–—+•*]\s*")


@dataclass
class Assignment:
    lead: str = ""
    partners: str = ""
    period: str = ""
    product: str = ""
    described: bool = False  # the body says what to do too, beyond who, when and what it yields


def _clauses(text: str) -> list[str]:
    """The lines of a field, each cut at its semicolons and full stops: "Giao X chủ trì, phối
    hợp với Y thực hiện; thời gian: thường xuyên." is two clauses."""
    out = []
    for line in text.splitlines():
        line = _LIST_MARK_RE.sub("", line.strip())
        # A labelled unit line keeps its semicolons: "Cơ quan phối hợp: Phòng A; Công an phường",
        # up to the next label ("Chủ trì: X; phối hợp: Y; thời gian: …" is three clauses).
        if _label(line).startswith(_LEAD_LABELS + _PARTNER_LABELS):
            pieces = []
            for piece in re.split(r";\s*", line):
                if pieces and not _is_labelled(piece):
                    pieces[-1] = f"{pieces[-1]}; {piece}"
                else:
                    pieces.append(piece)
        else:
            pieces = _CLAUSE_END_RE.split(line)
        out += [p.strip().rstrip(".;, ") for p in pieces if p.strip(" .;,")]
    return out


def _is_labelled(clause: str) -> bool:
    label = _label(clause)
    return bool(h.split_title(clause)[1]) and (
        label.startswith(_LEAD_LABELS + _PARTNER_LABELS + _PRODUCT_LABELS) or bool(_PERIOD_LABEL_RE.match(label))
    )


def _label(clause: str) -> str:
    return h.key(h.split_title(clause)[0])


def run_in_lead(text: str) -> tuple[str, str] | None:
    """ "Giao Ủy ban nhân dân phường chủ trì, phối hợp các đơn vị liên quan triển khai thực
    hiện" → ("Ủy ban nhân dân phường", "các đơn vị liên quan"); None when the clause names no
    unit right before "chủ trì"."""
    clause = _GIVEN_RE.sub("", text.strip())
    lead = actor_of(clause)
    if not lead or not starts_like_a_unit(lead):
        return None
    after = clause[len(lead) :].strip()
    m = _LEADS_RE.match(after)
    if m is None:
        return None
    return clause[: len(lead)].strip(" ,"), partners_and_work(after[m.end() :])[0]


def read_assignment(assignment: str, body: str = "", period: str = "") -> Assignment:
    """Who leads, who helps, by when and what it yields, from an item's assignment field, its
    body's labelled lines and its period field (what the reader has put in each)."""
    found = Assignment(period=period.strip())
    fields = _clauses(assignment)
    for n, clause in enumerate(fields + _clauses(body)):
        label, rest = _label(clause), h.split_title(clause)[1].strip()
        if rest and label.startswith(_LEAD_LABELS):
            found.lead = found.lead or rest
        elif rest and label.startswith(_PARTNER_LABELS):
            found.partners = found.partners or rest
        elif rest and label.startswith(_PRODUCT_LABELS):
            found.product = found.product or rest
        elif rest and _PERIOD_LABEL_RE.match(label):
            found.period = found.period or rest
        elif not found.lead and (pair := run_in_lead(clause)):
            found.lead, found.partners = pair[0], found.partners or pair[1]
        elif n >= len(fields):
            found.described = True
    return found


def _is_task_item(item: dict, parents: set[str]) -> bool:
    """A leaf of a kind that can be a task, not a field of the item above read as an item, with
    no objectives, activities or resources of its own (those make it a programme)."""
    return (
        item["kind"] in _TASK_KINDS
        and item["id"] not in parents
        and not h.field_of(item["title"])
        and not h.key(item["title"]).startswith(_FIELD_TITLES)
        and not any((item.get(name) or "").strip() for name in _OWN_CONTENT)
    )


def prose_tasks(items: list[dict], table_tasks: list[dict], targets: list[dict], *, plan_years: str) -> list[dict]:
    """The tasks proposed from the text of ``items`` (see the module docstring), numbered after
    ``table_tasks``. ``plan_years`` ("2026", "2026-2030") is the period of a task whose text
    gives a lead but no time: the plan's own, shown on the review page for the office to
    change (a task must have a period to be saved)."""
    parents = {item["parent"] for item in items if item.get("parent")}
    with_targets = {target["item"] for target in targets}
    listed = {row_name(_bare(task.get("title", ""))) for task in table_tasks}
    out: list[dict] = []
    for item in items:
        if item["kind"] == "duty":
            out += _unit_section_tasks(item, len(table_tasks) + len(out), listed, plan_years)
            continue
        if not _is_task_item(item, parents) or item["id"] in with_targets:
            continue  # an item with targets of its own is measured, not done once: not a task
        found = read_assignment(item.get("assignment") or "", item.get("body") or "", item.get("period_text") or "")
        if not found.lead or row_name(_bare(item["title"])) in listed:
            continue
        if found.described:
            # An item that describes its work in a paragraph of its own is a direction the plan
            # details elsewhere: in its task table (A of trial 1: "Hoàn thiện hạ tầng số …" over
            # "Số hóa hồ sơ …"), or in the committee's yearly plans (D of trial 2: a party
            # programme's breakthroughs). A task is printed as its title, then who, when, what.
            continue
        out.append(
            {
                "id": f"k{len(table_tasks) + len(out) + 1}",
                "item": item["id"],
                "number": item.get("number", ""),
                "source": item.get("source"),
                "row": None,
                "title": item["title"],
                "lead_text": found.lead,
                "coordination_text": found.partners,
                "period_text": found.period or plan_years,
                "result": found.product,
                "errors": [],
                "include": True,
                "from_text": True,
            }
        )
    return out


def _unit_section_tasks(item: dict, before: int, listed: set[str], plan_years: str) -> list[dict]:
    """The "- Chủ trì …" lines of a duty titled by a unit (``unit_duties``), as tasks under it;
    one a table of the document lists as well is proposed once, from the table."""
    out = []
    for task in unit_section_tasks(item["title"], item.get("body") or ""):
        if row_name(_bare(task.title)) in listed:
            continue
        out.append(
            {
                "id": f"k{before + len(out) + 1}",
                "item": item["id"],
                "number": "",
                "source": item.get("source"),
                "row": None,
                "title": task.title,
                "lead_text": task.lead,
                "coordination_text": task.partners,
                "period_text": task.period or plan_years,
                "result": "",
                "errors": [],
                "include": True,
                "from_text": True,
            }
        )
    return out


def _bare(title: str) -> str:
    """A title without its final full stop: the same task is printed with one in the body and
    without in a table cell."""
    return (title or "").strip().rstrip(".;:")
