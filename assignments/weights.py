"""The office sets how much each task and plan item counts in the roll-up (``assignments.status.rollup``).

One form for a whole plan: a weight (1–100) per item and per task, each row carrying the version
it was shown at. A save writes only the rows whose weight changed, all or nothing: when any of
them was saved by someone else since the form was loaded, nothing is written and the view
answers 409 (``core.concurrency``). Every change is in the rows' history.
"""

from __future__ import annotations

from django import forms
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import transaction
from django.utils.translation import gettext_lazy as _

from assignments.models import Task
from core.concurrency import EditConflict, VersionField, for_update
from plans.models import PlanItem

WEIGHT_MIN, WEIGHT_MAX = 1, 100


def _weight_field(label: str) -> forms.IntegerField:
    message = _("Trọng số phải từ 1 đến 100.")
    return forms.IntegerField(
        label=label,
        min_value=WEIGHT_MIN,
        max_value=WEIGHT_MAX,
        validators=[MinValueValidator(WEIGHT_MIN), MaxValueValidator(WEIGHT_MAX)],
        error_messages={"invalid": message, "min_value": message, "max_value": message, "required": message},
        widget=forms.NumberInput(attrs={"min": WEIGHT_MIN, "max": WEIGHT_MAX, "inputmode": "numeric"}),
    )


class WeightsForm(forms.Form):
    """``item-<pk>`` / ``task-<pk>`` weights with ``…-version`` beside each (rows given at construction)."""

    def __init__(self, *args, items: list[PlanItem], tasks: list[Task], **kwargs):
        super().__init__(*args, **kwargs)
        self.rows = [("item", item) for item in items] + [("task", task) for task in tasks]
        for kind, obj in self.rows:
            name = f"{kind}-{obj.pk}"
            self.fields[name] = _weight_field(str(obj)[:120])
            self.fields[f"{name}-version"] = VersionField()
            self.initial.setdefault(name, obj.weight)
            self.initial.setdefault(f"{name}-version", obj.version)

    def changes(self) -> list[tuple[str, int, int, int | None]]:
        """(kind, pk, new weight, version seen) of the rows whose weight the user changed."""
        return [
            (kind, obj.pk, self.cleaned_data[f"{kind}-{obj.pk}"], self.cleaned_data.get(f"{kind}-{obj.pk}-version"))
            for kind, obj in self.rows
            if self.cleaned_data[f"{kind}-{obj.pk}"] != obj.weight
        ]


def set_weights(*, plan, changes: list[tuple[str, int, int, int | None]]) -> int:
    """Write the changed weights of ``plan``'s items and tasks; ``EditConflict`` (nothing written)
    when a row moved on since it was shown. Returns the number of rows written."""
    models = {"item": PlanItem.objects.filter(plan=plan), "task": Task.objects.filter(plan_item__plan=plan)}
    with transaction.atomic():
        for kind, pk, weight, seen in changes:
            row = for_update(models[kind]).filter(pk=pk).first()
            if row is None or row.version != (seen or 0):
                raise EditConflict(row)
            row.weight = weight
            row.save(update_fields=["weight"])
    return len(changes)
