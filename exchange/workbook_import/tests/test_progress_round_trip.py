"""Progress columns round-trip (issue 13.3): status, percent and narrative typed into an
exported workbook become reports through the progress form's service, or are refused with a
message naming the cells; never silently dropped."""

import io

import openpyxl
import pytest
from django.utils import timezone

from assignments.models import ProgressReport, Task
from exchange.workbook_export import exporting
from exchange.workbook_import.importing import ImportRejected, apply_import, preview_import
from plans.periods import ReportingPeriod
from portal.seeding import SeedReport, ensure_units
from portal.tests.factories import PlanFactory, WardFactory

from .helpers import task_rows, workbook_bytes

pytestmark = pytest.mark.django_db


@pytest.fixture
def ward():
    ward = WardFactory()
    ensure_units(SeedReport(), ward, [])
    PlanFactory(ward=ward)
    apply_import(ward=ward, source=workbook_bytes(task_rows(2)))
    return ward


def exported(ward) -> openpyxl.Workbook:
    out = io.BytesIO()
    exporting.export_tasks(exporting.ward_queryset("tasks", ward)).save(out)
    return openpyxl.load_workbook(io.BytesIO(out.getvalue()))


def columns(ws) -> tuple[int, dict[str, int]]:
    for row in ws.iter_rows():
        labels = {str(c.value): c.column for c in row if c.value}
        if "Tình trạng" in labels:
            return row[0].row, labels
    raise AssertionError("no header")


def edit(ws, title: str, **cells):
    header, cols = columns(ws)
    row = next(r for r in range(header + 1, ws.max_row + 1) if ws.cell(r, 2).value == title)
    for heading, value in cells.items():
        ws.cell(row, cols[heading], value)
    return row


def saved(wb) -> bytes:
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def test_an_export_imported_again_unchanged_writes_no_report(ward):
    preview = preview_import(ward=ward, source=saved(exported(ward)))
    assert preview.messages() == [] and preview.counts == {"unchanged": 2}
    assert not ProgressReport.objects.exists()


def test_progress_typed_into_an_export_becomes_the_lead_units_report(ward, django_user_model):
    wb = exported(ward)
    ws = wb.active
    edit(
        ws,
        "Nhiệm vụ 1",
        **{"Tình trạng": "Đang thực hiện", "Tỷ lệ hoàn thành (%)": 40, "Báo cáo mới nhất": "Đã họp triển khai"},
    )
    data = saved(wb)
    preview = preview_import(ward=ward, source=data)
    quarter = ReportingPeriod.containing(timezone.localdate())
    (row,) = [r for r in preview.rows if r.status == "updated"]
    assert row.title == "Nhiệm vụ 1" and row.changes == [f"báo cáo tiến độ {quarter.label()}"]
    from accounts.models import Profile
    from portal.tests.factories import make_user

    office = make_user(Profile.Role.FOLLOW_UP, ward=ward)
    apply_import(ward=ward, source=data, user=office)
    task = Task.objects.get(title="Nhiệm vụ 1")
    (report,) = ProgressReport.objects.all()
    assert (report.task, report.unit, report.status, report.percent, report.narrative) == (
        task, task.lead_units[0], "in_progress", 40, "Đã họp triển khai",
    )  # fmt: skip
    assert (report.period_kind, report.period_year, report.period_index) == (quarter.kind, quarter.year, quarter.index)
    assert report.author == office
    assert report.review_state == "approved"  # the office's import is the office's own entry
    # The same workbook again, and a new export of it, change nothing.
    assert preview_import(ward=ward, source=data).counts == {"unchanged": 2}
    assert preview_import(ward=ward, source=saved(exported(ward))).counts == {"unchanged": 2}


def test_a_progress_cell_that_cannot_be_read_is_refused_naming_the_cell(ward):
    wb = exported(ward)
    row = edit(wb.active, "Nhiệm vụ 2", **{"Tỷ lệ hoàn thành (%)": "gần xong"})
    _header, cols = columns(wb.active)
    letter = openpyxl.utils.get_column_letter(cols["Tỷ lệ hoàn thành (%)"])
    preview = preview_import(ward=ward, source=saved(wb))
    assert any(f"Ô {letter}{row}: tỷ lệ hoàn thành “gần xong”" in m for m in preview.messages())
    wb = exported(ward)
    edit(wb.active, "Nhiệm vụ 2", **{"Tình trạng": "Sắp xong"})
    assert any("không hiểu tình trạng “Sắp xong”" in m for m in preview_import(ward=ward, source=saved(wb)).messages())


def test_a_report_the_reporting_rule_refuses_stops_the_import_naming_the_cells(ward):
    wb = exported(ward)
    edit(
        wb.active,
        "Nhiệm vụ 1",
        **{"Tình trạng": "Đang thực hiện", "Tỷ lệ hoàn thành (%)": 10, "Kỳ báo cáo": "Quý 4/2099"},
    )
    data = saved(wb)
    with pytest.raises(ImportRejected) as refused:
        apply_import(ward=ward, source=data)
    assert any(
        "báo cáo Quý 4/2099" in m and "Chưa thể báo cáo cho kỳ chưa bắt đầu" in m
        for m in refused.value.preview.messages()
    )
    assert not ProgressReport.objects.exists()


@pytest.mark.parametrize(
    ("typed", "status"),
    [
        # As wards type them back (trial 9, W11): without diacritics, in other words, any case.
        ("Đã hoàn thành", "done"),
        ("Da hoan thanh", "done"),
        ("Đã thực hiện xong", "done"),
        ("HOÀN THÀNH", "done"),
        ("Đang tiến hành", "in_progress"),
        ("đang làm", "in_progress"),
        ("Dang thuc hien", "in_progress"),
    ],
)
def test_a_status_in_the_wards_own_words_becomes_its_report(ward, typed, status):
    wb = exported(ward)
    edit(wb.active, "Nhiệm vụ 1", **{"Tình trạng": typed, "Tỷ lệ hoàn thành (%)": "60%"})
    apply_import(ward=ward, source=saved(wb))
    (report,) = ProgressReport.objects.all()
    assert (report.status, report.percent) == (status, 100 if status == "done" else 60)


def test_a_percentage_cell_beside_whole_numbers_is_read_as_the_percent_it_shows(ward):
    # Trial 9: a ward types 60% into one cell of an export whose other rows hold whole numbers;
    # Excel stores 0.6 with a "0%" format. It is 60, not a refused "0.6"; a 0.6 with no such
    # format beside whole numbers is still refused (what it means cannot be told).
    wb = exported(ward)
    edit(wb.active, "Nhiệm vụ 1", **{"Tình trạng": "Đang thực hiện", "Tỷ lệ hoàn thành (%)": 40})
    row = edit(wb.active, "Nhiệm vụ 2", **{"Tình trạng": "Đang thực hiện", "Tỷ lệ hoàn thành (%)": 0.6})
    _header, cols = columns(wb.active)
    wb.active.cell(row, cols["Tỷ lệ hoàn thành (%)"]).number_format = "0%"
    apply_import(ward=ward, source=saved(wb))
    assert sorted((r.task.title, r.percent) for r in ProgressReport.objects.all()) == [
        ("Nhiệm vụ 1", 40), ("Nhiệm vụ 2", 60),
    ]  # fmt: skip
    wb.active.cell(row, cols["Tỷ lệ hoàn thành (%)"]).number_format = "General"
    assert any("tỷ lệ hoàn thành “0.6”" in m for m in preview_import(ward=ward, source=saved(wb)).messages())
