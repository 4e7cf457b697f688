"""Rules found by the second new-user trial's workbooks (``realistic_workbooks_2``), each
tested on a small case of its own."""

import datetime as dt
import io

import pytest
from openpyxl import Workbook

from exchange.workbook_import.headings import TASKS, match_heading
from exchange.workbook_import.importing import preview_import
from portal.seeding import SeedReport, ensure_units
from portal.tests.factories import PlanFactory, WardFactory


@pytest.mark.parametrize(
    ("heading", "field"),
    [
        ("Tiến độ (%)", "percent"),
        ("Tiến độ thực hiện %", "percent"),
        ("Tiến độ", "period"),
        ("Tiến độ thực hiện", "period"),
        ("Hạn hoàn thành", "period"),
        ("Hạn", "period"),
        ("Trạng thái", "status"),
    ],
)
def test_a_trackers_headings_name_percent_period_and_status(heading, field):
    assert match_heading(heading, TASKS) == field


@pytest.mark.django_db
def test_a_percent_typed_with_its_sign_is_read_as_a_report(tmp_path):
    ward = WardFactory()
    ensure_units(SeedReport(), ward, [])
    plan = PlanFactory(ward=ward, period_start=dt.date(2026, 1, 1), period_end=dt.date(2030, 12, 31))
    book = Workbook()
    book.active.append(["STT", "Tên nhiệm vụ", "Đơn vị chủ trì", "Hạn hoàn thành", "Trạng thái", "Tiến độ (%)"])
    book.active.append([1, "Số hóa hồ sơ địa chính", "Công an phường", "30/06/2026", "Đang thực hiện", "50%"])
    out = io.BytesIO()
    book.save(out)
    path = tmp_path / "export.xlsx"
    path.write_bytes(out.getvalue())
    preview = preview_import(ward=ward, source=path, plan=plan)
    (row,) = preview.rows
    assert not row.errors and not row.warnings, (row.errors, row.warnings)
    assert row.reading["period_text"] == "30/06/2026"
    assert any("báo cáo tiến độ" in change for change in row.changes)


@pytest.mark.django_db
def test_a_target_table_in_excel_reads_its_baseline_and_horizon_from_the_headings(tmp_path):
    """The same table a plan document gives (Chỉ tiêu | Đơn vị tính | Thực hiện 2025 | Mục tiêu
    2030), typed in Excel: 2030 is the horizon, the 2025 figure the baseline, as the document
    reader reads it (``rows.target_part_of_cells``)."""
    from decimal import Decimal

    from exchange.workbook_import.importing import apply_import
    from targets.models import Target

    ward = WardFactory()
    ensure_units(SeedReport(), ward, [])
    plan = PlanFactory(ward=ward, period_start=dt.date(2026, 1, 1), period_end=dt.date(2030, 12, 31))
    book = Workbook()
    book.active.title = "Chỉ tiêu"
    book.active.append(["STT", "Chỉ tiêu", "Đơn vị tính", "Thực hiện 2025", "Mục tiêu 2030"])
    book.active.append([1, "Tỷ lệ kênh mương nội đồng được kiên cố hóa", "%", "65,5", 85])
    path = tmp_path / "chi-tieu.xlsx"
    book.save(path)
    preview = preview_import(ward=ward, source=path, plan=plan)
    assert not preview.has_errors, preview.messages()
    apply_import(ward=ward, source=path, plan=plan)
    target = Target.objects.get(plan_item__plan=plan)
    assert (target.value, target.unit, target.horizon_year) == (Decimal(85), "%", 2030)
    assert (target.baseline_value, target.baseline_year) == (Decimal("65.5"), 2025)
