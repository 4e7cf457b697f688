"""What the units wrote: the narratives of their progress reports, for the reports to quote.

A report that only counts statuses hides the work; the office's periodic report and the
reviews (sơ kết, tổng kết) quote each unit's own words. For every task and unit, the newest
report of the span that carries a narrative is kept (older ones are superseded by it), grouped
under the printed group of the task, in reading order. One query for the reports, one for the
plan items.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from assignments.models import ProgressReport, TaskUnit
from exchange import progress as prog
from plans.models import Plan


@dataclass(frozen=True)
class NarrativeLine:
    task_number: str
    task_title: str
    unit: str
    is_lead: bool
    period: str
    percent: int
    narrative: str


@dataclass
class NarrativeGroup:
    title: str
    lines: list[NarrativeLine] = field(default_factory=list)


def collect_narratives(plan: Plan, start: dt.date, end: dt.date) -> list[NarrativeGroup]:
    """The newest narrative of each task and unit among the reports of periods within [start, end]."""
    reports = (
        ProgressReport.objects.filter(task__plan_item__plan=plan)
        .exclude(narrative="")
        .select_related("task", "unit")
        .prefetch_related("task__unit_roles")
    )
    newest: dict[tuple[int, int], ProgressReport] = {}
    for report in reports:
        period = report.period
        if period.start < start or period.end > end:
            continue
        key = (report.task_id, report.unit_id)
        kept = newest.get(key)
        if kept is None or (period.end, report.updated_at) > (kept.period.end, kept.updated_at):
            newest[key] = report
    items = prog.items_of_plans([plan.pk])
    groups: dict[int | None, NarrativeGroup] = {}
    order = {pk: i for i, pk in enumerate(items)}

    def reading_order(report: ProgressReport):
        return (order.get(report.task.plan_item_id, 0), report.task.position, report.task_id, report.unit.name)

    for report in sorted(newest.values(), key=reading_order):
        chain = prog.ancestors(items.get(report.task.plan_item_id), items)
        top = chain[0] if chain else None
        group = groups.get(top.pk if top else None)
        if group is None:
            title = (f"{top.number}. {top.title}" if top.number else top.title) if top else ""
            group = groups[top.pk if top else None] = NarrativeGroup(title)
        roles = {role.unit_id: role.role for role in report.task.unit_roles.all()}
        group.lines.append(
            NarrativeLine(
                task_number=report.task.number,
                task_title=report.task.title,
                unit=report.unit.name,
                is_lead=roles.get(report.unit_id) == TaskUnit.Role.LEAD,
                period=report.period.label(),
                percent=report.percent,
                narrative=report.narrative,
            )
        )
    return list(groups.values())
