"""Generated progress for the seeded wards: reports, measurements and capital plans.

Deterministic: the n-th task (in reading order) gets the n-th pattern, so the dashboards show
every status once "today" is in early 2027 (``DAY``): done on time, done late, in progress,
blocked, never reported. A never-reported task has its deadline revised to 2026 (a "year"
task of 2026), so it is overdue in 2027 — a missed yearly cycle alone no longer is
(assignments.status). ``grow`` adds more of the same, for query counts at a second data size.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from assignments.models import ProgressReport, Task, TaskUnit
from core.concurrency import BUMP_VERSION
from plans.models import PlanItem, Ward
from projects.models import CapitalYear, FundingSource, Project
from targets.models import Measurement, Target, TargetMilestone

DAY = dt.date(2027, 3, 15)

# (period kind, year, index, status, percent, completed_on)
PATTERNS = [
    None,
    ("quarter", 2026, 4, "in_progress", 60, None),
    ("quarter", 2026, 3, "done", 100, dt.date(2026, 9, 20)),
    ("quarter", 2026, 4, "blocked", 20, None),
    ("quarter", 2027, 1, "done", 100, dt.date(2027, 2, 10)),
    ("quarter", 2026, 2, "not_started", 0, None),
    ("year", 2026, 1, "in_progress", 90, None),
]


def report_tasks(tasks) -> int:
    reports, due_2026 = [], []
    for n, task in enumerate(tasks):
        pattern = PATTERNS[n % len(PATTERNS)]
        lead = next((r.unit_id for r in task.unit_roles.all() if r.role == TaskUnit.Role.LEAD), None)
        if pattern is None:
            due_2026.append(task.pk)
        if pattern is None or lead is None:
            continue
        kind, year, index, status, percent, completed_on = pattern
        reports.append(
            ProgressReport(
                task=task,
                unit_id=lead,
                period_kind=kind,
                period_year=year,
                period_index=index,
                status=status,
                percent=percent,
                completed_on=completed_on,
                narrative="Đã triển khai theo kế hoạch.",
            )
        )
    for row in reports:
        row.review_state = "approved"
    ProgressReport.objects.bulk_create(reports)
    Task.objects.filter(pk__in=due_2026).update(
        period_kind="year", start_year=2026, end_year=2026, period_text="Năm 2026", **BUMP_VERSION
    )
    return len(reports)


def measure_targets(targets) -> None:
    rows = []
    for n, target in enumerate(targets):
        if target.value is None or target.direction == Target.Direction.QUALITATIVE:
            continue
        factor = Decimal("1.1") if n % 3 == 0 else Decimal("0.3") if n % 3 == 1 else Decimal("0.6")
        rows.append(
            Measurement(
                target=target,
                period_kind="year",
                period_year=2026,
                period_index=1,
                value=(target.value * factor).quantize(Decimal("0.001")),
                source="Báo cáo năm 2026",
            )
        )
    for row in rows:
        row.review_state = "approved"
    Measurement.objects.bulk_create(rows)


def fund_projects(projects) -> None:
    rows = []
    for n, project in enumerate(projects):
        if n % 4 == 3:
            continue
        planned = Decimal(1000 + 250 * (n % 7))
        rows.append(CapitalYear(project=project, year=2026, planned=planned, disbursed=planned * Decimal(n % 5) / 4))
    for row in rows:
        row.review_state = "approved"
    CapitalYear.objects.bulk_create(rows)


def generate_activity(ward: Ward) -> None:
    tasks = Task.objects.filter(plan_item__plan__ward=ward).prefetch_related("unit_roles").order_by("pk")
    report_tasks(tasks)
    measure_targets(Target.objects.filter(plan_item__plan__ward=ward).order_by("pk"))
    fund_projects(Project.objects.filter(ward=ward).order_by("pk"))


def grow(ward: Ward, copies: int = 2) -> None:
    """More tasks (with reports), targets (with measurements) and projects (with capital) in ``ward``."""
    source = FundingSource.objects.get_or_create(name="Ngân sách phường")[0]
    items = list(PlanItem.objects.filter(plan__ward=ward, tasks__isnull=False).distinct()[:5])
    originals = {
        item.pk: [(t.pk, list(t.unit_roles.all())) for t in item.tasks.prefetch_related("unit_roles")] for item in items
    }
    new_tasks, new_targets, new_projects = [], [], []
    for copy in range(copies):
        for item in items:
            for pk, roles in originals[item.pk]:
                task = Task.objects.get(pk=pk)
                task.pk = None
                task.position += 1000 * (copy + 1)
                task.title += f" (bản {copy + 1})"
                task.save()
                TaskUnit.objects.bulk_create(
                    TaskUnit(task=task, unit_id=r.unit_id, role=r.role, position=r.position) for r in roles
                )
                new_tasks.append(task)
            target = Target.objects.create(
                plan_item=item,
                statement="Chỉ tiêu thêm",
                position=900 + copy,
                direction="at_least",
                value=Decimal(10),
                unit="%",
                horizon_year=2030,
            )
            new_targets.append(target)
            project = Project.objects.create(
                ward=ward, plan_item=item, name=f"Dự án thêm {copy}", field="Giao thông", position=900 + copy
            )
            project.funding_sources.add(source)
            new_projects.append(project)
    report_tasks(Task.objects.filter(pk__in=[t.pk for t in new_tasks]).prefetch_related("unit_roles"))
    measure_targets(new_targets)
    TargetMilestone.objects.bulk_create(  # the yearly check-points a plan's appendix prints
        TargetMilestone(target=target, year=year, value=Decimal(year - 2024))
        for target in new_targets
        for year in (2026, 2028)
    )
    fund_projects(new_projects)
