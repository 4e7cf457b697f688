"""Units compared: on-time rate per year, a ranking, the trend, and who stopped reporting.

The rules (docs/RULES.md), all on the VN 2×2 of ``assignments.status``:

* **On-time rate** of a unit for a year: of the cycles of the tasks it leads whose deadline
  fell in that year and has passed ("all due"), the share done on time. A recurring task
  counts once per year; a one-cycle task in the year of its (current) deadline. A task with
  several lead units counts for each of them.
* **Ranking**: units by their rate in the chosen year (the latest year with anything due by
  default), best first; units with nothing due that year come last, without a rate.
* **Trend**: the rate of each year from the plan's first due year to the chosen one.
* **Stale**: a unit that leads tasks under way and has reported nothing (on any task) whose
  period ends in the last N finished quarters (N = ``WardSettings.stale_periods``), once its
  tasks have been running that long; a target measured nothing for that long, likewise.

Everything is computed from tasks already carrying ``task.computed`` (``with_status``) and one
query for the latest report per unit: constant in the ward's size.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field

from django.db.models import F, Max, QuerySet

from assignments.models import ProgressReport, TaskUnit
from assignments.status import Status
from core.review import counted_q
from plans.periods import PeriodKind, ReportingPeriod


@dataclass
class YearRate:
    year: int
    due: int = 0
    on_time: int = 0
    late: int = 0
    missed: int = 0

    @property
    def rate(self) -> float | None:
        return round(self.on_time * 100 / self.due, 1) if self.due else None


@dataclass
class UnitRate:
    unit: object
    years: dict[int, YearRate] = field(default_factory=dict)
    led: int = 0
    last_report: dt.date | None = None
    stale: bool = False
    rank: int | None = None
    selected: YearRate | None = None
    history: list[YearRate] = field(default_factory=list)  # the trend: each due year up to the chosen one

    def year(self, year: int) -> YearRate:
        return self.years.setdefault(year, YearRate(year))

    @property
    def rate(self) -> float | None:
        return self.selected.rate if self.selected else None

    def trend(self, years: Iterable[int]) -> list[YearRate]:
        return [self.years.get(y, YearRate(y)) for y in years]


def due_cycles(task, today: dt.date):
    """The cycles of a task whose deadline has passed by ``today``."""
    return [result for result in task.computed.cycles if result.cycle.deadline < today]


def stale_window(today: dt.date, periods: int) -> dt.date:
    """The start of the last ``periods`` finished quarters before ``today``'s quarter."""
    quarter = ReportingPeriod.containing(today, PeriodKind.QUARTER)
    for _ in range(periods):
        quarter = quarter.previous()
    return quarter.start


def latest_report_ends(unit_ids: Iterable[int] | QuerySet) -> dict[int, dt.date]:
    """The end of the latest reporting period each unit reported on, any task (one query).

    ``unit_ids``: ids, or a queryset of unit ids (for thousands of units: a subquery rather
    than a list of ids each prepared by the ORM). A draft is not a report yet; one sent for
    approval is (the unit did its part)."""
    result: dict[int, dt.date] = {}
    if not isinstance(unit_ids, QuerySet):
        unit_ids = list(unit_ids)
        if not unit_ids:
            return result
    rows = (
        ProgressReport.objects.filter(counted_q(include_submitted=True), unit_id__in=unit_ids)
        .order_by()
        .values("unit_id", "period_kind")
        .annotate(key=Max(F("period_year") * 100 + F("period_index")))
        .values_list("unit_id", "period_kind", "key")
    )
    for unit_id, kind, key in rows:
        end = ReportingPeriod(key // 100, kind, key % 100).end
        if unit_id not in result or end > result[unit_id]:
            result[unit_id] = end
    return result


def unit_rates(
    tasks: list, today: dt.date, stale_periods: int, year: int | None = None
) -> tuple[list[UnitRate], list[int]]:
    """Every lead unit of ``tasks`` with its rates, ranked for ``year`` (the latest due year if
    None); and the years with anything due, oldest first."""
    units: dict[int, UnitRate] = {}
    first_start: dict[int, dt.date] = {}
    for task in tasks:
        leads = [r for r in task.unit_roles.all() if r.role == TaskUnit.Role.LEAD]
        for role in leads:
            rate = units.get(role.unit_id)
            if rate is None:
                rate = units[role.unit_id] = UnitRate(role.unit)
            rate.led += 1
            if task.computed.cycles:
                start = task.computed.cycles[0].cycle.start
                first_start[role.unit_id] = min(start, first_start.get(role.unit_id, start))
            for result in due_cycles(task, today):
                year_rate = rate.year(result.cycle.deadline.year)
                year_rate.due += 1
                year_rate.on_time += result.status == Status.DONE_ON_TIME
                year_rate.late += result.status == Status.DONE_LATE
                year_rate.missed += result.status == Status.OVERDUE
    years = sorted({y for rate in units.values() for y in rate.years})
    chosen = year if year in years else (years[-1] if years else None)
    window = stale_window(today, stale_periods)
    last = latest_report_ends(units)
    for unit_id, rate in units.items():
        rate.selected = rate.years.get(chosen) if chosen else None
        rate.history = rate.trend(y for y in years if chosen is not None and y <= chosen)
        rate.last_report = last.get(unit_id)
        running = unit_id in first_start and first_start[unit_id] <= window
        rate.stale = running and (rate.last_report is None or rate.last_report < window)
    ranked = sorted(
        units.values(),
        key=lambda r: (r.rate is None, -(r.rate or 0), -(r.selected.due if r.selected else 0), r.unit.name),
    )
    position = 0
    for rate in ranked:
        if rate.rate is not None:
            position += 1
            rate.rank = position
    return ranked, years


UNIT_SORTS = {
    "rank": lambda r: (r.rate is None, -(r.rate or 0), -(r.selected.due if r.selected else 0), r.unit.name),
    "name": lambda r: r.unit.name,
    "due": lambda r: -(r.selected.due if r.selected else 0),
    "missed": lambda r: -(r.selected.missed if r.selected else 0),
    "stale": lambda r: (not r.stale, r.unit.name),
}


def sort_units(rows: list, sort: str, of=lambda row: row) -> list:
    """``rows`` sorted by ``sort`` (a key of ``UNIT_SORTS``, ``-`` for reversed); ``of(row)`` is its ``UnitRate``."""
    rule = UNIT_SORTS.get(sort.lstrip("-"), UNIT_SORTS["rank"])
    ordered = sorted(rows, key=lambda row: rule(of(row)))
    return list(reversed(ordered)) if sort.startswith("-") else ordered


def stale_targets(targets: list, today: dt.date, stale_periods: int) -> list:
    """Measurable targets with no measurement whose period ends in the last N finished quarters."""
    window = stale_window(today, stale_periods)
    rows = []
    for target in targets:
        plan_start = getattr(target.plan_item.plan, "period_start", None)
        if not target.track.is_numeric or (plan_start is not None and plan_start > window):
            continue  # qualitative, or its plan has not run that long
        latest_end = target.latest.period.end if target.latest is not None else None
        if latest_end is None or latest_end < window:
            rows.append(target)
    return rows
