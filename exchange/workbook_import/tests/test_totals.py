"""Total and subtotal rows kept as a check that the figures add up (``workbook_import.totals``):
the rule on grids, then through ``import_appendix --dry-run --json`` and the import page, with
an .xlsx whose "Tổng cộng" is =SUM(…) with and without the value Excel saved with it."""

import io
import json
import re
import zipfile

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.urls import reverse

from accounts.models import Profile
from exchange.workbook_import.layouts import read_grid
from exchange.workbook_import.totals import total_kind
from portal.tests.factories import make_user

from .helpers import workbook_bytes

HEADER = ["STT", "Tên dự án", "Địa điểm", "Tổng mức đầu tư (triệu đồng)", "KH vốn 2026", "Chủ đầu tư"]
GROUP_A = [
    ["A", "Dự án chuyển tiếp", None, None, None, None],
    [1, "Đường Trần Phú", "Tổ 3", "12.500", 2000, "UBND phường"],
    [2, "Nhà văn hóa tổ 5", "Tổ 5", "1.250,5", 500, "UBND phường"],
]
GROUP_B = [
    ["B", "Dự án khởi công mới", None, None, None, None],
    [1, "Trường mầm non", "Tổ 7", 10000, 1000, "UBND phường"],
    [2, "Chợ phường", "Tổ 8", 11000, 1500, "UBND phường"],
]


def warnings_of(grid) -> list[str]:
    return read_grid("Dự án", [list(r) for r in grid], []).warnings


def projects(cong_a="13.750,5", cong_b="21.000", grand="34.750,5", capital=(2500, 2500, 5000)):
    return [
        HEADER,
        *GROUP_A,
        [None, "Cộng", None, cong_a, capital[0], None],
        *GROUP_B,
        [None, "Cộng", None, cong_b, capital[1], None],
        [None, "Tổng cộng", None, grand, capital[2], None],
    ]


def test_the_labels_of_total_rows():
    assert total_kind("Tổng cộng") == ("grand", "")
    assert total_kind("TỔNG SỐ") == ("grand", "")
    assert total_kind("Tổng: 14 dự án") == ("grand", "")
    assert total_kind("Cộng") == ("subtotal", "")
    assert total_kind("Cộng nhóm I") == ("subtotal", "i")
    assert total_kind("Cộng (A)") == ("subtotal", "a")
    assert total_kind("Trong đó:") == ("part", "")
    assert total_kind("- Vốn ngân sách phường") == ("part", "")


def test_figures_that_add_up_say_nothing():
    """Subtotals against their group's rows, the grand total against all rows; figures typed
    the Vietnamese way ("12.500", "1.250,5") beside real numbers."""
    assert warnings_of(projects()) == []


def test_a_subtotal_mistyped_is_named_once():
    """The grand total equals the rows (and not the subtotals as printed): only the subtotal
    is wrong, and only it is named."""
    (warning,) = warnings_of(projects(cong_b="20.500"))
    assert warning.startswith(
        "Dòng 9 (Cộng), ô D9, cột Tổng mức đầu tư: ghi 20.500, cộng các dòng được 21.000. Các dòng vẫn được nạp"
    )


def test_a_grand_total_is_checked_against_all_rows_or_the_subtotals_it_is_made_of():
    # 34.250,5 is the subtotals as printed (13.750,5 + 20.500): the subtotal's warning says it all.
    assert len(warnings_of(projects(cong_b="20.500", grand="34.250,5"))) == 1
    (warning,) = warnings_of(projects(grand="25.000"))
    assert "Dòng 10 (Tổng cộng), ô D10, cột Tổng mức đầu tư: ghi 25.000, cộng các dòng được 34.750,5." in warning


def test_each_years_capital_column_is_checked_too():
    (warning,) = warnings_of(projects(capital=(2500, 2500, 4000)))
    assert "ô E10, cột Kế hoạch vốn năm 2026: ghi 4.000, cộng các dòng được 5.000." in warning


def test_the_tolerance_is_one_unit_of_the_last_printed_decimal():
    # 12.500 + 1.250,5 = 13.750,5: "13.751" is within one unit, "13.750,7" is not within 0,1.
    assert warnings_of(projects(cong_a="13.751", grand="34.751")) == []
    (warning,) = warnings_of(projects(cong_a="13.750,7", grand="34.750,7"))
    assert "Dòng 5 (Cộng), ô D5, cột Tổng mức đầu tư: ghi 13.750,7, cộng các dòng được 13.750,5." in warning


def test_a_bare_subtotal_covers_the_rows_since_the_last_total_without_group_headings():
    grid = [
        ["STT", "Tên dự án", "Tổng mức đầu tư", "Chủ đầu tư"],
        [1, "Dự án 1", 100, "UBND phường"],
        [2, "Dự án 2", 200, "UBND phường"],
        [None, "Cộng", 300, None],
        [3, "Dự án 3", 400, "UBND phường"],
        [None, "Cộng", 500, None],  # 400
        [None, "Tổng cộng", 700, None],
    ]
    (warning,) = warnings_of(grid)
    assert warning.startswith("Dòng 6 (Cộng), ô C6, cột Tổng mức đầu tư: ghi 500, cộng các dòng được 400.")


def test_a_project_and_its_components_are_not_added_twice():
    grid = [
        ["STT", "Tên dự án", "Tổng mức đầu tư", "Chủ đầu tư"],
        [1, "Khu tái định cư", 1000, "UBND phường"],
        ["1.1", "Hạ tầng kỹ thuật", 600, "UBND phường"],
        ["1.2", "Nhà ở", 400, "UBND phường"],
        [2, "Đường ven sông", 500, "UBND phường"],
        ["2.1", "Kè", 200, "UBND phường"],  # 2 prints its own figure: its parts are not added
        [None, "Tổng cộng", 1500, None],
    ]
    assert warnings_of(grid) == []


def test_no_total_row_or_a_share_column_gives_no_warning():
    no_totals = [HEADER, *GROUP_A, *GROUP_B]
    assert warnings_of(no_totals) == []
    shares = [
        ["STT", "Tên dự án", "Tổng mức đầu tư", "Tỷ lệ giải ngân (%)", "Chủ đầu tư"],
        [1, "Dự án 1", 100, 50, "UBND phường"],
        [2, "Dự án 2", 300, 90, "UBND phường"],
        [None, "Tổng cộng", 400, 80, None],  # a rate of the whole, not a sum
    ]
    assert warnings_of(shares) == []


def test_a_sheet_wrong_throughout_is_said_so_once_past_twenty_places():
    grid = [["STT", "Tên dự án", "Tổng mức đầu tư", "Chủ đầu tư"]]
    for i in range(30):
        grid += [[i + 1, f"Dự án {i + 1}", 100, "UBND phường"], [None, "Cộng", 300, None]]
    warnings = warnings_of(grid)
    assert len(warnings) == 21
    assert warnings[-1].startswith("Còn những dòng tổng khác không khớp (hơn 20 chỗ)")


# --- through the workbook: a =SUM(…) total with and without its saved value -----------------

TITLE = [["PHỤ LỤC 2"], ["DANH MỤC DỰ ÁN"], []]


def formula_workbook(saved: dict[str, object] | None = None) -> bytes:
    """The projects with "Tổng cộng" as =SUM(D5:D10) and =SUM(E5:E10) (no subtotals), as openpyxl
    writes it: no saved value; ``saved`` puts in the values Excel would have saved ("D11": 24500)."""
    rows = [*TITLE, HEADER, *GROUP_A, *GROUP_B, [None, "Tổng cộng", None, "=SUM(D5:D10)", "=SUM(E5:E10)", None]]
    data = workbook_bytes(rows, title="Dự án")
    if not saved:
        return data
    source, out = zipfile.ZipFile(io.BytesIO(data)), io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            part = source.read(info.filename)
            if info.filename == "xl/worksheets/sheet1.xml":
                xml = part.decode()
                for cell, value in saved.items():
                    xml, n = re.subn(rf'(<c r="{cell}"[^>]*><f>[^<]*</f>)<v\s*(?:/>|></v>)', rf"\1<v>{value}</v>", xml)
                    assert n == 1, cell
                part = xml.encode()
            target.writestr(info, part)
    return out.getvalue()


def dry_run(ward, tmp_path, data: bytes):
    path = tmp_path / "pl2.xlsx"
    path.write_bytes(data)
    out = io.StringIO()
    call_command("import_appendix", str(path), ward=ward.slug, plan="ke-hoach", dry_run=True, json=True, stdout=out)
    return json.loads(out.getvalue())


@pytest.mark.django_db
def test_a_sum_formula_is_checked_by_its_saved_value(ward, tmp_path):
    # The rows add up to 34.750,5 and 5.000: Excel saved 24.500 (a row typed after the range was
    # set, say) and 5.000.
    report = dry_run(ward, tmp_path, formula_workbook({"D11": 24500, "E11": 5000}))
    assert report["can_import"] and report["errors"] == []
    assert report["warnings"] == [
        "Trang “Dự án”: Dòng 11 (Tổng cộng), ô D11, cột Tổng mức đầu tư: ghi 24.500, cộng các dòng được "
        "34.750,5. Các dòng vẫn được nạp như trong tệp; hãy kiểm tra lại số liệu."
    ]
    names = [r["name"] for r in report["sheets"][0]["rows"] if r["kind"] == "project"]
    assert names == ["Đường Trần Phú", "Nhà văn hóa tổ 5", "Trường mầm non", "Chợ phường"]
    assert dry_run(ward, tmp_path, formula_workbook({"D11": 34750.5, "E11": 5000}))["warnings"] == []


@pytest.mark.django_db
def test_a_sum_formula_without_a_saved_value_is_not_checked(ward, tmp_path):
    report = dry_run(ward, tmp_path, formula_workbook())
    assert report["can_import"] and report["warnings"] == []


@pytest.mark.django_db
def test_the_import_page_shows_a_total_that_does_not_add_up(client, ward):
    client.force_login(make_user(Profile.Role.FOLLOW_UP, ward=ward))
    upload = SimpleUploadedFile("pl2.xlsx", formula_workbook({"D11": 24500, "E11": 5000}))
    response = client.post(reverse("exchange:import", args=[ward.slug]), {"file": upload, "plan": "ke-hoach"})
    page = client.get(response["Location"]).content.decode()
    assert 'data-testid="import-warnings"' in page
    assert "Dòng 11 (Tổng cộng), ô D11, cột Tổng mức đầu tư: ghi 24.500, cộng các dòng được 34.750,5." in page
