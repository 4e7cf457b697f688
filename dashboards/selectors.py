"""The figures of the ward and city dashboards and the plan page's tree, in a constant number of queries.

Pure functions of the database and ``today``: they read through the same querysets and rules
as the lists they link to (``assignments.selectors``/``status`` for tasks, ``targets.tracking``
for targets, ``projects.finance`` for money), so a number on a dashboard is the row count of
the list behind it. Each figure carries the query string of that list (``*_query``).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from decimal import Decimal
from urllib.parse import urlencode

from django.db.models import Prefetch, QuerySet

from assignments.models import Task, TaskUnit, Unit
from assignments.selectors import for_status, is_due_within, item_progress, with_status
from assignments.status import DONE_STATUSES, DUE_SOON_DAYS, SEVERITY, Progress, Status
from core import collection
from core.generation import generations, generations_of, with_generation
from core.review import FIGURES_PARAM, INCLUDE_SUBMITTED
from dashboards import lean, row_store
from dashboards.units import (
    UnitRate,
    YearRate,
    due_cycles,
    latest_report_ends,
    stale_targets,
    stale_window,
    unit_rates,
)
from plans.models import Plan, PlanItem, Ward, WardSettings, in_force
from plans.tree import hang
from plans.ward_settings import settings_of
from projects.finance import DisbursementSummary, disbursement_summary
from projects.models import CapitalYear, Project
from targets.filters import for_tracking, with_track
from targets.models import Target
from targets.tracking import TrackStatus

# Plan items whose progress the dashboard shows as bars.
PROGRESS_KINDS = {"programme", "scheme", "key_task", "group"}
LIST_LIMIT = 10


def query(**params) -> str:
    """A list's query string, without empty values."""
    return urlencode({k: v for k, v in params.items() if v not in (None, "")})


@dataclass
class Figure:
    label: str
    count: int
    query: str
    key: str = ""


@dataclass
class UnitScore:
    unit: Unit
    led: int = 0
    done_on_time: int = 0
    done_late: int = 0
    overdue: int = 0
    last_report: dt.datetime | None = None
    base_query: str = ""
    rates: UnitRate | None = None  # on-time rate per year, rank, stale (dashboards.units)

    def query_for(self, status: str = "") -> str:
        return self.base_query + (f"&status={status}" if status else "")


@dataclass
class GroupProgress:
    item: PlanItem
    percent: float | None
    count: int
    query: str
    rollup: Progress | None = None


@dataclass
class WardDashboard:
    ward: Ward
    today: dt.date
    task_count: int
    progress: float | None
    statuses: list[Figure]
    groups: list[GroupProgress]
    overdue: list[Task]
    overdue_count: int
    due_soon: list[Task]
    due_soon_count: int
    units: list[UnitScore]
    target_count: int
    tracks: list[Figure]
    off_track: list[Target]
    project_count: int
    projects_by: dict[str, list[Figure]]
    money: DisbursementSummary
    money_by_level: list[tuple[str, str, DisbursementSummary]]
    ward_query: str = ""
    rollup: Progress | None = None
    rate_year: int | None = None
    rate_years: list[int] = field(default_factory=list)
    stale_units: int = 0
    stale_targets: list[Target] = field(default_factory=list)
    stale_periods: int = 2
    due_days: int = DUE_SOON_DAYS
    chart: dict = field(default_factory=dict)
    include_submitted: bool = False  # the figures count submitted reports too (core.review)


def ward_tasks(wards, today: dt.date, include_submitted: bool = False) -> list[Task]:
    tasks = for_status(Task.objects.filter(in_force(), plan_item__plan__ward__in=wards))
    return with_status(tasks, today, include_submitted=include_submitted)


def status_figures(tasks: list[Task], base: dict) -> list[Figure]:
    counts = Counter(t.computed.status for t in tasks)
    return [Figure(str(s.label), counts.get(s, 0), query(**base, status=s.value), s) for s in SEVERITY]


def unit_scores(tasks: list[Task], ward: Ward) -> list[UnitScore]:
    scores: dict[int, UnitScore] = {}
    last: dict[int, dt.datetime] = {}
    for task in tasks:
        for report in task.reports.all():
            if report.unit_id not in last or report.created_at > last[report.unit_id]:
                last[report.unit_id] = report.created_at
        for role in task.unit_roles.all():
            if role.role != TaskUnit.Role.LEAD:
                continue
            score = scores.get(role.unit_id)
            if score is None:
                score = scores[role.unit_id] = UnitScore(role.unit, base_query=query(ward=ward.slug, lead=role.unit_id))
            score.led += 1
            status = task.computed.status
            score.done_on_time += status == Status.DONE_ON_TIME
            score.done_late += status == Status.DONE_LATE
            score.overdue += status == Status.OVERDUE
    for unit_id, score in scores.items():
        score.last_report = last.get(unit_id)
    return sorted(scores.values(), key=lambda s: (-s.overdue, -s.led, s.unit.name))


def ward_projects(wards):
    return (
        Project.objects.filter(in_force(nullable=True), ward__in=wards)
        .select_related("ward")
        .prefetch_related("funding_sources", Prefetch("capital_years", queryset=CapitalYear.objects.all()))
    )


def project_figures(projects: list[Project], base: dict) -> dict[str, list[Figure]]:
    by_field = Counter(p.field for p in projects if p.field)
    by_level = Counter(p.level for p in projects)
    by_phase = Counter(p.phase for p in projects)
    by_source: Counter = Counter()
    sources = {}
    for project in projects:
        for source in project.funding_sources.all():
            by_source[source.pk] += 1
            sources[source.pk] = source
    return {
        "field": [Figure(f, n, query(**base, field=f), f) for f, n in sorted(by_field.items())],
        "level": [
            Figure(str(label), by_level[value], query(**base, level=value), value)
            for value, label in Project.Level.choices
            if by_level[value]
        ],
        "funding": [
            Figure(sources[pk].name, n, query(**base, funding=pk), str(pk))
            for pk, n in sorted(by_source.items(), key=lambda kv: (-kv[1], sources[kv[0]].name))
        ],
        "phase": [
            Figure(str(label), by_phase[value], query(**base, phase=value), value)
            for value, label in Project.Phase.choices
        ],
    }


def track_figures(targets: list[Target], base: dict) -> list[Figure]:
    counts = Counter(t.track.status for t in targets)
    return [Figure(str(s.label), counts.get(s, 0), query(**base, track=s.value), s.value) for s in TrackStatus]


def ranked_units(ward: Ward, tasks: list[Task], today: dt.date, stale_periods: int, year: int | None = None):
    """The ward's lead units with their counts (``UnitScore``) and rates (``score.rates``), best
    on-time rate first; and the years with anything due."""
    scores = {score.unit.pk: score for score in unit_scores(tasks, ward)}
    rates, years = unit_rates(tasks, today, stale_periods, year)
    for rate in rates:
        scores[rate.unit.pk].rates = rate
    return [scores[rate.unit.pk] for rate in rates], years


def unit_ranking(ward: Ward, today: dt.date, year: int | None = None):
    """The ward's ranked units for ``year`` (``ranked_units``), the due years and the ward's settings."""
    settings = settings_of(ward)
    units, years = ranked_units(ward, ward_tasks([ward], today), today, settings.stale_periods, year)
    return units, years, settings


def ward_dashboard(ward: Ward, today: dt.date, include_submitted: bool = False) -> WardDashboard:
    """Every figure of one ward's dashboard (about ten queries whatever the ward's size).

    Approved figures (``core.review``), or approved and submitted ones with ``include_submitted``;
    the links to the lists carry the same choice (``so_lieu``), so a list counts what its figure did.
    """
    base = {"ward": ward.slug, FIGURES_PARAM: INCLUDE_SUBMITTED if include_submitted else ""}
    settings = settings_of(ward)
    tasks = ward_tasks([ward], today, include_submitted)
    items = list(
        PlanItem.objects.filter(plan__ward=ward, plan__archived=False, archived=False)
        .select_related("plan")
        .order_by("plan_id", "tree_order")
    )
    progress = item_progress(tasks, items)
    several_plans = len({i.plan_id for i in items}) > 1
    groups = []
    for item in items:
        rolled = progress.get(item.pk)
        if item.kind in PROGRESS_KINDS and rolled and rolled.count:
            item.show_plan = several_plans
            groups.append(GroupProgress(item, rolled.percent, rolled.count, query(**base, group=item.pk), rolled))

    overdue = sorted(
        (t for t in tasks if t.computed.status == Status.OVERDUE),
        key=lambda t: (t.computed.overdue_cycles or [t.computed.deadline])[0],
    )
    due_soon = sorted(
        (t for t in tasks if is_due_within(t.computed, today, settings.due_soon_days)),
        key=lambda t: t.computed.deadline,
    )
    targets = with_track(
        for_tracking(Target.objects.filter(in_force(), plan_item__plan__ward=ward)),
        today,
        include_submitted=include_submitted,
    )
    projects = list(ward_projects([ward]))
    money = disbursement_summary(
        (cy for p in projects for cy in p.capital_years.all()), include_submitted=include_submitted
    )
    money_by_level = [
        (
            value,
            str(label),
            disbursement_summary(
                (cy for p in projects if p.level == value for cy in p.capital_years.all()),
                include_submitted=include_submitted,
            ),
        )
        for value, label in Project.Level.choices
    ]
    statuses = status_figures(tasks, base)
    tracks = track_figures(targets, base)
    units, rate_years = ranked_units(ward, tasks, today, settings.stale_periods)
    by = project_figures(projects, base)
    dashboard = WardDashboard(
        ward=ward,
        today=today,
        task_count=len(tasks),
        progress=progress[None][0],
        statuses=statuses,
        groups=groups,
        overdue=overdue[:LIST_LIMIT],
        overdue_count=len(overdue),
        due_soon=due_soon[:LIST_LIMIT],
        due_soon_count=len(due_soon),
        due_days=settings.due_soon_days,
        units=units,
        rate_year=rate_years[-1] if rate_years else None,
        rate_years=rate_years,
        stale_units=sum(1 for score in units if score.rates and score.rates.stale),
        stale_targets=stale_targets(targets, today, settings.stale_periods),
        stale_periods=settings.stale_periods,
        target_count=len(targets),
        tracks=tracks,
        off_track=[t for t in targets if t.track.status == TrackStatus.OFF_TRACK][:LIST_LIMIT],
        project_count=len(projects),
        projects_by=by,
        money=money,
        money_by_level=money_by_level,
        ward_query=query(**base),
        rollup=progress[None],
        include_submitted=include_submitted,
    )
    dashboard.chart = {
        "status": {
            "labels": [f.label for f in statuses],
            "keys": [f.key for f in statuses],
            "values": [f.count for f in statuses],
        },
        "groups": {"labels": [_short(g.item) for g in groups], "values": [g.percent or 0 for g in groups]},
        "tracks": {
            "labels": [f.label for f in tracks],
            "keys": [f.key for f in tracks],
            "values": [f.count for f in tracks],
        },
        "phase": {"labels": [f.label for f in by["phase"]], "values": [f.count for f in by["phase"]]},
    }
    return dashboard


def _short(item: PlanItem) -> str:
    title = item.title if len(item.title) <= 40 else item.title[:38] + "…"
    return f"{item.number}. {title}" if item.number else title


@dataclass
class WardRow:
    """The headline figures of one ward on the city dashboard."""

    ward: Ward
    tasks: int = 0
    progress: float | None = None
    overdue: int = 0
    at_risk: int = 0
    done: int = 0
    targets: int = 0
    on_track: int = 0
    off_track: int = 0
    projects: int = 0
    planned: Decimal = Decimal(0)
    disbursed: Decimal = Decimal(0)
    rate: Decimal | None = None
    # On-time rate over every cycle due so far, per year, and units that stopped reporting (dashboards.units).
    due_cycles: int = 0
    on_time_cycles: int = 0
    trend: list = field(default_factory=list)
    stale_units: int = 0
    rank: int | None = None

    @property
    def on_time_rate(self) -> float | None:
        return round(self.on_time_cycles * 100 / self.due_cycles, 1) if self.due_cycles else None

    @property
    def ward_query(self) -> str:
        return query(ward=self.ward.slug)

    def figures(self) -> dict:
        """The row's figures as JSON, the same in every language (kept by ``row_store``): the
        counts and the progress as they are, money as exact decimal text, the trend as lists."""
        data = {name: getattr(self, name) for name in _COUNTS}
        data.update({name: _text(getattr(self, name)) for name in _MONEY})
        data["trend"] = [[y.year, y.due, y.on_time, y.late, y.missed] for y in self.trend]
        return data

    @classmethod
    def from_figures(cls, ward: Ward, data: dict) -> WardRow:
        """The row ``figures`` gave, for ``ward``."""
        row = cls(ward, **{name: data[name] for name in _COUNTS})
        for name in _MONEY:
            setattr(row, name, None if data[name] is None else Decimal(data[name]))
        row.trend = [YearRate(*year) for year in data["trend"]]
        return row


# WardRow's fields, as ``figures`` writes them (``ward`` is the ward read, ``rank`` is the city's).
_MONEY = ("planned", "disbursed", "rate")
_COUNTS = tuple(name for name in WardRow.__dataclass_fields__ if name not in {"ward", "rank", "trend", *_MONEY})


def _text(value: Decimal | None) -> str | None:
    return None if value is None else str(value)


CITY_SORTS = {
    "name": lambda r: r.ward.name,
    "tasks": lambda r: r.tasks,
    "progress": lambda r: r.progress if r.progress is not None else -1,
    "overdue": lambda r: r.overdue,
    "at_risk": lambda r: r.at_risk,
    "done": lambda r: r.done,
    "on_track": lambda r: r.on_track,
    "off_track": lambda r: r.off_track,
    "projects": lambda r: r.projects,
    "rate": lambda r: r.rate if r.rate is not None else Decimal(-1),
    "on_time": lambda r: r.on_time_rate if r.on_time_rate is not None else -1,
    "stale_units": lambda r: r.stale_units,
}


def city_rows(wards, today: dt.date, sort: str = "name") -> list[WardRow]:
    """One row per ward of ``wards`` (already scoped), sorted by ``sort`` (``-`` for descending).

    Each row is kept in the database for the day under its ward's data generation
    (``dashboards.row_store``): only the wards written to since (or all of them on a new day,
    when the day's job has not computed them) are computed, together, by ``compute_rows``, and
    stored. Two queries when every row is current: the wards with their generations, the rows.
    """
    if isinstance(wards, QuerySet):
        wards = with_generation(wards)
    wards = {w.pk: w for w in wards}
    gens = generations_of(wards.values())  # read first: a write while computing moves the ward past these rows
    rows = {pk: WardRow.from_figures(wards[pk], data) for pk, data in row_store.current_figures(gens, today).items()}
    missing = [pk for pk in wards if pk not in rows]
    if missing:
        rows.update(stored_rows([wards[pk] for pk in missing], gens, today))
    rows = {pk: rows[pk] for pk in wards}  # in the wards' order: the ranking's ties keep it
    # The city's ranking: wards by on-time rate, best first (wards with nothing due yet unranked).
    ranked = sorted((r for r in rows.values() if r.on_time_rate is not None), key=lambda r: -r.on_time_rate)
    for position, row in enumerate(ranked, start=1):
        row.rank = position
    key = sort.lstrip("-")
    return sorted(rows.values(), key=CITY_SORTS.get(key, CITY_SORTS["name"]), reverse=sort.startswith("-"))


def warm_city_rows(ward_ids: list[int], today: dt.date) -> None:
    """Compute the city rows of these wards for ``today`` and store them, as ``city_rows`` would
    for stale rows: done by the day's job (``on_statuses_refreshed``), so that the first visitor
    of the day finds them, whatever the cache."""
    gens = generations(ward_ids)  # read first: a write while computing moves the ward past these rows
    stored_rows(list(Ward.objects.filter(pk__in=gens)), gens, today)


def stored_rows(wards: list[Ward], gens: dict[int, int], today: dt.date) -> dict[int, WardRow]:
    """The rows of ``wards`` computed (``compute_rows``) and kept for the day under ``gens``,
    the generations read before computing (``row_store``)."""
    rows = compute_rows(wards, today)
    row_store.store({pk: row.figures() for pk, row in rows.items()}, gens, today)
    return rows


def on_statuses_refreshed(sender, ward_id: int, day: dt.date, **kwargs) -> None:
    """``core.events.statuses_refreshed``: the ward's row for the new day, ahead of its visitors."""
    warm_city_rows([ward_id], day)


def compute_rows(wards: list[Ward], today: dt.date) -> dict[int, WardRow]:
    """The rows of ``wards`` computed from the database, in a constant number of queries.

    Reads plain rows (``dashboards.lean``) rather than model instances: the same rules, a
    fraction of the time for a city's worth of wards.
    """
    with collection.paused():  # tens of thousands of small objects, none in a cycle (core.collection)
        return _compute_rows(wards, today)


def _compute_rows(wards: list[Ward], today: dt.date) -> dict[int, WardRow]:
    rows = {w.pk: WardRow(w) for w in wards}
    tasks = lean.task_statuses(wards, today)
    by_ward: dict[int, list] = defaultdict(list)
    for task in tasks:
        row = rows[task.ward_id]
        by_ward[task.ward_id].append(task)
        row.tasks += 1
        status = task.computed.status
        row.overdue += status == Status.OVERDUE
        row.at_risk += status == Status.AT_RISK
        row.done += status in DONE_STATUSES
    # The roll-up of every plan of the ward together, as on the ward dashboard.
    items_by_ward: dict[int, list] = defaultdict(list)
    for item in lean.plan_items(wards):
        items_by_ward[item.ward_id].append(item)
    for pk, row in rows.items():
        row.progress = item_progress(by_ward[pk], items_by_ward[pk])[None].percent
    ward_unit_figures(rows, tasks, today)
    for target in lean.target_tracks(wards, today):
        row = rows[target.ward_id]
        row.targets += 1
        row.on_track += target.track.status in (TrackStatus.ON_TRACK, TrackStatus.MET)
        row.off_track += target.track.status == TrackStatus.OFF_TRACK
    counts, money = lean.project_money(wards)
    for pk, row in rows.items():
        row.projects = counts.get(pk, 0)
        row.planned, row.disbursed, row.rate = disbursement_summary([money[pk]] if pk in money else [])
    return rows


def ward_unit_figures(rows: dict[int, WardRow], tasks: list, today: dt.date) -> None:
    """Each ward's on-time rate (all cycles due so far, and per year) and its stale units."""
    stale_periods = {pk: 2 for pk in rows}
    for ward_id, periods in WardSettings.objects.filter(ward_id__in=rows).values_list("ward_id", "stale_periods"):
        stale_periods[ward_id] = periods
    years: dict[int, dict[int, YearRate]] = defaultdict(dict)
    first_start: dict[int, dt.date] = {}
    ward_of_unit: dict[int, int] = {}
    for task in tasks:
        row = rows[task.ward_id]
        for result in due_cycles(task, today):
            year = years[task.ward_id].setdefault(result.cycle.deadline.year, YearRate(result.cycle.deadline.year))
            year.due += 1
            year.on_time += result.status == Status.DONE_ON_TIME
            row.due_cycles += 1
            row.on_time_cycles += result.status == Status.DONE_ON_TIME
        if task.computed.cycles:
            start = task.computed.cycles[0].cycle.start
            for role in task.unit_roles.all():
                first_start[role.unit_id] = min(start, first_start.get(role.unit_id, start))
                ward_of_unit[role.unit_id] = task.ward_id
    # Every unit of the wards as a subquery (the extra ones are never looked up), not a list of
    # the 2,000 ids of a city's lead units.
    last = latest_report_ends(Unit.objects.filter(ward_id__in=list(rows)).values("pk"))
    for unit_id, start in first_start.items():
        window = stale_window(today, stale_periods[ward_of_unit[unit_id]])
        if start <= window and (unit_id not in last or last[unit_id] < window):
            rows[ward_of_unit[unit_id]].stale_units += 1
    for pk, row in rows.items():
        row.trend = [years[pk][y] for y in sorted(years[pk])]


def plan_tree(plan: Plan, today: dt.date):
    """The plan's items as a tree (``item.nodes``), each with its own targets, tasks, projects
    and the roll-up of its tasks (``item.progress``, ``item.task_count``); loaded in constant queries."""
    items = list(plan.items.order_by("tree_order"))
    tasks = with_status(for_status(Task.objects.filter(plan_item__plan=plan)), today)
    targets = with_track(for_tracking(Target.objects.filter(plan_item__plan=plan)), today)
    projects = (
        Project.objects.filter(plan_item__plan=plan)
        .select_related("lead_unit")
        .prefetch_related("funding_sources")
        .order_by("plan_item__tree_order", "position")
    )
    progress = item_progress(tasks, items)
    return hang(items, progress, task=tasks, target=targets, project=projects), progress[None]
