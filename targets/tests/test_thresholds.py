"""Red, amber, green of a target (targets.thresholds), direction-aware, from the ward's thresholds."""

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from plans.periods import ReportingPeriod
from targets.thresholds import DEFAULT_THRESHOLDS, Rag, Thresholds, percent_of_target, target_rag
from targets.tracking import target_track

D = Decimal


@dataclass
class FakeTarget:
    direction: str
    value: Decimal | None
    value_max: Decimal | None = None
    horizon_year: int | None = None
    is_annual: bool = True
    baseline_value: Decimal | None = None
    baseline_year: int | None = None
    deadline: dt.date | None = None  # the target's own "Thời gian hoàn thành" (``TargetLike``)


@dataclass
class Reading:
    value: Decimal
    period: ReportingPeriod


def rag(target, value, thresholds=DEFAULT_THRESHOLDS, year=2026):
    track = target_track(target, [Reading(D(value), ReportingPeriod(year, "year"))], dt.date(year + 1, 3, 1))
    return percent_of_target(target, track), target_rag(target, track, thresholds)


def test_a_rising_target_is_the_latest_over_the_goal():
    assert rag(FakeTarget("at_least", D(20)), "17") == (D("85.0"), Rag.AMBER)
    assert rag(FakeTarget("at_least", D(20)), "15") == (D("75.0"), Rag.RED)
    assert rag(FakeTarget("at_least", D(20)), "20")[1] == Rag.GREEN


def test_an_at_most_target_is_better_lower():
    # "Tỷ lệ hộ nghèo không quá 5%": 6% is 83% of the way, 4% is met.
    assert rag(FakeTarget("at_most", D(5)), "6") == (D("83.3"), Rag.AMBER)
    assert rag(FakeTarget("at_most", D(5)), "10") == (D("50.0"), Rag.RED)
    assert rag(FakeTarget("at_most", D(5)), "4")[1] == Rag.GREEN


def test_the_ward_sets_the_thresholds():
    strict = Thresholds(green=100, amber=90)
    assert rag(FakeTarget("at_least", D(20)), "17", strict)[1] == Rag.RED
    lenient = Thresholds(green=85, amber=50)
    assert rag(FakeTarget("at_least", D(20)), "17", lenient)[1] == Rag.GREEN


def test_a_target_with_a_path_is_measured_against_where_it_should_be_by_then():
    # 10 → 20 from 2025 to 2030: by the end of 2026 the path is at 12; 11,5 is 95,8% of that.
    target = FakeTarget("at_least", D(20), horizon_year=2030, is_annual=False, baseline_value=D(10), baseline_year=2025)
    percent, colour = rag(target, "11.5")
    assert colour == Rag.AMBER and D(95) < percent < D(97)


def test_qualitative_and_unmeasured_targets_have_no_colour():
    assert rag(FakeTarget("qualitative", None), "1")[1] == Rag.NONE
    target = FakeTarget("at_least", D(20))
    assert target_rag(target, target_track(target, [], dt.date(2027, 1, 1))) == Rag.NONE
