"""Plausible demo activity for the seeded wards: ``manage.py seed --demo-activity``.

Progress reports, target measurements and project capital, written through the same
services the pages use (so history, validation and status rules apply). Deterministic and
idempotent: a report, measurement or capital year that already exists is left alone.
Only for demo databases (DEBUG=1), like the demo accounts.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from django.contrib.auth import get_user_model
from django.utils import timezone

from assignments.models import ProgressReport, Task, TaskUnit
from assignments.services import log_progress
from plans.models import Ward
from plans.periods import PeriodKind, ReportingPeriod
from projects.models import Project
from projects.services import record_capital_year, update_project_progress
from targets.models import Measurement, Target
from targets.services import record_measurement

NARRATIVES = [
    "Đã xây dựng kế hoạch triển khai, phân công cán bộ phụ trách và tổ chức họp triển khai.",
    "Đã phối hợp với các tổ dân phố tuyên truyền, vận động nhân dân; kết quả bước đầu đạt yêu cầu.",
    "Đang hoàn thiện hồ sơ, báo cáo UBND phường xem xét cho ý kiến.",
    "Gặp vướng mắc về kinh phí và mặt bằng; đã báo cáo, đề xuất thành phố hỗ trợ.",
    "Hoàn thành theo kế hoạch, đã có báo cáo kết quả gửi Văn phòng.",
]


def _quarters(today: dt.date) -> list[ReportingPeriod]:
    """Finished or current quarters of 2026, oldest first."""
    quarters = [ReportingPeriod(2026, PeriodKind.QUARTER, i) for i in range(1, 5)]
    return [period for period in quarters if period.start <= today]


def _reports_for(task: Task, lead, author, quarters, counts, official=None) -> None:
    """Three task profiles by pk: steady, finished, blocked; every fourth task stays silent (overdue).

    The latest quarter's report of every other task is the unit's own, sent by its official and
    waiting in the office's review queue (core.review), so the approval cycle can be seen at once."""
    profile = task.pk % 4
    if profile == 3:
        return
    existing = set(
        ProgressReport.objects.filter(task=task, unit=lead).values_list("period_kind", "period_year", "period_index")
    )
    for step, period in enumerate(quarters, start=1):
        if (period.kind, period.year, period.index) in existing:
            continue
        status, percent = ProgressReport.Status.IN_PROGRESS, min(95, 15 * step + task.pk % 10)
        completed_on = None
        if profile == 1 and step == len(quarters):
            status, percent = ProgressReport.Status.DONE, 100
            completed_on = min(period.end, timezone.localdate())
        elif profile == 2 and step >= 2:
            status, percent = ProgressReport.Status.BLOCKED, 10 * step
        if status == ProgressReport.Status.DONE:
            narrative = NARRATIVES[4]
        elif status == ProgressReport.Status.BLOCKED:
            narrative = NARRATIVES[3]
        else:
            narrative = NARRATIVES[step % 3]
        awaiting = official is not None and task.pk % 2 == 0 and step == len(quarters)
        log_progress(
            task=task,
            unit=lead,
            period=period,
            status=status,
            percent=percent,
            narrative=narrative,
            completed_on=completed_on,
            author=official if awaiting else author,
            reviewer=not awaiting,  # the demo's past, as the office approved it
            submit=awaiting,
            locks=False,  # made up after its periods closed
        )
        counts["reports"] += 1


def _measurements_for(target: Target, author, today, counts) -> None:
    periods = [ReportingPeriod(2025, PeriodKind.YEAR), ReportingPeriod(2026, PeriodKind.HALF, 1)]
    goal = target.value
    start = target.baseline_value if target.baseline_value is not None else goal * Decimal("0.6")
    for share, period in zip((Decimal("0.3"), Decimal("0.55")), periods, strict=True):
        if period.start > today:
            continue
        if Measurement.objects.filter(
            target=target, period_kind=period.kind, period_year=period.year, period_index=period.index
        ).exists():
            continue
        # Some targets move slower than planned so the dashboard shows "off track" too.
        pace = share if target.pk % 3 else share / 3
        value = start + (goal - start) * pace
        # Counts ("01 dự án", "06 trường") stay whole numbers; rates and amounts keep one decimal.
        value = value.quantize(Decimal("1") if goal == goal.to_integral() and goal < 100 else Decimal("0.1"))
        record_measurement(
            target=target,
            period=period,
            value=value,
            source="Báo cáo kinh tế - xã hội của UBND phường",
            author=author,
            today=today,
            reviewer=True,
            locks=False,
        )
        counts["measurements"] += 1


def _capital_for(project: Project, author, today, counts) -> None:
    total = Decimal(5000 + (project.pk * 7919) % 45000)
    phase = [Project.Phase.PREPARATION, Project.Phase.SITE_CLEARANCE, Project.Phase.CONSTRUCTION][project.pk % 3]
    if project.phase == Project.Phase.PROPOSED:  # only projects nobody has moved on yet
        update_project_progress(project=project, phase=phase, total_investment=total, author=author)
    for year, planned_share, disbursed_share in ((2025, "0.2", "0.9"), (2026, "0.4", "0.55")):
        if year > today.year or project.capital_years.filter(year=year).exists():
            continue
        planned = (total * Decimal(planned_share)).quantize(Decimal("1"))
        record_capital_year(
            project=project,
            year=year,
            planned=planned,
            disbursed=(planned * Decimal(disbursed_share)).quantize(Decimal("0.1")),
            author=author,
            reviewer=True,
            locks=False,
        )
        counts["capital_years"] += 1


def ensure_demo_activity(*, today: dt.date | None = None) -> dict[str, int]:
    """Adds the missing demo activity to every ward; returns how many rows were written."""
    today = today or timezone.localdate()
    counts = {"reports": 0, "measurements": 0, "capital_years": 0}
    User = get_user_model()
    quarters = _quarters(today)
    for ward in Ward.objects.order_by("pk"):
        author = User.objects.filter(profile__ward=ward, profile__role="follow_up").order_by("pk").first()
        leads = (
            TaskUnit.objects.filter(task__plan_item__plan__ward=ward, role=TaskUnit.Role.LEAD, unit__is_external=False)
            .select_related("task", "unit")
            .order_by("task__pk", "position")
        )
        officials = {}
        for user in User.objects.filter(profile__ward=ward, profile__role="official").order_by("-pk"):
            officials[user.profile.unit_id] = user  # the first official of each unit
        seen: set[int] = set()
        for role in leads:
            if role.task_id in seen:
                continue
            seen.add(role.task_id)
            official = officials.get(role.unit_id)
            _reports_for(role.task, role.unit, author, quarters, counts, official)
        targets = Target.objects.filter(plan_item__plan__ward=ward).exclude(direction=Target.Direction.QUALITATIVE)
        for target in targets.order_by("pk")[:40]:
            if target.pk % 5 == 4:  # some targets have no figures yet
                continue
            _measurements_for(target, author, today, counts)
        for project in Project.objects.filter(ward=ward, level=Project.Level.WARD).order_by("pk"):
            if project.pk % 4 == 0:
                continue  # some projects are still only proposed
            _capital_for(project, author, today, counts)
    return counts
