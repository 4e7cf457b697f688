"""Project lists with yearly capital columns (issue 13.2): "Kế hoạch vốn năm 2026", "KH vốn
2027", "Giải ngân năm 2026", "Đã giải ngân", a "Kế hoạch vốn" heading over its years, become the
projects' ``CapitalYear`` rows through ``projects.services.record_capital_year``; a cell that is
not an amount is an error naming it, and nothing is written."""

import io
import json
from decimal import Decimal

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.urls import reverse

from accounts.models import Profile
from core.review import ReviewState
from exchange.workbook_import.importing import ImportRejected, apply_import, preview_import
from portal.seeding import SeedReport, ensure_units
from portal.tests.factories import PlanFactory, WardFactory, make_user
from projects.models import CapitalYear, Project

from .helpers import workbook_bytes

pytestmark = pytest.mark.django_db

TITLE = [["PHỤ LỤC 2"], ["DANH MỤC DỰ ÁN VÀ KẾ HOẠCH VỐN"], []]
HEADER = [
    "STT",
    "Tên dự án",
    "Tổng mức đầu tư",
    "Kế hoạch vốn năm 2026",
    "Giải ngân năm 2026",
    "KH vốn 2027",
    "Chủ đầu tư",
]


def rows(*projects):
    return [*TITLE, HEADER, ["I", "Giao thông"], *projects]


ROAD = [1, "Cải tạo đường Trần Phú", 4200, 1500, 600, 2000, "UBND phường"]
SCHOOL = [2, "Xây dựng nhà học 2 tầng", 3500, "1.234,5", None, None, "UBND phường"]


@pytest.fixture
def ward():
    """A ward with its usual units and one plan, "ke-hoach", to import into."""
    unit_ward = WardFactory()
    ensure_units(SeedReport(), unit_ward, [])
    PlanFactory(code="ke-hoach", ward=unit_ward)
    return unit_ward


def capital(ward) -> dict:
    return {
        (c.project.name, c.year): (c.planned, c.disbursed, c.review_state)
        for c in CapitalYear.objects.filter(project__ward=ward).select_related("project")
    }


def test_the_yearly_capital_columns_are_previewed_then_written_as_the_offices_figures(ward):
    data = workbook_bytes(rows(ROAD, SCHOOL))
    preview = preview_import(ward=ward, source=data)
    assert preview.messages() == [] and preview.warnings == []
    road, school = [r for r in preview.rows if r.kind == "project"]
    assert road.changes == [
        "vốn năm 2026: kế hoạch 1.500, giải ngân 600 triệu đồng",
        "vốn năm 2027: kế hoạch 2.000, giải ngân 0 triệu đồng",
    ]
    assert school.changes == ["vốn năm 2026: kế hoạch 1.234,5, giải ngân 0 triệu đồng"]
    assert not CapitalYear.objects.filter(project__ward=ward).exists()

    apply_import(ward=ward, source=data)
    approved = ReviewState.APPROVED
    assert capital(ward) == {
        ("Cải tạo đường Trần Phú", 2026): (Decimal(1500), Decimal(600), approved),
        ("Cải tạo đường Trần Phú", 2027): (Decimal(2000), Decimal(0), approved),
        ("Xây dựng nhà học 2 tầng", 2026): (Decimal("1234.5"), Decimal(0), approved),
    }

    again = preview_import(ward=ward, source=data)
    assert again.counts == {"unchanged": 2} and all(not r.changes for r in again.rows)
    history = CapitalYear.history.count()
    apply_import(ward=ward, source=data)
    assert CapitalYear.history.count() == history


def test_a_changed_figure_updates_its_year_and_an_empty_cell_keeps_the_portals(ward):
    apply_import(ward=ward, source=workbook_bytes(rows(ROAD)))
    road = Project.objects.get(name="Cải tạo đường Trần Phú")
    CapitalYear.objects.filter(project=road, year=2027).update(disbursed=Decimal(700))
    edited = [1, "Cải tạo đường Trần Phú", 4200, 1500, 900, None, "UBND phường"]
    preview = preview_import(ward=ward, source=workbook_bytes(rows(edited)))
    (row,) = [r for r in preview.rows if r.kind == "project"]
    assert row.status == "updated" and row.changes == ["vốn năm 2026: kế hoạch 1.500, giải ngân 900 triệu đồng"]
    apply_import(ward=ward, source=workbook_bytes(rows(edited)))
    assert capital(ward)[("Cải tạo đường Trần Phú", 2026)][:2] == (Decimal(1500), Decimal(900))
    assert capital(ward)[("Cải tạo đường Trần Phú", 2027)][:2] == (Decimal(2000), Decimal(700))


@pytest.mark.parametrize(
    ("value", "cell"),
    [("một tỷ", "D6"), ("-5", "D6"), ("1,25", "D6")],
    ids=["words", "negative", "two-decimals"],
)
def test_a_capital_cell_that_is_not_an_amount_is_an_error_naming_it_and_nothing_is_written(ward, value, cell):
    bad = [1, "Cải tạo đường Trần Phú", 4200, value, None, None, "UBND phường"]
    data = workbook_bytes(rows(bad, SCHOOL))
    preview = preview_import(ward=ward, source=data)
    (message,) = preview.messages()
    assert f"Ô {cell}" in message and "dòng 6" in message
    with pytest.raises(ImportRejected):
        apply_import(ward=ward, source=data)
    # Counted in this ward: the seeded plans of the test process have projects of their own.
    assert not Project.objects.filter(ward=ward).exists()
    assert not CapitalYear.objects.filter(project__ward=ward).exists()


def test_a_disbursement_over_the_years_plan_is_an_error_naming_the_cells(ward):
    over = [1, "Cải tạo đường Trần Phú", 4200, 500, 600, None, "UBND phường"]
    preview = preview_import(ward=ward, source=workbook_bytes(rows(over)))
    (message,) = preview.messages()
    assert "Ô D6, E6" in message and "vượt kế hoạch vốn năm" in message


def test_a_closed_year_is_an_error_in_the_preview_and_nothing_is_written(ward):
    header = ["STT", "Tên dự án", "Kế hoạch vốn năm 2020", "Giải ngân năm 2020", "Chủ đầu tư"]
    data = workbook_bytes([*TITLE, header, [1, "Đường cũ", 100, 100, "UBND phường"]])
    preview = preview_import(ward=ward, source=data)
    (message,) = preview.messages()
    assert "Ô C5, D5 (vốn năm 2020)" in message and "đã khóa" in message
    with pytest.raises(ImportRejected):
        apply_import(ward=ward, source=data)
    assert not CapitalYear.objects.filter(project__ward=ward).exists()


def test_a_capital_heading_over_its_years_gives_each_column_its_year(ward):
    header = [["STT", "Tên dự án", "Kế hoạch vốn", None, "Chủ đầu tư"], [None, None, "Năm 2026", "Năm 2027", None]]
    data = workbook_bytes(
        [*TITLE, *header, [1, "Đường A", 100, 200, "UBND phường"]], merges=["A4:A5", "B4:B5", "C4:D4", "E4:E5"]
    )
    apply_import(ward=ward, source=data)
    assert {k: v[:2] for k, v in capital(ward).items()} == {
        ("Đường A", 2026): (Decimal(100), Decimal(0)),
        ("Đường A", 2027): (Decimal(200), Decimal(0)),
    }


def test_a_year_heading_over_plan_and_disbursement_gives_both_its_year(ward):
    header = [
        ["STT", "Tên dự án", "Năm 2026", None, "Năm 2027", None, "Chủ đầu tư"],
        [None, None, "Kế hoạch vốn", "Giải ngân", "Kế hoạch vốn", "Giải ngân", None],
    ]
    merges = ["A4:A5", "B4:B5", "C4:D4", "E4:F4", "G4:G5"]
    data = workbook_bytes([*TITLE, *header, [1, "Đường A", 100, 40, 200, 0, "UBND phường"]], merges=merges)
    preview = preview_import(ward=ward, source=data)
    assert preview.messages() == []
    apply_import(ward=ward, source=data)
    assert {k: v[:2] for k, v in capital(ward).items()} == {
        ("Đường A", 2026): (Decimal(100), Decimal(40)),
        ("Đường A", 2027): (Decimal(200), Decimal(0)),
    }


def test_a_disbursement_with_no_year_belongs_to_the_one_year_of_the_plan_column(ward):
    header = ["STT", "Tên dự án", "Kế hoạch vốn năm 2026", "Đã giải ngân", "Chủ đầu tư"]
    data = workbook_bytes([*TITLE, header, [1, "Đường A", 100, 40, "UBND phường"]])
    assert preview_import(ward=ward, source=data).warnings == []
    apply_import(ward=ward, source=data)
    assert {k: v[:2] for k, v in capital(ward).items()} == {("Đường A", 2026): (Decimal(100), Decimal(40))}


def test_a_capital_column_with_no_year_is_a_warning_naming_it_not_a_guess(ward):
    header = ["STT", "Tên dự án", "Tổng mức đầu tư", "Giải ngân", "Chủ đầu tư"]
    data = workbook_bytes([*TITLE, header, [1, "Đường A", 100, 40, "UBND phường"]])
    preview = preview_import(ward=ward, source=data)
    assert preview.messages() == []
    (warning,) = preview.warnings
    assert "“Giải ngân” (ô D4)" in warning and "không ghi năm" in warning
    apply_import(ward=ward, source=data)
    assert Project.objects.filter(name="Đường A").exists()
    assert not CapitalYear.objects.filter(project__ward=ward).exists()


def test_the_command_reads_and_writes_the_yearly_capital(ward, tmp_path):
    path = tmp_path / "pl2.xlsx"
    path.write_bytes(workbook_bytes(rows(ROAD)))
    out = io.StringIO()
    call_command("import_appendix", str(path), ward=ward.slug, dry_run=True, json=True, stdout=out)
    (sheet,) = json.loads(out.getvalue())["sheets"]
    (road,) = [r for r in sheet["rows"] if r["kind"] == "project"]
    assert road["capital"] == {
        "2026": {"planned": "1500", "disbursed": "600"},
        "2027": {"planned": "2000"},
    }
    assert not CapitalYear.objects.filter(project__ward=ward).exists()
    call_command("import_appendix", str(path), ward=ward.slug, stdout=io.StringIO())
    assert len(capital(ward)) == 2


def test_the_office_imports_the_yearly_capital_from_the_page(client, ward):
    alice = make_user(Profile.Role.FOLLOW_UP, ward=ward)
    client.force_login(alice)
    response = client.post(
        reverse("exchange:import", args=[ward.slug]),
        {"file": SimpleUploadedFile("pl2.xlsx", workbook_bytes(rows(ROAD))), "plan": "ke-hoach", "kind": ""},
    )
    preview = client.get(response["Location"])
    assert "vốn năm 2026: kế hoạch 1.500, giải ngân 600 triệu đồng" in preview.content.decode()
    assert not CapitalYear.objects.filter(project__ward=ward).exists()
    data = {"generation": preview.context["mapping_form"]["generation"].value()}
    confirm = client.post(response["Location"] + "confirm/", data)
    assert confirm.status_code == 302
    row = CapitalYear.objects.get(year=2026)
    assert (row.planned, row.disbursed, row.review_state) == (Decimal(1500), Decimal(600), ReviewState.APPROVED)
    assert row.history.first().history_user == alice


def test_the_capital_of_total_rows_is_checked_year_by_year_naming_the_cells(ward):
    """A "Cộng" under its group and a "Tổng cộng" at the foot are left out of the projects;
    each year's capital on them is checked against the rows, like the total investment (the
    second year's column too, not only the first column of its kind)."""
    header = ["STT", "Tên dự án", "Tổng mức đầu tư", "KH vốn 2026", "KH vốn 2027", "Giải ngân năm 2026", "Chủ đầu tư"]
    group = [["I", "Giao thông"], [1, "Đường A", 1000, 300, 400, 100, "UBND phường"]]
    group.append([2, "Đường B", 500, 200, 100, 50, "UBND phường"])
    right = [None, "Cộng nhóm I", 1500, 500, 500, 150, None]
    wrong = [None, "Tổng cộng", 1500, 500, 450, 160, None]  # 2027 adds up to 500, the disbursement to 150
    data = workbook_bytes([*TITLE, header, *group, right, wrong])
    preview = preview_import(ward=ward, source=data)
    assert preview.messages() == [] and preview.can_confirm
    plan_2027, disbursed = preview.warnings
    assert "Dòng 9 (Tổng cộng), ô E9, cột Kế hoạch vốn năm 2027: ghi 450, cộng các dòng được 500." in plan_2027
    assert "Dòng 9 (Tổng cộng), ô F9, cột Giải ngân năm 2026: ghi 160, cộng các dòng được 150." in disbursed
    assert [r.title for r in preview.rows if r.kind == "project"] == ["Đường A", "Đường B"]
    apply_import(ward=ward, source=data)
    assert {k: v[:2] for k, v in capital(ward).items()} == {
        ("Đường A", 2026): (Decimal(300), Decimal(100)),
        ("Đường A", 2027): (Decimal(400), Decimal(0)),
        ("Đường B", 2026): (Decimal(200), Decimal(50)),
        ("Đường B", 2027): (Decimal(100), Decimal(0)),
    }


def test_the_capital_of_a_total_that_adds_up_gives_no_warning(ward):
    header = ["STT", "Tên dự án", "KH vốn 2026", "KH vốn 2027", "Chủ đầu tư"]
    body = [[1, "Đường A", 300, "1.000,5", "UBND phường"], [2, "Đường B", 200, 0, "UBND phường"]]
    preview = preview_import(ward=ward, source=workbook_bytes([*TITLE, header, *body, [None, "Tổng số", 500, 1000.5]]))
    assert preview.warnings == [] and preview.messages() == []


SEVERAL_YEARS = ["STT", "Tên dự án", "KH vốn 2026", "KH vốn 2027", "Đã giải ngân", "Chủ đầu tư"]


def test_a_disbursement_with_no_year_beside_several_years_is_refused_naming_its_cells(ward):
    """ "Đã giải ngân" beside the plans of 2026 and 2027 could be either year (or a cumulative
    figure): the import is refused, naming the heading and the cells, until the office writes
    the year; then it imports."""
    body = [[1, "Đường A", 300, 400, 120, "UBND phường"], [2, "Đường B", 200, 100, 50, "UBND phường"]]
    data = workbook_bytes([*TITLE, SEVERAL_YEARS, *body])
    preview = preview_import(ward=ward, source=data)
    (message,) = preview.messages()
    assert "Cột “Đã giải ngân” (ô E4) không ghi năm, mà trang có kế hoạch vốn các năm 2026, 2027" in message
    assert "các ô E5, E6 là của năm nào" in message and "Giải ngân năm 2026" in message
    with pytest.raises(ImportRejected):
        apply_import(ward=ward, source=data)
    assert not Project.objects.filter(ward=ward).exists()

    fixed = [*SEVERAL_YEARS[:4], "Đã giải ngân năm 2026", "Chủ đầu tư"]
    apply_import(ward=ward, source=workbook_bytes([*TITLE, fixed, *body]))
    assert capital(ward)[("Đường A", 2026)][:2] == (Decimal(300), Decimal(120))
    assert capital(ward)[("Đường A", 2027)][:2] == (Decimal(400), Decimal(0))


def test_an_empty_disbursement_column_with_no_year_beside_several_years_is_only_said(ward):
    body = [[1, "Đường A", 300, 400, None, "UBND phường"]]
    preview = preview_import(ward=ward, source=workbook_bytes([*TITLE, SEVERAL_YEARS, *body]))
    assert preview.messages() == [] and preview.can_confirm
    (warning,) = preview.warnings
    assert "“Đã giải ngân” (ô E4) không ghi năm (trang có các năm 2026, 2027) và không có số nào" in warning


def test_a_disbursement_with_no_year_takes_the_one_capital_plan_year_whatever_other_columns_say():
    """Last year's disbursement beside this year's plan: the yearless "Đã giải ngân" is this
    year's (the plan's), not ambiguous."""
    from exchange.workbook_import.layouts import read_workbook

    header = ["STT", "Tên dự án", "Giải ngân năm 2025", "Kế hoạch vốn năm 2026", "Đã giải ngân", "Chủ đầu tư"]
    (sheet,) = read_workbook(workbook_bytes([*TITLE, header, [1, "Đường A", 80, 300, 120, "UBND phường"]]))
    assert sheet.warnings == []
    assert sheet.capital_columns == [("disbursed", 2025, 2), ("capital_plan", 2026, 3), ("disbursed", 2026, 4)]
    ((_path, item),) = sheet.walk()
    assert item.capital == {
        ("disbursed", 2025): ("C5", 80),
        ("capital_plan", 2026): ("D5", 300),
        ("disbursed", 2026): ("E5", 120),
    }
