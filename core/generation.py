"""Caching a ward's figures with honest invalidation: one generation number per ward.

Every cached figure of a ward (its dashboard, its row on the city dashboard) is stored under
a key holding the ward's *generation* (STYLE.md item 9, after djangoproject.com's dashboard).
Any write to the ward's data bumps the generation in the same database transaction
(``core.signals``: post_save/pre_delete/m2m_changed of tasks, reports, targets,
measurements, projects, capital years, units, plan items and plans), so the next read misses
the cache and recomputes; old entries are never read again and expire.

The generation lives in the database (``WardGeneration``), not in the cache: all app servers
agree on it whatever their cache backend, and a cache flush or eviction cannot bring back a
stale entry. A new row starts at a random value, so a ward id reused after a rollback (tests
on SQLite) never meets entries cached for an older ward with the same id.

Writes that bypass the ORM's per-object signals (``bulk_create``, ``update()``, raw SQL, COPY)
must call ``bump_wards(ids)`` or ``bump_all()`` afterwards.

**The mirror in the cache** (``version_keys``): every bump also gives the ward's *cache version*
a new random value, once at the bump and again after the transaction commits, so that a
reader holding no database connection can tell that the ward changed (whole pages served from
the cache, ``core.page_cache``). A reader reads the version before the data: whatever it read
before the commit is stored under a value the commit has replaced. A version missing from the
cache (evicted, flushed) is started afresh at a random value, which no stored entry has. Its
guarantee is weaker than the generation's: a move the cache could not take (the cache down at
that moment) is logged and lost, and what was stored under the old value may be served until
it expires (``PAGE_CACHE_SECONDS``). The figures cached under the generation keep their own.
"""

from __future__ import annotations

import logging
import random
from collections.abc import Iterable
from datetime import date

from django.core.cache import cache
from django.db import connection, transaction
from django.db.models import OuterRef, QuerySet, Subquery
from django.utils.translation import get_language

from core.concurrency import for_update
from core.models import WardGeneration

TIMEOUT = 24 * 3600  # entries also carry the day in their key: statuses change with the date
ALL_WARDS = "ward-version:all"  # moved by ``bump_all``: part of every ward's cache version

logger = logging.getLogger(__name__)


def _table() -> str:
    return connection.ops.quote_name(WardGeneration._meta.db_table)


def generations(ward_ids: Iterable[int]) -> dict[int, int]:
    """The current generation of each ward (one query; a second, once, for wards never seen)."""
    ids = sorted(set(ward_ids))
    found = dict(WardGeneration.objects.filter(ward_id__in=ids).values_list("ward_id", "value"))
    missing = [i for i in ids if i not in found]
    if missing:
        WardGeneration.objects.bulk_create(
            [WardGeneration(ward_id=i, value=random.getrandbits(62)) for i in missing], ignore_conflicts=True
        )
        found.update(WardGeneration.objects.filter(ward_id__in=missing).values_list("ward_id", "value"))
    return found


def with_generation(wards: QuerySet) -> QuerySet:
    """``wards`` annotated with ``data_generation`` (None for a ward never seen): no extra query."""
    value = WardGeneration.objects.filter(ward_id=OuterRef("pk")).values("value")[:1]
    return wards.annotate(data_generation=Subquery(value))


def generations_of(wards: Iterable) -> dict[int, int]:
    """``{ward_id: generation}`` from the wards' ``with_generation`` annotations where they have
    one, and one query (``generations``) for the others."""
    found = {ward.pk: getattr(ward, "data_generation", None) for ward in wards}
    missing = [pk for pk, value in found.items() if value is None]
    if missing:
        found.update(generations(missing))
    return found


def generation_of(ward) -> int:
    """The generation of ``ward``, from its ``with_generation`` annotation when it has one."""
    return generations_of([ward])[ward.pk]


def bump_wards(ward_ids: Iterable[int], *, upsert: bool = True) -> None:
    """Invalidate everything cached for these wards (call inside the writing transaction).

    An upsert, so that a ward whose row a reader is inserting at that moment still gets
    bumped; deletions pass ``upsert=False`` (a ward being deleted must not get a new row).
    """
    ids = sorted({i for i in ward_ids if i is not None})
    if not ids:
        return
    _move_versions([_version_key(i) for i in ids])
    if not upsert:
        placeholders = ", ".join(["%s"] * len(ids))
        with connection.cursor() as cursor:
            cursor.execute(f"UPDATE {_table()} SET value = value + 1 WHERE ward_id IN ({placeholders})", ids)
        return
    rows = ", ".join(["(%s, %s)"] * len(ids))
    params = [v for i in ids for v in (i, random.getrandbits(62))]
    with connection.cursor() as cursor:
        cursor.execute(
            f"INSERT INTO {_table()} (ward_id, value) VALUES {rows} "
            f"ON CONFLICT (ward_id) DO UPDATE SET value = {_table()}.value + 1",
            params,
        )


def locked_generation(ward_id: int) -> int | None:
    """The ward's generation, its row locked until the transaction ends (None: never seen).

    Every write to the ward bumps this row in its own transaction, so while it is locked no
    other write to the ward can commit: a writer that compares it with the generation it saw
    earlier (the import confirming its preview) knows nothing changed in between.
    """
    rows = for_update(WardGeneration.objects).filter(ward_id=ward_id)
    return rows.values_list("value", flat=True).first()


def bump_all() -> None:
    """Invalidate every ward's cached figures (after bulk imports and the like)."""
    _move_versions([ALL_WARDS])
    with connection.cursor() as cursor:
        cursor.execute(f"UPDATE {_table()} SET value = value + 1")


def _version_key(ward_id: int) -> str:
    return f"ward-version:{ward_id}"


def version_keys(ward_id: int) -> list[str]:
    """The cache keys whose values make up the ward's cache version (the mirror, see the module)."""
    return [_version_key(ward_id), ALL_WARDS]


def _set_versions(keys: list[str]) -> None:
    try:
        cache.set_many({key: random.getrandbits(62) for key in keys}, None)
    except Exception:  # the write must not fail for the cache: the module says what is lost
        logger.warning("ward cache versions not moved: %s", keys, exc_info=True)


def _move_versions(keys: list[str]) -> None:
    """New values now, and again once the writing transaction has committed."""
    _set_versions(keys)
    transaction.on_commit(lambda: _set_versions(keys))


def cache_key(kind: str, ward_id: int, generation: int, today: date) -> str:
    return f"{kind}:{ward_id}:{generation}:{today.isoformat()}:{get_language() or ''}"
