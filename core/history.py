"""Change history of a record for its page: who, when, which field, old and new value.

Built on django-simple-history (``Model.history``): consecutive historical records are
compared with ``diff_against``. Render the rows with ``templates/includes/history.html``::

    from core.history import history_rows
    context["history"] = history_rows(target, limit=20)
    {% include "includes/history.html" with rows=history %}

``history_rows_for`` does the same for the records of many objects at once (the reports of
a task), in one query, and ``merge_rows`` interleaves several lists newest first.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from django.db import models
from django.utils.translation import gettext as _

from core.numbers import format_number

# Never shown: bookkeeping columns.
HIDDEN_FIELDS = {"id", "search_text", "created_at", "updated_at", "recorded_at", "uploaded_at", "tree_order"}


@dataclass
class HistoryRow:
    date: dt.datetime
    user: Any  # a User or None (changes made by a script)
    action: str  # "+" created, "~" changed, "-" deleted
    object_label: str
    field: str  # the field's verbose name ("" for creation/deletion)
    old: Any
    new: Any

    @property
    def action_label(self) -> str:
        return {"+": _("Tạo mới"), "~": _("Sửa"), "-": _("Xóa")}.get(self.action, self.action)


def _tracked_fields(record) -> list[models.Field]:
    model = record.instance_type
    return [f for f in model._meta.concrete_fields if f.name not in HIDDEN_FIELDS and f.editable and not f.primary_key]


def _display(field: models.Field, value, fk_objects: dict) -> Any:
    if value is None or value == "" or value == []:
        return None
    if field.choices:
        return dict(field.flatchoices).get(value, value)
    if isinstance(field, models.BooleanField):
        return _("Có") if value else _("Không")
    if isinstance(field, models.ManyToManyField):
        names = sorted(str(fk_objects.get((field.related_model, pk), f"#{pk}")) for pk in value)
        return ", ".join(names) or None
    if isinstance(field, models.ForeignKey):
        obj = fk_objects.get((field.related_model, value))
        return str(obj) if obj is not None else f"#{value}"
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return value.strftime("%d/%m/%Y")  # a moved deadline reads 30/06/2027, never 2027-06-30
    if isinstance(field, models.DecimalField):
        return format_number(value)  # "71,4", never the raw "71.400" a reader takes for thousands
    return value


def _rows_for_pairs(pairs, label_of: Callable[[Any], str]) -> list[HistoryRow]:
    """``pairs`` of (record, previous record or None), newest first."""
    changes = []
    fk_ids: dict[type, set] = defaultdict(set)
    for record, previous in pairs:
        if record.history_type == "~" and previous is not None:
            fields = {f.name: f for f in _tracked_fields(record)}
            # Many-to-many fields recorded by the history (``m2m_fields``): lists of related ids.
            m2m = {f.name: f for f in getattr(record, "_history_m2m_fields", [])}
            delta = record.diff_against(previous, included_fields=[*fields, *m2m])
            for change in delta.changes:
                if change.field in m2m:
                    field = m2m[change.field]
                    side = field.m2m_reverse_field_name()
                    old, new = ([row[side] for row in rows] for rows in (change.old, change.new))
                    fk_ids[field.related_model].update(old + new)
                    changes.append((record, field, old, new))
                    continue
                field = fields[change.field]
                if isinstance(field, models.ForeignKey):
                    for value in (change.old, change.new):
                        if value is not None:
                            fk_ids[field.related_model].add(value)
                changes.append((record, field, change.old, change.new))
        elif record.history_type in ("+", "-"):
            changes.append((record, None, None, None))
    fk_objects = {}
    for model, ids in fk_ids.items():  # one query per kind of foreign key that changed
        for pk, obj in model._default_manager.in_bulk(ids).items():
            fk_objects[(model, pk)] = obj
    rows = []
    for record, field, old, new in changes:
        rows.append(
            HistoryRow(
                date=record.history_date,
                user=record.history_user,
                action=record.history_type if field is None else "~",
                object_label=label_of(record),
                field=str(field.verbose_name) if field is not None else "",
                old=_display(field, old, fk_objects) if field is not None else None,
                new=_display(field, new, fk_objects) if field is not None else None,
            )
        )
    return rows


def history_rows_for(records, *, limit: int = 20, label_of: Callable[[Any], str] | None = None) -> list[HistoryRow]:
    """Rows from a queryset of historical records (of one model, any number of objects), newest first."""
    label_of = label_of or (lambda record: "")
    pk_name = records.model.instance_type._meta.pk.attname
    window = list(records.select_related("history_user").order_by("-history_date", "-history_id")[: limit * 3 + 1])
    by_object: dict[Any, list] = defaultdict(list)
    for record in window:
        by_object[getattr(record, pk_name)].append(record)
    pairs = []
    for object_records in by_object.values():
        for i, record in enumerate(object_records):
            previous = object_records[i + 1] if i + 1 < len(object_records) else None
            pairs.append((record, previous))
    pairs.sort(key=lambda pair: (pair[0].history_date, pair[0].history_id), reverse=True)
    return _rows_for_pairs(pairs, label_of)[:limit]


def history_rows(obj: models.Model, limit: int = 20, label: str = "") -> list[HistoryRow]:
    """The last ``limit`` field changes of ``obj`` (a model with ``history = HistoricalRecords()``)."""
    return history_rows_for(obj.history.all(), limit=limit, label_of=lambda record: label)


def merge_rows(*lists: Iterable[HistoryRow], limit: int = 20) -> list[HistoryRow]:
    rows = [row for rows in lists for row in rows]
    rows.sort(key=lambda row: row.date, reverse=True)
    return rows[:limit]
