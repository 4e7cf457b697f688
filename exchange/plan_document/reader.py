"""A plan document's blocks → a proposal: header, tree, targets, appendix rows (plain JSON).

The proposal is what the office reviews and edits before anything is saved, what
``manage.py import_plan --json`` prints, and what ``saving.save_proposal`` writes. Its shape is
documented in the README ("Plan from its document"). Every item, target and row keeps
``source``, the index of the block it came from, so the review page can show it beside the
text.

How the tree is found (the rules of a heading's shape are in ``headings``):

* The paragraphs before the first numbered heading are the header (``header.read_header``).
* A heading's number style opens a level; the same style met again closes the levels opened
  since (so "1." after "1.2." is a sibling of the first "1.", and "II." closes everything
  under "I."). A "PHỤ LỤC" starts over at the top.
* Numbered paragraphs that hold a value ("100% hồ sơ …", "Thu nhập … 60 triệu đồng") or run
  long without a title are content, not headings: numbered targets are not items. So are
  "(1)" paragraphs and bullets, except a short bullet that ends with a colon and opens a group
  ("- Về kinh tế:").
* Under a programme, scheme or key task, the sub-headings "Mục tiêu tổng quát", "Mục tiêu cụ
  thể", "Các hoạt động chính", "Phân công thực hiện", "Thời gian thực hiện", "Nguồn lực" are
  its fields; elsewhere they are section items.
* Items enumerated inside a sentence ("… đề ra 4 nhiệm vụ trọng tâm: …; …") are proposed as
  items (``enumerations``); a paragraph that opens with a heading run into it ("Một số chỉ
  tiêu chủ yếu (nhiệm kỳ 2020 - 2025) Tốc độ …") is cut after it.
* A numbered paragraph right under a heading of the same number and style ("1. Mục đích." then
  "1. Làm cho …") is content: siblings never repeat a number.
* A numbered paragraph that follows a long numbered paragraph is content too: the paragraphs
  "1. …", "2. …", "3. …" under "I. MỤC ĐÍCH, YÊU CẦU" are all requirements, even the last one
  when it is short.
* Under "Tổ chức thực hiện", a numbered sentence that names who acts ("2. Ủy ban nhân dân
  phường chỉ đạo …") is a duty item titled by that body (``duties``); the closing paragraph
  ("Trong quá trình thực hiện, …", "Trên đây là …") goes to the header, as do the signature
  block's recipients, signer's title and name, the issuer a basis paragraph names ("…, Ban
  Thường vụ Đảng ủy phường ban hành Kế hoạch …") and the bodies of "Mục đích" and "Yêu cầu".
* A paragraph of a programme's or key task's "Mục tiêu cụ thể" is one target statement,
  whatever its sentences; elsewhere each sentence is one.
* A note "* Các nhiệm vụ được cụ thể hóa … tại Phụ lục" after the fields of a key task belongs
  to the section that holds the key tasks, not to the last field.
* Target sentences: every sentence under a targets heading ("Các chỉ tiêu …", "Mục tiêu cụ
  thể", a part named "… MỤC TIÊU …") and every sentence elsewhere that the targets parser
  reads a value from, except in activities, assignment, period, resources, purpose and
  requirements. "Đến năm 2030:" sets the horizon of the sentences under it.
* Tables: the header row and group rows are read by ``workbook_import.layouts.read_grid``,
  the same reading as an Excel appendix.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from django.utils.translation import gettext as _

from assignments.periods_text import period_as_printed
from exchange.workbook_import.layouts import LayoutError, read_grid
from exchange.workbook_import.rows import target_part_of_cells, task_resources
from targets.sentences import parse_target_sentence

from . import headings as h
from .appendix_pointers import points_to_appendix
from .duties import CLOSING_RE, actor_of, is_execution_heading
from .enumerations import find_enumeration, kind_for
from .header import (
    DOCUMENT_KINDS,
    adoption_date,
    attached_plan_start,
    document_kind,
    is_enacting_formula,
    is_motto,
    issuer_in_basis,
    issuing_body,
    period_of,
    read_header,
    read_signature,
    signature_row_lines,
    with_issuing_decision,
)
from .prose_tasks import prose_tasks
from .source import Block

PROPOSAL_VERSION = 1
TITLE_MAX = 500
_LONG_CONTENT = 260  # a numbered paragraph longer than this, without a "Title:", is content
_NO_TARGET_FIELDS = {"main_activities", "assignment", "period_text", "resources"}
# A part reporting what was done ("I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2025", "Đánh giá tình hình …"):
# its figures are last year's results, never targets, however the sentences read.
_RESULT_SECTIONS = (
    "ket qua thuc hien",
    "ket qua dat duoc",
    "danh gia ket qua",
    "danh gia tinh hinh",
    "tinh hinh thuc hien",
)
# "Chế độ báo cáo" says when units report ("trước ngày 15 của tháng cuối quý"): a date, no target.
_NO_TARGET_SECTIONS = (
    "muc dich",
    "yeu cau",
    "quan diem",
    "to chuc thuc hien",
    "phuong huong chung",
    "che do bao cao",
    *_RESULT_SECTIONS,
)
_NOTE_RE = re.compile(r"^[(*\s]*(?:Ghi chú|Lưu ý|Chú thích)\s*[:.)]", re.I)
_NOT_TARGET_CONTEXT = (
    "muc tieu tong quat",
    "muc tieu chung",
    "muc dich",
    "yeu cau",
    "phuong huong chung",
    *_RESULT_SECTIONS,
)
_SENTENCE_END_RE = re.compile(
    r"(?<=[.!?])\s+(?=[\"“(]?[A-ZĐÀ-ỸẮẰẲẴẶẤẦẨẪẬÉÈẺẼẸẾỀỂỄỆÍÌỈĨỊÓÒỎÕỌỐỒỔỖỘỚỜỞỠỢÚÙỦŨỤỨỪỬỮỰÝỲỶỸỴ])"
)
_ABBREVIATION_RE = re.compile(r"(?:\b[A-ZĐ][A-Za-zĐđ]?|\bTr|\bTT|\bTP|\bNQ|\bQĐ)\.$")


@dataclass
class _Item:
    id: str
    parent: _Item | None
    style: str
    kind: str
    number: str
    title: str
    source: int
    fields: dict[str, list[str]] = field(default_factory=dict)
    children: int = 0
    open_field: str | None = None
    horizon: int | None = None

    def add(self, name: str, text: str) -> None:
        if name == "period_text":
            text = period_as_printed(text)
        self.fields.setdefault(name, []).append(text)

    def as_json(self) -> dict:
        def joined(name: str) -> str:
            return "\n".join(self.fields.get(name, []))

        return {
            "id": self.id,
            "parent": self.parent.id if self.parent else None,
            "kind": self.kind,
            "number": self.number,
            "title": self.title[:TITLE_MAX],
            "general_objective": joined("general_objective"),
            "main_activities": joined("main_activities"),
            "body": joined("body"),
            "assignment": joined("assignment"),
            "period_text": joined("period_text"),
            "resources": joined("resources"),
            "source": self.source,
            "include": True,
        }


def _ancestors(item: _Item | None):
    while item is not None:
        yield item
        item = item.parent


def _holds_no_targets(title: str) -> bool:
    """A purpose, a standpoint, the implementation or last year's results: no targets under it;
    but a heading that names targets as well ("Phần thứ nhất — MỤC ĐÍCH, YÊU CẦU VÀ CHỈ TIÊU") holds
    its "II. CHỈ TIÊU", unless it reports what was done."""
    k = h.key(title)
    if k.startswith(_RESULT_SECTIONS):
        return True
    return k.startswith(_NO_TARGET_SECTIONS) and not re.search(r"\b(?:chi tieu|muc tieu)\b", k)


def _target_context(item: _Item | None) -> bool | None:
    """True under a targets heading, False under one that is not about targets, None elsewhere."""
    if item is not None and item.open_field is not None:
        return item.open_field == "targets"
    for node in _ancestors(item):
        k = h.key(node.title)
        if any(k.startswith(w) for w in _NOT_TARGET_CONTEXT):
            return False
        if "chi tieu" in k or k.startswith("muc tieu"):
            return True
    return None


def sentences(text: str) -> list[str]:
    """A paragraph's sentences, cut at ". " before a capital (not after "TT." or "Tr.")."""
    out: list[str] = []
    start = 0
    for m in _SENTENCE_END_RE.finditer(text):
        piece = text[start : m.start()]
        if _ABBREVIATION_RE.search(piece):
            continue
        out.append(piece.strip())
        start = m.end()
    out.append(text[start:].strip())
    return [s for s in out if s]


# A heading or list marker run into the paragraph before it: "… 2020-2025 I. Về kinh tế (11 chỉ tiêu)
# 1. Tốc độ …" (a newspaper or a PDF flattened the list); it follows a full stop, a semicolon, a
# colon, a closing bracket, or a title in capitals, and opens a capitalised word.
_RUN_IN_RE = re.compile(r"\s+(?=(?:[IVX]{1,4}|\d{1,2}|\*)\.\s+[A-ZĐÀ-Ỹ])")


# A heading without a number run into its paragraph: a title by its words ("Một số chỉ tiêu
# chủ yếu …", "Mục tiêu cụ thể …") that ends on a closing bracket or a year, then a sentence.
_RUN_IN_TITLE_RE = re.compile(r"^(.{8,100}?(?:\)|\b\d{4}))\s+(?=[A-ZĐÀ-Ỹ])")


def run_in_parts(text: str) -> list[str]:
    """A paragraph cut before each run-in marker (see ``_RUN_IN_RE``) and after a run-in title
    (``_RUN_IN_TITLE_RE``); most paragraphs stay whole."""
    parts: list[str] = []
    start = 0
    if (m := _RUN_IN_TITLE_RE.match(text)) and h.classify(m.group(1)).style == "plain":
        title = m.group(1)
        if h.is_plain_heading(title, "", title) and not h.key(title).startswith("ve "):
            parts.append(title)
            start = m.end()
    for m in _RUN_IN_RE.finditer(text):
        before = text[start : m.start()]
        shape = h.classify(before.strip()) if before.strip() else None
        numbered_title = shape is not None and shape.style.startswith("dec") and len(before) <= 80
        if before and (before[-1] in ".;:)" or h.is_upper(before) or numbered_title) and len(before) >= 8:
            parts.append(before.strip())
            start = m.end()
    parts.append(text[start:].strip())
    return [p for p in parts if p]


def _unmarked(text: str) -> str:
    """The paragraph without its list marker ("- ", "(3) ", "5. ", "a) ")."""
    return re.sub(r"^(?:[-–—+•*▪●○◦·]\s*|\(\d{1,2}\)\s*|\d{1,2}(?:\.\d{1,2})*\s*[.)]\s+|[a-zđ]\)\s+)", "", text).strip()


class _Reader:
    def __init__(self, blocks: list[Block], default_horizon: int | None) -> None:
        self.blocks = blocks
        self.items: list[_Item] = []
        self.targets: list[dict] = []
        self.tasks: list[dict] = []
        self.projects: list[dict] = []
        self.warnings: list[str] = []
        self.stack: list[_Item] = []
        self.default_horizon = default_horizon
        self.appendix_open = False
        self.closing = False
        self.closing_lines: list[str] = []
        self.more_parts = False  # the paragraph being read is followed by more of its block
        self.content_numbers: dict[str, str] = {}  # style → number of the last numbered content
        self.closing_text: list[str] = []

    # --- the tree -------------------------------------------------------------------------

    @property
    def current(self) -> _Item | None:
        return self.stack[-1] if self.stack else None

    def open(self, heading: h.Heading, block: Block, title: str) -> _Item:
        if heading.style == "appendix":
            self.stack.clear()
        elif any(node.style == heading.style for node in self.stack):
            while self.stack[-1].style != heading.style:
                self.stack.pop()
            self.stack.pop()
        parent = self.stack[-1] if self.stack else None
        self.content_numbers.clear()  # a new heading starts new lists
        if parent is not None:
            parent.open_field = None
        kind = h.kind_of(
            title,
            parent_kind=parent.kind if parent else None,
            parent_title=parent.title if parent else "",
            style=heading.style,
        )
        item = _Item(f"i{len(self.items) + 1}", parent, heading.style, kind, heading.number, title, block.index)
        if parent:
            parent.children += 1
        self.items.append(item)
        self.stack.append(item)
        return item

    def is_heading(self, heading: h.Heading, text: str, index: int) -> bool:
        style, title = heading.style, heading.title
        head, rest = h.split_title(title)
        if style in h.TOP_STYLES:
            return True
        if style.startswith("h") and style[1:].isdigit():
            return not h.has_value(head)
        if style.startswith("dec") or style == "letter":
            if style != "letter" and self._fields_follow(index) and not self.more_parts:
                # "3.1. … bảo đảm 100% văn bản đi được ký số" then "- Cơ quan chủ trì: …": a task,
                # whatever figure its title holds.
                return True
            if h.has_value(head) or text.rstrip().endswith(";"):
                return False
            if len(title) > _LONG_CONTENT and not rest:
                return self._numbered_content(heading)
            if h.key(head).startswith(h.SECTION_WORDS) and len(head) < 80:
                return True  # "1. Mục tiêu", "2. Yêu cầu": a section, even under a targets heading
            if _follows(self.content_numbers.get(style), heading.number):
                return self._numbered_content(heading)  # "3." after "1." and "2." that were content
            current = self.current
            if current is not None and current.style == style and current.number == heading.number:
                # "1. Mục đích." then "1. Làm cho Nhân dân …": siblings never repeat a number, so
                # the numbering restarts inside the heading: a list of its paragraphs.
                return self._numbered_content(heading)
            sibling = any(node.style == style for node in self.stack) and len(head) < 120
            if sibling and not _target_context(self.current):
                return True  # a sibling of an open heading ("2. Yêu cầu" after "1. Mục tiêu")
            if _target_context(self.current) and not h.is_label_heading(head, rest, title.rstrip().endswith(":")):
                # Under a targets heading a numbered line is a target unless it is a group label
                # or a deeper-numbered heading of its own (1.2 under 1.).
                return style.startswith("dec") and style != "dec1" and len(head) < 120
            return True
        if style == "ordinal":
            # "Thứ nhất, tập trung …" under a heading: an item of its own (titled by its sentence);
            # under a targets heading, one with a figure is a target.
            return not (h.has_value(head) and _target_context(self.current))
        if style == "caps":
            return True
        if style == "bullet":
            return h.is_label_heading(head, rest, title.rstrip().endswith(":")) and self._next_is_content(index)
        if style == "plain":
            return h.is_plain_heading(head, rest, text) and self._next_is_content(index)
        return False

    @staticmethod
    def _holds_fields(item: _Item) -> bool:
        """An item under a part whose sub-headings are a programme's fields is a key task; never
        a top part, a "Mục tiêu" / "Mục đích" section (whose "Mục tiêu cụ thể" is a section of
        its own), "Tổ chức thực hiện", or an appendix's group."""
        return (
            item.parent is not None
            and item.parent.kind != "appendix"
            and not item.children
            and not h.key(item.title).startswith(h.SECTION_WORDS)
            and not is_execution_heading(item.title)
        )

    @staticmethod
    def _promote(item: _Item) -> None:
        """ "1.1. Rà soát …" followed by "- Cơ quan chủ trì: …", "- Thời gian hoàn thành: …": the
        lines that say who does it and by when make the item a key task; its parent, read as a
        key task from its part's title ("III. NHIỆM VỤ TRỌNG TÂM" → "1. Cải cách thể chế") but
        holding none of those lines itself, is the group of such tasks."""
        item.kind = "key_task"
        parent = item.parent
        if parent is not None and parent.kind == "key_task" and not parent.fields:
            parent.kind = "group"

    def _fields_follow(self, index: int) -> bool:
        """The next paragraph names who does the work or by when (``_names_work``)."""
        following = next((b for b in self.blocks[index + 1 :] if b.is_table or b.text.strip()), None)
        return following is not None and not following.is_table and _names_work(following.text)

    def _numbered_content(self, heading: h.Heading) -> bool:
        """A numbered paragraph read as content: the next number of its list is content too."""
        self.content_numbers[heading.style] = heading.number
        return False

    def _next_is_content(self, index: int) -> bool:
        return self.more_parts or index + 1 < len(self.blocks)

    # --- content --------------------------------------------------------------------------

    def duty(self, heading: h.Heading, block: Block) -> bool:
        """A numbered sentence under "Tổ chức thực hiện" that names who acts: a duty item."""
        current = self.current
        if current is None or not (heading.style.startswith("dec") or heading.style == "letter"):
            return False
        holder = current.parent if current.kind == "duty" and current.style == heading.style else current
        if holder is None or not is_execution_heading(holder.title):
            return False
        sentence = heading.title.strip()
        if not (sentence.endswith((".", ";")) or len(sentence) > 120) or not (actor := actor_of(sentence)):
            return False
        item = self.open(h.Heading(heading.style, heading.number, actor), block, actor)
        item.kind = "duty"
        item.add("body", sentence)
        return True

    def content(self, block: Block, text: str) -> None:
        item = self.current
        if CLOSING_RE.match(text):
            self.closing_text.append(text)
            return
        if text.startswith("* ") and item is not None and (item.kind in h.ACTIONABLE or item.open_field):
            # A note after the last key task's fields: the section's, not the field's.
            holder = next((n for n in _ancestors(item) if n.kind not in h.ACTIONABLE), None)
            if holder is not None:
                holder.add("body", text)
                return
        if _NOTE_RE.match(text):
            # "Ghi chú: …", "Lưu ý: …": the document's remark on what is above (where a target
            # was assigned from, last year's figure), kept as printed, never a target or a list.
            if item is not None:
                item.add("body", text)
            return
        self.enumeration(block, text)
        if item is None:
            self.add_targets(None, block, text, context=None)
            return
        if item.kind in ("group", "section", "solution") and _names_work(text) and self._holds_fields(item):
            self._promote(item)
        if item.kind in h.ACTIONABLE or (item.parent and item.parent.kind in h.ACTIONABLE and item.open_field):
            head, rest = h.split_title(_unmarked(text))
            name = h.field_of(head) if rest else None
            if name and name != "targets":
                item.add(name, h.field_text(head, rest))
                item.open_field = None
                if h.is_bare_objective(head):
                    self.add_targets(item, block, rest, context=None)
                return
        name = item.open_field or ("general_objective" if self._is_objective(item) else "body")
        horizon = h.is_horizon_label(text)
        if horizon and not h.split_title(text)[1]:
            item.horizon = horizon
            if name != "targets":
                item.add(name, text)
            return
        # The sentences of a "Mục tiêu cụ thể" block become targets; they are not the item's body too.
        if name != "targets":
            item.add(name, text)
        if item.open_field in _NO_TARGET_FIELDS:
            return
        if any(_holds_no_targets(n.title) for n in _ancestors(item)):
            return
        # A paragraph (a bullet, "Đến năm 2045: …") of a programme's or key task's "Mục tiêu cụ
        # thể" is one target, whatever its sentences ("- Chất lượng giáo dục toàn diện: Giữ vững
        # … . Phấn đấu đến năm 2030 …"): the plan lists its targets one to a paragraph there.
        whole = item.kind in h.ACTIONABLE and item.open_field == "targets"
        before = len(self.targets)
        self.add_targets(item, block, text, context=_target_context(item), whole=whole)
        k = h.key(item.title)
        if name == "body" and len(self.targets) > before and ("chi tieu" in k or k.startswith("muc tieu cu the")):
            # Under "II. CHỈ TIÊU CHỦ YẾU" a paragraph read as targets is those targets: kept
            # once (the plan page showed it twice, as the item's text and as its targets).
            item.fields["body"].pop()

    def enumeration(self, block: Block, text: str) -> None:
        """The items a sentence enumerates (``enumerations``), under the current item; they do
        not open a level: the paragraphs after them belong where they did."""
        found = find_enumeration(text)
        if found is None:
            return
        parent = self.current
        if found.label:
            kind = h.kind_of(
                found.lead,
                parent_kind=parent.kind if parent else None,
                parent_title=parent.title if parent else "",
                style="label",
            )
            parent = self._add_item(parent, "label", kind, "", found.lead, block)
        for number, title in found.items:
            parent_kind = parent.kind if parent else "group"
            kind = kind_for(found.lead) or h.kind_of(
                title, parent_kind=parent_kind, parent_title=found.lead, style="enum"
            )
            self._add_item(parent, "enum", kind, number, title, block)

    def _add_item(self, parent: _Item | None, style: str, kind: str, number: str, title: str, block: Block) -> _Item:
        item = _Item(f"i{len(self.items) + 1}", parent, style, kind, number, title, block.index)
        if parent is not None:
            parent.children += 1
        self.items.append(item)
        return item

    @staticmethod
    def _is_objective(item: _Item) -> bool:
        k = h.key(item.title)
        return k.startswith(("muc tieu tong quat", "muc tieu chung"))

    def horizon_of(self, item: _Item | None) -> int | None:
        for node in _ancestors(item):
            if node.horizon:
                return node.horizon
            if span := period_of(node.title):
                return span[1]
        return self.default_horizon

    def add_targets(
        self, item: _Item | None, block: Block, text: str, *, context: bool | None, whole: bool = False
    ) -> None:
        if context is False:
            return
        body = _unmarked(text)
        horizon = self.horizon_of(item)
        label, rest = h.split_title(body)
        if (year := h.is_horizon_label(label + ":")) and rest:
            horizon, body = year, rest
        for sentence in [body] if whole else sentences(body):
            parts = parse_target_sentence(sentence, horizon)
            quantitative = [p for p in parts if p.direction != "qualitative"]
            if not context and not quantitative:
                continue
            if not quantitative and (len(sentence) < 12 or sentence.endswith(":") or points_to_appendix(sentence)):
                continue
            self.targets.append(
                {
                    "id": f"t{len(self.targets) + 1}",
                    "item": item.id if item else None,
                    "statement": sentence,
                    "horizon": horizon,
                    "parts": [_part_json(p) for p in parts],
                    "source": block.index,
                    "include": True,
                }
            )

    # --- tables ---------------------------------------------------------------------------

    def table(self, block: Block) -> None:
        holder = self.current
        name = _("Bảng %(n)s") % {"n": block.index + 1}
        try:
            sheet = read_grid(name, [list(r) for r in block.rows], list(block.merges))
        except LayoutError:
            if holder is not None:
                holder.add("body", block.display)
            return
        label = sheet.appendix_title or (_("Các nhiệm vụ") if sheet.kind == "tasks" else _("Danh mục dự án"))
        if holder is None:
            holder = self.open(h.Heading("appendix", "", label), block, label)
        elif holder.kind == "appendix" and not holder.title:
            holder.title = label  # "PHỤ LỤC 1" printed without a title line
        # A total that does not add up (``workbook_import.totals``), the table named by its appendix.
        table = holder.title if holder.kind == "appendix" and holder.title else label
        self.warnings += [_("Bảng “%(table)s”: ") % {"table": table} + w for w in sheet.warnings]
        base_stack = list(self.stack)
        groups: dict[int, _Item] = {}
        for path in sheet.groups():
            group = path[-1]
            parent = groups.get(id(path[-2])) if len(path) > 1 else holder
            item = _Item(f"i{len(self.items) + 1}", parent, "table", "group", group.number, group.title, block.index)
            parent.children += 1
            self.items.append(item)
            groups[id(group)] = item
        for path, row in sheet.walk():
            owner = groups[id(path[-1])] if path else holder
            values = {k: ("" if v is None else str(v)) for k, v in row.values.items()}
            common = {"item": owner.id, "number": row.number, "source": block.index, "row": row.row}
            if sheet.kind == "tasks":
                self.tasks.append(
                    {
                        "id": f"k{len(self.tasks) + 1}",
                        **common,
                        "title": values.get("title", ""),
                        "lead_text": values.get("lead", ""),
                        "coordination_text": values.get("coordinators", ""),
                        "period_text": values.get("period", ""),
                        "result": values.get("result", ""),
                        "resources": task_resources(values),
                        "errors": list(row.errors),
                        "include": not row.errors,
                    }
                )
            elif sheet.kind == "projects":
                self.projects.append(
                    {
                        "id": f"p{len(self.projects) + 1}",
                        **common,
                        "name": values.get("name", ""),
                        "funding_text": values.get("funding", ""),
                        "units_text": values.get("units", ""),
                        "field": values.get("field", "") or (path[-1].title if path else ""),
                        "total_investment": values.get("total_investment", ""),
                        # "Kế hoạch vốn" over "Năm 2026" / "Năm 2027": each year's figures as printed.
                        "capital": _capital_json(row.capital),
                        "location_scale": values.get("location_scale", ""),
                        "period_text": values.get("period", ""),
                        "errors": list(row.errors),
                        "include": not row.errors,
                    }
                )
            else:
                statement = values.get("statement", "")
                if statement:
                    # A row that states its value in cells (Mục tiêu 2030, Đơn vị tính, Thực hiện
                    # 2025) is read from them; otherwise its sentence is parsed.
                    try:
                        cells = target_part_of_cells(
                            row.values, sheet.column_years, self.horizon_of(owner), row.milestones
                        )
                    except ValueError:
                        cells = None
                    parts = (
                        [cells]
                        if cells
                        else [_part_json(p) for p in parse_target_sentence(statement, self.horizon_of(owner))]
                    )
                    self.targets.append(
                        {
                            "id": f"t{len(self.targets) + 1}",
                            "item": owner.id,
                            "statement": statement,
                            "horizon": self.horizon_of(owner),
                            "parts": parts,
                            "responsible_text": values.get("responsible", ""),
                            # A target table's own "Đơn vị phối hợp" and "Thời gian hoàn thành".
                            "coordination_text": values.get("coordinators", ""),
                            "deadline_text": values.get("deadline", ""),
                            "source": block.index,
                            "include": True,
                        }
                    )
        self.stack = base_stack

    # --- the walk -------------------------------------------------------------------------

    def walk(self, start: int) -> None:
        for block in self.blocks[start:]:
            if block.is_table and _is_signature_table(block):
                # "Nơi nhận" beside the signer, laid out as a borderless table: the signature block.
                self.closing_lines += [line for _index, line in _column_lines(block) if line.strip()]
                continue
            if block.is_table and self.closing and (lines := signature_row_lines(block.rows)) is not None:
                self.closing_lines += lines  # a signature table's row pasted as text, its cells apart by a TAB
                continue
            if block.is_table:
                self.table(block)
                continue
            parts = run_in_parts(block.text)
            for n, text in enumerate(parts):
                self.more_parts = n + 1 < len(parts)
                self.paragraph(block, text)
            self.more_parts = False

    def paragraph(self, block: Block, text: str) -> None:
        if h.SIGNATURE_RE.match(text) and (text.startswith("Nơi nhận") or h.is_upper(text)):
            self.closing = True
        if self.closing and not text.upper().startswith("PHỤ LỤC"):
            self.closing_lines.append(text)
            return
        self.closing = False
        heading = h.classify(text, block.style)
        if heading is not None and heading.number and self.duty(heading, block):
            return
        if heading is not None and self.is_heading(heading, text, block.index):
            head, rest = h.split_title(heading.title)
            if heading.style == "appendix":
                self.appendix_open = True
                head, rest = heading.title, ""
            parent = self.current
            name = h.field_of(head) if heading.style != "appendix" else None
            # A sub-heading of ``parent`` (not a heading of its level or above: "IV. TỔ CHỨC THỰC
            # HIỆN" after "2. …" under "III." names a field's words, yet is the next part).
            nested = (
                parent is not None
                and heading.style != parent.style
                and not any(n.style == heading.style for n in self.stack)
            )
            if (
                name
                and nested
                and not h.is_bare_objective(head)  # "1.1. Mục tiêu" alone may head a section of its own
                and parent.kind in ("group", "section", "solution")
                and self._holds_fields(parent)
            ):
                # "1. Cải thiện môi trường kinh doanh" under "III. NHIỆM VỤ, GIẢI PHÁP", then
                # "1.1. Mục tiêu cụ thể", "1.2. Phân công thực hiện": the fields make it a key task.
                parent.kind = "key_task"
            if nested and parent.kind in h.ACTIONABLE and name:
                parent.open_field = name
                if rest:
                    parent.add(name if name != "targets" else "body", h.field_text(head, rest))
                    if name == "targets" or h.is_bare_objective(head):
                        self.add_targets(parent, block, rest, context=True if name == "targets" else None)
                return
            if (
                heading.style == "caps"
                and self.current
                and not self.current.children
                and (self.current.kind == "appendix" or (self.current.style == "part" and not self.current.title))
            ):
                # The title lines under "PHỤ LỤC 1" belong to the appendix's title; the capitals
                # under a bare "Phần thứ nhất" are that part's title.
                self.current.title = f"{self.current.title}\n{text}".strip()
                return
            item = self.open(heading, block, head)
            if rest:
                self.content(block, rest)
            del item
        else:
            self.content(block, text)

    def prune(self) -> None:
        """Unnumbered headings before the first real content that hold nothing (page furniture)."""
        used = {t["item"] for t in self.targets} | {t["item"] for t in self.tasks} | {p["item"] for p in self.projects}
        while self.items:
            first = self.items[0]
            enumerated = first.style in ("enum", "label")  # read from a sentence, not page furniture
            holds = first.children or first.fields or first.id in used
            if first.number or holds or first.kind == "appendix" or enumerated:
                break
            self.items.pop(0)
            for other in self.items:
                if other.parent is first:
                    other.parent = None


def _names_work(text: str) -> bool:
    """ "- Cơ quan chủ trì: Văn phòng …", "- Thời gian hoàn thành: Quý III/2026.": a line that
    says who leads the work or by when, with its answer after the label."""
    head, rest = h.split_title(_unmarked(text))
    return bool(rest) and h.field_of(head) in ("assignment", "period_text")


def _follows(previous: str | None, number: str) -> bool:
    """ "3" follows "2", "1.3" follows "1.2", "c" follows "b"."""
    if not previous or not number:
        return False
    head, _, last = previous.rpartition(".")
    n_head, _, n_last = number.rpartition(".")
    if head != n_head:
        return False
    if last.isdigit() and n_last.isdigit():
        return int(n_last) == int(last) + 1
    return len(last) == len(n_last) == 1 and ord(n_last) == ord(last) + 1


def _capital_json(capital: dict) -> dict:
    """A project row's yearly figures, {"2026": {"capital_plan": "1.800"}}, as printed."""
    out: dict[str, dict[str, str]] = {}
    for (name, year), (_cell, value) in sorted(capital.items(), key=lambda pair: pair[0][1]):
        out.setdefault(str(year), {})[name] = str(value)
    return out


def _part_json(part) -> dict:
    data = part.as_json()
    data.setdefault("baseline_value", None)
    data.setdefault("baseline_year", None)
    return data


def _first_heading(blocks: list[Block]) -> int:
    """Index in ``blocks`` of the first block that starts the body (after the header)."""
    kinds = [i for i, b in enumerate(blocks[:25]) if not b.is_table and document_kind(b.text.strip())]
    for i, block in enumerate(blocks):
        if block.is_table:
            text = block.display
            if re.search(r"\bSố\s*:", text) or "CỘNG HÒA" in text.upper() or "ĐẢNG CỘNG SẢN" in text.upper():
                continue
            return i
        first = run_in_parts(block.text)[0] if block.text else ""
        heading = h.classify(first, block.style)
        if heading and heading.style in (*h.TOP_STYLES, "dec1", "dec2", "dec3", "dec4"):
            if not h.has_value(heading.title):
                return i
        if heading and heading.style in ("caps", "plain", "bullet") and not _in_header_words(first):
            if kinds and i == kinds[0] + 1 and blocks[kinds[0]].text.strip() in DOCUMENT_KINDS:
                continue  # the title under "NGHỊ QUYẾT" alone, even a short "Về nhiệm vụ …"
            if heading.style == "caps" and kinds and i <= kinds[0] + 2:
                continue  # the issuing body above "KẾ HOẠCH", a title in capitals under it
            if heading.style != "caps" and not h.is_plain_heading(*h.split_title(heading.title), first):
                continue
            return i
    return len(blocks)


def _in_header_words(text: str) -> bool:
    return (
        bool(document_kind(text.strip()))
        or is_motto(text)
        or bool(re.search(r"\bSố\s*:", text))
        or is_enacting_formula(text)
    )


def _column_lines(block: Block) -> list[tuple[int, str]]:
    """A layout table's lines, each column top to bottom (the two-column header of a Word
    document, or its signature block)."""
    width = len(block.rows[0]) if block.rows else 0
    return [(block.index, line) for c in range(width) for row in block.rows for line in (row[c] or "").split("\n")]


def _is_signature_table(block: Block) -> bool:
    """A table of at most two rows whose every cell opens with "Nơi nhận" or a signer's title
    ("TM. ỦY BAN NHÂN DÂN", "T/M BAN THƯỜNG VỤ"), or is empty."""
    if not block.rows or len(block.rows) > 2:
        return False
    firsts = [(cell or "").strip().split("\n")[0].strip() for row in block.rows for cell in row]
    firsts = [first for first in firsts if first]
    return bool(firsts) and all(
        h.SIGNATURE_RE.match(first) and (first.startswith("Nơi nhận") or h.is_upper(first)) for first in firsts
    )


def _signature_lines(blocks: list[Block]) -> list[str]:
    """The signature block of an issuing decision (``header.attached_plan_start``): its lines from
    "Nơi nhận" or the signer's title on; the plan printed after it is signed by it."""
    lines: list[str] = []
    for block in blocks:
        for _index, line in _column_lines(block) if block.is_table else [(block.index, block.text)]:
            line = line.strip()
            if not lines and h.SIGNATURE_RE.match(line) and (line.startswith("Nơi nhận") or h.is_upper(line)):
                lines.append(line)
            elif lines and line:
                lines.append(line)
    return lines


def _header_lines(blocks: list[Block]) -> list[tuple[int, str]]:
    lines = []
    for block in blocks:
        if block.is_table:
            lines += _column_lines(block)
        else:
            lines.append((block.index, block.text))
    return lines


def read_blocks(blocks: list[Block], *, default_horizon: int | None = None) -> dict:
    """The proposal for a document's blocks (see the module docstring)."""
    start = _first_heading(blocks)
    header, used = read_header(_header_lines(blocks[:start]))
    issuing: list[Block] = []  # the articles and signature of a decision that issues the plan
    if (attached := attached_plan_start(blocks, start)) is not None:
        plan_start = attached + _first_heading(blocks[attached:])
        own, own_used = read_header(_header_lines(blocks[attached:plan_start]))
        header, used = with_issuing_decision(header, own), used | own_used
        issuing, start = blocks[start:attached], plan_start
    before = [b for b in blocks[:start] if b not in issuing]
    intro = [b.text for b in before if not b.is_table and b.index not in used]
    horizon = default_horizon or header["period_end_year"]
    reader = _Reader(blocks, horizon)
    for block in before:
        if block.index not in used and not block.is_table:
            reader.enumeration(block, block.text)
            reader.add_targets(None, block, block.text, context=None)
    reader.walk(start)
    reader.prune()
    items = [item.as_json() for item in reader.items]
    if not header["issuing_body_name"] and (issuer := issuer_in_basis(header["basis_text"])):
        header["issuing_body_name"], header["issuing_body"] = issuer, issuing_body(issuer)
    if not header["issued_on"]:
        # A resolution printed without its date in the header: the day its last article says the
        # council adopted it.
        header["issued_on"] = next((day for b in blocks if not b.is_table and (day := adoption_date(b.text))), None)
    closing_lines = reader.closing_lines or _signature_lines(issuing)
    header.update(read_signature(closing_lines))
    header["closing_text"] = "\n".join(reader.closing_text)
    for name, words in (("purpose", ("muc dich",)), ("requirements", ("yeu cau",))):
        found = next((i for i in items if h.key(i["title"]) in words and i["body"]), None)
        header[name] = found["body"] if found else ""
    if not header["period_end_year"]:
        # A target's own year ("Phấn đấu đến năm 2030, …") counts as well as its heading's.
        years = [y for t in reader.targets for y in (t["horizon"], *(p["horizon_year"] for p in t["parts"])) if y]
        if years:
            header["period_end_year"] = max(years)
    start_year, end_year = header["period_start_year"], header["period_end_year"]
    plan_years = f"{start_year}-{end_year}" if start_year and end_year and start_year != end_year else ""
    plan_years = plan_years or str(end_year or start_year or "")
    tasks = reader.tasks + prose_tasks(items, reader.tasks, reader.targets, plan_years=plan_years)
    return {
        "version": PROPOSAL_VERSION,
        "header": {**header, "intro": "\n".join(intro), "closing": "\n".join(closing_lines)},
        "items": items,
        "targets": reader.targets,
        "tasks": tasks,
        "projects": reader.projects,
        "source": [{"index": b.index, "text": b.display, "table": b.is_table} for b in blocks],
        "warnings": reader.warnings,
    }
