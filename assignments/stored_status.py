"""Each task's status kept in its row, so that lists filter, count and paginate it in SQL.

The status itself is the status rule's (``assignments.status.task_status``, called with its
defaults: the approved reports, as every page counts by default); this module only
stores its result for one day in three columns of ``Task``:

    current_status    the status on ``status_as_of``;
    status_deadline   the deadline of the current cycle (the "due within N days" filter);
    status_as_of      the day it was computed; any other day (or NULL) means "not known".

When it is written
    - after every ORM write that can change it, in the writing transaction: a report saved or
      deleted, a task saved (its period, its deadline), a unit role added, changed or removed,
      a ward's thresholds changed (``connect()``, called by ``AssignmentsConfig.ready``);
      bulk writers (the Excel import, the generator) call ``refresh()`` with the tasks they
      touched;
    - for every task when the day changes: ``refresh_all()``, run as a background job by
      ``manage.py refresh_statuses`` from cron just after midnight (README).

Reading it (``matching``) never trusts a row whose ``status_as_of`` is not today: such rows
(before the night's job has run, or a writer that bypassed the ORM and refresh()) have their
status computed on the spot, in Python, like every page did before, and are never written by
the read. So a list is always right, and fast whenever the rows are current. A read that meets
such rows says so (``core.events.statuses_not_current``), on which the day's job is queued once a
day (``assignments.tasks.queue_catch_up``), for a portal whose cron line is missing.

Races: a refresh locks the task rows first and reads the reports after (each statement of a
READ COMMITTED transaction sees what was committed before it), so of two reports saved at
once on one task, the one whose transaction takes the lock second sees both.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Iterable

from django.db import transaction
from django.db.models import Q, QuerySet
from django.db.models.signals import post_delete, post_save
from django.utils import timezone

from assignments.models import ProgressReport, Task, TaskUnit
from assignments.selectors import for_status, with_status
from assignments.status import TaskStatus
from core import events
from core.concurrency import for_update

BATCH = 1000
FIELDS = ("current_status", "status_deadline", "status_as_of")


def stored_values(computed: TaskStatus) -> tuple[str, dt.date | None]:
    """What the columns hold for a computed status."""
    return computed.status.value, computed.deadline


def refresh(task_ids: Iterable[int], today: dt.date | None = None) -> int:
    """Compute and store the status of these tasks for ``today``; returns how many rows changed."""
    today = today or timezone.localdate()
    ids = sorted(set(task_ids))
    changed = 0
    for start in range(0, len(ids), BATCH):
        chunk = ids[start : start + BATCH]
        with transaction.atomic():
            # Lock first, read after (see the module's docstring); by id, so two refreshes never
            # wait on each other in a circle.
            locked = list(for_update(Task.objects).filter(pk__in=chunk).order_by("pk").values_list("pk"))
            if not locked:
                continue
            groups: dict[tuple[str, dt.date | None], list[int]] = defaultdict(list)
            for task in with_status(for_status(Task.objects.filter(pk__in=chunk).order_by()), today):
                values = stored_values(task.computed)
                if (task.current_status, task.status_deadline, task.status_as_of) != (*values, today):
                    groups[values].append(task.pk)
            # One UPDATE per distinct (status, deadline), not save(): no version bump (an open
            # form stays valid), no history row; and not bulk_update, whose CASE per row cost
            # more than computing the statuses.
            for (status, deadline), pks in groups.items():
                Task.objects.filter(pk__in=pks).update(
                    current_status=status, status_deadline=deadline, status_as_of=today
                )
                changed += len(pks)
    return changed


def refresh_all(today: dt.date | None = None, queryset: QuerySet | None = None) -> int:
    """Refresh every task (of ``queryset``): the day's job (``assignments.tasks.refresh_statuses``)."""
    ids = list((queryset if queryset is not None else Task.objects.all()).order_by("pk").values_list("pk", flat=True))
    return refresh(ids, today)


def not_current(today: dt.date) -> Q:
    """The rows whose stored status is not today's: ``status_as_of`` before or after today, or NULL.

    Not ``~Q(status_as_of=today)``: PostgreSQL reads ``<>`` through no index, so a city's list
    went through every task of the city to find none (≈ 25 ms at 116 wards); ranges and NULL
    are read from the index ``task_stored_status_by_day`` (under 1 ms once the night's job has run)."""
    return Q(status_as_of__lt=today) | Q(status_as_of__gt=today) | Q(status_as_of__isnull=True)


def matching(
    queryset: QuerySet,
    today: dt.date,
    condition: Q,
    test: Callable[[TaskStatus], bool],
    *,
    include_submitted: bool = False,
) -> QuerySet:
    """The tasks of ``queryset`` whose status today passes the filter: ``condition`` on the stored
    columns for the rows current today, ``test`` on the computed status for the others (in
    Python, without writing). ``condition`` and ``test`` must say the same thing.

    ``include_submitted`` (the status counting submitted reports too, ``task_status``): not
    what is stored, so every row is computed, as before the columns existed."""
    if include_submitted:
        tasks = with_status(for_status(queryset.order_by()), today, include_submitted=True)
        return queryset.filter(pk__in=[task.pk for task in tasks if test(task.computed)])
    stale = with_status(for_status(queryset.filter(not_current(today)).order_by()), today)
    if stale:
        events.statuses_not_current.send(sender=Task, day=today)
    stale_ids = [task.pk for task in stale if test(task.computed)]
    return queryset.filter((Q(status_as_of=today) & condition) | Q(pk__in=stale_ids))


# Signals: every ORM write that can change a status refreshes its task(s) in the same transaction.


def _refresh_task(task_id: int | None) -> None:
    if task_id is not None:
        refresh([task_id])


def _on_report(sender, instance, raw=False, **kwargs):
    if not raw:
        _refresh_task(instance.task_id)


def _on_task_unit(sender, instance, raw=False, **kwargs):
    if not raw:
        _refresh_task(instance.task_id)


def _on_task(sender, instance, raw=False, update_fields=None, **kwargs):
    if raw or (update_fields is not None and set(update_fields) <= {*FIELDS, "version", "search_text"}):
        return
    _refresh_task(instance.pk)


def _on_ward_settings(sender, instance, raw=False, **kwargs):
    if not raw:
        refresh_all(queryset=Task.objects.filter(plan_item__plan__ward_id=instance.ward_id))


def connect() -> None:
    from plans.models import WardSettings

    post_save.connect(_on_report, sender=ProgressReport, dispatch_uid="stored-status-report-save")
    post_delete.connect(_on_report, sender=ProgressReport, dispatch_uid="stored-status-report-delete")
    post_save.connect(_on_task_unit, sender=TaskUnit, dispatch_uid="stored-status-role-save")
    post_delete.connect(_on_task_unit, sender=TaskUnit, dispatch_uid="stored-status-role-delete")
    post_save.connect(_on_task, sender=Task, dispatch_uid="stored-status-task-save")
    post_save.connect(_on_ward_settings, sender=WardSettings, dispatch_uid="stored-status-ward-settings")
