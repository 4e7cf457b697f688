"""Importing appendix workbooks into a ward's plan: preview first, then all rows or none.

``preview_import`` reads the workbook (``exchange.workbook_import.layouts``), places every sheet under an
appendix item of the plan and compares each row with what the portal holds; nothing is
written. ``apply_import`` does the same inside one transaction and writes, or raises
``ImportRejected`` (and writes nothing) when any row is in error or a unit name is neither
matched nor mapped.

Natural keys (how a row of the file finds its record):

* appendix item — ``--appendix``/``appendix=`` if given; else the sheet's "PHỤ LỤC n" title,
  matched to the plan's appendix item keyed ``PLn`` (or numbered "PHỤ LỤC n"), or to the plan's
  one unnumbered appendix ("Phụ lục") holding rows of the kind; without a title, the
  plan's only appendix holding rows of the sheet's kind; else, when the plan holds rows of
  the kind in its body (targets under part B's programmes), the item above all of them, as
  the export prints the groups below it; else a new item ``PLn`` (tasks 1, projects 2,
  targets 3).
* group (and nested field) — under its parent: the child with the same number as printed
  at the same position, else the only child with that number, else the child with the same
  title; else a new item (after its existing siblings). Number and title are then updated
  to the file's; the position is kept (a file listing some of the groups, such as a
  filtered export, does not reorder the plan).
* task, project — under its group, the record with the row's name, else the record at the
  row's place (the n-th row, as the seed loader numbers them) when no row of the file names
  that record: rows inserted, deleted or sorted in Excel keep their own records, a row
  renamed in the file renames its record (``RowImporter.match_records``).
* target — (group, position, part): consecutive rows with the same statement are the parts
  of one sentence.

Import never deletes: rows of the portal missing from the file are kept and counted.
Only the columns the sheet has are compared and written (no "Kết quả" column leaves the
results as they are). Unit cells go through ``assignments.units.UnitMatcher``; a name that
matches nothing must be mapped to a unit (stored as a ``UnitAlias``) or created.
"""

from __future__ import annotations

from django.db import transaction
from django.utils.translation import gettext as _

from assignments.models import Task, Unit
from assignments.stored_status import refresh_all
from assignments.unit_names import normalize_unit_name
from assignments.units import UnitMatcher
from core.generation import bump_wards, locked_generation
from core.text import fold
from plans.models import Plan, PlanItem

from ..unit_mapping import CREATE, save_unit_mapping
from . import rows as import_rows
from .headings import PROJECTS, TARGETS, TASKS
from .layouts import LayoutError, Sheet, read_workbook_report, where
from .preview import NEW, SKIPPED, UNCHANGED, UPDATED, ImportPreview, RowPreview

DEFAULT_APPENDIX = {TASKS: "1", PROJECTS: "2", TARGETS: "3"}


class ImportRejected(Exception):
    def __init__(self, preview: ImportPreview) -> None:
        self.preview = preview
        super().__init__("\n".join(preview.messages()) or _("Nhập dữ liệu bị từ chối."))


class ImportStale(Exception):
    """The ward's data changed after the preview the user confirmed: it may no longer be
    what the import would do, so nothing is written."""


class PendingUnit:
    """A unit the importer asked to create, not yet written (preview only)."""

    pk = None

    def __init__(self, name: str) -> None:
        self.name = name


def _matcher(ward, unit_mapping: dict | None, *, pending: bool) -> UnitMatcher:
    matcher = UnitMatcher.for_ward(ward)
    units = {u.pk: u for u in Unit.objects.filter(ward=ward)}
    for name, target in (unit_mapping or {}).items():
        if target in (None, ""):
            continue
        unit = PendingUnit(name) if str(target) == CREATE else units.get(int(target))
        if unit is not None and (pending or not isinstance(unit, PendingUnit)):
            matcher.by_norm[normalize_unit_name(name)] = unit
    return matcher


def choose_plan(ward, plan_code: str | None) -> Plan:
    plans = Plan.objects.for_ward(ward)
    if plan_code:
        plan = plans.filter(code=plan_code).first()
        if plan is None:
            raise LayoutError(
                _("Phường %(ward)s không có kế hoạch mã “%(code)s”.") % {"ward": ward.name, "code": plan_code}
            )
        return plan
    found = list(plans[:2])
    if not found:
        raise LayoutError(
            _("Phường %(ward)s chưa có kế hoạch nào: hãy tạo kế hoạch trước khi nạp phụ lục.") % {"ward": ward.name}
        )
    if len(found) > 1:
        raise LayoutError(_("Phường %(ward)s có nhiều kế hoạch: hãy chọn kế hoạch để nạp.") % {"ward": ward.name})
    return found[0]


class PlanTree:
    """The items of one plan, loaded once, with the new ones the import adds."""

    def __init__(self, plan: Plan) -> None:
        self.plan = plan
        self.items = list(PlanItem.objects.filter(plan=plan).order_by("tree_order"))
        self.keys = {i.key for i in self.items}
        self.children: dict[int | None, list[PlanItem]] = {}
        for item in self.items:
            self.children.setdefault(item.parent_id, []).append(item)
        self.new_items: list[PlanItem] = []
        self.changed_items: list[PlanItem] = []
        # Items holding rows of an earlier sheet of this workbook (by id()), with the next free
        # position, and the groups matched under each parent: a second sheet placed in the
        # same appendix goes on after the first instead of overwriting its rows.
        self.used: dict[int, int] = {}
        self.taken: dict[int, set] = {}
        self.added_for_kind: dict[str, PlanItem] = {}

    def kids(self, parent: PlanItem | None) -> list[PlanItem]:
        if parent is not None and parent.pk is None:
            return [i for i in self.new_items if i.parent is parent]
        return self.children.get(parent.pk if parent else None, [])

    def unique_key(self, base: str) -> str:
        key, n = base, 2
        while key in self.keys:
            key, n = f"{base}-{n}", n + 1
        self.keys.add(key)
        return key

    def next_position(self, parent: PlanItem) -> int:
        """The position after the existing children of ``parent`` and the ones this import adds."""
        siblings = self.kids(parent) + [i for i in self.new_items if i.parent is parent and parent.pk]
        return max((i.position for i in siblings), default=-1) + 1

    def anchor(self, item_ids) -> PlanItem | None:
        """The item above every given item outside the appendices (``printed_groups`` of the
        export prints the groups below it), or None."""
        by_id = {i.pk: i for i in self.items}
        chains = []
        for pk in item_ids:
            chain, item = [], by_id.get(pk)
            while item is not None:
                chain.append(item)
                item = by_id.get(item.parent_id)
            if not chain or any(i.kind == PlanItem.Kind.APPENDIX for i in chain):
                return None
            chains.append(chain[::-1])
        if not chains:
            return None
        shortest, common = min(len(c) for c in chains), 0
        while common < shortest - 1 and len({c[common].pk for c in chains}) == 1:
            common += 1
        return chains[0][common - 1] if common else None

    def appendix(self, sheet: Sheet, kind: str, wanted: str | None, subtree_has, holders=None) -> tuple[PlanItem, bool]:
        # The appendices an earlier sheet of this workbook added count too: two sheets of one
        # appendix go into one item, on the first import as on the next.
        added = [i for i in self.new_items if i.parent is None]
        appendices = [i for i in self.kids(None) + added if i.kind == PlanItem.Kind.APPENDIX]
        number = (wanted or "").upper().removeprefix("PL") or sheet.appendix_number
        if number:
            for item in appendices:
                if item.key.upper() == f"PL{number}" or fold(item.number).replace(" ", "") in (
                    number.lower(),
                    f"phuluc{number.lower()}",
                ):
                    return item, False
            # A plan with one appendix prints it "Phụ lục" without a number; the ward's workbook
            # of that appendix still says "PHỤ LỤC 1". Never when the user named the appendix.
            unnumbered = [a for a in appendices if not any(c.isdigit() for c in a.number) and subtree_has(a)]
            if not wanted and len(unnumbered) == 1:
                return unnumbered[0], False
        else:
            if (item := self.added_for_kind.get(kind)) is not None:
                return item, False  # an earlier sheet of the same kind added it
            holding = [a for a in appendices if subtree_has(a)]
            if len(holding) == 1:
                return holding[0], False
            if not holding and holders is not None and (anchor := self.anchor(holders())) is not None:
                return anchor, False
            number = DEFAULT_APPENDIX[kind]
        title = sheet.appendix_title or sheet.name
        position = max((i.position for i in self.kids(None) + added), default=-1) + 1
        item = PlanItem(
            plan=self.plan, parent=None, kind=PlanItem.Kind.APPENDIX, key=self.unique_key(f"PL{number}"),
            number=f"PHỤ LỤC {number}", title=title, position=position,
        )  # fmt: skip
        self.new_items.append(item)
        self.added_for_kind.setdefault(kind, item)
        return item, True

    def group(self, parent: PlanItem, group, index: int, depth: int, taken: set) -> tuple[PlanItem, str, list[str]]:
        """The item for a group row of the file: (item, status, changed fields)."""
        siblings = [i for i in self.kids(parent) if i.kind != PlanItem.Kind.APPENDIX and id(i) not in taken]
        same_number = [i for i in siblings if i.number == group.number]
        found = next((i for i in same_number if i.position == index), None)
        if found is None and len(same_number) == 1:
            found = same_number[0]
        if found is None:
            found = next((i for i in siblings if fold(i.title.strip()) == fold(group.title)), None)
        if found is None:
            kind = PlanItem.Kind.GROUP if depth == 0 else PlanItem.Kind.FIELD
            base = f"{parent.key}.{group.number}" if group.number and depth == 0 else f"{parent.key}.{index + 1}"
            first = not taken and (parent.pk is None or not self.kids(parent))
            position = index if first else self.next_position(parent)
            item = PlanItem(
                plan=self.plan, parent=parent, kind=kind, key=self.unique_key(base),
                number=group.number, title=group.title, position=position,
            )  # fmt: skip
            self.new_items.append(item)
            taken.add(id(item))
            return item, NEW, []
        taken.add(id(found))
        changes = []
        if found.number != group.number:
            found.number = group.number
            changes.append(_("số thứ tự"))
        if found.title.strip() != group.title:
            found.title = group.title
            changes.append(_("tên nhóm"))
        if changes:
            self.changed_items.append(found)
        return found, (UPDATED if changes else UNCHANGED), changes

    def save(self) -> None:
        for item in self.new_items:  # parents come before their children
            item.save()
        for item in self.changed_items:
            item.save()
        if any(i.pk for i in self.changed_items):
            self.refresh_tree_order()

    def refresh_tree_order(self) -> None:
        items = list(PlanItem.objects.filter(plan=self.plan))
        by_id = {i.pk: i for i in items}

        def order(item: PlanItem) -> str:
            prefix = f"{order(by_id[item.parent_id])}." if item.parent_id else ""
            return f"{prefix}{item.position:04d}"

        changed = []
        for item in items:
            value = order(item)
            if item.tree_order != value:
                item.tree_order = value
                changed.append(item)
        PlanItem.objects.bulk_update(changed, ["tree_order"])


def _build(
    ward, source, *, plan, plan_code, kind, appendix, unit_mapping, pending: bool, sheets=None, on_progress=None
):
    preview = ImportPreview(ward=ward, plan=None)
    try:
        plan = plan or choose_plan(ward, plan_code)
        preview.plan = plan
        reading = read_workbook_report(source, kind=kind)
    except LayoutError as exc:
        preview.file_errors.append(str(exc))
        return preview, []
    preview.file_errors += reading.errors
    preview.file_warnings += [
        _("%(problem)s Trang này không được nạp.") % {"problem": problem} for problem in reading.skipped
    ]
    if sheets is not None:  # the sheets the office chose on the preview page
        chosen = [s for s in reading.sheets if s.name in sheets]
        preview.file_warnings += [
            _("%(where)sKhông chọn nạp trang này.") % {"where": where(s.name, None)}
            for s in reading.sheets
            if s not in chosen
        ]
        reading.sheets = chosen
    tree = PlanTree(plan)
    matcher = _matcher(ward, unit_mapping, pending=pending)
    importers = []
    for sheet in reading.sheets:
        importer = import_rows.IMPORTERS[sheet.kind](ward=ward, plan=plan, tree=tree, matcher=matcher)
        importer.on_row = on_progress
        appendix_item, is_new = tree.appendix(sheet, sheet.kind, appendix, importer.subtree_has, importer.holding_items)
        preview.sheets.append({"name": sheet.name, "kind": sheet.kind, "appendix": appendix_item.number})
        preview.file_warnings += [where(sheet.name, None) + w for w in sheet.warnings]
        importer.read(sheet, appendix_item, preview)
        for total in sheet.totals:
            preview.rows.append(RowPreview(sheet.name, total.row, "total", "", total.label, SKIPPED))
        importers.append(importer)
    return preview, [tree, *importers]


def preview_import(
    *, ward, source, plan=None, plan_code=None, kind=None, appendix=None, unit_mapping=None, sheets=None
):
    """What importing ``source`` would do; writes nothing. ``sheets``: the names of the sheets
    to import (None: every sheet with an appendix table)."""
    preview, _ = _build(
        ward, source, plan=plan, plan_code=plan_code, kind=kind, appendix=appendix,
        unit_mapping=unit_mapping, pending=True, sheets=sheets,
    )  # fmt: skip
    return preview


def apply_import(
    *,
    ward,
    source,
    plan=None,
    plan_code=None,
    kind=None,
    appendix=None,
    unit_mapping=None,
    expected_generation=None,
    sheets=None,
    user=None,
    on_progress=None,
):
    """Import ``source``: every row or none. Raises ``ImportRejected`` on any error.

    ``on_progress(rows)``: called with the number of rows read so far as each row is compared
    (a queued import reports it to its job, ``exchange.workbook_import.tasks``).

    ``expected_generation`` is the ward's generation (``core.generation``) read before the
    preview the user confirmed: when any write to the ward happened since, ``ImportStale``
    and nothing is written (``None``: no preview to honour, as for the command line).
    The ward's generation row stays locked to the end, so no other write to the ward can
    slip in between this check and the import's own writes.
    """
    with transaction.atomic():
        if expected_generation is not None and locked_generation(ward.pk) != expected_generation:
            raise ImportStale
        save_unit_mapping(ward, unit_mapping)
        preview, writers = _build(
            ward, source, plan=plan, plan_code=plan_code, kind=kind, appendix=appendix,
            unit_mapping=None, pending=False, sheets=sheets, on_progress=on_progress,
        )  # fmt: skip
        if not preview.can_confirm:
            raise ImportRejected(preview)
        for writer in writers:
            writer.save()
        for writer in writers[1:]:
            writer.save_reports(user, preview)
        if not preview.can_confirm:  # a progress report the reporting rule refused: all rolled back
            raise ImportRejected(preview)
        # Bulk writes send no post_save: invalidate the ward's cached figures and store its
        # tasks' statuses (assignments.stored_status) here.
        bump_wards([ward.pk])
        refresh_all(queryset=Task.objects.filter(plan_item__plan__ward=ward))
    return preview
