"""The data of a target's chart (``static/js/target-chart.js``): actual values, the path to the
goal and the goal line; used by the target page and the public target page."""

from __future__ import annotations

import datetime as dt

from django.utils import timezone
from django.utils.translation import gettext as _

from targets.models import Measurement, Target
from targets.tracking import TargetTrack, end_of_year


def _x(day: dt.date) -> float:
    """A date on the chart's axis, where the tick "2026" is the end of 2026."""
    return round(day.year - 1 + day.month / 12, 4)


def chart_data(target: Target, measurements: list[Measurement], track: TargetTrack) -> dict:
    """What ``static/js/target-chart.js`` draws: actual values, the path and the goal line."""
    points = [{"x": _x(m.period.end), "y": float(m.value), "label": m.period.label()} for m in measurements]
    # The start, each yearly milestone the path runs through, and the goal.
    path = [{"x": _x(day), "y": float(value)} for day, value in track.path.points] if track.path else []
    xs = [p["x"] for p in points + path]
    if target.horizon_year:
        xs.append(_x(end_of_year(target.horizon_year)))
    if target.baseline_year:
        xs.append(_x(end_of_year(target.baseline_year)))
    x_min = int(min(xs)) if xs else timezone.localdate().year - 1
    x_max = int(max(xs) + 0.999) if xs else x_min + 1
    goals = [float(v) for v in (target.value, target.value_max) if v is not None]
    return {
        "unit": target.unit,
        "points": points,
        "path": path,
        "goals": goals,
        "horizon": _x(end_of_year(target.horizon_year)) if target.horizon_year and not target.is_annual else None,
        "x_min": x_min,
        "x_max": max(x_max, x_min + 1),
        "labels": {
            "actual": _("Thực tế"),
            "path": _("Lộ trình"),
            "goal": _("Mục tiêu"),
            "axis": _("Cuối năm"),
        },
    }
