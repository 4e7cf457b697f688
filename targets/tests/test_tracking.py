"""targets.tracking: where a target stands, for each direction, ranges, horizons and no data."""

import datetime as dt
from decimal import Decimal as D

import pytest

from targets.models import Measurement, Target, TargetMilestone
from targets.tracking import Path, TrackStatus, chronological, target_path, target_track

TODAY = dt.date(2026, 11, 27)


def target(direction="at_least", value="20", **kwargs) -> Target:
    """An unsaved target: these rules never touch the database."""
    defaults = {"horizon_year": 2030, "is_annual": False, "baseline_value": None, "baseline_year": None}
    defaults.update(kwargs)
    return Target(direction=direction, value=D(value) if value is not None else None, **defaults)


def m(year, value, kind="year", index=1) -> Measurement:
    return Measurement(
        period_year=year, period_kind=kind, period_index=index, value=D(str(value)), review_state="approved"
    )


def test_it_gives_qualitative_targets_no_track():
    track = target_track(target("qualitative", None), [m(2026, 5)], TODAY)
    assert track.status == TrackStatus.QUALITATIVE
    assert track.latest is None and track.percent is None and not track.is_numeric


def test_it_says_no_data_and_still_draws_the_path_from_a_baseline():
    track = target_track(target(baseline_value=D(10), baseline_year=2025), [], TODAY)
    assert track.status == TrackStatus.NO_DATA
    assert track.latest is None
    assert D(11) < track.expected_now < D(12)  # about a fifth of the way on 27/11/2026


def test_it_says_no_data_without_baseline_and_has_no_path():
    track = target_track(target(), [], TODAY)
    assert (track.status, track.path, track.expected_now) == (TrackStatus.NO_DATA, None, None)


@pytest.mark.parametrize(
    ("direction", "value", "latest", "status"),
    [
        ("at_least", "20", 20, TrackStatus.MET),
        ("more_than", "20", 20, TrackStatus.ON_TRACK),  # "trên 20": 20 is not yet met
        ("more_than", "20", "20.5", TrackStatus.MET),
        ("at_most", "1", 1, TrackStatus.MET),
        ("less_than", "1", 1, TrackStatus.ON_TRACK),  # "dưới 1%": 1 is not yet met
        ("less_than", "1", "0.9", TrackStatus.MET),
        ("exactly", "100", 100, TrackStatus.MET),
        ("exactly", "100", 101, TrackStatus.MET),  # past the level in the sense of travel
        ("about", "200", 191, TrackStatus.MET),  # within 5 %
        ("about", "200", 189, TrackStatus.ON_TRACK),
    ],
)
def test_it_meets_each_direction(direction, value, latest, status):
    # One measurement and no baseline: the path starts at it, so an unmet target is on track.
    assert target_track(target(direction, value), [m(2026, latest)], TODAY).status == status


def test_a_rising_target_is_on_or_off_its_path():
    t = target("at_least", "20", baseline_value=D(10), baseline_year=2025)
    # The path is at 12 at the end of 2026 (one year of five).
    assert abs(target_path(t, []).at(dt.date(2026, 12, 31)) - D(12)) < D("0.01")
    assert target_track(t, [m(2026, "12.5")], dt.date(2027, 1, 5)).status == TrackStatus.ON_TRACK
    assert target_track(t, [m(2026, "11.5")], dt.date(2027, 1, 5)).status == TrackStatus.OFF_TRACK


def test_a_falling_target_is_on_or_off_its_path():
    t = target("at_most", "1", baseline_value=D(5), baseline_year=2025)  # poverty rate from 5% to 1%
    assert target_track(t, [m(2026, 4)], TODAY).status == TrackStatus.ON_TRACK  # path: 4.2
    off = target_track(t, [m(2026, "4.5")], TODAY)
    assert off.status == TrackStatus.OFF_TRACK
    assert off.percent == D("12.5")  # half a point of four
    assert not off.rising


def test_a_range_at_least_3_to_5_is_met_at_its_lower_bound():
    t = target("at_least", "3", value_max=D(5))
    assert target_track(t, [m(2026, 3)], TODAY).status == TrackStatus.MET


def test_a_range_reached_from_above_aims_at_its_upper_bound():
    t = target("exactly", "3", value_max=D(5), baseline_value=D(9), baseline_year=2025)
    track = target_track(t, [m(2026, 5)], TODAY)
    assert (track.status, track.rising, track.path.goal) == (TrackStatus.MET, False, D(5))


def test_an_annual_target_is_met_or_off_track_each_period_without_a_path():
    t = target("at_least", "15", is_annual=True)
    assert target_track(t, [m(2026, 16)], TODAY).status == TrackStatus.MET
    track = target_track(t, [m(2025, 16), m(2026, 14)], TODAY)
    assert (track.status, track.path, track.latest) == (TrackStatus.OFF_TRACK, None, D(14))


def test_a_target_without_horizon_applies_now():
    t = target("at_least", "20", horizon_year=None)
    assert target_track(t, [m(2026, 19)], TODAY).status == TrackStatus.OFF_TRACK


def test_it_is_off_track_once_the_horizon_is_over_without_the_goal():
    t = target("at_least", "20", horizon_year=2026)
    track = target_track(t, [m(2025, 10), m(2026, 19, "quarter", 4)], dt.date(2027, 3, 1))
    assert track.status == TrackStatus.OFF_TRACK
    assert track.expected_now == D(20)


def test_without_baseline_the_path_starts_at_the_first_measurement():
    t = target("at_least", "20", horizon_year=2030)
    measurements = [m(2027, 13), m(2026, 10)]  # any order
    track = target_track(t, measurements, dt.date(2028, 1, 1))
    assert track.path.start == dt.date(2026, 12, 31) and track.path.start_value == D(10)
    assert track.status == TrackStatus.ON_TRACK  # the path is at 12.5 at the end of 2027
    assert track.percent == D("65.0")  # 13 of 20 (a rising target without baseline starts from 0)


def test_the_latest_is_the_year_over_its_fourth_quarter():
    ordered = chronological([m(2026, 1, "year"), m(2026, 2, "quarter", 4), m(2026, 3, "quarter", 3)])
    assert [x.value for x in ordered] == [D(3), D(2), D(1)]
    assert target_track(target(), ordered[::-1], dt.date(2027, 1, 5)).latest == D(1)


def test_percent_is_clamped_and_100_when_met():
    t = target("at_least", "20", baseline_value=D(10), baseline_year=2025)
    assert target_track(t, [m(2026, 8)], TODAY).percent == D(0)
    assert target_track(t, [m(2026, 25)], TODAY).percent == D(100)


def test_the_path_is_flat_outside_its_dates():
    path = Path(start=dt.date(2025, 12, 31), start_value=D(10), end=dt.date(2030, 12, 31), goal=D(20))
    assert path.at(dt.date(2020, 1, 1)) == D(10)
    assert path.at(dt.date(2031, 6, 1)) == D(20)
    late = Path(start=dt.date(2031, 12, 31), start_value=D(10), end=dt.date(2030, 12, 31), goal=D(20))
    assert late.at(dt.date(2031, 1, 1)) == D(20)


def milestones(**by_year) -> list[TargetMilestone]:
    """Unsaved milestones: ``milestones(y2026=11)`` is 11 by the end of 2026."""
    return [TargetMilestone(year=int(key[1:]), value=D(str(value))) for key, value in by_year.items()]


BACK_LOADED = {"y2026": 11, "y2027": 12, "y2028": 14, "y2029": 17}  # 10 in 2025 -> 20 in 2030
FRONT_LOADED = {"y2026": 16, "y2027": 18, "y2028": 19, "y2029": 20}


def test_milestones_below_the_straight_line_put_a_target_on_track():
    goal = target(baseline_value=D(10), baseline_year=2025)
    assert target_track(goal, [m(2026, "11.5")], TODAY).status == TrackStatus.OFF_TRACK  # the line says 12
    track = target_track(goal, [m(2026, "11.5")], TODAY, milestones=milestones(**BACK_LOADED))
    assert track.status == TrackStatus.ON_TRACK
    assert track.path.at(dt.date(2026, 12, 31)) == D(11)


def test_milestones_above_the_straight_line_put_a_target_off_track():
    goal = target(baseline_value=D(10), baseline_year=2025)
    assert target_track(goal, [m(2026, 13)], TODAY).status == TrackStatus.ON_TRACK
    assert target_track(goal, [m(2026, 13)], TODAY, milestones=milestones(**FRONT_LOADED)).status == (
        TrackStatus.OFF_TRACK
    )


def test_a_falling_target_follows_its_milestones():
    goal = target("at_most", "5", baseline_value=D(10), baseline_year=2025)  # the line says 9 by 2026
    back = milestones(y2026="9.8", y2027="9")
    assert target_track(goal, [m(2026, "9.5")], TODAY).status == TrackStatus.OFF_TRACK
    assert target_track(goal, [m(2026, "9.5")], TODAY, milestones=back).status == TrackStatus.ON_TRACK


def test_the_path_bends_at_each_milestone_and_leaves_out_those_outside_it():
    goal = target(baseline_value=D(10), baseline_year=2025)
    path = target_path(goal, [], milestones(y2024=1, y2027=18, y2030=25, y2031=30))
    assert path.points == [
        (dt.date(2025, 12, 31), D(10)),
        (dt.date(2027, 12, 31), D(18)),
        (dt.date(2030, 12, 31), D(20)),
    ]
    assert path.at(dt.date(2026, 12, 31)) == D(14)  # half-way to the 2027 milestone (365 of 730 days)
    assert path.at(dt.date(2029, 1, 1)) > D(18)
    assert path.at(dt.date(2024, 6, 30)) == D(10) and path.at(dt.date(2031, 6, 30)) == D(20)


def test_without_a_baseline_the_milestones_start_from_the_first_measurement():
    by_year = milestones(y2026=99, y2028=16)
    track = target_track(target(), [m(2026, 10), m(2027, 13)], TODAY, milestones=by_year)
    assert track.path.points[1] == (dt.date(2028, 12, 31), D(16))  # 2026 is the start, not a bend
    assert track.status == TrackStatus.ON_TRACK  # 13 is half-way from 10 (2026) to 16 (2028)
    assert target_track(target(), [m(2026, 10), m(2027, 12)], TODAY, milestones=by_year).status == (
        TrackStatus.OFF_TRACK
    )
