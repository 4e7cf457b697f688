"""Writing a plan and its tree: the follow-up office's pages call these, nothing else writes them.

Rules kept here:

* every save is checked against the version the form was loaded at (``core.concurrency``): a
  stale form raises ``EditConflict`` and changes nothing;
* the tree of one plan is written by one request at a time (the plan row is locked), so two
  moves at once cannot leave two siblings at the same position;
* numbers stay as typed ("XIX", "2.1", a gap): order is ``position`` among siblings, and
  ``tree_order`` follows from it by the one rule ``plans.models.tree_order_for``;
* an item with tasks, targets, projects or reports anywhere under it is archived, never deleted;
  an item with nothing under it is deleted (the page asks first);
* an item never goes under itself or one of its descendants.

Every function records its author in the history (``_history_user``).
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

from django.apps import apps
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Count, Q
from django.utils.text import slugify
from django.utils.translation import gettext as _

from core.concurrency import create_once, for_update, locked_for_edit
from core.text import strip_diacritics
from plans.models import Plan, PlanItem, Ward, tree_order_for

PLAN_FIELDS = (
    "number",
    "title",
    "issuing_body",
    "issuing_body_name",
    "issued_place",
    "issued_on",
    "basis",
    "period_start",
    "period_end",
    "purpose",
    "requirements",
    "closing",
    "signer_title",
    "signer_name",
    "recipients",
)
ITEM_FIELDS = (
    "kind",
    "number",
    "title",
    "general_objective",
    "main_activities",
    "body",
    "assignment",
    "period_text",
    "resources",
)

# What can hang under a plan item, by model label and the lookup from that model to its item.
# Plans sit below these apps (docs/ARCHITECTURE.md), so they are named by label, not imported.
CONTENTS: tuple[tuple[str, str], ...] = (
    ("assignments.task", "plan_item"),
    ("assignments.progressreport", "task__plan_item"),
    ("targets.target", "plan_item"),
    ("targets.measurement", "target__plan_item"),
    ("projects.project", "plan_item"),
)


def _record(obj, author) -> None:
    if author is not None:
        obj._history_user = author


def _lock_tree(plan: Plan) -> None:
    """One writer per plan tree at a time (released when the transaction ends). Every write to
    an item takes this lock before the item's own, so two writers never wait on each other in
    opposite orders (a deadlock: an edit and a move of the same item at once)."""
    list(for_update(Plan.objects).filter(pk=plan.pk).values_list("pk"))


def _validated(obj, *, exclude=("version", "tree_order", "depth", "code", "key")) -> None:
    obj.full_clean(exclude=[name for name in exclude if name])


# --- plans ------------------------------------------------------------------------------------


def _plan_code(ward: Ward, number: str, title: str) -> str:
    """A stable internal code for a new plan, from its number (or title), unique in the ward."""
    base = slugify(strip_diacritics(number or title).replace("/", "-"))[:60] or "ke-hoach"
    taken = set(Plan.objects.filter(ward=ward, code__startswith=base).values_list("code", flat=True))
    code, n = base, 2
    while code in taken:
        code, n = f"{base}-{n}", n + 1
    return code


def create_plan(*, ward: Ward, author=None, **values) -> Plan:
    """A new plan of ``ward`` (raises ``ValidationError``; ``EditConflict`` if the same code was
    just taken by another request)."""
    fields = {name: values[name] for name in PLAN_FIELDS if name in values}
    plan = Plan(ward=ward, **fields)
    plan.code = _plan_code(ward, plan.number, plan.title)
    # The code is not checked here: another request may take it between the two lines above and
    # the insert, and that race is a conflict (409) for ``create_once``, not a form error.
    _validated(plan, exclude=("version", "code"))
    # The author is recorded by simple_history's middleware (the request's user).
    return create_once(Plan, ward=ward, code=plan.code, **fields)


def update_plan(*, plan: Plan, version: int | None, author=None, **values) -> Plan:
    """Saves the plan's printed fields, refused (``EditConflict``) if it changed since ``version``."""
    with transaction.atomic():
        current = locked_for_edit(Plan.objects.all(), expected=version, pk=plan.pk)
        for name in PLAN_FIELDS:
            if name in values:
                setattr(current, name, values[name])
        _validated(current)
        _record(current, author)
        current.save(update_fields=[name for name in PLAN_FIELDS if name in values])
    return current


def set_plan_archived(*, plan: Plan, archived: bool, version: int | None, author=None) -> Plan:
    """Archives (or brings back) a plan: out of the lists and dashboards, still readable."""
    with transaction.atomic():
        current = locked_for_edit(Plan.objects.all(), expected=version, pk=plan.pk)
        if current.archived != archived:
            current.archived = archived
            _record(current, author)
            current.save(update_fields=["archived"])
    return current


# --- the tree ---------------------------------------------------------------------------------


def subtree(item: PlanItem):
    """``item`` and every item under it (by ``tree_order``: one query, any depth)."""
    return PlanItem.objects.filter(plan_id=item.plan_id).filter(
        Q(pk=item.pk) | Q(tree_order__startswith=f"{item.tree_order}.")
    )


@dataclass(frozen=True)
class Content:
    label: str
    count: int


def item_contents(item: PlanItem) -> list[Content]:
    """What hangs anywhere under ``item``: sub-items, then tasks, reports, targets, measurements
    and projects, with their counts (zero counts left out). One query per kind."""
    ids = subtree(item).values("pk")
    rows = [Content(_("mục con"), subtree(item).exclude(pk=item.pk).count())]
    for label, path in CONTENTS:
        model = apps.get_model(label)
        rows.append(
            Content(str(model._meta.verbose_name), model._default_manager.filter(**{f"{path}__in": ids}).count())
        )
    return [row for row in rows if row.count]


def direct_counts(plan: Plan) -> dict[int, dict[str, int]]:
    """``{item_id: {label: count}}`` of the tasks, targets and projects hung directly on each item
    of ``plan`` (one query per kind, whatever the size of the plan)."""
    counts: dict[int, dict[str, int]] = defaultdict(dict)
    for label, path in CONTENTS:
        if "__" in path:
            continue
        model = apps.get_model(label)
        rows = model._default_manager.filter(plan_item__plan=plan).values("plan_item").annotate(n=Count("pk"))
        for row in rows:
            counts[row["plan_item"]][str(model._meta.verbose_name)] = row["n"]
    return counts


def _new_key(plan: Plan, parent: PlanItem | None, number: str, position: int) -> str:
    """A stable key for a new item: the parent's key and the number as typed ("B.I.1"), unique."""
    own = re.sub(r"[^0-9A-Za-z]+", "", strip_diacritics(number)) or str(position + 1)
    base = f"{parent.key}.{own}" if parent is not None else own
    base = base[:110]
    taken = set(PlanItem.objects.filter(plan=plan, key__startswith=base).values_list("key", flat=True))
    key, n = base, 2
    while key in taken:
        key, n = f"{base}-{n}", n + 1
    return key


def create_item(*, plan: Plan, parent: PlanItem | None, author=None, **values) -> PlanItem:
    """A new item at the end of ``parent``'s children (or of the roots)."""
    if parent is not None and parent.plan_id != plan.pk:
        raise ValidationError({"parent": _("Mục cha phải thuộc cùng kế hoạch.")})
    with transaction.atomic():
        _lock_tree(plan)
        siblings = PlanItem.objects.filter(plan=plan, parent=parent)
        position = (max(siblings.values_list("position", flat=True), default=-1)) + 1
        item = PlanItem(
            plan=plan, parent=parent, position=position, **{k: values[k] for k in ITEM_FIELDS if k in values}
        )
        item.key = _new_key(plan, parent, item.number, position)
        _validated(item)
        _record(item, author)
        item.save()
    return item


def update_item(*, item: PlanItem, version: int | None, author=None, **values) -> PlanItem:
    """Saves an item's text and number (renumbering is this: the number is kept as typed)."""
    with transaction.atomic():
        _lock_tree(item.plan)
        current = locked_for_edit(PlanItem.objects.all(), expected=version, pk=item.pk)
        fields = [name for name in ITEM_FIELDS if name in values]
        for name in fields:
            setattr(current, name, values[name])
        _validated(current)
        _record(current, author)
        current.save(update_fields=fields)
    return current


def _is_within(candidate: PlanItem | None, item: PlanItem) -> bool:
    return candidate is not None and (candidate.pk == item.pk or candidate.tree_order.startswith(f"{item.tree_order}."))


def move_item(
    *, item: PlanItem, parent: PlanItem | None, index: int | None, version: int | None, author=None
) -> PlanItem:
    """Puts ``item`` (with its subtree) under ``parent`` (None: at the root) at ``index`` among its
    new siblings (None: last). Positions of the old and new siblings close up; ``tree_order`` and
    ``depth`` of every item that moved are written again by the one rule."""
    with transaction.atomic():
        _lock_tree(item.plan)
        current = locked_for_edit(PlanItem.objects.all(), expected=version, pk=item.pk)
        if parent is not None:
            parent = PlanItem.objects.get(pk=parent.pk)  # read under the tree lock
            if parent.plan_id != current.plan_id:
                raise ValidationError({"parent": _("Mục cha phải thuộc cùng kế hoạch.")})
            if _is_within(parent, current):
                raise ValidationError(
                    {"parent": _("Không thể chuyển một mục vào trong chính nó hoặc vào một mục con của nó.")}
                )
        _place(current, parent.pk if parent is not None else None, index, author)
    return current


def shift_item(*, item: PlanItem, offset: int, version: int | None, author=None) -> PlanItem:
    """Moves ``item`` up (offset -1) or down (+1) among its siblings; at either end, nothing moves."""
    with transaction.atomic():
        _lock_tree(item.plan)
        current = locked_for_edit(PlanItem.objects.all(), expected=version, pk=item.pk)
        siblings = list(
            PlanItem.objects.filter(plan_id=current.plan_id, parent_id=current.parent_id)
            .order_by("position", "pk")
            .values_list("pk", flat=True)
        )
        index = siblings.index(current.pk) + offset
        if 0 <= index < len(siblings):
            _place(current, current.parent_id, index, author)
    return current


def _place(item: PlanItem, parent_id: int | None, index: int | None, author) -> None:
    """Writes ``item`` under ``parent_id`` at ``index`` and every position, order and depth that
    follows from it (call under the tree lock)."""
    items = {row.pk: row for row in PlanItem.objects.filter(plan_id=item.plan_id)}
    before = {pk: (row.parent_id, row.position, row.tree_order, row.depth) for pk, row in items.items()}
    children: dict[int | None, list[PlanItem]] = defaultdict(list)
    for row in sorted(items.values(), key=lambda row: (row.position, row.pk)):
        if row.pk != item.pk:
            children[row.parent_id].append(row)
    moved = items[item.pk]
    new_siblings = children[parent_id]
    new_siblings.insert(len(new_siblings) if index is None else max(0, min(index, len(new_siblings))), moved)
    moved.parent_id = parent_id
    for siblings in (children[item.parent_id], new_siblings):
        for position, row in enumerate(siblings):
            row.position = position
    _assign_orders(children, None, "", 0)
    changed = [
        row
        for pk, row in items.items()
        if pk != moved.pk and before[pk] != (row.parent_id, row.position, row.tree_order, row.depth)
    ]
    PlanItem.objects.bulk_update(changed, ["position", "tree_order", "depth"])
    item.parent_id, item.position = moved.parent_id, moved.position
    item.parent = items.get(parent_id) if parent_id is not None else None
    if before[item.pk][:2] != (item.parent_id, item.position):
        _record(item, author)
        item.save(update_fields=["parent", "position", "tree_order", "depth"])


def _assign_orders(children: dict, parent_id: int | None, parent_order: str, depth: int) -> None:
    for row in children.get(parent_id, []):
        row.tree_order = tree_order_for(parent_order, row.position)
        row.depth = depth
        _assign_orders(children, row.pk, row.tree_order, depth + 1)


def rebuild_tree_order(plan: Plan) -> int:
    """Writes again every item's ``tree_order`` and ``depth`` of ``plan`` from the positions (a
    repair: the pages keep them right as they go). Returns how many rows changed."""
    items = list(PlanItem.objects.filter(plan=plan).order_by("position", "pk"))
    before = {row.pk: (row.tree_order, row.depth) for row in items}
    children: dict[int | None, list[PlanItem]] = defaultdict(list)
    for row in items:
        children[row.parent_id].append(row)
    _assign_orders(children, None, "", 0)
    changed = [row for row in items if before[row.pk] != (row.tree_order, row.depth)]
    PlanItem.objects.bulk_update(changed, ["tree_order", "depth"])
    return len(changed)


def remove_item(*, item: PlanItem, version: int | None, author=None) -> str:
    """Deletes ``item`` if nothing at all hangs under it; otherwise archives it (tasks, targets,
    projects and reports must not vanish with a click). Returns "deleted" or "archived"."""
    with transaction.atomic():
        _lock_tree(item.plan)
        current = locked_for_edit(PlanItem.objects.all(), expected=version, pk=item.pk)
        if item_contents(current):
            if not current.archived:
                current.archived = True
                _record(current, author)
                current.save(update_fields=["archived"])
            return "archived"
        _record(current, author)
        current.delete()
        return "deleted"


def restore_item(*, item: PlanItem, version: int | None, author=None) -> PlanItem:
    """Brings an archived item back into the tree."""
    with transaction.atomic():
        # The tree first, then the item, as a move or a shift of the same item does: locking the
        # item alone deadlocked with a shift pressed at the same instant (a server error).
        _lock_tree(item.plan)
        current = locked_for_edit(PlanItem.objects.all(), expected=version, pk=item.pk)
        if current.archived:
            current.archived = False
            _record(current, author)
            current.save(update_fields=["archived"])
    return current
