"""Search that ignores Vietnamese diacritics and case: one home for the folded text.

Task, Target and Project keep a ``search_text`` column: their searchable fields joined and
folded by ``assignments.units.fold`` (no diacritics, "đ" → "d", lower case). Their ``save()``
fills it; bulk writes (``bulk_create``, ``update()``, imports) must call
``refresh_search_text(queryset)`` afterwards. A query is folded the same way and every word
must occur (``search_filter``), which works alike on SQLite and PostgreSQL.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable

from django.db.models import Q, QuerySet

from core.text import fold

# The fields folded into ``search_text``, per model label.
SEARCH_FIELDS: dict[str, tuple[str, ...]] = {
    "assignments.task": ("number", "title", "lead_text", "coordination_text", "period_text", "expected_result"),
    "targets.target": ("statement", "measure", "unit"),
    "projects.project": ("number", "name", "field", "location_scale", "funding_text", "units_text"),
}


def fold_text(*parts: object) -> str:
    """The folded form of ``parts`` joined by spaces (empty parts skipped)."""
    text = " ".join(str(p) for p in parts if p not in (None, ""))
    return " ".join(fold(unicodedata.normalize("NFC", text)).split())


def search_text_of(obj) -> str:
    return fold_text(*(getattr(obj, name) for name in SEARCH_FIELDS[obj._meta.label_lower]))


def query_words(query: str) -> list[str]:
    return fold_text(query).split()


def search_filter(query: str, field: str = "search_text") -> Q:
    """A ``Q`` requiring every word of ``query`` (folded) in ``field``; empty query: everything."""
    condition = Q()
    for word in query_words(query):
        condition &= Q(**{f"{field}__contains": word})
    return condition


def refresh_search_text(queryset: QuerySet | Iterable, batch_size: int = 500) -> int:
    """Recompute ``search_text`` for rows written in bulk; returns how many changed."""
    objs = list(queryset)
    changed = []
    for obj in objs:
        text = search_text_of(obj)
        if obj.search_text != text:
            obj.search_text = text
            changed.append(obj)
    if changed:
        type(changed[0]).objects.bulk_update(changed, ["search_text"], batch_size=batch_size)
    return len(changed)
