"""Workbooks as wards make them (issue 13.2): several sheets, total rows, header variants,
free-text periods, unit cells, .xls and .ods, decomposed Unicode, and the errors that name cells."""

import io
import unicodedata

import openpyxl
import pytest

from assignments.models import Task
from exchange.workbook_import.importing import ImportRejected, apply_import, preview_import
from portal.seeding import SeedReport, ensure_units
from portal.tests.factories import PlanFactory, WardFactory
from projects.models import Project

from .helpers import HEADER, task_rows, workbook_bytes

pytestmark = pytest.mark.django_db

PROJECT_HEADER = [
    [
        "STT",
        "Danh mục công trình, dự án",
        "Địa điểm xây dựng",
        "Tổng mức đầu tư",
        None,
        "Kế hoạch vốn năm 2026",
        "Chủ đầu tư",
    ],
    [None, None, None, "Tổng số", "Trong đó: vốn NSNN", None, None],
]
PROJECT_MERGES = ["A4:A5", "B4:B5", "C4:C5", "D4:E4", "F4:F5", "G4:G5"]


@pytest.fixture
def plan():
    ward = WardFactory()
    ensure_units(SeedReport(), ward, [])
    return PlanFactory(ward=ward)


def project_sheet(rows):
    return [["PHỤ LỤC 2"], ["DANH MỤC DỰ ÁN ĐẦU TƯ CÔNG TRUNG HẠN 2026-2030"], [], *PROJECT_HEADER, *rows]


def two_sheet_workbook(project_rows) -> bytes:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "PL1 nhiệm vụ"
    for row in task_rows(2):
        ws.append(row)
    other = wb.create_sheet("PL2 dự án")
    for row in project_sheet(project_rows):
        other.append(row)
    for rng in PROJECT_MERGES:
        other.merge_cells(rng)
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


PROJECTS = [
    [None, "TỔNG SỐ", None, 3000, 2500, 900, None],
    ["I", "Lĩnh vực giao thông", None, None, None, None, None],
    [1, "Cải tạo đường Trần Phú", "Tổ dân phố 3", 1000, 1000, 300, "UBND phường"],
    [2, "Nâng cấp ngõ 12", "Tổ dân phố 5", 2000, 1500, 600, "UBND phường"],
    [None, "Cộng nhóm I", None, 3000, 2500, 900, None],
]


def test_the_appendices_on_two_sheets_are_both_imported_and_total_rows_left_out(plan):
    data = two_sheet_workbook(PROJECTS)
    preview = preview_import(ward=plan.ward, source=data)
    assert preview.messages() == []
    assert [s["name"] for s in preview.sheets] == ["PL1 nhiệm vụ", "PL2 dự án"]
    totals = [r for r in preview.rows if r.kind == "total"]
    assert [(r.sheet, r.row, r.title) for r in totals] == [
        ("PL2 dự án", 6, "TỔNG SỐ"),
        ("PL2 dự án", 10, "Cộng nhóm I"),
    ]
    assert preview.warnings == []  # the figures add up
    apply_import(ward=plan.ward, source=data)
    assert Task.objects.for_ward(plan.ward).count() == 2
    projects = Project.objects.filter(ward=plan.ward).order_by("position")
    assert [(p.name, p.total_investment) for p in projects] == [
        ("Cải tạo đường Trần Phú", 1000),
        ("Nâng cấp ngõ 12", 2000),
    ]
    assert projects[0].location_scale == "Tổ dân phố 3"
    again = preview_import(ward=plan.ward, source=data)
    assert again.counts == {"unchanged": 4}


def test_a_total_that_does_not_add_up_is_a_warning_naming_the_row(plan):
    rows = [list(r) for r in PROJECTS]
    rows[-1][3] = 3500
    preview = preview_import(ward=plan.ward, source=two_sheet_workbook(rows))
    assert preview.can_confirm
    (warning,) = preview.warnings
    assert warning.startswith(
        "Trang “PL2 dự án”: Dòng 10 (Cộng nhóm I), ô D10, cột Tổng mức đầu tư: ghi 3.500, cộng các dòng được 3.000."
    )


def test_tasks_named_like_totals_are_tasks(plan):
    rows = [*task_rows(0), [1, "Tổng kết 5 năm thực hiện Nghị quyết", "UBND phường", "", "2030", ""],
            [2, "Cộng đồng dân cư tham gia giữ gìn vệ sinh", "UBND phường", "", "Hàng năm", ""],
            [None, "Tổng cộng: 2 nhiệm vụ"]]  # fmt: skip
    preview = preview_import(ward=plan.ward, source=workbook_bytes(rows))
    assert [r.title for r in preview.rows if r.kind == "task"] == [
        "Tổng kết 5 năm thực hiện Nghị quyết",
        "Cộng đồng dân cư tham gia giữ gìn vệ sinh",
    ]
    assert [r.title for r in preview.rows if r.kind == "total"] == ["Tổng cộng: 2 nhiệm vụ"]


def test_two_task_sheets_in_one_appendix_keep_both(plan):
    data = workbook_bytes(task_rows(2), title="Trang 1", extra_sheets=[("Trang 2", task_rows(3)[4:])])
    # The second sheet has no header of its own: a note says it was left out.
    preview = preview_import(ward=plan.ward, source=data)
    assert any("Trang “Trang 2”" in w and "không được nạp" in w for w in preview.warnings), (
        preview.warnings + preview.messages()
    )
    rows2 = [["STT", "Nhiệm vụ", "Đơn vị chủ trì", "Thời gian"], ["I", "Nhóm thứ nhất"]]
    rows2 += [[i, f"Việc thêm {i}", "UBND phường", "2027"] for i in (1, 2, 3)]
    data = workbook_bytes(task_rows(2), title="Trang 1", extra_sheets=[("Trang 2", rows2)])
    apply_import(ward=plan.ward, source=data)
    titles = list(
        Task.objects.for_ward(plan.ward).order_by("plan_item__tree_order", "position").values_list("title", flat=True)
    )
    assert sorted(titles) == sorted(["Nhiệm vụ 1", "Nhiệm vụ 2", "Việc thêm 1", "Việc thêm 2", "Việc thêm 3"])
    assert preview_import(ward=plan.ward, source=data).counts == {"unchanged": 5}


def test_header_variants_are_recognised_by_meaning(plan):
    header = ["Số TT", "Nội dung công việc", "Cơ quan chủ trì", "Cơ quan phối hợp", "Tiến độ", "Kết quả đầu ra"]
    rows = [["PHỤ LỤC"], header, ["I", "Nhóm"], [1, "Việc", "Chủ tịch UBND phường", "", "Quý IV/2026", "Báo cáo"]]
    preview = preview_import(ward=plan.ward, source=workbook_bytes(rows))
    (task,) = [r for r in preview.rows if r.kind == "task"]
    assert task.reading["period"] == {"kind": "date", "start_year": None, "end_year": None, "due_date": "2026-12-31"}
    assert task.reading["product"] == "Báo cáo"


def test_free_text_periods_are_kept_as_printed_and_never_refuse_the_row(plan):
    rows = [*task_rows(0), [1, "Việc một", "UBND phường", "", "Quý III/2026 và thường xuyên", ""],
            [2, "Việc hai", "UBND phường", "", "Từ năm 2027 trở đi", ""],
            [3, "Việc ba", "UBND phường", "", "Theo kế hoạch của thành phố", ""]]  # fmt: skip
    data = workbook_bytes(rows)
    preview = preview_import(ward=plan.ward, source=data)
    assert preview.can_confirm
    (warning,) = preview.warnings
    assert "Ô E8: Không hiểu thời gian “Theo kế hoạch của thành phố”" in warning and "thời gian chưa rõ" in warning
    apply_import(ward=plan.ward, source=data)
    tasks = {t.title: t for t in Task.objects.for_ward(plan.ward)}
    assert tasks["Việc một"].period_text == "Quý III/2026 và thường xuyên"
    assert str(tasks["Việc một"].due_date) == "2026-09-30"
    assert (tasks["Việc hai"].period_kind, tasks["Việc hai"].start_year) == ("range", 2027)
    assert tasks["Việc ba"].period_kind == "unclear" and tasks["Việc ba"].period_text == "Theo kế hoạch của thành phố"


def test_unit_cells_are_split_only_into_names_of_units(plan):
    rows = [*task_rows(0), [1, "Việc", "UBND phường", "Các sở, ngành liên quan", "2027", ""],
            [2, "Việc khác", "UBND phường", "Hội Nông dân, Phụ nữ phường", "2027", ""]]  # fmt: skip
    preview = preview_import(ward=plan.ward, source=workbook_bytes(rows))
    assert list(preview.unmatched_units) == ["Hội Nông dân, Phụ nữ phường"]  # one name to confirm, not two
    tasks = [r for r in preview.rows if r.kind == "task"]
    assert tasks[0].reading["coordinating"] == ["Các sở, ngành liên quan"]


def test_two_columns_under_one_heading_are_an_error_naming_the_cells(plan):
    rows = [
        ["STT", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị chủ trì", "Thời gian"],
        [1, "Việc", "UBND phường", "Công an phường", "2027"],
    ]
    preview = refused(plan, workbook_bytes(rows))
    assert "Các ô C1 và D1 cùng tiêu đề “Đơn vị chủ trì”" in preview.messages()[0]


def test_the_same_task_twice_is_an_error_naming_both_cells(plan):
    rows = task_rows(2) + [[3, "Nhiệm vụ  1", "UBND phường", "", "2027", ""]]
    preview = refused(plan, workbook_bytes(rows))
    assert any("Ô B8 trùng với ô B6" in m for m in preview.messages())


def test_a_new_task_without_a_lead_unit_is_an_error(plan):
    rows = [["STT", "Nhiệm vụ", "Thời gian"], [1, "Việc", "2027"]]
    preview = refused(plan, workbook_bytes(rows))
    assert any("Dòng 2 là nhiệm vụ mới nhưng bảng không có cột “Đơn vị chủ trì”" in m for m in preview.messages())
    rows = task_rows(1)
    rows[-1][2] = None
    assert any("Ô C6 trống" in m for m in refused(plan, workbook_bytes(rows)).messages())


def refused(plan, data):
    preview = preview_import(ward=plan.ward, source=data)
    assert not preview.can_confirm
    with pytest.raises(ImportRejected):
        apply_import(ward=plan.ward, source=data)
    assert not Task.objects.for_ward(plan.ward).exists()
    return preview


def xls_bytes(rows, title="Phụ lục 1") -> bytes:
    import xlwt

    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(title)
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            if value not in (None, ""):
                ws.write(r, c, value)
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def ods_bytes(rows, title="Phụ lục 1", merges=()) -> bytes:
    """An .ods sheet of ``rows``; ``merges`` ("A4:A5", as openpyxl's) written as LibreOffice
    does: the first cell spans the range, the others are covered cells."""
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import CoveredTableCell, Table, TableCell, TableRow
    from odf.text import P
    from openpyxl.utils import range_boundaries

    spans, covered = {}, set()
    for rng in merges:
        c0, r0, c1, r1 = range_boundaries(rng)
        spans[(r0, c0)] = (c1 - c0 + 1, r1 - r0 + 1)
        covered |= {(r, c) for r in range(r0, r1 + 1) for c in range(c0, c1 + 1)} - {(r0, c0)}
    doc = OpenDocumentSpreadsheet()
    table = Table(name=title)
    for r, row in enumerate(rows, start=1):
        tr = TableRow()
        width = max([len(row), *(c for rr, c in covered if rr == r)])
        for c in range(1, width + 1):
            value = row[c - 1] if c <= len(row) else None
            if (r, c) in covered:
                tr.addElement(CoveredTableCell())
                continue
            across, down = spans.get((r, c), (1, 1))
            extra = {"numbercolumnsspanned": across, "numberrowsspanned": down} if (r, c) in spans else {}
            if isinstance(value, int):
                cell = TableCell(valuetype="float", value=value, **extra)
            else:
                cell = TableCell(valuetype="string", **extra)
            if value not in (None, ""):
                cell.addElement(P(text=str(value)))
            tr.addElement(cell)
        table.addElement(tr)
    doc.spreadsheet.addElement(table)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


@pytest.mark.parametrize("make", [xls_bytes, ods_bytes], ids=["xls", "ods"])
def test_xls_and_ods_workbooks_are_read(plan, make):
    data = make(task_rows(3))
    preview = preview_import(ward=plan.ward, source=data)
    assert preview.messages() == []
    apply_import(ward=plan.ward, source=data)
    assert sorted(Task.objects.for_ward(plan.ward).values_list("title", flat=True)) == [
        "Nhiệm vụ 1",
        "Nhiệm vụ 2",
        "Nhiệm vụ 3",
    ]


def test_decomposed_unicode_reads_exactly_like_composed(plan):
    def nfd(rows):
        return [[unicodedata.normalize("NFD", v) if isinstance(v, str) else v for v in row] for row in rows]

    rows = task_rows(2) + [[3, "Việc", "Phòng Văn hóa - Xã hội", "Các sở, ngành liên quan", "Quý III/2026", ""]]
    composed = preview_import(ward=plan.ward, source=workbook_bytes(rows))
    decomposed = preview_import(
        ward=plan.ward, source=workbook_bytes(nfd(rows), title=unicodedata.normalize("NFD", "Phụ lục 1"))
    )
    assert decomposed.messages() == [] == composed.messages()
    assert [(r.sheet, r.kind, r.title, r.reading) for r in decomposed.rows] == [
        (r.sheet, r.kind, r.title, r.reading) for r in composed.rows
    ]
    assert decomposed.rows[0].sheet == "Phụ lục 1"


def test_the_header_kind_of_a_sheet_with_the_export_headings_is_still_tasks():
    assert HEADER[1] == "Nhiệm vụ"


def test_the_command_prints_each_sheet_and_its_rows_as_read_in_json(plan, tmp_path):
    import json

    from django.core.management import call_command

    path = tmp_path / "pl.xlsx"
    first = [1, "Việc", "UBND phường", "Các sở, ngành liên quan", "Quý III/2026 và thường xuyên", "Kết quả"]
    rows = [*task_rows(0), first, [2, "Việc khác", "Phòng VH-XH", "", "Theo kế hoạch", ""]]
    path.write_bytes(workbook_bytes(rows))
    out = io.StringIO()
    call_command("import_appendix", str(path), ward=plan.ward.slug, dry_run=True, json=True, stdout=out)
    document = json.loads(out.getvalue())
    (sheet,) = document["sheets"]
    assert (sheet["name"], sheet["kind"]) == ("Phụ lục 1", "tasks")
    group, first, second = sheet["rows"]
    assert (group["kind"], group["number"], group["name"]) == ("group", "I", "Nhóm thứ nhất")
    assert {k: first[k] for k in ("group", "number", "name", "lead", "coordinating", "period_text", "product")} == {
        "group": ["Nhóm thứ nhất"],
        "number": "1",
        "name": "Việc",
        "lead": ["UBND phường"],
        "coordinating": ["Các sở, ngành liên quan"],
        "period_text": "Quý III/2026 và thường xuyên",
        "product": "Kết quả",
    }
    assert first["period"]["due_date"] == "2026-09-30" and first["errors"] == first["warnings"] == []
    assert second["period"]["kind"] == "unclear" and "Ô E7" in second["warnings"][0]
    assert document["can_import"] and document["rows_read"] == 2
    assert not Task.objects.for_ward(plan.ward).exists()


def test_the_command_exits_non_zero_when_nothing_could_be_read(plan, tmp_path):
    import json

    from django.core.management import call_command

    path = tmp_path / "notes.xlsx"
    path.write_bytes(workbook_bytes([["Chỉ là ghi chú"]]))
    out = io.StringIO()
    with pytest.raises(SystemExit) as exit_info:
        call_command("import_appendix", str(path), ward=plan.ward.slug, dry_run=True, json=True, stdout=out)
    assert exit_info.value.code == 1
    document = json.loads(out.getvalue())
    assert document["rows_read"] == 0 and "Không tìm thấy dòng tiêu đề cột" in document["errors"][0]


def test_a_heading_merged_over_its_parts_gives_each_part_its_field(plan):
    rows = [["STT", "Nhiệm vụ cụ thể", "Đơn vị thực hiện", None, "Thời gian thực hiện"],
            [None, None, "Chủ trì", "Phối hợp", None],
            [1, "Số hóa sổ hộ tịch", "Văn phòng HĐND-UBND phường", "Công an phường", "2026-2028"]]  # fmt: skip
    preview = preview_import(ward=plan.ward, source=workbook_bytes(rows, merges=["A1:A2", "B1:B2", "C1:D1", "E1:E2"]))
    (task,) = [r for r in preview.rows if r.kind == "task"]
    assert (task.reading["lead"], task.reading["coordinating"]) == (["Văn phòng HĐND-UBND phường"], ["Công an phường"])


def test_a_group_title_in_capitals_typed_in_the_number_column_is_a_group(plan):
    rows = [["TT", "Tên công trình, dự án", "TMĐT (tỷ đồng)", "Chủ đầu tư"], ["DỰ ÁN DO PHƯỜNG LÀM CHỦ ĐẦU TƯ"],
            [1, "Nhà học 2 tầng trường Mầm non", "4,5", "UBND phường"]]  # fmt: skip
    preview = preview_import(ward=plan.ward, source=workbook_bytes(rows))
    assert preview.messages() == []
    (project,) = [r for r in preview.rows if r.kind == "project"]
    assert (
        project.reading["group"] == ["DỰ ÁN DO PHƯỜNG LÀM CHỦ ĐẦU TƯ"] and project.reading["total_investment"] == "4.5"
    )


def test_a_workbook_that_takes_too_long_to_read_is_stopped_with_a_message(plan, monkeypatch):
    from exchange.workbook_import import layouts

    monkeypatch.setattr(layouts, "READ_SECONDS", -1)  # already past the time limit
    preview = preview_import(ward=plan.ward, source=workbook_bytes(task_rows(600)))
    assert any("Tệp đọc quá -1 giây nên đã dừng" in m for m in preview.messages())


def test_merged_headers_and_cells_of_an_ods_read_like_those_of_an_xlsx(plan):
    """A two-row header ("Đơn vị thực hiện" merged over "Chủ trì" / "Phối hợp", "STT" and
    "Nhiệm vụ" merged down) and a lead unit merged down over two tasks: calamine gives an
    .ods's merged cells as empty, the reader fills them as it does an .xlsx's."""
    rows = [
        ["PHỤ LỤC 1"],
        ["CÁC NHIỆM VỤ"],
        ["STT", "Nhiệm vụ", "Đơn vị thực hiện", None, "Thời gian"],
        [None, None, "Chủ trì", "Phối hợp", None],
        ["I", "Nhóm thứ nhất"],
        [1, "Nhiệm vụ 1", "Công an phường", "Phòng KTHT&ĐT", "Hàng năm"],
        [2, "Nhiệm vụ 2", None, "UBND phường", "Năm 2027"],
    ]
    merges = ["A3:A4", "B3:B4", "C3:D3", "E3:E4", "C6:C7"]
    ods = preview_import(ward=plan.ward, source=ods_bytes(rows, merges=merges))
    xlsx = preview_import(ward=plan.ward, source=workbook_bytes(rows, merges=merges))
    assert ods.messages() == [] == xlsx.messages()
    readings = [(r.kind, r.number, r.title, r.reading) for r in ods.rows]
    assert readings == [(r.kind, r.number, r.title, r.reading) for r in xlsx.rows]
    tasks = [r.reading for r in ods.rows if r.kind == "task"]
    assert [(t["lead"], t["coordinating"]) for t in tasks] == [
        (["Công an phường"], ["Phòng KTHT&ĐT"]),
        (["Công an phường"], ["UBND phường"]),
    ]
    apply_import(ward=plan.ward, source=ods_bytes(rows, merges=merges))
    assert Task.objects.for_ward(plan.ward).count() == 2


def test_ods_merges_are_placed_over_repeated_rows_and_cells():
    """LibreOffice writes runs of empty rows and cells once, with a repeat count."""
    import zipfile

    from exchange.workbook_import.layouts import _ods_merges

    table = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
    name = unicodedata.normalize("NFD", "Phụ lục")  # typed decomposed: read as the calamine name, in NFC
    content = (
        f'<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        f'xmlns:table="{table}"><office:body><office:spreadsheet><table:table table:name="{name}">'
        '<table:table-row table:number-rows-repeated="3"><table:table-cell/></table:table-row>'
        '<table:table-row><table:table-cell table:number-columns-repeated="2"/>'
        '<table:table-cell table:number-columns-spanned="3" table:number-rows-spanned="2"/>'
        '<table:covered-table-cell table:number-columns-repeated="2"/><table:table-cell/></table:table-row>'
        "</table:table></office:spreadsheet></office:body></office:document-content>"
    ).encode()
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as package:
        package.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        package.writestr("content.xml", content)
    assert _ods_merges(out.getvalue()) == {"Phụ lục": [(4, 3, 5, 5)]}


def test_an_ods_whose_content_is_damaged_is_refused_naming_the_format(plan):
    import zipfile

    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(ods_bytes(task_rows(2)))) as src, zipfile.ZipFile(out, "w") as dst:
        for item in src.infolist():
            part = src.read(item.filename)
            dst.writestr(item, part[: len(part) // 2] if item.filename == "content.xml" else part)
    preview = refused(plan, out.getvalue())
    assert preview.messages() == [
        "Tệp .ods (LibreOffice) bị hỏng hoặc không đọc được. Hãy mở tệp rồi lưu lại thành .xlsx và nạp lại."
    ]


def test_an_ods_merge_declared_down_to_the_last_row_is_cut_to_the_sheet(plan):
    """LibreOffice can merge a column to row 1,048,576: only the rows the sheet has are filled."""
    rows = [*task_rows(2)]
    rows[5] = [1, "Nhiệm vụ 1", "Công an phường", "", "Hàng năm", ""]
    rows[6] = [2, "Nhiệm vụ 2", None, "", "Hàng năm", ""]
    data = ods_bytes(rows, merges=["C6:C7"]).replace(
        b'table:number-rows-spanned="2"', b'table:number-rows-spanned="1048571"'
    )
    preview = preview_import(ward=plan.ward, source=data)
    assert preview.messages() == []
    assert [r.reading["lead"] for r in preview.rows if r.kind == "task"] == [["Công an phường"], ["Công an phường"]]
    from exchange.workbook_import.layouts import _bounded_merges

    assert _bounded_merges([(6, 3, 1_048_576, 3), (9, 1, 9, 2)], 7, 6, "S") == [(6, 3, 7, 3)]


def test_ods_merges_over_too_many_cells_are_refused(plan, monkeypatch):
    from exchange.workbook_import import layouts

    monkeypatch.setattr(layouts, "MAX_MERGED_CELLS", 3)
    refused(plan, ods_bytes(task_rows(3), merges=["C6:C8", "D6:D8"]))
    preview = preview_import(ward=plan.ward, source=ods_bytes(task_rows(3), merges=["C6:C8", "D6:D8"]))
    assert "quá nhiều ô gộp hoặc ô gắn liên kết (hơn 3 ô, đến vùng D6:D8)" in preview.messages()[0]
