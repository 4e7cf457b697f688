"""Each ward's city row kept in the database for the day, so that the city dashboard reads a
city's rows in one query instead of running the rules over every ward when the cache is cold.

A row is current while its day is today and its generation is the ward's (``core.generation``):
every write to the ward moves the generation in its own transaction, so a stored row is never
shown after a write. The caller reads the generations *before* computing the rows it stores:
a write during the computation leaves them under a generation already past, recomputed by the
next reader, exactly as with the cache.

Writes are one ``INSERT … ON CONFLICT DO UPDATE`` per batch, in ward order: two requests
storing the same wards at once wait for each other instead of failing on the unique key, and
take the rows' locks in the same order (no deadlock). The last writer wins; whichever generation
it stored, readers compare it with the current one.
"""

from __future__ import annotations

import datetime as dt
import logging

from django.db import DatabaseError, transaction
from django.utils import timezone

from dashboards.models import CityRow

# The layout of ``CityRow.figures``: a row stored by code of another layout (before a deploy)
# is treated as stale and computed again, never misread.
FORMAT = 1

logger = logging.getLogger(__name__)


def current_figures(generations: dict[int, int], today: dt.date) -> dict[int, dict]:
    """``{ward_id: figures}`` of the wards whose stored row is of ``today`` under the generation
    given (read by the caller); one query, the other wards left out."""
    rows = CityRow.objects.filter(ward_id__in=list(generations), day=today).values_list(
        "ward_id", "generation", "figures"
    )
    return {
        ward_id: figures
        for ward_id, generation, figures in rows
        if generation == generations[ward_id] and figures.get("format") == FORMAT
    }


def store(figures: dict[int, dict], generations: dict[int, int], today: dt.date) -> None:
    """Keep ``{ward_id: figures}`` as computed on ``today`` under ``generations`` (read before computing)."""
    if not figures:
        return
    now = timezone.now()
    rows = [
        CityRow(ward_id=pk, day=today, generation=generations[pk], figures={**figures[pk], "format": FORMAT},
                computed_at=now)
        for pk in sorted(figures)
    ]  # fmt: skip
    try:
        with transaction.atomic():  # a savepoint inside a caller's transaction
            CityRow.objects.bulk_create(
                rows,
                update_conflicts=True,
                unique_fields=["ward"],
                update_fields=["day", "generation", "figures", "computed_at"],
            )
    except DatabaseError:
        # The page has the rows it computed; failing to keep them (a ward deleted meanwhile, the
        # database refusing the write) must not fail the page: the next visitor computes them.
        logger.warning("city rows not stored for wards %s", sorted(figures), exc_info=True)
