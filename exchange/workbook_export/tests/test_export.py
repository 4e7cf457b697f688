"""Export of the appendix tables to .xlsx: layout, progress columns, queries, re-import, command."""

import datetime as dt
import io

import pytest
from django.core.management import CommandError, call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from openpyxl import load_workbook

from assignments.models import Task
from exchange.testing import report_done, task_of
from exchange.workbook_export import exporting
from projects.models import CapitalYear, Project

TODAY = dt.date(2026, 11, 27)


def reopen(wb):
    """The workbook as a reader sees it: saved to bytes and loaded again."""
    return load_workbook(io.BytesIO(exporting.workbook_bytes(wb)))


def header_row(ws, first_heading: str) -> int:
    return next(r for r in range(1, 15) if ws.cell(r, 1).value == first_heading)


def merged_rows(ws) -> dict[int, str]:
    """Rows holding a merge across several columns, with the range."""
    return {m.min_row: m.coord for m in ws.merged_cells.ranges if m.max_col > m.min_col}


def data_rows(ws, header: int) -> list[list]:
    merged = merged_rows(ws)
    return [
        [c.value for c in row]
        for row in ws.iter_rows(min_row=header + 1)
        if row[0].row not in merged and any(c.value is not None for c in row)
    ]


def test_it_lays_out_appendix_1_of_bach_dang(plan_bd, bach_dang):
    ws = reopen(exporting.export_tasks(exporting.ward_queryset("tasks", bach_dang), today=TODAY)).active

    assert ws["A1"].value == "PHỤ LỤC 1"
    assert ws["A2"].value == "CÁC NHIỆM VỤ TRỌNG TÂM GIAI ĐOẠN 2026-2030"
    assert plan_bd.title in ws["A3"].value
    header = header_row(ws, "STT")
    assert [c.value for c in ws[header]][:6] == [
        "STT",
        "Nhiệm vụ trọng tâm",
        "Đơn vị chủ trì",
        "Đơn vị phối hợp, triển khai",
        "Thời gian",
        "Kết quả/ sản phẩm",
    ]
    assert [c.value for c in ws[header]][6:] == [c.heading for c in exporting.TASKS.progress]

    merged = merged_rows(ws)
    groups = {r: ws.cell(r, 1).value for r in merged if r > header}
    assert len(groups) == 10
    xix = next(r for r, text in groups.items() if text.startswith("XIX. "))
    assert groups[xix] == "XIX. Ưu tiên nguồn lực cho phát triển y tế, giáo dục và đào tạo chất lượng cao"
    assert merged[xix] == f"A{xix}:K{xix}"
    assert ws.cell(xix, 1).font.b

    rows = data_rows(ws, header)
    assert len(rows) == 41
    defence = next(r for r in rows if r[1].startswith("Nâng cao chất lượng giáo dục quốc phòng"))
    assert defence[2] == "Ban Chỉ huy Quân sự phường, Công an phường"  # lead as printed
    digital = next(r for r in rows if r[1] == "Phát triển chính quyền số")
    assert digital[3] == "Các Sở, ngành; phòng VH-XH và các đơn vị liên quan"
    assert digital[4] == "Thường xuyên"
    assert ws.cell(header + 2, 2).alignment.wrap_text


def test_it_sets_widths_freeze_and_a4_landscape_print(bach_dang):
    ws = reopen(exporting.export_tasks(exporting.ward_queryset("tasks", bach_dang), today=TODAY)).active
    header = header_row(ws, "STT")

    assert ws.column_dimensions["B"].width == 46
    assert ws.column_dimensions["A"].width == 6
    assert ws.freeze_panes == f"A{header + 1}"
    assert ws.page_setup.orientation == "landscape"
    assert int(ws.page_setup.paperSize) == 9  # A4
    assert ws.sheet_properties.pageSetUpPr.fitToPage
    assert int(ws.page_setup.fitToWidth) == 1 and int(ws.page_setup.fitToHeight) == 0
    assert str(ws.print_title_rows) == f"${header}:${header}"


def test_it_writes_the_computed_status_and_latest_report(plan_bd, bach_dang):
    task = task_of(plan_bd, "PL1.IX", "1")
    report_done(task, narrative="Đã bàn giao trường THCS Minh Đức.", completed_on=dt.date(2026, 9, 1))
    ws = reopen(exporting.export_tasks(exporting.ward_queryset("tasks", bach_dang), today=TODAY)).active
    header = header_row(ws, "STT")
    rows = {r[1]: r for r in data_rows(ws, header)}

    done = rows[task.title]
    assert done[6:10] == ["Hoàn thành đúng hạn", 100, "Đã bàn giao trường THCS Minh Đức.", "Quý 3/2026"]
    assert done[10].date() == timezone.localdate()  # the day the report was written (updated_at)
    yearly = rows["Đảm bảo an ninh trật tự"]  # due 31/12/2026, nothing reported, within 30 days
    assert yearly[6:9] == ["Có nguy cơ chậm", 0, None]


def test_it_lays_out_appendix_2_with_nested_groups(bach_dang):
    ws = reopen(exporting.export_projects(exporting.ward_queryset("projects", bach_dang))).active
    assert ws["A1"].value == "PHỤ LỤC 2"
    header = header_row(ws, "TT")
    assert [c.value for c in ws[header]][:4] == ["TT", "Tên dự án", "Nguồn vốn", "Đơn vị chủ trì, thực hiện"]

    merged = merged_rows(ws)
    groups = [(ws.cell(r, 1).value, ws.cell(r, 2).value, ws.cell(r, 2).font.i) for r in sorted(merged) if r > header]
    assert groups[:3] == [
        ("I", "DỰ ÁN THÀNH PHỐ", False),
        ("II", "DỰ ÁN PHƯỜNG THỰC HIỆN", False),
        ("I", "Lĩnh vực giao thông", True),  # a field inside part II: numerals restart
    ]
    assert len(groups) == 10
    assert all(merged[r].startswith(f"B{r}:") for r in merged if r > header)

    rows = data_rows(ws, header)
    assert len(rows) == 33
    ibrd = next(r for r in rows if r[1].startswith("Dự án phát triển thành phố Hải Phòng thích ứng"))
    assert ibrd[2] == "Vốn vay IBRD thuộc Ngân hàng thế giới và vốn đối ứng ngân sách thành phố"
    assert ibrd[3] == "UBND thành phố, Sở ban ngành và đơn vị có liên quan"
    education = [r[0] for r in rows[13:21]]
    assert education == ["1", "2", "3", "5", "6", "7", "8", "9"]  # number 4 skipped as printed


def test_it_writes_capital_and_disbursement_of_projects(bach_dang):
    project = Project.objects.get(ward=bach_dang, name__startswith="Cải tạo chợ Tràng Kênh")
    CapitalYear.objects.create(project=project, year=2026, planned=2000, disbursed=500, review_state="approved")
    CapitalYear.objects.create(project=project, year=2027, planned=2000, disbursed=1000, review_state="approved")
    # A unit's draft is not a figure yet: the export counts approved years, as every report does.
    CapitalYear.objects.create(project=project, year=2028, planned=9000, disbursed=9000, review_state="draft")
    ws = reopen(exporting.export_projects(exporting.ward_queryset("projects", bach_dang))).active
    row = next(r for r in data_rows(ws, header_row(ws, "TT")) if r[1] == project.name)
    assert row[4:] == ["Đề xuất", None, 4000, 1500, 37.5]


def test_it_exports_targets_with_their_values(plan_bd, bach_dang):
    ws = reopen(exporting.export_targets(exporting.ward_queryset("targets", bach_dang), today=TODAY)).active
    header = header_row(ws, "STT")
    headings = [c.value for c in ws[header]]
    assert headings[:5] == ["STT", "Chỉ tiêu", "Nội dung đo", "Chiều", "Giá trị"]
    assert {"Đơn vị tính", "Năm đích", "Thực hiện mới nhất"} <= set(headings)
    rows = data_rows(ws, header)
    assert len(rows) == 70
    first = rows[0]
    assert first[1] == "Thu hút đầu tư phát triển 01 dự án điện năng lượng tái tạo trên địa bàn."
    assert (first[4], first[6], first[7]) == (1, "dự án", 2030)
    assert first[12] == "Chưa có số liệu"


def _count_queries(fn, queryset) -> int:
    with CaptureQueriesContext(connection) as ctx:
        fn(queryset)
    return len(ctx.captured_queries)


@pytest.mark.parametrize("kind", ["tasks", "projects", "targets"])
def test_its_query_count_does_not_grow_with_rows(kind, plan_bd, bach_dang):
    for task in Task.objects.filter(plan_item__plan=plan_bd)[:10]:
        report_done(task, narrative="x")
    for project in Project.objects.filter(ward=bach_dang)[:10]:
        CapitalYear.objects.create(project=project, year=2026, planned=10, disbursed=5)
    full = exporting.ward_queryset(kind, bach_dang)
    small = full.filter(pk__in=list(full.values_list("pk", flat=True)[:3]))
    fn = exporting.EXPORTERS[kind]
    assert _count_queries(fn, small) == _count_queries(fn, full)
    assert _count_queries(fn, full) <= 6


def test_the_importers_reader_reads_the_export_back(bach_dang):
    layouts = pytest.importorskip("exchange.workbook_import.layouts")
    tasks = layouts.read_workbook(
        exporting.workbook_bytes(exporting.export_tasks(exporting.ward_queryset("tasks", bach_dang))), kind="tasks"
    )[0]
    assert [g.number for g in tasks.root.children] == ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "XIX", "X"]
    assert sum(1 for _ in tasks.walk()) == 41
    assert tasks.appendix_number == "1"

    projects = layouts.read_workbook(
        exporting.workbook_bytes(exporting.export_projects(exporting.ward_queryset("projects", bach_dang))),
        kind="projects",
    )[0]
    assert [g.title for g in projects.root.children] == ["DỰ ÁN THÀNH PHỐ", "DỰ ÁN PHƯỜNG THỰC HIỆN"]
    assert len(projects.root.children[1].children) == 8
    assert sum(1 for _ in projects.walk()) == 33
    assert not [i for _, i in projects.walk() if i.errors]


def test_the_command_writes_the_workbook(bach_dang, plan_bd, tmp_path):
    out = tmp_path / "tasks.xlsx"
    call_command("export_appendix", str(out), ward="bach-dang", kind="projects", plan=plan_bd.code)
    ws = load_workbook(out).active
    assert ws["A1"].value == "PHỤ LỤC 2"
    assert len(data_rows(ws, header_row(ws, "TT"))) == 33


def test_the_command_refuses_an_unknown_ward(seeded_db, db, tmp_path):
    with pytest.raises(CommandError, match="Không có phường"):
        call_command("export_appendix", str(tmp_path / "x.xlsx"), ward="khong-co", kind="tasks")


def test_text_that_looks_like_a_formula_is_written_as_text(plan_bd, bach_dang):
    task = task_of(plan_bd, "PL1.IX", "1")
    hostile = '=HYPERLINK("http://example.invalid","Bấm vào đây")'
    report_done(task, narrative=hostile)
    Task.objects.filter(pk=task.pk).update(expected_result="+84 912 345 678")
    ws = reopen(exporting.export_tasks(exporting.ward_queryset("tasks", bach_dang), today=TODAY)).active
    cells = [cell for row in ws.iter_rows() for cell in row if cell.value in (hostile, "+84 912 345 678")]
    assert len(cells) == 2
    assert all(cell.data_type == "s" for cell in cells)
    assert not any(cell.data_type == "f" for row in ws.iter_rows() for cell in row)
