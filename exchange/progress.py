"""What the export and the report read: rows fetched once, their status and their groups.

Nothing here decides a status: ``assignments.status`` does (``task_status``, ``rollup``).
This module only fetches what those rules need, with a fixed number of queries whatever
the number of rows, and walks each row's plan items up to the group rows printed above it.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from django.db.models import QuerySet

from assignments.models import ProgressReport, Task
from assignments.status import DEFAULT_RULES, Rules, TaskStatus, percent_or_none, rollup, task_status
from core.review import counted
from plans.models import Plan, PlanItem
from plans.periods import ReportingPeriod
from projects.models import Project
from targets.models import Measurement, Target
from targets.tracking import TargetTrack, chronological, target_track


def fetch_tasks(queryset: QuerySet) -> list[Task]:
    """The tasks of ``queryset`` in reading order, with units and reports prefetched."""
    return list(
        queryset.select_related("plan_item__plan__ward")
        .prefetch_related("unit_roles__unit", "reports")
        .order_by("plan_item__plan__period_start", "plan_item__plan_id", "plan_item__tree_order", "position", "pk")
    )


def fetch_projects(queryset: QuerySet) -> list[Project]:
    return list(
        queryset.select_related("plan_item__plan", "ward", "lead_unit")
        .prefetch_related("capital_years")
        .order_by("plan_item__plan_id", "plan_item__tree_order", "position", "pk")
    )


def fetch_targets(queryset: QuerySet) -> list[Target]:
    return list(
        queryset.select_related("plan_item__plan__ward", "responsible_unit")
        .prefetch_related("measurements", "milestones")
        .order_by("plan_item__plan_id", "plan_item__tree_order", "position", "part", "pk")
    )


def items_of_plans(plan_ids: Iterable[int]) -> dict[int, PlanItem]:
    """Every item of the plans, by id (one query), to walk up from a row to its groups."""
    ids = {pk for pk in plan_ids if pk is not None}
    if not ids:
        return {}
    return {item.pk: item for item in PlanItem.objects.filter(plan_id__in=ids).order_by("tree_order")}


def ancestors(item: PlanItem | None, items: dict[int, PlanItem]) -> list[PlanItem]:
    """``item`` and the items above it, top first."""
    chain: list[PlanItem] = []
    while item is not None:
        chain.append(item)
        item = items.get(item.parent_id) if item.parent_id else None
    return chain[::-1]


def appendix_of(chain: list[PlanItem]) -> PlanItem | None:
    return next((i for i in chain if i.kind == PlanItem.Kind.APPENDIX), None)


def printed_groups(chains: list[list[PlanItem]]) -> list[list[PlanItem]]:
    """For each row's chain of items, the ones printed as group rows above it.

    Below an appendix item: every item under the appendix (Appendix 2: part II, then its
    fields). Elsewhere: the chain without the leading items every row shares (the plan's
    part and section), but always the row's own item.
    """
    common = 0
    if chains:
        shortest = min(len(c) for c in chains)
        while common < shortest - 1 and len({c[common].pk for c in chains}) == 1:
            common += 1
    out = []
    for chain in chains:
        appendix = appendix_of(chain)
        if appendix is not None:
            out.append(chain[chain.index(appendix) + 1 :])
        else:
            out.append(chain[min(common, len(chain) - 1) :])
    return out


@dataclass
class TaskProgress:
    status: TaskStatus
    latest: ProgressReport | None


def reports_until(task: Task, until: dt.date | None) -> list[ProgressReport]:
    """The task's reports (prefetched), leaving out periods that begin after ``until``."""
    reports = list(task.reports.all())
    if until is None:
        return reports
    return [r for r in reports if r.period.start <= until]


def progress_of(
    task: Task,
    today: dt.date,
    until: dt.date | None = None,
    rules: Rules = DEFAULT_RULES,
    *,
    include_submitted: bool = False,
) -> TaskProgress:
    """The computed status of a task (``assignments.status.task_status``) and its latest report.

    The latest report is the lead unit's one that sets the status or, when the lead has not
    reported, the latest one of any unit.
    """
    reports = counted(reports_until(task, until), include_submitted)
    status = task_status(task, reports, today, rules, cycle_on=until, include_submitted=include_submitted)
    latest = status.latest or max(reports, key=lambda r: (r.period.end, r.period.start, r.updated_at), default=None)
    return TaskProgress(status, latest)


def item_rollup(tasks: list[Task], progress: dict[int, TaskProgress], items: dict[int, PlanItem]):
    """``assignments.status.rollup`` over the items of ``items`` and the given tasks."""
    item_tasks: dict[int, list[int]] = defaultdict(list)
    for task in tasks:
        item_tasks[task.plan_item_id].append(task.pk)
    children: dict[int | None, list[int]] = defaultdict(list)
    for item in items.values():
        children[item.parent_id].append(item.pk)
    percents = {t.pk: percent_or_none(progress[t.pk].status) for t in tasks}
    return rollup(
        dict(item_tasks),
        dict(children),
        percents,
        task_weights={t.pk: t.weight for t in tasks},
        item_weights={pk: item.weight for pk, item in items.items()},
    )


@dataclass
class TargetProgress:
    track: TargetTrack
    latest: Measurement | None


def target_progress(
    target: Target, today: dt.date, until: dt.date | None = None, *, include_submitted: bool = False
) -> TargetProgress:
    """Where a target stands (``targets.tracking.target_track``) and its latest measurement,
    leaving out measurements of periods that end after ``until`` and those that do not count
    (``core.review``: approved, and submitted with ``include_submitted``)."""
    measurements = [
        m for m in counted(target.measurements.all(), include_submitted) if until is None or m.period.end <= until
    ]
    ordered = chronological(measurements)
    track = target_track(target, ordered, today, milestones=target.milestones.all())
    return TargetProgress(track, ordered[-1] if ordered else None)


def period_of_plan_years(plan: Plan) -> str:
    return f"{plan.period_start.year}-{plan.period_end.year}"


def period_label(period: ReportingPeriod) -> str:
    """``Quý 1/2026`` → ``quý 1/2026``: the label as it reads inside a sentence."""
    label = period.label()
    return label[:1].lower() + label[1:]
