"""Tasks with their computed status, for many tasks at once in a constant number of queries.

The status itself is ``assignments.status.task_status``; this module only loads what it needs
(the lead roles and every report) with one prefetch each, then calls it per task in Python.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable

from django.db.models import Prefetch, QuerySet

from assignments.models import ProgressReport, Task, TaskUnit
from assignments.status import (
    DONE_STATUSES,
    DUE_SOON_DAYS,
    Rules,
    Status,
    TaskStatus,
    percent_or_none,
    rollup,
    rules_by_ward,
    task_status,
)


def for_status(tasks: QuerySet) -> QuerySet:
    """``tasks`` with what ``task_status`` and a list row read, prefetched once."""
    return tasks.select_related("plan_item__plan__ward").prefetch_related(
        Prefetch("unit_roles", queryset=TaskUnit.objects.select_related("unit").order_by("role", "position")),
        Prefetch(
            "reports",
            queryset=ProgressReport.objects.only(
                "id",
                "task_id",
                "unit_id",
                "status",
                "percent",
                "completed_on",
                "period_kind",
                "period_year",
                "period_index",
                "created_at",
                "updated_at",
                "review_state",
            ),
        ),
    )


def with_status(
    tasks: Iterable[Task], today: dt.date, rules: dict[int, Rules] | None = None, *, include_submitted: bool = False
) -> list[Task]:
    """Each task with ``task.computed`` (a ``TaskStatus``); ``tasks`` should come from ``for_status``.

    ``include_submitted``: count submitted reports as well as approved ones (``task_status``).

    Each task is judged by its ward's thresholds: ``rules`` (``{ward_id: Rules}``), read in one
    query when not given.
    """
    rows = list(tasks)
    if rules is None:
        rules = rules_by_ward({task.plan_item.plan.ward_id for task in rows})
    for task in rows:
        task.computed = task_status(
            task, task.reports.all(), today, rules[task.plan_item.plan.ward_id], include_submitted=include_submitted
        )
    return rows


def is_due_within(computed: TaskStatus, today: dt.date, days: int = DUE_SOON_DAYS) -> bool:
    """Not done, and the current deadline falls within ``days`` days from ``today``."""
    return (
        computed.status not in DONE_STATUSES
        and computed.status != Status.OVERDUE
        and computed.deadline is not None
        and today <= computed.deadline <= today + dt.timedelta(days=days)
    )


def item_progress(tasks: Iterable[Task], items: Iterable) -> dict:
    """``assignments.status.rollup`` over plan items: ``{item_id: Progress}``, None for all.

    ``tasks`` carry ``task.computed`` (``with_status``); ``items`` are the plan items they hang on.
    """
    tasks, items = list(tasks), list(items)
    item_tasks: dict[int, list[int]] = defaultdict(list)
    for task in tasks:
        item_tasks[task.plan_item_id].append(task.pk)
    children: dict[int | None, list[int]] = defaultdict(list)
    for item in items:
        children[item.parent_id].append(item.pk)
    return rollup(
        item_tasks,
        children,
        {t.pk: percent_or_none(t.computed) for t in tasks},
        task_weights={t.pk: t.weight for t in tasks},
        item_weights={item.pk: item.weight for item in items},
    )


def plan_progress(tasks: Iterable[Task], items: Iterable) -> dict[int, object]:
    """Each plan's roll-up (``{plan_id: Progress}``), the same as ``item_progress(...)[None]`` of
    the plan alone: for pages that show several plans side by side."""
    by_plan_tasks: dict[int, list] = defaultdict(list)
    by_plan_items: dict[int, list] = defaultdict(list)
    for item in items:
        by_plan_items[item.plan_id].append(item)
    plan_of_item = {item.pk: plan_id for plan_id, rows in by_plan_items.items() for item in rows}
    for task in tasks:
        by_plan_tasks[plan_of_item.get(task.plan_item_id)].append(task)
    return {plan_id: item_progress(by_plan_tasks[plan_id], rows)[None] for plan_id, rows in by_plan_items.items()}
