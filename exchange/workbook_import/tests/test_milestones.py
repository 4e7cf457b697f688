"""A target table with one column a year ("Năm 2026" … "Năm 2030"): the last year's figure is
the value and its year the horizon, the earlier years' figures the target's milestones — read
from Word tables and workbooks alike, proposed in the JSON, saved on confirming and importing,
and updated by a re-import."""

from decimal import Decimal

import pytest

from exchange.plan_document.tests import trial3_checks as checks
from exchange.plan_document.tests.realistic_docs_3 import DOCUMENTS
from exchange.workbook_import.headings import TARGETS
from exchange.workbook_import.importing import apply_import, preview_import
from exchange.workbook_import.layouts import read_grid
from exchange.workbook_import.rows import target_part_of_cells
from targets.models import Target, TargetMilestone

from .helpers import workbook_bytes

HEADER = ["STT", "Chỉ tiêu", "Đơn vị tính", "Năm 2026", "Năm 2027", "Năm 2028 (dự kiến)", "2030"]
WATER = ["1", "Tỷ lệ hộ dân dùng nước sạch", "%", "90", "92", "95", "100"]


def rows(*targets):
    return [["PHỤ LỤC 1"], ["CHỈ TIÊU"], [], HEADER, *targets]


def milestones_of(ward) -> dict:
    return {
        (m.target.statement, m.year): m.value
        for m in TargetMilestone.objects.filter(target__plan_item__plan__ward=ward).select_related("target")
    }


def test_the_earlier_years_of_a_table_are_the_targets_milestones():
    sheet = read_grid("Phụ lục 1", [HEADER, WATER], [])
    assert sheet.kind == TARGETS and sheet.milestone_columns == [(2026, 3), (2027, 4), (2028, 5)]
    (_path, row), *_rest = list(sheet.walk())
    part = target_part_of_cells(row.values, sheet.column_years, None, row.milestones)
    assert (part["value"], part["horizon_year"]) == (100, 2030)
    assert part["milestones"] == {"2026": 90, "2027": 92, "2028": 95}


def test_a_table_without_year_columns_has_no_milestones():
    sheet = read_grid("Phụ lục 1", [["STT", "Chỉ tiêu", "Mục tiêu 2030"], ["1", "Tỷ lệ", "100"]], [])
    (_path, row), *_rest = list(sheet.walk())
    assert sheet.milestone_columns == []
    assert "milestones" not in target_part_of_cells(row.values, sheet.column_years, None, row.milestones)


@pytest.mark.django_db
def test_a_word_plans_target_appendix_proposes_and_saves_its_milestones(tmp_path):
    build, expected = DOCUMENTS["H"]
    ward = checks.make_ward(*expected["ward"], expected["units"])
    path = tmp_path / "h.docx"
    path.write_bytes(build())
    proposal, status, printed = checks.run_command("import_plan", str(path), "--ward", ward.slug, "--dry-run", "--json")
    assert status == 0, printed
    parts = {t["statement"]: t["parts"] for t in proposal["targets"]}
    (signatures,) = parts["Tỷ lệ dân số trưởng thành có chữ ký số hoặc chữ ký điện tử cá nhân"]
    assert (signatures["value"], signatures["horizon_year"]) == (80, 2030)
    assert signatures["milestones"] == {"2026": 40, "2027": 50, "2028": 60, "2029": 70}

    _data, status, printed = checks.run_command("import_plan", str(path), "--ward", ward.slug)
    assert status == 0, printed
    saved = milestones_of(ward)
    teams = "Số tổ dân phố có Tổ công nghệ số cộng đồng hoạt động hiệu quả"
    assert [saved[(teams, year)] for year in (2026, 2027, 2028, 2029)] == [20, 25, 30, 35]
    assert Target.objects.get(plan_item__plan__ward=ward, statement=teams).value == 42


@pytest.mark.django_db
def test_an_appendix_workbook_imports_its_milestones_and_a_reimport_updates_them(ward, tmp_path):
    data = workbook_bytes(rows(WATER))
    preview = preview_import(ward=ward, source=data)
    assert preview.messages() == []
    (row,) = [r for r in preview.rows if r.kind == "target"]
    assert row.reading["milestones"] == {"2026": "90", "2027": "92", "2028": "95"}
    apply_import(ward=ward, source=data)
    statement = WATER[1]
    assert milestones_of(ward) == {(statement, 2026): 90, (statement, 2027): 92, (statement, 2028): 95}
    assert preview_import(ward=ward, source=data).counts == {"unchanged": 1}

    edited = [*WATER[:3], "91", "", "96", "100"]
    again = preview_import(ward=ward, source=workbook_bytes(rows(edited)))
    (row,) = [r for r in again.rows if r.kind == "target"]
    assert row.status == "updated" and row.changes == ["mốc lộ trình"]
    apply_import(ward=ward, source=workbook_bytes(rows(edited)))
    assert milestones_of(ward) == {(statement, 2026): Decimal(91), (statement, 2028): Decimal(96)}

    path = tmp_path / "pl1.xlsx"
    path.write_bytes(data)
    document, status, printed = checks.run_command(
        "import_appendix", str(path), "--ward", ward.slug, "--dry-run", "--json"
    )
    assert status == 0, printed
    (target_row,) = [r for s in document["sheets"] for r in s["rows"] if r["kind"] == "target"]
    assert target_row["milestones"] == {"2026": "90", "2027": "92", "2028": "95"}


@pytest.mark.django_db
def test_a_milestone_cell_that_is_not_a_figure_is_an_error_naming_it(ward):
    preview = preview_import(ward=ward, source=workbook_bytes(rows([*WATER[:4], "chín hai", *WATER[5:]])))
    (message,) = preview.messages()
    assert "Ô E5" in message and "2027" in message
