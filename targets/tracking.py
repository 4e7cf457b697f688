"""Where a target stands: met, on track, off track, from its measurements.

The one home of this rule: the target page, the dashboards and the API call
``target_track(target, measurements, today, milestones=…)``. It reads plain values (anything with the
fields of ``Target`` and of ``Measurement``) and never touches the database.

The rule, in order:

* A **qualitative** target has no numeric track (``QUALITATIVE``).
* With no measurement the status is ``NO_DATA``; the path is still drawn when there is a
  baseline.
* The **latest** measurement is the one whose period ends last (on a tie the longer
  period wins: the year's figure over its fourth quarter's).
* The **sense** of the target: ``at_least``/``more_than`` rise, ``at_most``/``less_than``
  fall; ``exactly``/``about`` ("đạt N", "khoảng N") rise unless the baseline is above the
  target, then they fall (without a baseline they rise, as most plan targets do).
  Going past the level in the sense of travel counts as reached.
* **Met** when the latest value reaches the goal: rising targets need ``> value``
  (more_than) or ``>= value``; falling targets need ``< bound`` (less_than) or
  ``<= bound``, where the bound is ``value_max`` for a range ("3-5%") and ``value``
  otherwise; ``about`` allows ``ABOUT_TOLERANCE`` (5 %) short of the goal.
* An **annual** target ("hằng năm", "/năm") or one with no horizon year applies to every
  period: the latest value is either met or ``OFF_TRACK``.
* Otherwise the **path** runs in a straight line from the start — the baseline (value at the
  end of ``baseline_year``) or, without one, the first measurement (at the end of its
  period) — to the goal at the end of ``horizon_year``. When the plan printed yearly
  **milestones** (``TargetMilestone``: "Năm 2026 | Năm 2027 | …", passed in as
  ``milestones``, anything with ``year`` and ``value``), the path runs through each of them at
  the end of its year, straight between one and the next; milestones at or before the start,
  or at or after the horizon year, are left out. The target is ``ON_TRACK`` when the
  latest value is at or past the path at the end of the latest period, ``OFF_TRACK``
  otherwise, and ``OFF_TRACK`` once the horizon year is over without the goal met.
* A target with its own **deadline** (``deadline``, the day its "Thời gian hoàn thành" falls
  due: "Quý III/2026" is 30/9/2026) must reach the goal by that day, not by the end of the
  horizon year: the path ends there, and once it has passed without the goal met the target
  is late (``OFF_TRACK``), as a target past its horizon year is.
* **Percent**: the share of the way from the start to the goal covered by the latest
  value, clamped to 0–100 and 100 when met. The start is the baseline; without one a rising
  target starts from zero (15 of 20 enterprises is 75 %), a falling one from its first
  measurement.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from typing import Protocol

from django.db import models
from django.utils.translation import gettext_lazy as _

from core.review import counted
from plans.periods import MONTHS_IN, ReportingPeriod

ABOUT_TOLERANCE = Decimal("0.05")
RISING = frozenset({"at_least", "more_than"})
FALLING = frozenset({"at_most", "less_than"})
QUALITATIVE = "qualitative"
_VALUE_STEP = Decimal("0.001")
_PERCENT_STEP = Decimal("0.1")


class TrackStatus(models.TextChoices):
    ON_TRACK = "on_track", _("Đúng lộ trình")
    OFF_TRACK = "off_track", _("Chậm so với lộ trình")
    MET = "met", _("Đã đạt")
    NO_DATA = "no_data", _("Chưa có số liệu")
    QUALITATIVE = "qualitative", _("Định tính")


class TargetLike(Protocol):
    direction: str
    value: Decimal | None
    value_max: Decimal | None
    horizon_year: int | None
    is_annual: bool
    baseline_value: Decimal | None
    baseline_year: int | None
    deadline: dt.date | None


class MilestoneLike(Protocol):
    year: int
    value: Decimal


class MeasurementLike(Protocol):
    value: Decimal

    @property
    def period(self) -> ReportingPeriod: ...


@dataclass(frozen=True)
class Path:
    """The path from the start to the goal at the end of the horizon year: a straight line, or
    straight lines through the ``milestones`` (day, value) between them, oldest first."""

    start: dt.date
    start_value: Decimal
    end: dt.date
    goal: Decimal
    milestones: tuple[tuple[dt.date, Decimal], ...] = ()

    @property
    def points(self) -> list[tuple[dt.date, Decimal]]:
        """Where the path bends: the start, each milestone and the goal."""
        return [(self.start, self.start_value), *self.milestones, (self.end, self.goal)]

    def at(self, day: dt.date) -> Decimal:
        """The value expected on ``day`` (the start value before the start, the goal after the end)."""
        if day >= self.end or self.end <= self.start:
            return self.goal
        if day <= self.start:
            return self.start_value
        points = self.points
        for (since, low), (until, high) in zip(points, points[1:], strict=False):
            if day <= until:
                share = Decimal((day - since).days) / Decimal((until - since).days)
                return (low + (high - low) * share).quantize(_VALUE_STEP)
        return self.goal


@dataclass(frozen=True)
class TargetTrack:
    status: TrackStatus
    latest: Decimal | None = None
    latest_period: ReportingPeriod | None = None
    expected_now: Decimal | None = None
    percent: Decimal | None = None
    path: Path | None = None
    rising: bool = True

    @property
    def is_numeric(self) -> bool:
        return self.status != TrackStatus.QUALITATIVE


def end_of_year(year: int) -> dt.date:
    return dt.date(year, 12, 31)


def goal_day(target: TargetLike) -> dt.date:
    """The day the goal is due: the target's own deadline, else the end of its horizon year."""
    if target.deadline is not None:
        return target.deadline
    assert target.horizon_year is not None
    return end_of_year(target.horizon_year)


def chronological(measurements: Iterable[MeasurementLike]) -> list[MeasurementLike]:
    """Oldest first by the end of their period; on a tie the longer period comes last."""
    return sorted(measurements, key=lambda m: (m.period.end, MONTHS_IN[m.period.kind]))


def is_rising(target: TargetLike, baseline: Decimal | None) -> bool:
    if target.direction in RISING:
        return True
    if target.direction in FALLING:
        return False
    upper = target.value_max if target.value_max is not None else target.value
    return baseline is None or upper is None or baseline <= upper


def goal_of(target: TargetLike, rising: bool) -> Decimal:
    """The level the path aims at: the lower bound when rising, the upper bound when falling."""
    assert target.value is not None
    if not rising and target.value_max is not None:
        return target.value_max
    return target.value


def is_met(target: TargetLike, value: Decimal, rising: bool) -> bool:
    goal = goal_of(target, rising)
    if target.direction == "about":
        slack = abs(goal) * ABOUT_TOLERANCE
        return value >= goal - slack if rising else value <= goal + slack
    if rising:
        return value > goal if target.direction == "more_than" else value >= goal
    return value < goal if target.direction == "less_than" else value <= goal


def _start(target: TargetLike, ordered: list[MeasurementLike]) -> tuple[dt.date, Decimal] | None:
    if target.baseline_value is not None and target.baseline_year is not None:
        return end_of_year(target.baseline_year), target.baseline_value
    if ordered:
        return ordered[0].period.end, ordered[0].value
    return None


def target_path(
    target: TargetLike, measurements: Iterable[MeasurementLike], milestones: Iterable[MilestoneLike] = ()
) -> Path | None:
    """The path to the goal through ``milestones``, or None (qualitative, annual, no horizon,
    or nothing to start from)."""
    if target.direction == QUALITATIVE or target.value is None or target.is_annual:
        return None
    if not (target.horizon_year or target.deadline):
        return None
    start = _start(target, chronological(measurements))
    if start is None:
        return None
    goal = goal_of(target, is_rising(target, target.baseline_value))
    end = goal_day(target)
    between = sorted((end_of_year(m.year), m.value) for m in milestones if start[0] < end_of_year(m.year) < end)
    return Path(start=start[0], start_value=start[1], end=end, goal=goal, milestones=tuple(between))


@dataclass(frozen=True)
class MilestoneRow:
    year: int
    value: Decimal
    measured: Decimal | None


def milestone_rows(
    milestones: Iterable[MilestoneLike], measurements: Iterable[MeasurementLike], *, include_submitted: bool = False
) -> list[MilestoneRow]:
    """Each milestone, oldest first, with the value measured for its year: the counted
    measurement whose period ends last in that year (the year's figure over its fourth
    quarter's), or None."""
    by_year = {m.period.end.year: m.value for m in chronological(counted(measurements, include_submitted))}
    return [MilestoneRow(m.year, m.value, by_year.get(m.year)) for m in sorted(milestones, key=lambda m: m.year)]


def _percent(target: TargetLike, latest: Decimal, first: Decimal, rising: bool, met: bool) -> Decimal:
    if met:
        return Decimal(100)
    if target.baseline_value is not None:
        start = target.baseline_value
    else:
        start = Decimal(0) if rising else first
    goal = goal_of(target, rising)
    if goal == start:
        return Decimal(0)
    share = (latest - start) / (goal - start) * 100
    return min(Decimal(100), max(Decimal(0), share)).quantize(_PERCENT_STEP)


def target_track(
    target: TargetLike,
    measurements: Iterable[MeasurementLike],
    today: dt.date,
    *,
    milestones: Iterable[MilestoneLike] = (),
    include_submitted: bool = False,
) -> TargetTrack:
    """Where ``target`` stands on ``today`` given its ``measurements`` and ``milestones`` (any order).

    Only approved measurements count, and submitted ones with ``include_submitted``
    (``core.review``); drafts and returned values are left out."""
    if target.direction == QUALITATIVE or target.value is None:
        return TargetTrack(TrackStatus.QUALITATIVE)
    ordered = chronological(counted(measurements, include_submitted))
    path = target_path(target, ordered, milestones)
    expected_now = path.at(today) if path else None
    if not ordered:
        rising = is_rising(target, target.baseline_value)
        return TargetTrack(TrackStatus.NO_DATA, expected_now=expected_now, path=path, rising=rising)

    latest = ordered[-1]
    rising = is_rising(target, target.baseline_value)
    met = is_met(target, latest.value, rising)
    percent = _percent(target, latest.value, ordered[0].value, rising, met)
    if met:
        status = TrackStatus.MET
    elif path is None or today > path.end:
        status = TrackStatus.OFF_TRACK
    else:
        expected = path.at(latest.period.end)
        on_path = latest.value >= expected if rising else latest.value <= expected
        status = TrackStatus.ON_TRACK if on_path else TrackStatus.OFF_TRACK
    return TargetTrack(
        status,
        latest=latest.value,
        latest_period=latest.period,
        expected_now=expected_now,
        percent=percent,
        path=path,
        rising=rising,
    )
