"""Five years of a synthetic ward's activity: progress reports, measurements, capital plans.

Quarterly reports of each task's lead unit follow a diligence (how often it reports) and a
speed (how fast its percent rises) drawn per task, so that the dashboards see every status:
done on time, done late, in progress, at risk, blocked, never reported. A coordinating unit
reports its part half-yearly. Measurements drift from a baseline toward the target at a speed
of their own; capital is planned per project year and disbursed for the years already past.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from assignments.models import ProgressReport
from projects.models import CapitalYear
from targets.models import Measurement

from .pools import NARRATIVES

FIRST_YEAR, LAST_YEAR = 2026, 2030


def quarters_until(until: dt.date) -> list[tuple[int, int]]:
    """The quarters of 2026–2030 that have ended on ``until``."""
    out = []
    for year in range(FIRST_YEAR, LAST_YEAR + 1):
        for q in range(1, 5):
            if quarter_end(year, q) <= until:
                out.append((year, q))
    return out


def quarter_end(year: int, q: int) -> dt.date:
    return dt.date(year, 12, 31) if q == 4 else dt.date(year, 3 * q + 1, 1) - dt.timedelta(days=1)


def _money(x: float) -> Decimal:
    return Decimal(str(round(max(x, 0), 1)))


class ActivityMixin:
    """The time series of ``scale.generator.Generator`` (which provides ``add``, ``ids``,
    ``quarters``, ``now`` and ``o``)."""

    def make_measurements(self, rng, target_id: int, direction: str, goal: float) -> None:
        decreasing = direction in ("at_most", "less_than")
        start = goal * (rng.uniform(1.2, 1.6) if decreasing else rng.uniform(0.4, 0.9))
        speed = rng.uniform(0.6, 1.2)
        for n, (year, q) in enumerate(self.quarters):
            if rng.random() > 0.85:
                continue
            value = start + (goal - start) * min((n + 1) / 20 * speed, 1.1) + rng.gauss(0, abs(goal) * 0.02)
            recorded = dt.datetime.combine(quarter_end(year, q), dt.time(9), tzinfo=dt.UTC) + dt.timedelta(days=10)
            self.add(
                "measurement",
                (
                    self.ids.take(Measurement),
                    target_id,
                    "quarter",
                    year,
                    q,
                    Decimal(str(round(value, 2))),
                    f"Báo cáo thống kê quý {q}/{year}",
                    min(recorded, self.now),
                ),
            )

    def make_reports(self, rng, task_id, kind, start_year, end_year, due, lead_id) -> None:
        diligence = rng.choice((0.95, 0.9, 0.8, 0.6))
        speed = rng.uniform(0.5, 1.3)
        recurring = kind in ("yearly", "ongoing")
        deadline = due or dt.date(end_year, 12, 31)
        span = max((deadline - dt.date(start_year, 1, 1)).days, 1)
        percent = 0
        for year, q in self.quarters:
            if year < start_year or (not recurring and year > end_year + 1) or (recurring and year > end_year):
                continue
            end = quarter_end(year, q)
            if recurring:
                if q == 1:
                    percent = 0
                target = 25 * q * speed
            else:
                target = (end - dt.date(start_year, 1, 1)).days / span * 100 * speed
            if rng.random() > diligence:
                continue
            percent = max(percent, min(100, int(target + rng.gauss(0, 8))))
            blocked = percent < 100 and rng.random() < 0.04
            status = "done" if percent >= 100 else "blocked" if blocked else "in_progress" if percent else "not_started"
            completed = end - dt.timedelta(days=rng.randint(0, 60)) if status == "done" else None
            self._report(rng, task_id, lead_id, year, q, status, percent, completed)
            if status == "done" and not recurring:
                break

    def make_coordinator_reports(self, rng, task_id, unit_id, start_year, end_year) -> None:
        for year, q in self.quarters:
            if start_year <= year <= end_year and q in (2, 4) and rng.random() < 0.5:
                self._report(rng, task_id, unit_id, year, q, "in_progress", rng.randint(20, 90), None)

    def _report(self, rng, task_id, unit_id, year, q, status, percent, completed) -> None:
        filed = dt.datetime.combine(quarter_end(year, q), dt.time(10), tzinfo=dt.UTC)
        filed = min(filed + dt.timedelta(days=rng.randint(1, 20)), self.now)
        self.add(
            "report",
            (
                self.ids.take(ProgressReport),
                task_id,
                unit_id,
                "quarter",
                year,
                q,
                status,
                percent,
                f"Quý {q}/{year}: {rng.choice(NARRATIVES)}",
                completed,
                filed,
                filed,
            ),
        )

    def make_capital(self, rng, project_id, total, first, last) -> None:
        years = last - first + 1
        for year in range(first, last + 1):
            planned = total / years * rng.uniform(0.7, 1.3)
            if dt.date(year, 12, 31) <= self.o.until:
                disbursed = planned * rng.uniform(0.5, 1.0)
            elif year == self.o.until.year:
                disbursed = planned * rng.uniform(0.1, 0.8) * self.o.until.timetuple().tm_yday / 366
            else:
                disbursed = 0
            self.add("capital", (self.ids.take(CapitalYear), project_id, year, _money(planned), _money(disbursed)))
