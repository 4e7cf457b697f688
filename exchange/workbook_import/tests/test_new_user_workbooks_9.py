"""New-user trial 9, workbooks (written blind, see ``realistic_workbooks_9``).

W10 (.xlsx and .xls): a header on row 8 under a title block, lead and partners in one "Chủ trì/Phối
hợp" cell on separate lines, deadlines as dates, serial numbers, "30/6/2026" and "6/2026", a frozen
pane, an autofilter, a hidden sheet and a chart sheet: ``import_appendix --dry-run --json`` against
the hand reading, the import by the command and through the pages.

W11: the portal's export, edited by the ward (rows re-ordered, a column inserted, statuses typed
without diacritics, percents as text and as percentage cells) and imported again: each edit the
lead unit's report of the current period, or the import refused naming the cell, never dropped.
"""

import io

import openpyxl
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone

from exchange.plan_document.tests import trial3_checks as checks
from exchange.workbook_import.tests import realistic_workbooks_9 as w9

pytestmark = pytest.mark.django_db


def _saved_tasks_match(ward, saved):
    from assignments.models import Task, TaskUnit

    tasks = {checks.words(task.title): task for task in Task.objects.for_ward(ward)}
    assert len(tasks) == len(saved), sorted(tasks)
    for name, lead, coordinating, due in saved:
        task = tasks[checks.words(name)]
        roles = task.unit_roles.all()
        assert [r.unit.name for r in roles if r.role == TaskUnit.Role.LEAD] == lead, name
        assert sorted(r.unit.name for r in roles if r.role == TaskUnit.Role.COORDINATOR) == sorted(coordinating), name
        assert task.due_date is not None and task.due_date.isoformat() == due, (name, task.due_date)


def _through_the_pages(client, ward, filename, content, plan_code):
    """The office uploads the file on the import page, sees the preview and confirms it."""
    from accounts.models import Profile
    from portal.tests.factories import make_user

    client.force_login(make_user(Profile.Role.FOLLOW_UP, ward=ward))
    response = client.post(
        reverse("exchange:import", args=[ward.slug]),
        {"file": SimpleUploadedFile(filename, content), "plan": plan_code, "kind": ""},
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    page = client.get(response["Location"])
    assert page.status_code == 200
    form = page.context["mapping_form"]
    confirm = client.post(response["Location"] + "confirm/", {"generation": form["generation"].value()})
    assert confirm.status_code == 302, confirm.content.decode()[:2000]


# --- W10 --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("content", "filename"), [(w9.workbook_w10, "pl-nam-trieu.xlsx"), (w9.workbook_w10_xls, "pl-nam-trieu.xls")]
)
def test_w10_previews_as_the_office_reads_it(tmp_path, content, filename):
    preview, status, printed, _ward, _path = checks.preview_appendix(
        tmp_path, w9.EXPECTED_W10, content(), filename, w9.W10_PLAN
    )
    assert preview is not None, printed
    assert checks.failures(checks.workbook_checks(preview, status, w9.EXPECTED_W10)) == []


def test_w10_hidden_list_and_chart_sheet_are_never_imported_nor_errors(tmp_path):
    preview, _status, printed, _ward, _path = checks.preview_appendix(
        tmp_path, w9.EXPECTED_W10, w9.workbook_w10(), "pl-nam-trieu.xlsx", w9.W10_PLAN
    )
    assert preview is not None, printed
    assert preview.get("errors") == [], preview.get("errors")
    for sheet in preview["sheets"]:
        if sheet.get("name") in w9.EXPECTED_W10["other_sheets"]:
            assert not [r for r in sheet.get("rows") or [] if r.get("kind") in ("task", "project", "target")]
            assert not [r for r in sheet.get("rows") or [] if r.get("errors")], sheet


def test_w10_imports_each_task_with_its_lead_partners_and_deadline(tmp_path):
    _preview, _status, _printed, ward, path = checks.preview_appendix(
        tmp_path, w9.EXPECTED_W10, w9.workbook_w10(), "pl-nam-trieu.xlsx", w9.W10_PLAN
    )
    _data, status, printed = checks.run_command("import_appendix", str(path), "--ward", ward.slug)
    assert status == 0, printed
    _saved_tasks_match(ward, w9.EXPECTED_W10["saved"])


def test_w10_xls_through_the_import_page_and_its_confirm(tmp_path, client):
    _preview, _status, _printed, ward, _path = checks.preview_appendix(
        tmp_path, w9.EXPECTED_W10, w9.workbook_w10_xls(), "pl-nam-trieu.xls", w9.W10_PLAN
    )
    _through_the_pages(client, ward, "pl-nam-trieu.xls", w9.workbook_w10_xls(), "45-kh-ubnd")
    _saved_tasks_match(ward, w9.EXPECTED_W10["saved"])


# --- W11 --------------------------------------------------------------------------------------


@pytest.fixture
def w11_ward(tmp_path):
    _preview, _status, _printed, ward, path = checks.preview_appendix(
        tmp_path, w9.EXPECTED_W11, w9.workbook_w11_base(), "nhiem-vu-2026.xlsx", w9.EXPECTED_W11["plan"]
    )
    _data, status, printed = checks.run_command("import_appendix", str(path), "--ward", ward.slug)
    assert status == 0, printed
    return ward


def _exported(ward) -> openpyxl.Workbook:
    from exchange.workbook_export import exporting

    out = io.BytesIO()
    exporting.export_tasks(exporting.ward_queryset("tasks", ward)).save(out)
    return openpyxl.load_workbook(io.BytesIO(out.getvalue()))


def _header(ws) -> tuple[int, dict[str, int]]:
    for row in ws.iter_rows():
        labels = {str(c.value): c.column for c in row if c.value}
        if "Tình trạng" in labels:
            return row[0].row, labels
    raise AssertionError("no header in the export")


def _task_rows(ws) -> dict[str, tuple[int, int]]:
    """Task name → (row, column of the name), found by the names the ward's tasks have."""
    names = {checks.words(task[0]): task[0] for task in w9.W11_TASKS}
    found = {}
    for row in ws.iter_rows():
        for cell in row:
            if isinstance(cell.value, str) and checks.words(cell.value) in names:
                found[names[checks.words(cell.value)]] = (cell.row, cell.column)
    assert len(found) == len(names), found
    return found


def _insert_column(ws, index: int):
    """What Excel does on "Insert column": the cells move right, and merged ranges with them."""
    ranges = list(ws.merged_cells.ranges)
    for merged in ranges:
        ws.unmerge_cells(str(merged))
    ws.insert_cols(index)
    for merged in ranges:
        if merged.min_col >= index:
            merged.shift(col_shift=1)
        elif merged.max_col >= index:
            merged.expand(right=1)
        ws.merge_cells(str(merged))


def edited_export(ward, edits=w9.W11_EDITS) -> bytes:
    wb = _exported(ward)
    ws = wb.active
    rows = _task_rows(ws)
    # Sorted the other way: the task rows swap their values, the last first.
    positions = sorted(row for row, _column in rows.values())
    values = {row: [c.value for c in ws[row]] for row in positions}
    for target, source in zip(positions, reversed(positions), strict=True):
        for column, value in enumerate(values[source], start=1):
            ws.cell(target, column).value = value
    rows = _task_rows(ws)
    name_column = next(iter(rows.values()))[1]
    header, _labels = _header(ws)
    _insert_column(ws, name_column + 1)
    ws.cell(header, name_column + 1, w9.INSERTED_HEADING)
    header, labels = _header(ws)
    for name, (row, _column) in _task_rows(ws).items():
        ws.cell(row, name_column + 1, "Phường đã rà soát")
        if name not in edits:
            continue
        status, percent, narrative, typed, _reading = edits[name]
        ws.cell(row, labels["Tình trạng"], status)
        cell = ws.cell(row, labels["Tỷ lệ hoàn thành (%)"], percent)
        if typed == "percent cell":
            cell.number_format = "0%"
        ws.cell(row, labels["Báo cáo mới nhất"], narrative)
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def test_w11_the_edited_export_previews_each_edit_as_an_update(w11_ward, tmp_path):
    path = tmp_path / "nhiem-vu-2026-phuong-gui-lai.xlsx"
    path.write_bytes(edited_export(w11_ward))
    preview, status, printed = checks.run_command(
        "import_appendix", str(path), "--ward", w11_ward.slug, "--dry-run", "--json"
    )
    assert preview is not None, printed
    assert status == 0, printed
    assert preview["can_import"] is True and preview["errors"] == [], preview["errors"]
    assert {k: v for k, v in preview["counts"].items() if v} == w9.EXPECTED_W11["counts"]


def test_w11_the_edited_export_imports_each_edit_as_the_lead_units_report(w11_ward, tmp_path):
    from assignments.models import ProgressReport, Task
    from plans.periods import ReportingPeriod

    path = tmp_path / "nhiem-vu-2026-phuong-gui-lai.xlsx"
    path.write_bytes(edited_export(w11_ward))
    _data, status, printed = checks.run_command("import_appendix", str(path), "--ward", w11_ward.slug)
    assert status == 0, printed
    quarter = ReportingPeriod.containing(timezone.localdate())
    for name, (status_, percent, narrative) in w9.EXPECTED_W11["reports"].items():
        task = Task.objects.for_ward(w11_ward).get(title=name)
        (report,) = ProgressReport.objects.filter(task=task)
        assert (report.unit, report.status, report.percent) == (task.lead_units[0], status_, percent), name
        assert checks.words(report.narrative) == checks.words(narrative), name
        assert (report.period_kind, report.period_year, report.period_index) == (
            quarter.kind, quarter.year, quarter.index,
        )  # fmt: skip
    untouched = Task.objects.for_ward(w11_ward).get(title=w9.W11_UNTOUCHED)
    assert not ProgressReport.objects.filter(task=untouched).exists()
    assert Task.objects.for_ward(w11_ward).count() == len(w9.W11_TASKS)


def test_w11_a_status_no_one_can_read_is_refused_naming_its_cell_and_nothing_saved(w11_ward, tmp_path):
    from assignments.models import ProgressReport

    name = w9.W11_TASKS[0][0]
    edits = dict(w9.W11_EDITS)
    edits[name] = ("xong roi", "100%", "", "text", None)
    path = tmp_path / "sai-tinh-trang.xlsx"
    path.write_bytes(edited_export(w11_ward, edits))
    preview, status, printed = checks.run_command(
        "import_appendix", str(path), "--ward", w11_ward.slug, "--dry-run", "--json"
    )
    assert status == 2, printed
    said = " ".join(str(m) for m in preview["errors"]) + printed
    assert "xong roi" in said and "Ô " in said, said
    _data, status, printed = checks.run_command("import_appendix", str(path), "--ward", w11_ward.slug)
    assert status != 0
    assert not ProgressReport.objects.exists()


def test_w11_the_edited_export_through_the_import_page(w11_ward, client):
    from assignments.models import ProgressReport

    _through_the_pages(client, w11_ward, "gui-lai.xlsx", edited_export(w11_ward), "12-kh-ubnd")
    got = sorted((r.task.title, r.status, r.percent) for r in ProgressReport.objects.all())
    assert got == sorted((n, s, p) for n, (s, p, _t) in w9.EXPECTED_W11["reports"].items())
