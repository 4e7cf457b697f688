"""The inputs of the status and tracking rules for many wards at once, read as plain rows.

The city dashboard needs, for every task of up to a city's wards, only its status and
percent (``assignments.status.task_status``), and for every target only where it stands
(``targets.tracking.target_track``). A model instance per report and per measurement cost
most of its time (about 100,000 objects for 114 wards). These loaders read the same columns
with ``values_list`` into small objects that satisfy the rules' protocols — the rules
themselves are unchanged, and choose the lead units' reports themselves. Money is summed by
the database. The city compares approved figures only (``core.review.counted_q``), as every
dashboard does by default.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal

from django.db.models import Count, FilteredRelation, OuterRef, Q, Subquery, Sum

from assignments.models import ProgressReport, Task, TaskUnit
from assignments.status import TaskStatus, rules_by_ward, task_status
from core.review import counted_q
from plans.models import PlanItem, in_force
from plans.periods import ReportingPeriod
from projects.models import CapitalYear, Project
from targets.models import Measurement, Target, TargetMilestone
from targets.tracking import TargetTrack, target_track


# Plain slotted dataclasses, not frozen ones: a city reads some 40,000 of these rows, and a
# frozen dataclass is built three times slower. Nothing changes them once read.
@dataclass(slots=True)
class Role:
    unit_id: int
    role: str


class Roles(list):
    def all(self):  # the related-manager call the status rule makes
        return self


@dataclass(slots=True)
class Report:
    unit_id: int
    status: str
    percent: int
    completed_on: dt.date | None
    period: ReportingPeriod


@dataclass(slots=True)
class LeanTask:
    pk: int
    ward_id: int
    plan_item_id: int
    weight: int
    period_kind: str
    start_year: int | None
    end_year: int | None
    due_date: dt.date | None
    unit_roles: Roles = field(default_factory=Roles)
    computed: TaskStatus | None = None


@dataclass(slots=True)
class Reading:
    value: Decimal
    period: ReportingPeriod


@dataclass(slots=True)
class Milestone:
    year: int
    value: Decimal


@dataclass(slots=True)
class LeanTarget:
    ward_id: int
    direction: str
    value: Decimal | None
    value_max: Decimal | None
    horizon_year: int | None
    is_annual: bool
    baseline_value: Decimal | None
    baseline_year: int | None
    deadline: dt.date | None
    track: TargetTrack | None = None


@dataclass(frozen=True, slots=True)
class Money:
    planned: Decimal
    disbursed: Decimal


class _Periods(dict):
    def __missing__(self, key):
        self[key] = value = ReportingPeriod(*key)
        return value


def task_statuses(wards, today: dt.date) -> list[LeanTask]:
    """Every task of ``wards`` with ``computed`` set by ``task_status`` (two queries)."""
    in_wards = Task.objects.filter(in_force(), plan_item__plan__ward__in=wards).order_by()
    # Each task with its lead units in one query (a row per lead, one with None for a task
    # without any): a LEFT JOIN on the lead roles rather than a second query over the tasks.
    leads = FilteredRelation("unit_roles", condition=Q(unit_roles__role=TaskUnit.Role.LEAD))
    tasks: dict[int, LeanTask] = {}
    for pk, *rest, lead_id in in_wards.annotate(lead=leads).values_list(
        "pk", "plan_item__plan__ward_id", "plan_item_id", "weight", "period_kind", "start_year", "end_year",
        "due_date", "lead__unit_id",
    ):  # fmt: skip
        task = tasks.get(pk)
        if task is None:
            task = tasks[pk] = LeanTask(pk, *rest)
        if lead_id is not None:
            task.unit_roles.append(Role(lead_id, TaskUnit.Role.LEAD))
    periods = _Periods()
    reports: dict[int, list[Report]] = defaultdict(list)
    # Every counted report of the tasks (the tasks as a subquery, not a list of thousands of
    # ids): the rule itself keeps those of the lead units, or all of a task without one. Leaving
    # out the coordinators' reports in SQL (14 % of the rows) cost more than reading them.
    counted_reports = ProgressReport.objects.filter(counted_q(), task_id__in=in_wards.values("pk")).order_by()
    for task_id, unit_id, status, percent, completed_on, year, kind, index in counted_reports.values_list(
        "task_id", "unit_id", "status", "percent", "completed_on", "period_year", "period_kind", "period_index"
    ):
        reports[task_id].append(Report(unit_id, status, percent, completed_on, periods[(year, kind, index)]))
    rules = rules_by_ward({task.ward_id for task in tasks.values()})
    for task in tasks.values():
        task.computed = task_status(task, reports[task.pk], today, rules[task.ward_id])
    return list(tasks.values())


@dataclass(frozen=True, slots=True)
class LeanItem:
    pk: int
    parent_id: int | None
    weight: int
    ward_id: int


def plan_items(wards) -> list[LeanItem]:
    """Every plan item of ``wards``, as much as the roll-up reads (one query)."""
    rows = PlanItem.objects.filter(plan__ward__in=wards, plan__archived=False, archived=False).order_by()
    return [LeanItem(*row) for row in rows.values_list("pk", "parent_id", "weight", "plan__ward_id")]


def target_tracks(wards, today: dt.date) -> list[LeanTarget]:
    """Every target of ``wards`` with ``track`` set by ``target_track`` (three queries: the
    targets, their milestones and their measurements)."""
    in_wards = Target.objects.filter(in_force(), plan_item__plan__ward__in=wards).order_by()
    targets = {
        pk: LeanTarget(*rest)
        for pk, *rest in in_wards.values_list(
            "pk", "plan_item__plan__ward_id", "direction", "value", "value_max", "horizon_year", "is_annual",
            "baseline_value", "baseline_year", "deadline",
        )
    }  # fmt: skip
    periods = _Periods()
    readings: dict[int, list[Reading]] = defaultdict(list)
    measurements = Measurement.objects.filter(
        counted_q(), in_force("target__plan_item"), target__plan_item__plan__ward__in=wards
    ).order_by()  # joined to the targets' wards, not a list of thousands of target ids
    for target_id, value, year, kind, index in measurements.values_list(
        "target_id", "value", "period_year", "period_kind", "period_index"
    ):
        readings[target_id].append(Reading(value, periods[(year, kind, index)]))
    milestones: dict[int, list[Milestone]] = defaultdict(list)
    in_ward_milestones = TargetMilestone.objects.filter(
        in_force("target__plan_item"), target__plan_item__plan__ward__in=wards
    ).order_by()
    for target_id, year, value in in_ward_milestones.values_list("target_id", "year", "value"):
        milestones[target_id].append(Milestone(year, value))
    for pk, target in targets.items():
        target.track = target_track(target, readings[pk], today, milestones=milestones[pk])
    return list(targets.values())


def project_money(wards) -> tuple[dict[int, int], dict[int, Money]]:
    """Projects per ward, and capital planned and disbursed per ward, summed by the database (one query).

    Each project's counted years are summed by a subquery (through the capital years' project
    index), then the projects' sums per ward: a grouped join of the capital years instead had
    PostgreSQL read every capital year of the country."""
    years = CapitalYear.objects.filter(counted_q(), project_id=OuterRef("pk")).order_by().values("project_id")
    sums = (
        Project.objects.filter(in_force(nullable=True), ward__in=wards)
        .order_by()
        .values("ward_id")
        .annotate(
            n=Count("pk"),
            planned=Sum(Subquery(years.annotate(total=Sum("planned")).values("total"))),
            disbursed=Sum(Subquery(years.annotate(total=Sum("disbursed")).values("total"))),
        )
        .values_list("ward_id", "n", "planned", "disbursed")
    )
    counts, money = {}, {}
    for ward_id, n, planned, disbursed in sums:
        counts[ward_id] = n
        if planned is not None:  # some project of the ward has counted years
            money[ward_id] = Money(planned, disbursed)
    return counts, money
