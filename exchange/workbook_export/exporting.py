"""Tasks, projects and targets of a ward to .xlsx, in the layouts of the plan's appendices.

A sheet per plan: the title rows ("PHỤ LỤC 1", the appendix's title, the plan), the header
row with the headings the appendices print, group rows with their numbering as printed
("XIX") merged across the row, then the rows. Progress columns (computed status, percent,
latest report) follow the appendix's own columns, under a differently shaded header; the
importer (``exchange.workbook_import.importing``) reads a task's status, percent, narrative and
period back: what was edited becomes a progress report, what was not changes nothing.
Printed texts (units, funding) are written as printed. Targets with yearly milestones get a
"Năm 2026" … column a year after the appendix's columns, read back as milestones on import.

Every function takes a queryset that is already scoped (``accounts.access.scope``) and
filtered; the number of queries does not depend on the number of rows.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import io

from django.db.models import QuerySet
from django.utils import timezone, translation
from openpyxl import Workbook
from openpyxl.styles import Font

from assignments.models import Task
from assignments.status import Status, rules_by_ward
from core.review import counted
from exchange import progress as prog
from plans.models import Plan, PlanItem
from projects.finance import disbursement_summary
from projects.models import Project
from targets.models import Target

from .sheets import DATE_FORMAT, Column, Layout, Row, SheetWriter, cell_font

XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


TASKS = Layout(
    kind="tasks",
    sheet_name="Nhiệm vụ",
    appendix_label="PHỤ LỤC",
    default_title="CÁC NHIỆM VỤ TRỌNG TÂM GIAI ĐOẠN {years}",
    columns=(
        Column("STT", 6, center=True),
        Column("Nhiệm vụ trọng tâm", 46),
        Column("Đơn vị chủ trì", 18),
        Column("Đơn vị phối hợp, triển khai", 28),
        Column("Thời gian", 12, center=True),
        Column("Kết quả/ sản phẩm", 42),
    ),
    progress=(
        Column("Tình trạng", 16),
        Column("Tỷ lệ hoàn thành (%)", 11, "0", center=True),
        Column("Báo cáo mới nhất", 40),
        Column("Kỳ báo cáo", 14, center=True),
        Column("Ngày báo cáo", 12, DATE_FORMAT, center=True),
    ),
    numeral_cell=False,
)

PROJECTS = Layout(
    kind="projects",
    sheet_name="Dự án",
    appendix_label="PHỤ LỤC",
    default_title="DANH MỤC DỰ ÁN DỰ KIẾN TRIỂN KHAI GIAI ĐOẠN {years}",
    columns=(
        Column("TT", 6, center=True),
        Column("Tên dự án", 55),
        Column("Nguồn vốn", 32),
        Column("Đơn vị chủ trì, thực hiện", 34),
    ),
    progress=(
        Column("Giai đoạn", 16),
        Column("Tổng mức đầu tư (triệu đồng)", 15, "#,##0.0"),
        Column("Kế hoạch vốn lũy kế (triệu đồng)", 15, "#,##0.0"),
        Column("Đã giải ngân lũy kế (triệu đồng)", 15, "#,##0.0"),
        Column("Tỷ lệ giải ngân (%)", 11, "0.0", center=True),
    ),
    numeral_cell=True,
)

TARGETS = Layout(
    kind="targets",
    sheet_name="Chỉ tiêu",
    appendix_label="PHỤ LỤC",
    default_title="CÁC CHỈ TIÊU CỤ THỂ GIAI ĐOẠN {years}",
    columns=(
        Column("STT", 6, center=True),
        Column("Chỉ tiêu", 50),
        Column("Nội dung đo", 30),
        Column("Chiều", 13, center=True),
        Column("Giá trị", 11, "#,##0.###"),
        Column("Giá trị cận trên", 11, "#,##0.###"),
        Column("Đơn vị tính", 16),
        Column("Năm đích", 9, center=True),
        Column("Hằng năm", 9, center=True),
        # The target's own deadline as printed: read back by the import's "Thời gian hoàn thành".
        Column("Thời gian hoàn thành", 16, center=True),
    ),
    progress=(
        Column("Thực hiện mới nhất", 13, "#,##0.###"),
        Column("Kỳ số liệu", 14, center=True),
        Column("Đánh giá", 16),
        Column("Nguồn số liệu", 28),
    ),
    numeral_cell=False,
)

LAYOUTS = {layout.kind: layout for layout in (TASKS, PROJECTS, TARGETS)}


def milestone_heading(year: int) -> str:
    """The heading of a year's milestone column, as the plans print it ("Năm 2027"): the
    importer reads such columns back as the target's milestones (``workbook_import.headings``)."""
    return f"Năm {year}"


def _targets_layout(years: list[int]) -> Layout:
    """The targets' layout with a column for each year some target has a milestone of, after
    the appendix's own columns (none when no target has one: the layout stays as it was)."""
    milestones = tuple(Column(milestone_heading(year), 11, "#,##0.###") for year in years)
    return dataclasses.replace(TARGETS, columns=TARGETS.columns + milestones)


def _plan_caption(plan: Plan) -> str:
    number = f" số {plan.number}" if plan.number else ""
    issued = f" ngày {plan.issued_on:%d/%m/%Y}" if plan.issued_on else ""
    body = f" của {plan.issuing_body_name}" if plan.issuing_body_name else ""
    return f"(Kèm theo Kế hoạch{number}{issued}{body}: {' '.join(plan.title.split())})"


def _title_lines(layout: Layout, plan: Plan | None, appendix: PlanItem | None, ward) -> list[tuple[str, Font]]:
    years = prog.period_of_plan_years(plan) if plan else ""
    label, title = layout.appendix_label, layout.default_title.format(years=years).strip()
    if appendix is not None:
        if appendix.number:
            number = appendix.number.strip()
            label = number if number.upper().startswith("PHỤ LỤC") else f"PHỤ LỤC {number}"
        title = appendix.title or title
    lines = [(label, cell_font(14, bold=True)), (title, cell_font(14, bold=True))]
    if plan is not None:
        lines.append((_plan_caption(plan), cell_font(12, italic=True)))
    elif ward is not None:
        lines.append((str(ward), cell_font(12, italic=True)))
    return lines


def _sheet_name(layout: Layout, plan: Plan | None, many: bool, used: set[str]) -> str:
    name = (plan.code if many and plan else layout.sheet_name)[:31]
    for bad in "[]:*?/\\":
        name = name.replace(bad, "-")
    base, n = name, 2
    while name in used:
        name = f"{base[:28]}-{n}"
        n += 1
    used.add(name)
    return name


def _build(layout: Layout, rows: list[Row], *, plan: Plan | None = None, ward=None) -> Workbook:
    """The workbook: one sheet per plan of the rows (or one empty sheet for ``plan``)."""
    items = prog.items_of_plans({r.item.plan_id for r in rows if r.item} | ({plan.pk} if plan else set()))
    by_plan: dict[int | None, list[Row]] = {}
    plans: dict[int | None, Plan | None] = {}
    for row in rows:
        key = row.item.plan_id if row.item else None
        by_plan.setdefault(key, []).append(row)
        plans[key] = row.item.plan if row.item else None
    if not by_plan:
        by_plan[plan.pk if plan else None] = []
        plans[plan.pk if plan else None] = plan

    wb = Workbook()
    wb.remove(wb.active)
    used: set[str] = set()
    for key, plan_rows in by_plan.items():
        sheet_plan = plans[key]
        ws = wb.create_sheet(_sheet_name(layout, sheet_plan, len(by_plan) > 1, used))
        chains = [prog.ancestors(items.get(r.item.pk) if r.item else None, items) for r in plan_rows]
        groups = prog.printed_groups([c for c in chains if c])
        appendix = next((prog.appendix_of(c) for c in chains if c and prog.appendix_of(c)), None)
        writer = SheetWriter(ws, layout)
        writer.titles(_title_lines(layout, sheet_plan, appendix, ward))
        writer.header()
        printed: list[int] = []
        group_iter = iter(groups)
        for row, chain in zip(plan_rows, chains, strict=True):
            row_groups = next(group_iter) if chain else []
            ids = [g.pk for g in row_groups]
            same = 0
            while same < min(len(ids), len(printed)) and ids[same] == printed[same]:
                same += 1
            for depth, group in enumerate(row_groups[same:], start=same):
                writer.group(group, depth)
            printed = ids
            writer.data(row.values)
        writer.finish()
    return wb


def _today(today: dt.date | None) -> dt.date:
    return today or timezone.localdate()


def _date(value: dt.datetime | None) -> dt.date | None:
    return timezone.localtime(value).date() if value else None


def export_tasks(
    queryset: QuerySet, *, plan: Plan | None = None, today: dt.date | None = None, select=None
) -> Workbook:
    """Tasks in the layout of Appendix 1, with their computed status and latest report.

    ``select``: a function given the tasks (each with ``task.computed``, its ``TaskStatus``)
    that returns those to keep, such as ``TaskFilter.filter_computed`` of the list page.
    """
    today = _today(today)
    tasks = prog.fetch_tasks(queryset)
    progress = {}
    rules = rules_by_ward({task.plan_item.plan.ward_id for task in tasks})
    for task in tasks:
        progress[task.pk] = prog.progress_of(task, today, rules=rules[task.plan_item.plan.ward_id])
        task.computed = progress[task.pk].status
    if select is not None:
        tasks = select(tasks)
    rows = []
    with translation.override("vi"):
        for task in tasks:
            p = progress[task.pk]
            latest = p.latest
            lead = task.lead_text or ", ".join(u.name for u in task.lead_units)
            coordinators = task.coordination_text or ", ".join(u.name for u in task.coordinating_units)
            values = [
                task.number,
                task.title,
                lead,
                coordinators,
                task.period_text or task.get_period_kind_display(),
                task.expected_result,
                str(Status(p.status.status).label),
                p.status.percent,
                latest.narrative if latest else None,
                latest.period.label() if latest else None,
                _date(latest.updated_at) if latest else None,
            ]
            rows.append(Row(task.plan_item, values))
        return _build(TASKS, rows, plan=plan)


def export_projects(queryset: QuerySet, *, plan: Plan | None = None) -> Workbook:
    """Projects in the layout of Appendix 2 (part I/II and fields as nested group rows)."""
    rows = []
    ward = None
    with translation.override("vi"):
        for project in prog.fetch_projects(queryset.prefetch_related("funding_sources")):
            ward = project.ward
            # Approved years only, as every report counts them (core.review).
            years = list(counted(project.capital_years.all()))
            total = disbursement_summary(years)
            funding = project.funding_text or ", ".join(f.name for f in project.funding_sources.all())
            units = project.units_text or (project.lead_unit.name if project.lead_unit else "")
            values = [
                project.number,
                project.name,
                funding,
                units,
                str(project.get_phase_display()),
                project.total_investment,
                total.planned if years else None,
                total.disbursed if years else None,
                total.rate,
            ]
            rows.append(Row(project.plan_item, values))
        return _build(PROJECTS, rows, plan=plan, ward=ward)


def target_number(target: Target, parts: int) -> str:
    """``1`` for a sentence with one target; ``1.1``, ``1.2``… for the targets of one sentence."""
    return f"{target.position + 1}" if parts <= 1 else f"{target.position + 1}.{target.part + 1}"


def export_targets(
    queryset: QuerySet, *, plan: Plan | None = None, today: dt.date | None = None, select=None
) -> Workbook:
    """Targets with their values, grouped by the plan items that state them, the latest
    measurement and where the target stands (``targets.tracking``).

    ``select``: a function given the targets (each with ``target.track`` and ``target.latest``)
    that returns those to keep, such as ``TargetFilter.filter_computed``.
    """
    today = _today(today)
    targets = prog.fetch_targets(queryset)
    for target in targets:
        p = prog.target_progress(target, today)
        target.track, target.latest = p.track, p.latest
    if select is not None:
        targets = select(targets)
    parts: dict[tuple[int, int], int] = {}
    for t in targets:
        parts[(t.plan_item_id, t.position)] = parts.get((t.plan_item_id, t.position), 0) + 1
    years = sorted({m.year for t in targets for m in t.milestones.all()})
    rows = []
    with translation.override("vi"):
        for target in targets:
            latest = target.latest
            values = [
                target_number(target, parts[(target.plan_item_id, target.position)]),
                target.statement,
                target.measure,
                str(target.get_direction_display()),
                target.value,
                target.value_max,
                target.unit,
                target.horizon_year,
                "x" if target.is_annual else None,
                target.deadline_text or None,
                *[{m.year: m.value for m in target.milestones.all()}.get(year) for year in years],
                latest.value if latest else None,
                latest.period.label() if latest else None,
                str(target.track.status.label),
                latest.source if latest else None,
            ]
            rows.append(Row(target.plan_item, values))
        return _build(_targets_layout(years), rows, plan=plan)


EXPORTERS = {"tasks": export_tasks, "projects": export_projects, "targets": export_targets}


def ward_queryset(kind: str, ward, plan: Plan | None = None) -> QuerySet:
    """Every row of ``kind`` of the ward (and of ``plan``): the unfiltered list."""
    if kind == "tasks":
        qs = Task.objects.for_ward(ward)
        return qs.filter(plan_item__plan=plan) if plan else qs
    if kind == "projects":
        qs = Project.objects.for_ward(ward)
        return qs.filter(plan_item__plan=plan) if plan else qs
    if kind == "targets":
        qs = Target.objects.for_ward(ward)
        return qs.filter(plan_item__plan=plan) if plan else qs
    raise ValueError(f"unknown kind {kind!r}")


def workbook_bytes(wb: Workbook) -> bytes:
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()


def export_filename(kind: str, ward, plan: Plan | None = None, today: dt.date | None = None) -> str:
    stem = "-".join(filter(None, [kind, ward.slug, plan.code if plan else "", f"{_today(today):%Y%m%d}"]))
    return f"{stem}.xlsx"
