"""The rows of one sheet against the records of one kind: compare, then write in bulk.

One importer per kind (tasks, projects, targets). Each places the sheet's groups with
``PlanTree``, loads the existing records of those groups in one query, computes the values
of every row, and keeps what to create and update for ``save`` (bulk writes, with history).

Links derived from a text cell (a task's units, a project's units and funding sources) are
derived again only when that text is new or changed: a correction made by hand in the
portal to a row whose text did not change survives a re-import.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.formats import number_format
from django.utils.translation import gettext
from simple_history.models import HistoricalRecords
from simple_history.utils import bulk_create_with_history, bulk_update_with_history

from accounts.access import manages_ward
from assignments import deadlines
from assignments.models import DeadlineRevision, ProgressReport, Task, TaskUnit
from assignments.periods_text import TaskPeriod, read_period_text, years_of
from assignments.services import log_progress
from assignments.status import Status, rules_by_ward
from assignments.unit_names import normalize_unit_name
from assignments.units import split_lead_and_partners, split_unit_cell, task_unit_roles
from core.numbers import parse_number
from core.search import search_text_of
from core.text import fold
from exchange.progress import progress_of
from plans.locks import Record, check_open
from plans.periods import PeriodKind, ReportingPeriod
from projects.finance import disbursed_within_plan
from projects.models import FundingSource, Project
from projects.services import record_capital_year
from targets.authoring import deadline_of_text, set_milestones
from targets.models import Target
from targets.sentences import DIRECTION_WORDS, TargetPart

from .cells import cell_name
from .headings import FIELD_LABELS, PROJECTS, TARGETS, TASKS
from .preview import ERROR, NEW, UNCHANGED, UPDATED, RowPreview
from .unit_groups import lead_of_groups

BATCH = 1000
# Cells are matched from their start, folded, longest word first (">=" before ">").
_DIRECTIONS = sorted(((fold(w), d) for w, d in DIRECTION_WORDS), key=lambda pair: -len(pair[0]))


def parse_direction(value) -> str:
    """The direction of a "Chiều" cell as the export writes it ("Trên (>)", "Định tính") or in words."""
    text = fold(str(value or "")).strip()
    if not text:
        raise ValueError(gettext("Thiếu chiều của chỉ tiêu."))
    if text.startswith("dinh tinh"):
        return "qualitative"
    for word, name in _DIRECTIONS:
        if text.startswith(word):
            return name
    raise ValueError(
        gettext("Không hiểu chiều “%(value)s” (ví dụ đúng: Đạt (=), Trên (>), Tối thiểu (≥), Định tính).")
        % {"value": value}
    )


def target_part_of_cells(
    values: dict, column_years: dict[str, int], default_horizon: int | None, milestone_cells: dict | None = None
) -> dict | None:
    """The target a row of a target table states in its cells (Chỉ tiêu | Đơn vị tính | Thực
    hiện 2025 | Mục tiêu 2030), as the sentence parser's JSON part; None when the row has no
    value cell, so that its sentence is read instead. The year of "Mục tiêu 2030" is the
    horizon unless a "Năm" cell says another; "Thực hiện 2025" is the baseline and its year;
    the earlier years' cells of "Năm 2026 | … | Năm 2030" (``ItemRow.milestones``) are its
    ``milestones``, ``{"2026": 11, …}``. Raises ``ValueError`` (a Vietnamese message) on a cell
    that is not a number."""
    if values.get("value") in (None, ""):
        return None
    direction, low, high, unit = parse_target_value(values["value"])
    year = values.get("year")
    horizon = int(parse_number(year)) if year not in (None, "") else column_years.get("value", default_horizon)
    baseline, baseline_year = baseline_of_cells(values, column_years)
    part = TargetPart(
        measure=str(values.get("statement") or "")[:300],
        direction=direction,
        value=low,
        value_max=high,
        unit=str(values.get("unit") or unit or ""),
        horizon_year=horizon,
        baseline_kind="value" if baseline is not None else "",
        baseline_value=baseline,
        baseline_year=baseline_year,
    )
    data = part.as_json()
    if milestones := milestones_of_cells(milestone_cells or {}):
        data["milestones"] = {str(year): _json_number(value) for year, value in milestones.items()}
    return data


def milestones_of_cells(cells: dict[int, tuple[str, object]]) -> dict[int, Decimal]:
    """year → value of a target row's milestone cells (``ItemRow.milestones``), oldest first.
    Raises ``ValueError`` naming the cell on one that is not a figure."""
    out: dict[int, Decimal] = {}
    for year, (cell, typed) in sorted(cells.items()):
        try:
            _direction, low, _high, _unit = parse_target_value(typed)
        except ValueError as exc:
            raise ValueError(
                gettext("Ô %(cell)s (mốc năm %(year)s): %(error)s") % {"cell": cell, "year": year, "error": exc}
            ) from exc
        if low is not None:
            out[year] = low
    return out


def _json_number(number: Decimal) -> int | float:
    return int(number) if number == number.to_integral_value() else float(number)


def baseline_of_cells(values: dict, column_years: dict[str, int]) -> tuple[Decimal | None, int | None]:
    """The level a target table's row starts from ("Thực hiện 2025": the cell, and the year of
    its heading); (None, None) without one. ``ValueError`` on a cell that is not a number."""
    baseline = values.get("baseline")
    if baseline in (None, ""):
        return None, None
    return parse_number(baseline), column_years.get("baseline")


def parse_target_value(value) -> tuple[str, Decimal | None, Decimal | None, str]:
    """(direction, value, value_max, unit) of a "Giá trị" cell: "trên 20", "≥ 75,5", "3-5", "100%"."""
    if value in (None, ""):
        return "qualitative", None, None, ""
    if not isinstance(value, str):
        return "exactly", parse_number(value), None, ""
    text = fold(value).strip()
    direction = "exactly"
    for word, name in _DIRECTIONS:
        if text.startswith(word):
            direction, text = name, text[len(word) :].strip()
            break
    m = re.fullmatch(r"([\d.,]+)\s*(?:-|–|den)\s*([\d.,]+)\s*(.*)", text) or re.fullmatch(r"([\d.,]+)\s*()(.*)", text)
    if not m:
        raise ValueError(
            gettext("Không đọc được giá trị “%(value)s” (ví dụ đúng: 20, trên 20, 75,5, 3-5, 100%%).")
            % {"value": value}
        )
    low = parse_number(m.group(1))
    high = parse_number(m.group(2)) if m.group(2) else None
    unit = value.strip()[len(value.strip()) - len(m.group(3)) :].strip() if m.group(3) else ""
    return direction, low, high, unit


def task_resources(values: dict) -> str:
    """A task table's money columns as the task's resources, each under its column's name
    ("Kinh phí: 120; Nguồn kinh phí: Ngân sách phường"): the amount as printed (the table's "Đơn vị
    tính" is above it, not in the cell), the source as written."""
    kept = [(FIELD_LABELS[name], str(values.get(name) or "").strip()) for name in ("cost", "cost_source")]
    return "; ".join(f"{label}: {text}" for label, text in kept if text)


def row_name(value) -> str:
    """A row's name as rows are told apart: folded, spaces collapsed."""
    return " ".join(fold(str(value or "")).split())


class RowImporter:
    kind = ""
    model = None
    row_kind = ""

    def __init__(self, *, ward, plan, tree, matcher) -> None:
        self.ward, self.plan, self.tree, self.matcher = ward, plan, tree, matcher
        self.creates: list = []
        self.updates: list = []
        self.update_fields: set[str] = set()
        self._cells: dict[str, object] = {}
        self._claimed: dict[int, set] = {}  # records matched so far, by group (``match_records``)
        self.on_row = None  # called with the rows read so far (a queued import's progress)

    # Placing the sheet ------------------------------------------------------------------
    def subtree_has(self, appendix) -> bool:
        ids = self._subtree_ids(appendix)
        return self.model.objects.filter(plan_item_id__in=ids).exists()

    def holding_items(self) -> set[int]:
        """The plan items holding rows of this kind in the plan."""
        rows = self.model.objects.filter(plan_item__plan=self.plan)
        return set(rows.values_list("plan_item_id", flat=True).distinct())

    def _subtree_ids(self, item) -> list[int]:
        out, stack = [], [item]
        while stack:
            node = stack.pop()
            if node.pk:
                out.append(node.pk)
            stack.extend(self.tree.kids(node))
        return out

    def read(self, sheet, appendix, preview) -> None:
        placed: list[tuple[object, tuple, object]] = [(appendix, (), None)]

        def visit(group, parent_item, path, depth):
            taken = self.tree.taken.setdefault(id(parent_item), set())
            for index, child in enumerate(group.children):
                item, status, changes = self.tree.group(parent_item, child, index, depth, taken)
                row = RowPreview(sheet.name, child.row, "group", child.number, child.title, status, changes)
                if child.errors:
                    row.status, row.errors = ERROR, list(child.errors)
                preview.rows.append(row)
                placed.append((item, (*path, child), child))
                visit(child, item, (*path, child), depth + 1)

        visit(sheet.root, appendix, (), 0)
        existing = self.existing([item.pk for item, _, _ in placed if item.pk])
        for item, path, group in placed:
            rows = group.items if group is not None else sheet.root.items
            offset = self.tree.used.get(id(item), 0)
            keys = [(key[0] + offset, *key[1:]) for key in self.keys(rows)]
            if item.pk:
                records = {k[1:]: o for k, o in existing.items() if k[0] == item.pk}
                keys = self.match_records(rows, keys, records, self._claimed.setdefault(item.pk, set()))
            self.check_duplicates(sheet, rows)
            for key, row in zip(keys, rows, strict=True):
                preview.rows.append(self.compare(sheet, item, path, key, row, existing, preview))
                if self.on_row is not None:
                    self.on_row(len(preview.rows))
            if keys:
                self.tree.used[id(item)] = max(k[0] for k in keys) + 1
        kept = set(existing) - {k for k in self._seen}
        preview.kept += len(kept)

    def keys(self, rows) -> list[tuple]:
        return [(position,) for position in range(len(rows))]

    def match_records(self, rows, keys, records, taken: set) -> list[tuple]:
        """The key of the record each row of one group updates: the record with the row's name
        first (a row moved, or rows inserted or deleted above it in Excel, still finds its own
        record rather than its neighbour's), else the record at the row's place when no row of
        the file names that record (a task renamed in the file). A new row keeps its place when
        it is free, else goes after every record of the group (import never reorders the plan).
        ``taken`` holds the records earlier sheets of the workbook matched in this group."""
        by_name: dict[str, list[tuple]] = {}
        for key, obj in sorted(records.items()):
            by_name.setdefault(row_name(getattr(obj, self.title_field)), []).append(key)
        names = [row_name(row.values.get(self.title_field)) for row in rows]
        matched: list[tuple | None] = [None] * len(rows)
        for i, name in enumerate(names):
            free = [key for key in by_name.get(name, []) if key not in taken]
            if name and free:
                matched[i] = free[0]
                taken.add(free[0])
        named = set(names)
        for i, key in enumerate(keys):
            obj = records.get(key)
            if matched[i] is None and obj is not None and key not in taken:
                if row_name(getattr(obj, self.title_field)) not in named:
                    matched[i] = key
                    taken.add(key)
        after = max((k[0] for k in [*records, *keys]), default=-1) + 1
        for i, key in enumerate(keys):
            if matched[i] is None:
                if key in records:
                    key, after = (after, *key[1:]), after + 1
                matched[i] = key
        return matched

    def check_duplicates(self, sheet, rows) -> None:
        """The same row twice in one group is an error naming both rows: which of them is meant
        cannot be guessed, and importing both would make two records of one."""
        col = sheet.columns.get(self.title_field)
        seen: dict[str, object] = {}
        for row in rows:
            key = row_name(row.values.get(self.title_field))
            if not key or col is None:
                continue
            if key in seen:
                first = seen[key]
                row.errors.append(
                    gettext(
                        "Ô %(cell)s trùng với ô %(first)s (cùng nội dung, cùng nhóm): mỗi dòng chỉ ghi một lần. "
                        "Hãy xóa dòng thừa hoặc sửa nội dung."
                    )
                    % {"cell": cell_name(col, row.row), "first": cell_name(col, first.row)}
                )
            else:
                seen[key] = row

    def save_reports(self, user, preview) -> None:
        """Progress typed into the file, written after the rows (tasks only)."""

    # Comparing --------------------------------------------------------------------------
    def compare(self, sheet, item, path, key, row, existing, preview):
        title = str(row.values.get(self.title_field, ""))
        result = RowPreview(sheet.name, row.row, self.row_kind, row.number, title)
        result.errors = list(row.errors)
        obj = existing.get((item.pk, *key)) if item.pk else None
        self._seen.add((item.pk, *key))
        values = self.values(sheet, path, row, result)
        result.reading = self.reading(sheet, path, row, values, result)
        if obj is None:
            self.check_new(sheet, row, values, result)
        if obj is not None:
            self.before_update(obj, values)
        links = self.links(sheet, row, values, result) if self.links_may_change(obj, values) else None
        for name in result.unmatched:
            norm = normalize_unit_name(name)
            shown = preview.unmatched_units.setdefault(self._display(preview, norm, name), [])
            shown.append(gettext("%(sheet)s dòng %(row)s") % {"sheet": sheet.name, "row": row.row})
        report = self.progress(sheet, row, obj, links, result)
        if result.errors:
            result.status = ERROR
            return result
        if obj is None:
            obj = self.model(**{**self.defaults(), **self.key_fields(item, key), **values})
            result.status = NEW
            self.creates.append((obj, links))
            self.keep_report(report, obj, links, result)
            return result
        changed = [f for f, v in values.items() if getattr(obj, f) != v]
        link_changes = self.link_changes(obj, links) if links is not None else []
        self.keep_report(report, obj, links, result)
        if not changed and not link_changes:
            result.status = UPDATED if report else UNCHANGED
            return result
        for f in changed:
            setattr(obj, f, values[f])
        self.update_fields.update(changed)
        result.status = UPDATED
        result.changes = (
            [str(self.model._meta.get_field(f).verbose_name) for f in changed] + link_changes + result.changes
        )
        self.updates.append((obj, links if link_changes else None))
        return result

    def links_may_change(self, obj, values: dict) -> bool:
        """Whether the row's units are read again: a new row, or printed unit texts that changed."""
        return obj is None or any(f in values and getattr(obj, f) != values[f] for f in self.link_text_fields)

    def before_update(self, obj, values: dict) -> None:
        """A hook for a kind whose changes need more than new values (a task's deadline)."""

    def check_new(self, sheet, row, values, result) -> None:
        """A hook for what a new row must have (a task's lead unit)."""

    def progress(self, sheet, row, obj, links, result):
        """A hook: the progress report the row's progress cells ask for, or None (tasks)."""
        return None

    def keep_report(self, report, obj, links, result) -> None:
        """A hook: keep ``report`` to write after the rows (``save_reports``)."""

    def reading(self, sheet, path, row, values, result) -> dict:
        """The row as read, for ``import_appendix --json`` and the benchmark."""
        return {
            "group": [g.title for g in path],
            "group_numbers": [g.number for g in path],
            "number": row.number,
            "name": str(row.values.get(self.title_field, "")),
        }

    def period(self, sheet, row, result) -> TaskPeriod:
        """The period cell read by ``assignments.periods_text`` (the one reader of periods); one it
        cannot read is "thời gian chưa rõ" with a warning naming the cell, never an error."""
        years = (self.plan.period_start.year, self.plan.period_end.year)
        period, warning = read_period_text(row.values["period"], default_years=years)
        if warning:
            cell = cell_name(sheet.columns["period"], row.row)
            result.warnings.append(gettext("Ô %(cell)s: %(warning)s") % {"cell": cell, "warning": warning})
        return period

    def split(self, cell) -> list[str]:
        return split_unit_cell(str(cell or ""), self.matcher.names)

    def _display(self, preview, norm: str, name: str) -> str:
        for shown in preview.unmatched_units:
            if normalize_unit_name(shown) == norm:
                return shown
        return name

    def resolve(self, cell: str, result):
        if cell not in self._cells:
            self._cells[cell] = self.matcher.resolve(cell)
        resolution = self._cells[cell]
        result.unmatched += [n for n in resolution.unmatched if n not in result.unmatched]
        return resolution.units

    def key_fields(self, item, key) -> dict:
        return {"plan_item": item, "position": key[0]}

    def defaults(self) -> dict:
        return {}

    def existing(self, item_ids) -> dict:
        self._seen: set = set()
        return {(o.plan_item_id, o.position): o for o in self.queryset().filter(plan_item_id__in=item_ids)}

    def save(self) -> None:
        creates = [obj for obj, _ in self.creates]
        for obj in creates:
            obj.plan_item_id = obj.plan_item.pk  # groups were saved after the rows were built
        # Bulk writes skip save(), which keeps the folded search column in step.
        for obj in creates + [o for o, _ in self.updates]:
            obj.search_text = search_text_of(obj)
        if creates:
            bulk_create_with_history(creates, self.model, batch_size=BATCH)
        if self.updates:
            fields = sorted(self.update_fields | {"search_text"})
            bulk_update_with_history([o for o, _ in self.updates], self.model, fields, BATCH)
        self.save_links([(o, links) for o, links in self.creates + self.updates if links is not None])


@dataclass
class PendingReport:
    """A progress report asked for by a row's progress cells, written after the rows."""

    period: ReportingPeriod
    status: str
    percent: int
    narrative: str
    cells: str  # "G12, H12, I12": where the office typed it
    task: object = None
    links: list | None = None
    result: object = None


# "Tình trạng" cells: the report statuses by their words, and the computed statuses the export
# writes ("Có nguy cơ chậm", "Quá hạn"), which say the work goes on.
_STATUS_WORDS = (
    ("hoan thanh", ProgressReport.Status.DONE),
    ("da xong", ProgressReport.Status.DONE),
    # "Đã hoàn thành", "Đã thực hiện xong": how a ward reports a task done in its own words.
    ("da hoan thanh", ProgressReport.Status.DONE),
    ("da thuc hien xong", ProgressReport.Status.DONE),
    ("chua trien khai", ProgressReport.Status.NOT_STARTED),
    ("chua bat dau", ProgressReport.Status.NOT_STARTED),
    ("chua thuc hien", ProgressReport.Status.NOT_STARTED),
    ("gap vuong mac", ProgressReport.Status.BLOCKED),
    ("vuong mac", ProgressReport.Status.BLOCKED),
    ("gap kho khan", ProgressReport.Status.BLOCKED),
    ("tam dung", ProgressReport.Status.BLOCKED),
    ("dang thuc hien", ProgressReport.Status.IN_PROGRESS),
    ("dang trien khai", ProgressReport.Status.IN_PROGRESS),
    ("dang tien hanh", ProgressReport.Status.IN_PROGRESS),
    ("dang lam", ProgressReport.Status.IN_PROGRESS),
    ("co nguy co cham", ProgressReport.Status.IN_PROGRESS),
    ("cham tien do", ProgressReport.Status.IN_PROGRESS),
    ("qua han", ProgressReport.Status.IN_PROGRESS),
)


def _report_status(text: str, percent: int | None) -> str | None:
    """The report status a "Tình trạng" cell names; empty: from the percent."""
    key = " ".join(fold(text).split())
    if not key:
        if percent == 100:
            return ProgressReport.Status.DONE
        return ProgressReport.Status.IN_PROGRESS if percent else ProgressReport.Status.NOT_STARTED
    for word, status in _STATUS_WORDS:
        if key.startswith(word):
            return status
    return None


class TaskImporter(RowImporter):
    kind, model, row_kind, title_field = TASKS, Task, "task", "title"
    link_text_fields = ("lead_text", "coordination_text")

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.revisions: list = []
        self.reports: list[PendingReport] = []
        self.today = timezone.localdate()
        self.rules = rules_by_ward([self.ward.pk])[self.ward.pk]

    def queryset(self):
        return Task.objects.prefetch_related("unit_roles", "reports")

    # Progress typed into an exported workbook ------------------------------------------
    def progress(self, sheet, row, obj, links, result):
        """The report the progress cells ask for: ``PendingReport`` or None when they say what
        the portal already has (what the export wrote, or the lead's latest report).

        Never silently dropped: a cell that cannot be read is an error naming it; a report the
        reporting rule refuses is an error naming the cells when it is written."""
        cols = sheet.columns
        if not {"status", "percent", "narrative"} & set(cols):
            return None
        v = row.values
        cells = {
            f: cell_name(cols[f], row.row) for f in ("status", "percent", "narrative", "report_period") if f in cols
        }
        status_text = str(v.get("status") or "").strip()
        narrative = str(v.get("narrative") or "").strip()
        percent = None
        if "percent" in cols and v.get("percent") not in (None, ""):
            typed = v["percent"]
            if isinstance(typed, str):
                typed = typed.strip().removesuffix("%")  # "50%" typed as text
            try:
                number = parse_number(typed)
            except (ValueError, TypeError):
                number = None
            if number is None or number != int(number) or not 0 <= number <= 100:
                result.errors.append(
                    gettext("Ô %(cell)s: tỷ lệ hoàn thành “%(value)s” phải là số nguyên từ 0 đến 100.")
                    % {"cell": cells["percent"], "value": v["percent"]}
                )
                return None
            percent = int(number)
        if not status_text and percent is None and not narrative:
            return None
        status = _report_status(status_text, percent)
        if status is None:
            result.errors.append(
                gettext(
                    "Ô %(cell)s: không hiểu tình trạng “%(value)s” (ghi: Chưa triển khai, Đang thực hiện, "
                    "Hoàn thành hoặc Gặp vướng mắc)."
                )
                % {"cell": cells["status"], "value": status_text}
            )
            return None
        percent = 100 if status == ProgressReport.Status.DONE else (percent or 0)
        latest = None
        if obj is not None:
            shown = progress_of(obj, self.today, rules=self.rules)
            latest = shown.latest
            exported = (
                fold(str(Status(shown.status.status).label)),
                shown.status.percent,
                (latest.narrative if latest else "") or "",
            )
            if (fold(status_text), percent, narrative) == exported:
                return None  # the workbook as it was exported
            if latest is None and (status, percent, narrative) == (ProgressReport.Status.NOT_STARTED, 0, ""):
                return None  # nothing reported, nothing typed: the status shown has only aged
            if latest is not None and (latest.status, latest.percent, latest.narrative.strip()) == (
                status,
                percent,
                narrative,
            ):
                return None
        period = ReportingPeriod.containing(self.today, PeriodKind.QUARTER)
        period_text = str(v.get("report_period") or "").strip()
        if period_text and not (latest is not None and fold(period_text) == fold(latest.period.label())):
            try:
                period = ReportingPeriod.from_label(period_text)
            except ValueError:
                result.errors.append(
                    gettext("Ô %(cell)s: không hiểu kỳ báo cáo “%(value)s” (ví dụ: Quý 3/2026, Năm 2026).")
                    % {"cell": cells["report_period"], "value": period_text}
                )
                return None
        return PendingReport(period, status, percent, narrative, ", ".join(cells.values()))

    def keep_report(self, report, obj, links, result) -> None:
        if report is not None:
            report.task, report.links, report.result = obj, links, result
            self.reports.append(report)
            result.changes.append(gettext("báo cáo tiến độ %(period)s") % {"period": report.period.label()})

    def save_reports(self, user, preview) -> None:
        """Each report through ``assignments.services.log_progress``, the progress form's service,
        for each lead unit of the task: its rules (and the approval states it applies) hold
        for the office's import as for the office's own entry: the ward's follow-up office (or an
        admin, or the command line, run by one) saves approved reports (``reviewer``); anyone else
        who may import saves them as a unit would, as drafts for the office to approve."""
        reviewer = user is None or manages_ward(user, self.ward)
        for report in self.reports:
            task = report.task
            if report.links is not None:
                leads = [unit for unit, role in report.links if role == TaskUnit.Role.LEAD]
            else:
                leads = task.lead_units
            if not leads:
                report.result.errors.append(
                    gettext("Ô %(cells)s: nhiệm vụ chưa có đơn vị chủ trì nên không ghi được báo cáo.")
                    % {"cells": report.cells}
                )
            for unit in leads:
                try:
                    log_progress(
                        task=task, unit=unit, period=report.period, status=report.status,
                        percent=report.percent, narrative=report.narrative, author=user, reviewer=reviewer,
                    )  # fmt: skip
                except ValidationError as exc:
                    report.result.errors.append(
                        gettext("Ô %(cells)s (báo cáo %(period)s của %(unit)s): %(error)s")
                        % {
                            "cells": report.cells,
                            "period": report.period.label(),
                            "unit": unit.name,
                            "error": " ".join(exc.messages),
                        }
                    )
            if report.result.errors:
                report.result.status = ERROR

    def values(self, sheet, path, row, result) -> dict:
        v, cols = row.values, sheet.columns
        values = {"number": row.number, "title": v.get("title", "")}
        if "coordinators" in cols:
            values["coordination_text"] = v["coordinators"]
        if "lead" in cols:
            lead = v["lead"]
            if cols["lead"] == cols.get("coordinators"):  # one "Chủ trì/Phối hợp" column
                lead, values["coordination_text"] = split_lead_and_partners(lead, self.matcher.names)
            values["lead_text"] = lead or lead_of_groups(path, self.matcher)
            if not values["lead_text"]:
                result.errors.append(
                    gettext("Ô %(cell)s trống: nhiệm vụ phải có đơn vị chủ trì.")
                    % {"cell": cell_name(cols["lead"], row.row)}
                )
        for name in ("lead_text", "coordination_text"):
            if len(values.get(name, "")) > 500:
                result.errors.append(gettext("Ô đơn vị dài quá 500 ký tự."))
        if "result" in cols:
            values["expected_result"] = v["result"]
        if "cost" in cols or "cost_source" in cols:
            values["resources"] = task_resources(v)
        if "period" in cols:
            period = self.period(sheet, row, result)
            values.update(
                period_kind=period.kind, period_text=period.text, start_year=period.start_year,
                end_year=period.end_year, due_date=period.due_date,
            )  # fmt: skip
        return values

    def check_new(self, sheet, row, values, result) -> None:
        if "lead" not in sheet.columns:
            result.errors.append(
                gettext(
                    "Dòng %(row)s là nhiệm vụ mới nhưng bảng không có cột “%(column)s”: hãy thêm cột đơn vị chủ trì "
                    "rồi nạp lại."
                )
                % {"row": row.row, "column": FIELD_LABELS["lead"]}
            )

    def reading(self, sheet, path, row, values, result) -> dict:
        out = super().reading(sheet, path, row, values, result)
        due = values.get("due_date")
        out |= {
            "lead": self.split(values.get("lead_text")),
            "coordinating": self.split(values.get("coordination_text")),
            "period_text": values.get("period_text", ""),
            "period": {
                "kind": values.get("period_kind"),
                "start_year": values.get("start_year"),
                "end_year": values.get("end_year"),
                "due_date": due.isoformat() if due else None,
            }
            if "period_kind" in values
            else None,
            "product": values.get("expected_result", ""),
            "resources": values.get("resources", ""),
        }
        return out

    def before_update(self, obj, values: dict) -> None:
        """A moved deadline keeps the task's start and is recorded as a revision: the import once
        wrote "2027" over "2026" as it stood, which moved the task's start past its reports and
        showed it "Chưa bắt đầu 0%" (``assignments.deadlines``). Reports are never touched."""
        if "period_kind" not in values:
            return
        new = TaskPeriod(
            values["period_kind"], values["period_text"], values["start_year"], values["end_year"], values["due_date"]
        )
        values["start_year"] = deadlines.kept_start(deadlines.period_of(obj), new).start_year
        request = getattr(HistoricalRecords.context, "request", None)
        row = deadlines.revision(
            obj,
            new,
            reason=gettext("Nạp từ tệp Excel"),
            author=getattr(request, "user", None),
            source=DeadlineRevision.Source.IMPORT,
        )
        if row is not None:
            self.revisions.append(row)

    def save(self) -> None:
        super().save()
        deadlines.record(self.revisions)

    def defaults(self) -> dict:
        years = (self.plan.period_start.year, self.plan.period_end.year)
        return {"period_kind": Task.PeriodKind.ONGOING, "start_year": years[0], "end_year": years[1]}

    def links(self, sheet, row, values, result):
        leads = self.resolve(values.get("lead_text", ""), result)
        return task_unit_roles(leads, self.resolve(values.get("coordination_text", ""), result))

    def link_changes(self, obj, links) -> list[str]:
        old = [(r.unit_id, r.role) for r in sorted(obj.unit_roles.all(), key=lambda r: (r.position, r.pk))]
        return [] if old == [(u.pk, role) for u, role in links] else [gettext("đơn vị thực hiện")]

    def save_links(self, pairs) -> None:
        TaskUnit.objects.filter(task__in=[o for o, _ in pairs if o.pk]).delete()
        rows = [
            TaskUnit(task=obj, unit=unit, role=role, position=i)
            for obj, links in pairs
            for i, (unit, role) in enumerate(links)
        ]
        TaskUnit.objects.bulk_create(rows, batch_size=BATCH)


@dataclass
class PendingCapital:
    """A year's capital plan and disbursement asked for by a project row, written after the rows."""

    year: int
    planned: Decimal
    disbursed: Decimal
    cells: str  # "E12, F12": where the office typed it


# Amounts are stored in triệu đồng with one decimal (``CapitalYear``).
CAPITAL_STEP = Decimal("0.1")


class ProjectImporter(RowImporter):
    kind, model, row_kind, title_field = PROJECTS, Project, "project", "name"
    link_text_fields = ("units_text", "funding_text")

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.capital: list[tuple[Project, list[PendingCapital], object]] = []
        self._amounts: dict[int, dict[int, dict[str, tuple[str, Decimal]]]] = {}
        self._locks: dict[tuple[int, int | None], str] = {}

    def queryset(self):
        return Project.objects.filter(ward=self.ward).prefetch_related(
            "funding_sources", "implementing_units", "capital_years"
        )

    # Capital per year ("Kế hoạch vốn năm 2026", "Giải ngân năm 2026") -------------------
    def amounts(self, row, result) -> dict[int, dict[str, tuple[str, Decimal]]]:
        """``{year: {field: (cell, amount)}}`` of the row's yearly capital cells; a cell that is
        not an amount (triệu đồng, not negative, one decimal at most) is an error naming it."""
        if id(row) in self._amounts:
            return self._amounts[id(row)]
        out: dict[int, dict[str, tuple[str, Decimal]]] = {}
        for (name, year), (cell, value) in row.capital.items():
            try:
                amount = parse_number(value)
            except (ValueError, TypeError):
                result.errors.append(
                    gettext("Ô %(cell)s: “%(value)s” không phải số tiền (triệu đồng, ví dụ 1.234,5).")
                    % {"cell": cell, "value": str(value)[:40]}
                )
                continue
            if amount < 0 or amount != amount.quantize(CAPITAL_STEP):
                result.errors.append(
                    gettext("Ô %(cell)s: số tiền phải không âm, tính bằng triệu đồng, lẻ nhiều nhất một chữ số.")
                    % {"cell": cell}
                )
                continue
            out.setdefault(year, {})[name] = (cell, amount)
        self._amounts[id(row)] = out
        return out

    def progress(self, sheet, row, obj, links, result):
        """The years whose capital the row's cells change (``PendingCapital``), or None.

        An empty cell keeps what the portal has (0 for a year it does not have); the
        disbursement may not exceed the year's plan (``projects.finance``)."""
        amounts = self.amounts(row, result)
        if not amounts or result.errors:
            return None
        have = {c.year: c for c in obj.capital_years.all()} if obj is not None else {}
        pending = []
        for year, cells in sorted(amounts.items()):
            current = have.get(year)
            planned = cells["capital_plan"][1] if "capital_plan" in cells else getattr(current, "planned", Decimal(0))
            disbursed = cells["disbursed"][1] if "disbursed" in cells else getattr(current, "disbursed", Decimal(0))
            where_typed = ", ".join(cell for cell, _amount in cells.values())
            if not disbursed_within_plan(planned, disbursed):
                result.errors.append(
                    gettext("Ô %(cells)s: giải ngân năm %(year)s (%(disbursed)s) vượt kế hoạch vốn năm (%(planned)s).")
                    % {
                        "cells": where_typed,
                        "year": year,
                        "disbursed": number_format(disbursed, force_grouping=True),
                        "planned": number_format(planned, force_grouping=True),
                    }
                )
                continue
            if current is not None and (current.planned, current.disbursed) == (planned, disbursed):
                continue
            lead = links["lead"] if links is not None else obj.lead_unit
            if locked := self.locked(year, getattr(lead, "pk", None)):
                result.errors.append(
                    gettext("Ô %(cells)s (vốn năm %(year)s): %(error)s")
                    % {"cells": where_typed, "year": year, "error": locked}
                )
                continue
            pending.append(PendingCapital(year, planned, disbursed, where_typed))
        return pending or None

    def locked(self, year: int, unit_id: int | None) -> str:
        """Why ``year`` is closed to the unit's capital figures (``plans.locks``), or "": shown in
        the preview; the service checks it again when it writes."""
        key = (year, unit_id)
        if key not in self._locks:
            record = Record(self.ward.pk, ReportingPeriod(year, PeriodKind.YEAR), unit_id=unit_id)
            try:
                check_open(record)
            except ValidationError as exc:
                self._locks[key] = " ".join(exc.messages)
            else:
                self._locks[key] = ""
        return self._locks[key]

    def keep_report(self, report, obj, links, result) -> None:
        if report:
            self.capital.append((obj, report, result))
            for capital in report:
                result.changes.append(
                    gettext("vốn năm %(year)s: kế hoạch %(planned)s, giải ngân %(disbursed)s triệu đồng")
                    % {
                        "year": capital.year,
                        "planned": number_format(capital.planned, force_grouping=True),
                        "disbursed": number_format(capital.disbursed, force_grouping=True),
                    }
                )

    def save_reports(self, user, preview) -> None:
        """Each year through ``projects.services.record_capital_year``, the capital form's
        service: its checks, closed periods and approval states hold for the import as for the
        form; the ward's office (or the command line) saves approved figures (``reviewer``),
        as its own entry, anyone else who may import saves drafts for the office to approve."""
        reviewer = user is None or manages_ward(user, self.ward)
        for project, years, result in self.capital:
            for capital in years:
                try:
                    record_capital_year(
                        project=project, year=capital.year, planned=capital.planned,
                        disbursed=capital.disbursed, author=user, reviewer=reviewer,
                    )  # fmt: skip
                except ValidationError as exc:
                    result.errors.append(
                        gettext("Ô %(cells)s (vốn năm %(year)s): %(error)s")
                        % {"cells": capital.cells, "year": capital.year, "error": " ".join(exc.messages)}
                    )
            if result.errors:
                result.status = ERROR

    def key_fields(self, item, key) -> dict:
        return {"ward": self.ward, "plan_item": item, "position": key[0]}

    def values(self, sheet, path, row, result) -> dict:
        v, cols = row.values, sheet.columns
        top = fold(path[0].title) if path else ""
        level = Project.Level.CITY if "thanh pho" in top and "phuong" not in top else Project.Level.WARD
        inner = path[-1] if path else None
        values = {"number": row.number, "name": v.get("name", ""), "level": level}
        values["field"] = v["field"] if "field" in cols else (inner.title if inner and not inner.upper else "")
        for name, col in (("funding_text", "funding"), ("units_text", "units"), ("location_scale", "location_scale")):
            if col in cols:
                values[name] = v[col]
        if "period" in cols and v["period"] not in (None, ""):
            first, last = years_of(self.period(sheet, row, result))
            if first:
                values.update(start_year=first, end_year=last)
        if "total_investment" in cols:
            try:
                values["total_investment"] = parse_number(v["total_investment"]) if v["total_investment"] else None
            except ValueError as exc:
                result.errors.append(gettext("Tổng mức đầu tư: %(error)s") % {"error": exc})
        return values

    def reading(self, sheet, path, row, values, result) -> dict:
        out = super().reading(sheet, path, row, values, result)
        total = values.get("total_investment")
        out |= {
            "level": values.get("level"),
            "field": values.get("field", ""),
            "funding": values.get("funding_text", ""),
            "lead": self.split(values.get("units_text")),
            "total_investment": str(total) if total is not None else None,
        }
        if row.capital:
            amounts = self.amounts(row, result)
            out["capital"] = {
                str(year): {
                    {"capital_plan": "planned", "disbursed": "disbursed"}[name]: str(amount)
                    for name, (_cell, amount) in cells.items()
                }
                for year, cells in sorted(amounts.items())
            }
        return out

    def links(self, sheet, row, values, result):
        units = self.resolve(values.get("units_text", ""), result)
        sources = []
        for piece in re.split(r"\s*(?:[,;]|\bvà\b)\s*", values.get("funding_text", "")):
            if piece.strip(" ."):
                name = piece.strip(" .")
                sources.append(name[0].upper() + name[1:])
        return {"lead": units[0] if units else None, "implementing": units[1:], "funding": sources}

    def link_changes(self, obj, links) -> list[str]:
        changes = []
        if obj.lead_unit_id != getattr(links["lead"], "pk", None):
            changes.append(gettext("đơn vị chủ trì"))
        if {u.pk for u in obj.implementing_units.all()} != {u.pk for u in links["implementing"]}:
            changes.append(gettext("đơn vị thực hiện"))
        if {fold(s.name) for s in obj.funding_sources.all()} != {fold(n) for n in links["funding"]}:
            changes.append(gettext("nguồn vốn"))
        return changes

    def save_links(self, pairs) -> None:
        sources = {fold(s.name): s for s in FundingSource.objects.all()}
        for obj, links in pairs:
            if obj.lead_unit_id != getattr(links["lead"], "pk", None):
                Project.objects.filter(pk=obj.pk).update(lead_unit=links["lead"])
                obj.lead_unit = links["lead"]  # the capital's closed-period check reads it
            obj.implementing_units.set(links["implementing"])
            wanted = []
            for name in links["funding"]:
                if fold(name) not in sources:
                    sources[fold(name)] = FundingSource.objects.create(name=name)
                wanted.append(sources[fold(name)])
            obj.funding_sources.set(wanted)


class TargetImporter(RowImporter):
    kind, model, row_kind, title_field = TARGETS, Target, "target", "statement"
    link_text_fields = ()

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.milestones: list[tuple[Target, dict[int, Decimal]]] = []

    def queryset(self):
        return Target.objects.prefetch_related("milestones", "coordinating_units")

    def check_duplicates(self, sheet, rows) -> None:
        """Rows repeating a statement are the parts of one target (``keys``), not duplicates."""

    def existing(self, item_ids) -> dict:
        self._seen = set()
        rows = self.queryset().filter(plan_item_id__in=item_ids)
        return {(o.plan_item_id, o.position, o.part): o for o in rows}

    def match_records(self, rows, keys, records, taken: set) -> list[tuple]:
        # A sentence's parts share its statement: rows are told apart by place alone.
        return keys

    def keys(self, rows) -> list[tuple]:
        keys, position, part, previous = [], -1, 0, None
        for row in rows:
            statement = row.values.get("statement")
            if statement and statement == previous:
                part += 1
            else:
                position, part = position + 1, 0
            previous = statement
            keys.append((position, part))
        return keys

    def key_fields(self, item, key) -> dict:
        return {"plan_item": item, "position": key[0], "part": key[1]}

    def values(self, sheet, path, row, result) -> dict:
        v, cols = row.values, sheet.columns
        values = {"statement": v.get("statement", "")}
        if "value" in cols:
            try:
                direction, low, high, unit = parse_target_value(v["value"])
            except ValueError as exc:
                result.errors.append(str(exc))
            else:
                values.update(direction=direction, value=low, value_max=high)
                if unit and not v.get("unit"):
                    values["unit"] = unit
        if "value_max" in cols and "value" in values:
            try:
                high = parse_number(v["value_max"]) if v["value_max"] not in (None, "") else None
            except ValueError as exc:
                result.errors.append(gettext("Giá trị cận trên: %(error)s") % {"error": exc})
            else:
                values["value_max"] = high if high is not None else values["value_max"]
        if "direction" in cols and v.get("direction"):
            try:
                values["direction"] = parse_direction(v["direction"])
            except ValueError as exc:
                result.errors.append(str(exc))
        low, high = values.get("value"), values.get("value_max")
        if low is not None and high is not None and high < low:
            result.errors.append(gettext("Giá trị cận trên nhỏ hơn giá trị."))
        if values.get("direction") not in (None, "qualitative") and values.get("value") is None:
            result.errors.append(gettext("Chỉ tiêu định lượng phải có giá trị."))
        if "measure" in cols:
            values["measure"] = str(v["measure"] or "")[:300]
        if "annual" in cols:
            values["is_annual"] = bool(str(v["annual"] or "").strip())
        if "unit" in cols and v.get("unit"):
            values["unit"] = v["unit"]
        if "year" in cols:
            try:
                values["horizon_year"] = int(parse_number(v["year"])) if v["year"] not in (None, "") else None
            except ValueError as exc:
                result.errors.append(gettext("Năm: %(error)s") % {"error": exc})
        elif "value" in sheet.column_years:  # "Mục tiêu 2030": the heading's year is the horizon
            values["horizon_year"] = sheet.column_years["value"]
        if "baseline" in cols:  # "Thực hiện 2025"
            try:
                baseline, year = baseline_of_cells(v, sheet.column_years)
            except ValueError as exc:
                result.errors.append(gettext("Giá trị gốc: %(error)s") % {"error": exc})
            else:
                if baseline is not None:
                    values.update(baseline_value=baseline, baseline_year=year)
        if "responsible" in cols:
            units = self.resolve(v["responsible"], result) if v["responsible"] else []
            values["responsible_unit"] = units[0] if units and units[0].pk else None
        if "deadline" in cols:  # "Thời gian hoàn thành": as printed, and the day read from it
            values["deadline_text"], values["deadline"] = deadline_of_text(v["deadline"], self.plan)
        return values

    def links_may_change(self, obj, values: dict) -> bool:
        # A target keeps no printed text of its partners: the cell is read on every row.
        return True

    def links(self, sheet, row, values, result):
        """The partners of the row's "Đơn vị phối hợp" cell (None without the column: the
        target's stay as they are); a name the ward lacks is asked for, as a task's is."""
        if "coordinators" not in sheet.columns:
            return None
        cell = str(row.values.get("coordinators") or "")
        units = self.resolve(cell, result) if cell.strip() else []
        responsible = values.get("responsible_unit")
        return [u for u in units if u.pk and u != responsible]

    def link_changes(self, obj, links) -> list[str]:
        old = {u.pk for u in obj.coordinating_units.all()}
        return [] if old == {u.pk for u in links} else [gettext("đơn vị phối hợp")]

    def save_links(self, pairs) -> None:
        for obj, units in pairs:
            obj.coordinating_units.set(units)

    def progress(self, sheet, row, obj, links, result):
        """The row's milestones when they differ from the target's (a table with year columns
        only: one without them leaves the milestones as they are), else None."""
        if not sheet.milestone_columns:
            return None
        try:
            wanted = milestones_of_cells(row.milestones)
        except ValueError as exc:
            result.errors.append(str(exc))
            return None
        have = {m.year: m.value for m in obj.milestones.all()} if obj is not None else {}
        return wanted if wanted != have else None

    def keep_report(self, report, obj, links, result) -> None:
        if report is not None:
            self.milestones.append((obj, report))
            result.changes.append(gettext("mốc lộ trình"))

    def save_reports(self, user, preview) -> None:
        """The milestones of each row whose year cells changed them (``targets.authoring``)."""
        set_milestones(self.milestones, user)

    def reading(self, sheet, path, row, values, result) -> dict:
        out = super().reading(sheet, path, row, values, result)
        if "deadline_text" in values:
            due = values["deadline"]
            out |= {"deadline_text": values["deadline_text"], "deadline": due.isoformat() if due else None}
        if "coordinators" in sheet.columns:
            out["coordinating"] = self.split(row.values.get("coordinators"))
        if sheet.milestone_columns:
            try:
                out["milestones"] = {str(y): str(v) for y, v in milestones_of_cells(row.milestones).items()}
            except ValueError:
                out["milestones"] = {}  # the error is the row's (``progress``)
        return out


IMPORTERS = {TASKS: TaskImporter, PROJECTS: ProjectImporter, TARGETS: TargetImporter}
