"""Opening a plan to citizens: the one way the portal changes what the public pages show."""

from __future__ import annotations

from django.db import transaction

from core.concurrency import for_update, locked_for_edit
from plans.models import Plan

PUBLICATION_FIELDS = ("published", "publish_narratives", "publish_evidence")


@transaction.atomic
def set_publication(
    *, plan: Plan, published: bool, narratives: bool, evidence: bool, expected_version: int | None = None, author=None
) -> Plan:
    """Publishes or withdraws ``plan`` (and its progress narratives and evidence files).

    Narratives and evidence are shown only with the plan: withdrawing the plan turns them off
    too, so that publishing it again starts from the plan alone. The row is locked; with
    ``expected_version`` (the version the office's form was loaded at) a plan changed since
    raises ``core.concurrency.EditConflict`` rather than overwrite a choice the office did not
    see. Only the three publication columns are written.
    """
    if expected_version is None:
        plan = for_update(Plan.objects).get(pk=plan.pk)
    else:
        plan = locked_for_edit(Plan.objects.all(), expected=expected_version, pk=plan.pk)
    wanted = {
        "published": published,
        "publish_narratives": published and narratives,
        "publish_evidence": published and evidence,
    }
    changed = [name for name, value in wanted.items() if getattr(plan, name) != value]
    if not changed:
        return plan  # nothing to record, and the public pages' cache stays valid
    for name in changed:
        setattr(plan, name, wanted[name])
    if author is not None:
        plan._history_user = author
    plan.save(update_fields=changed)
    return plan
