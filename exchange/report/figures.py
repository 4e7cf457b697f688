"""The figures of a periodic report, gathered from the data (``document`` lays them out).

The report looks at the plan at the close of the period: reports of later periods are left
out, and statuses are computed (``assignments.status``) on the day after the period ends,
or today while the period is still running, so that a deadline falling on the period's last
day and not met counts as overdue in that period's report.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal

from django.utils import timezone

from assignments.models import Task
from assignments.status import DONE_STATUSES, SEVERITY, Status, rules_by_ward
from core.review import counted
from exchange import progress as prog
from exchange.report.narratives import NarrativeGroup, collect_narratives
from plans.models import Plan, PlanItem
from plans.periods import ReportingPeriod
from projects.models import CapitalYear, Project
from targets.models import Target
from targets.tracking import TrackStatus


@dataclass
class GroupLine:
    number: str
    title: str
    counts: Counter
    percent: float | None

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    def count(self, *statuses: Status) -> int:
        return sum(self.counts[s] for s in statuses)


@dataclass
class TargetLine:
    group: str
    statement: str
    target: Target
    actual: Decimal | None
    actual_period: str
    track: TrackStatus


@dataclass
class LateLine:
    number: str
    title: str
    group: str
    lead: str
    deadline: dt.date | None
    status: Status
    percent: int


@dataclass
class ProjectLine:
    number: str
    name: str
    phase: str
    capital: CapitalYear | None


@dataclass
class ReportData:
    plan: Plan
    period: ReportingPeriod
    as_of: dt.date
    counts: Counter = field(default_factory=Counter)
    overall_percent: float | None = None
    groups: list[GroupLine] = field(default_factory=list)
    targets: list[TargetLine] = field(default_factory=list)
    late: list[LateLine] = field(default_factory=list)
    projects: list[ProjectLine] = field(default_factory=list)
    capital_by_year: list[CapitalYear] = field(default_factory=list)
    phases: Counter = field(default_factory=Counter)
    # Statuses of the tasks each unit leads, by unit name, in reading order of first appearance.
    unit_counts: dict[str, Counter] = field(default_factory=dict)
    narratives: list[NarrativeGroup] = field(default_factory=list)
    include_submitted: bool = False  # counts submitted reports too (core.review); approved only else

    @property
    def ward(self):
        return self.plan.ward

    @property
    def task_total(self) -> int:
        return sum(self.counts.values())

    @property
    def targets_measured(self) -> int:
        return sum(1 for t in self.targets if t.actual is not None)


def status_date(period: ReportingPeriod, today: dt.date) -> dt.date:
    return min(today, period.end + dt.timedelta(days=1))


def _group_title(item: PlanItem | None) -> str:
    if item is None:
        return ""
    return f"{item.number}. {item.title}" if item.number and not item.number.startswith("PH") else item.title


def collect(
    plan: Plan, period: ReportingPeriod, *, today: dt.date | None = None, include_submitted: bool = False
) -> ReportData:
    """Everything the report says about ``plan`` for ``period``, in a fixed number of queries.

    Approved figures only (``core.review``), or submitted ones too with ``include_submitted`` —
    the same choice as the dashboard's switch, so both say the same numbers.

    ``period`` may be any span with ``start``, ``end``, ``year``, ``key`` and ``label()``
    (a review's span, ``exchange.report.review.Span``), not only a reporting period.
    """
    today = today or timezone.localdate()
    data = ReportData(plan=plan, period=period, as_of=status_date(period, today), include_submitted=include_submitted)
    items = prog.items_of_plans([plan.pk])
    _collect_tasks(data, items)
    _collect_targets(data, items)
    _collect_projects(data)
    data.narratives = collect_narratives(plan, period.start, period.end)
    return data


def _collect_tasks(data: ReportData, items: dict[int, PlanItem]) -> None:
    tasks = prog.fetch_tasks(Task.objects.filter(plan_item__plan=data.plan, plan_item__archived=False))
    rules = rules_by_ward([data.plan.ward_id])[data.plan.ward_id]
    progress = {
        t.pk: prog.progress_of(
            t, data.as_of, until=data.period.end, rules=rules, include_submitted=data.include_submitted
        )
        for t in tasks
    }
    chains = [prog.ancestors(items[t.plan_item_id], items) for t in tasks]
    groups = prog.printed_groups(chains)
    rolled = prog.item_rollup(tasks, progress, items)
    data.overall_percent = rolled.get(None, (None, 0))[0]
    by_group: dict[int, GroupLine] = {}
    for task, row_groups in zip(tasks, groups, strict=True):
        status = progress[task.pk].status
        data.counts[status.status] += 1
        top = row_groups[0] if row_groups else items[task.plan_item_id]
        line = by_group.get(top.pk)
        if line is None:
            line = by_group[top.pk] = GroupLine(top.number, top.title, Counter(), rolled.get(top.pk, (None, 0))[0])
            data.groups.append(line)
        line.counts[status.status] += 1
        for unit in task.lead_units:
            data.unit_counts.setdefault(unit.name, Counter())[status.status] += 1
        if status.status in (Status.OVERDUE, Status.AT_RISK):
            lead = task.lead_text or ", ".join(u.name for u in task.lead_units)
            group = _group_title(row_groups[-1] if row_groups else None)
            # An overdue task is late for its earliest missed deadline, not for the running cycle's.
            deadline = status.overdue_cycles[0] if status.overdue_cycles else status.deadline
            data.late.append(
                LateLine(task.number, task.title, group, lead, deadline, Status(status.status), status.percent)
            )
    data.late.sort(key=lambda line: SEVERITY.index(line.status))


def _collect_targets(data: ReportData, items: dict[int, PlanItem]) -> None:
    targets = prog.fetch_targets(Target.objects.filter(plan_item__plan=data.plan, plan_item__archived=False))
    for target in targets:
        p = prog.target_progress(target, data.as_of, until=data.period.end, include_submitted=data.include_submitted)
        data.targets.append(
            TargetLine(
                group=_group_title(items.get(target.plan_item_id)),
                statement=target.statement,
                target=target,
                actual=p.latest.value if p.latest else None,
                actual_period=p.latest.period.label() if p.latest else "",
                track=p.track.status,
            )
        )


def _collect_projects(data: ReportData) -> None:
    year = data.period.year
    projects = prog.fetch_projects(Project.objects.filter(plan_item__plan=data.plan, plan_item__archived=False))
    totals: dict[int, CapitalYear] = {}
    for project in projects:
        data.phases[project.get_phase_display()] += 1
        capital = None
        for row in counted(project.capital_years.all(), data.include_submitted):
            if row.year > year:
                continue
            total = totals.setdefault(row.year, CapitalYear(year=row.year, planned=Decimal(0), disbursed=Decimal(0)))
            total.planned += row.planned
            total.disbursed += row.disbursed
            if row.year == year:
                capital = row
        data.projects.append(ProjectLine(project.number, project.name, str(project.get_phase_display()), capital))
    data.capital_by_year = [totals[y] for y in sorted(totals)]


DONE = tuple(DONE_STATUSES)
