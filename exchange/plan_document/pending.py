"""The office's pending proposal (``exchange.models.PlanImport``): start, edit, confirm, purge.

Every write locks the row and checks the version the page was loaded at
(``core.concurrency.locked_for_edit``): an edit from a stale tab raises ``EditConflict`` and
changes nothing. Confirming makes the plan (``saving.save_proposal``) in the same transaction
as it marks the proposal confirmed, so a second confirmation — the same button in another tab,
or a double click — finds the plan already made and returns it: one plan, never two.
"""

from __future__ import annotations

import datetime as dt
import secrets

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from core.concurrency import EditConflict, for_update, locked_for_edit
from exchange.models import PlanImport

from .saving import save_proposal

KEEP = dt.timedelta(days=1)
COLLECTIONS = {"i": "items", "t": "targets", "k": "tasks", "p": "projects"}


def purge_stale(now: dt.datetime | None = None) -> int:
    """Removes proposals left unconfirmed for a day (and confirmed ones a day after)."""
    cutoff = (now or timezone.now()) - KEEP
    deleted, _by_model = PlanImport.objects.filter(updated_at__lt=cutoff).delete()
    return deleted


def start(*, ward, owner, proposal: dict, source_name: str = "") -> PlanImport:
    return PlanImport.objects.create(
        ward=ward, owner=owner, token=secrets.token_urlsafe(16), source_name=source_name[:255], proposal=proposal
    )


def find_entry(proposal: dict, entry_id: str) -> tuple[str, dict] | None:
    """(collection, entry) for an id such as "i3", "t12", "k1", "p4"."""
    collection = COLLECTIONS.get((entry_id or "")[:1])
    if collection is None:
        return None
    for entry in proposal.get(collection) or []:
        if entry.get("id") == entry_id:
            return collection, entry
    return None


def subtree(items: list[dict], item_id: str) -> list[str]:
    """The item and every item under it, in order."""
    ids = [item_id]
    for item in items:
        if item.get("parent") in ids and item["id"] not in ids:
            ids.append(item["id"])
    return ids


def _move(items: list[dict], item_id: str, parent_id: str | None) -> list[dict]:
    """The item list with ``item_id``'s subtree placed last under ``parent_id`` (reading order
    keeps a parent before its children, which is the order the plan is written in)."""
    moving = subtree(items, item_id)
    block = [i for i in items if i["id"] in moving]
    rest = [i for i in items if i["id"] not in moving]
    if parent_id is None:
        return rest + block
    under = subtree(rest, parent_id)
    last = max(index for index, i in enumerate(rest) if i["id"] in under)
    return rest[: last + 1] + block + rest[last + 1 :]


def _locked(pending_pk: int, version: int | None) -> PlanImport:
    row = locked_for_edit(PlanImport.objects.all(), expected=version, pk=pending_pk)
    if row is None:
        raise EditConflict(None)
    if row.plan_id is not None:
        raise EditConflict(row)  # confirmed meanwhile: nothing more to edit
    return row


@transaction.atomic
def edit_entry(*, pending_pk: int, version: int | None, entry_id: str, values: dict) -> PlanImport:
    """Saves the office's edit of one item, target, task or project of the proposal."""
    row = _locked(pending_pk, version)
    proposal = row.proposal
    found = find_entry(proposal, entry_id)
    if found is None:
        raise ValidationError(_("Không có mục này trong đề xuất."))
    collection, entry = found
    values = dict(values)
    if collection == "items" and "parent" in values:
        parent = values.pop("parent") or None
        if parent is not None and (parent in subtree(proposal["items"], entry_id) or not find_entry(proposal, parent)):
            raise ValidationError({"parent": [_("Không thể đặt một mục dưới chính nó hoặc mục con của nó.")]})
        if parent != entry.get("parent"):
            entry["parent"] = parent
            proposal["items"] = _move(proposal["items"], entry_id, parent)
    entry.update(values)
    row.proposal = proposal
    row.save(update_fields=["proposal", "updated_at"])
    return row


@transaction.atomic
def edit_header(*, pending_pk: int, version: int | None, values: dict) -> PlanImport:
    row = _locked(pending_pk, version)
    row.proposal["header"].update(values)
    row.save(update_fields=["proposal", "updated_at"])
    return row


def confirm(*, pending_pk: int, version: int | None, author=None, unit_mapping: dict | None = None):
    """The plan made from the proposal; the plan already made if it was confirmed before.

    Raises ``EditConflict`` when the proposal changed since ``version`` (another tab edited
    it), ``ValidationError`` when the plan cannot be saved (then nothing is written)."""
    with transaction.atomic():
        row = for_update(PlanImport.objects).filter(pk=pending_pk).first()
        if row is None:
            raise EditConflict(None)
        if row.plan_id is not None:
            return row.plan
        if row.version != (version or 0):
            raise EditConflict(row)
        plan = save_proposal(ward=row.ward, proposal=row.proposal, author=author, unit_mapping=unit_mapping)
        row.plan = plan
        row.save(update_fields=["plan", "updated_at"])
        return plan
