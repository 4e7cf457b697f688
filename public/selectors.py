"""What the public pages show of a ward's published plans, and nothing else.

Every function here starts from plans the ward's follow-up office published
(``Plan.objects.published()``) and reads through the portal's own rules: task statuses from
``assignments.selectors``/``status``, target tracks from ``targets.filters``/``tracking``,
money from ``projects.finance``. Nothing here reads a user: no name of a person reaches the
public pages (report authors, measurement recorders, the plan's signer). Progress narratives
and evidence files are read only for a plan whose office published them.

Each function runs a constant number of queries whatever the size of the ward.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from django.db.models import Count, Prefetch, Q

from assignments.models import Evidence, ProgressReport, Task
from assignments.selectors import for_status, item_progress, plan_progress, with_status
from assignments.status import Status, Timeliness, timeliness
from core.review import counted
from plans.models import Plan, PlanItem, Ward
from plans.tree import hang
from projects.finance import DisbursementSummary, disbursement_summary
from projects.models import CapitalYear, Project
from targets.charts import chart_data
from targets.filters import for_tracking, with_track
from targets.models import Target
from targets.tracking import MilestoneRow, TrackStatus, chronological, milestone_rows, target_track


@dataclass
class Figure:
    key: str
    label: str
    count: int


def on_time_figures(tasks) -> list[Figure]:
    """The four on-time counts (``assignments.status.timeliness``) of tasks carrying ``computed``."""
    counts = Counter(timeliness(task.computed.status) for task in tasks)
    return [Figure(group.value, str(group.label), counts.get(group, 0)) for group in Timeliness]


def track_figures(targets) -> list[Figure]:
    counts = Counter(target.track.status for target in targets)
    return [Figure(s.value, str(s.label), counts.get(s, 0)) for s in TrackStatus if counts.get(s)]


def published_wards():
    """Wards that publish at least one plan, with ``published_count``, by city then name."""
    return (
        Ward.objects.filter(plans__published=True)
        .annotate(published_count=Count("plans", filter=Q(plans__published=True)))
        .select_related("city")
        .order_by("city__name", "name")
    )


@dataclass
class PlanSummary:
    plan: Plan
    task_count: int = 0
    progress: float | None = None
    on_time: list[Figure] = field(default_factory=list)
    target_count: int = 0
    tracks: list[Figure] = field(default_factory=list)
    project_count: int = 0
    money: DisbursementSummary = field(default_factory=lambda: disbursement_summary([]))


@dataclass
class WardPage:
    ward: Ward
    today: dt.date
    plans: list[PlanSummary]
    task_count: int
    on_time: list[Figure]
    project_count: int
    money: DisbursementSummary


def ward_page(ward: Ward, plans: list[Plan], today: dt.date) -> WardPage:
    """The ward's published ``plans`` side by side, and the ward's on-time figures over them."""
    plan_ids = [plan.pk for plan in plans]
    tasks = with_status(for_status(Task.objects.filter(plan_item__plan_id__in=plan_ids)), today)
    targets = with_track(for_tracking(Target.objects.filter(plan_item__plan_id__in=plan_ids)), today)
    projects = list(
        Project.objects.filter(plan_item__plan_id__in=plan_ids)
        .select_related("plan_item")
        .prefetch_related("capital_years")
    )
    by_plan: dict[int, list] = defaultdict(list)
    for task in tasks:
        by_plan[task.plan_item.plan_id].append(task)
    # Each plan's roll-up as its own plan page shows it (the items' weights included).
    progress = plan_progress(
        tasks, PlanItem.objects.filter(plan_id__in=plan_ids).only("pk", "plan_id", "parent_id", "weight")
    )
    summaries = []
    for plan in plans:
        plan_targets = [t for t in targets if t.plan_item.plan_id == plan.pk]
        plan_projects = [p for p in projects if p.plan_item.plan_id == plan.pk]
        summaries.append(
            PlanSummary(
                plan=plan,
                task_count=len(by_plan[plan.pk]),
                progress=progress[plan.pk].percent if plan.pk in progress else None,
                on_time=on_time_figures(by_plan[plan.pk]),
                target_count=len(plan_targets),
                tracks=track_figures(plan_targets),
                project_count=len(plan_projects),
                money=disbursement_summary(cy for p in plan_projects for cy in p.capital_years.all()),
            )
        )
    return WardPage(
        ward=ward,
        today=today,
        plans=summaries,
        task_count=len(tasks),
        on_time=on_time_figures(tasks),
        project_count=len(projects),
        money=disbursement_summary(cy for p in projects for cy in p.capital_years.all()),
    )


@dataclass
class PlanPage:
    plan: Plan
    today: dt.date
    roots: list
    percent: float | None
    task_count: int
    statuses: list[Figure]
    on_time: list[Figure]
    targets: list[Target]
    tracks: list[Figure]
    projects: list[Project]
    money: DisbursementSummary


def _attach_narratives(plan: Plan, tasks: list[Task]) -> None:
    """``task.public_narrative`` and ``task.public_evidence``: of the lead report that sets the
    task's status, only where the office published them (one query each, never the author)."""
    reports = {task.computed.latest.pk: task for task in tasks if task.computed.latest is not None}
    for task in tasks:
        task.public_narrative, task.public_evidence = "", []
    if plan.publish_narratives and reports:
        for pk, narrative in ProgressReport.objects.filter(pk__in=reports).values_list("pk", "narrative"):
            reports[pk].public_narrative = narrative
    if plan.publish_evidence and reports:
        for evidence in Evidence.objects.filter(report_id__in=reports).only("pk", "report_id", "original_name", "size"):
            reports[evidence.report_id].public_evidence.append(evidence)


def plan_page(plan: Plan, today: dt.date) -> PlanPage:
    """A published plan's tree with task statuses, targets, projects with their money, and its figures."""
    items = list(plan.items.order_by("tree_order"))
    tasks = with_status(for_status(Task.objects.filter(plan_item__plan=plan)), today)
    targets = with_track(for_tracking(Target.objects.filter(plan_item__plan=plan)), today)
    projects = list(
        Project.objects.filter(plan_item__plan=plan)
        .prefetch_related(Prefetch("capital_years", queryset=CapitalYear.objects.order_by("year")))
        .order_by("plan_item__tree_order", "position")
    )
    for project in projects:
        project.money = disbursement_summary(project.capital_years.all())
    _attach_narratives(plan, tasks)
    progress = item_progress(tasks, items)
    percent, count = progress[None]
    status_counts = Counter(task.computed.status for task in tasks)
    return PlanPage(
        plan=plan,
        today=today,
        roots=hang(items, progress, task=tasks, target=targets, project=projects),
        percent=percent,
        task_count=count,
        statuses=[Figure(s, str(s.label), status_counts.get(s, 0)) for s in Status],  # key: the badge's status
        on_time=on_time_figures(tasks),
        targets=targets,
        tracks=track_figures(targets),
        projects=projects,
        money=disbursement_summary(cy for p in projects for cy in p.capital_years.all()),
    )


@dataclass
class TargetPage:
    target: Target
    track: object
    rows: list
    chart: dict
    show_sources: bool
    milestones: list[MilestoneRow]


def target_page(target: Target, today: dt.date) -> TargetPage:
    """One target of a published plan: where it stands, its yearly milestones, its chart data
    (the path bending at the milestones, as on the ward's own page) and its measurements as a
    table (the chart's fallback without JavaScript, and its print)."""
    measurements = chronological(counted(target.measurements.all()))  # citizens see approved figures only
    milestones = list(target.milestones.all())
    track = target_track(target, measurements, today, milestones=milestones)
    rows = [(m, track.path.at(m.period.end) if track.path else None) for m in reversed(measurements)]
    return TargetPage(
        target=target,
        track=track,
        rows=rows,
        chart=chart_data(target, measurements, track),
        show_sources=target.plan_item.plan.publish_narratives,
        milestones=milestone_rows(milestones, measurements),
    )


def public_evidence(plan: Plan):
    """Evidence files of a plan whose office published them (none otherwise)."""
    if not (plan.published and plan.publish_evidence):
        return Evidence.objects.none()
    return Evidence.objects.filter(report__task__plan_item__plan=plan)
