"""Bad input: a clear Vietnamese message, and nothing written."""

import io
import zipfile

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from assignments.models import Task
from exchange.workbook_import.importing import ImportRejected, apply_import, preview_import
from plans.models import PlanItem
from portal.seeding import SeedReport, ensure_units
from portal.tests.factories import PlanFactory, WardFactory

from .helpers import HEADER, task_rows, workbook_bytes

pytestmark = pytest.mark.django_db


@pytest.fixture
def plan():
    ward = WardFactory()
    ensure_units(SeedReport(), ward, [])
    return PlanFactory(ward=ward)


def refused(plan, data, message):
    preview = preview_import(ward=plan.ward, source=data)
    assert any(message in m for m in preview.messages()), preview.messages()
    with pytest.raises(ImportRejected):
        apply_import(ward=plan.ward, source=data)
    assert not PlanItem.objects.filter(plan=plan).exists()
    assert not Task.objects.for_ward(plan.ward).exists()
    return preview


def ole_file(streams: list[str]) -> bytes:
    """The start of a compound (OLE) file: what Excel writes for .xls and encrypted workbooks."""
    return b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504 + b"".join(s.encode("utf-16-le") for s in streams)


def test_a_file_that_is_not_a_workbook(plan):
    refused(
        plan, "STT;Nhiệm vụ\n1;Việc\n".encode(), "Tệp không phải sổ làm việc Excel (.xlsx, .xls) hay LibreOffice (.ods)"
    )


def test_a_renamed_file(plan):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr("word/document.xml", "<w:document/>")
    refused(plan, out.getvalue(), "Tệp .xlsx bị hỏng hoặc không đọc được")


def test_a_broken_file(plan):
    refused(plan, workbook_bytes(task_rows())[:2000], "Tệp .xlsx bị hỏng hoặc không đọc được")


def test_a_password_protected_workbook(plan):
    refused(plan, ole_file(["EncryptionInfo", "EncryptedPackage"]), "Tệp được đặt mật khẩu")


def test_a_broken_old_xls_workbook(plan):
    """An .xls is read (python-calamine); a broken one is refused with its format named."""
    refused(plan, ole_file(["Workbook"]), "Tệp .xls (Excel 97-2003) bị hỏng hoặc không đọc được")


def test_an_empty_sheet(plan):
    refused(plan, workbook_bytes([]), "Trang “Phụ lục 1”: Trang tính trống.")


def test_no_recognisable_header(plan):
    refused(plan, workbook_bytes([["Bảng kê"], ["a", "b", "c"], [1, 2, 3]]), "Không tìm thấy dòng tiêu đề cột")


def test_a_header_without_rows(plan):
    refused(plan, workbook_bytes([HEADER]), "không có dòng dữ liệu nào")


def test_a_sheet_over_the_row_limit(plan, settings):
    settings.IMPORT_MAX_ROWS = 10
    refused(plan, workbook_bytes(task_rows(50)), "quá giới hạn")


def test_formulas_are_refused(plan):
    rows = task_rows(2)
    rows[-1][0] = "=A6+1"
    refused(plan, workbook_bytes(rows), "Ô A7 chứa công thức (=A6+1)")


def test_a_formula_in_a_total_row_is_no_reason_to_refuse(plan):
    # "Tổng cộng" with =SUM(…) (trial 4's W6): the total row is left out of the rows, so its formula
    # is never read; a formula in a task row is still refused (above).
    rows = [*task_rows(2), ["", "Tổng cộng", "", "", "", "=SUM(F6:F7)"]]
    preview = preview_import(ward=plan.ward, source=workbook_bytes(rows))
    assert preview.can_confirm, preview.messages()
    apply_import(ward=plan.ward, source=workbook_bytes(rows))
    assert Task.objects.for_ward(plan.ward).count() == 2


def test_merged_cells_in_odd_places(plan):
    rows = task_rows(2)
    refused(plan, workbook_bytes(rows, merges=["C6:D6"]), "dòng 6: Ô gộp C6:D6 trải qua nhiều cột")


def test_an_unknown_unit_blocks_the_import_until_mapped(plan):
    rows = task_rows(1)
    rows[-1][2] = "Phòng Tài chính - Kế hoạch"
    preview = refused(plan, workbook_bytes(rows), "Không khớp đơn vị “Phòng Tài chính - Kế hoạch”")
    assert preview.unmatched_units == {"Phòng Tài chính - Kế hoạch": ["Phụ lục 1 dòng 6"]}
    apply_import(ward=plan.ward, source=workbook_bytes(rows), unit_mapping={"Phòng Tài chính - Kế hoạch": "new"})
    assert Task.objects.get(plan_item__plan=plan).lead_units[0].name == "Phòng Tài chính - Kế hoạch"


def test_an_unknown_ward_from_the_shell(tmp_path):
    path = tmp_path / "a.xlsx"
    path.write_bytes(workbook_bytes(task_rows()))
    with pytest.raises(CommandError, match="Không có phường mã “khong-co”"):
        call_command("import_appendix", str(path), ward="khong-co")


def test_the_command_exits_non_zero_on_errors_and_writes_nothing(plan, tmp_path):
    rows = task_rows(2)
    rows[-1][2] = ""
    path = tmp_path / "a.xlsx"
    path.write_bytes(workbook_bytes(rows))
    out, err = io.StringIO(), io.StringIO()
    with pytest.raises(CommandError, match="không ghi gì"):
        call_command("import_appendix", str(path), ward=plan.ward.slug, stdout=out, stderr=err)
    assert "Trang “Phụ lục 1”, dòng 7: Ô C7 trống: nhiệm vụ phải có đơn vị chủ trì." in err.getvalue()
    assert not Task.objects.for_ward(plan.ward).exists()


def test_the_command_writes_and_a_second_run_changes_nothing(plan, tmp_path):
    path = tmp_path / "a.xlsx"
    path.write_bytes(workbook_bytes(task_rows(3)))
    call_command("import_appendix", str(path), ward=plan.ward.slug, dry_run=True, stdout=io.StringIO())
    assert not Task.objects.for_ward(plan.ward).exists()
    out = io.StringIO()
    call_command("import_appendix", str(path), ward=plan.ward.slug, stdout=out)
    assert "Thêm mới 3" in out.getvalue()
    out = io.StringIO()
    call_command("import_appendix", str(path), ward=plan.ward.slug, stdout=out)
    assert "Thêm mới 0, cập nhật 0, không đổi 3" in out.getvalue()


def test_a_far_away_cell_is_refused_before_the_grid_is_built(plan):
    import openpyxl

    wb = openpyxl.load_workbook(io.BytesIO(workbook_bytes(task_rows())))
    wb.active["XFD1048576"] = "x"
    out = io.BytesIO()
    wb.save(out)
    assert len(out.getvalue()) < 20_000  # a small file that claims a huge sheet
    refused(plan, out.getvalue(), "XFD1048576")


def test_a_cell_too_long_is_refused_naming_the_cell(plan):
    rows = task_rows()
    rows[5][1] = "Nội dung " * 2000
    refused(plan, workbook_bytes(rows), "dài hơn 10.000 ký tự")


def test_a_package_that_unzips_too_large_is_refused_before_reading(plan, monkeypatch):
    from exchange.workbook_import import layouts

    monkeypatch.setattr(layouts, "MAX_UNZIPPED_BYTES", 1000)
    refused(plan, workbook_bytes(task_rows()), "Tệp giải nén ra quá lớn")


def test_an_entity_bomb_is_refused(plan):
    """A worksheet with a billion-laughs DTD: defusedxml (used by openpyxl once installed) stops it."""
    data = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(workbook_bytes(task_rows()))) as src, zipfile.ZipFile(data, "w") as dst:
        for item in src.infolist():
            content = src.read(item.filename)
            if item.filename.endswith("sheet1.xml"):
                bomb = b'<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>'
                if content.startswith(b"<?xml"):
                    head, _, rest = content.partition(b"?>")
                    content = head + b"?>" + bomb + rest
                else:
                    content = b'<?xml version="1.0" encoding="UTF-8"?>' + bomb + content
            dst.writestr(item, content)
    refused(plan, data.getvalue(), "Tệp .xlsx bị hỏng hoặc không đọc được")


def test_decomposed_unicode_imports_like_composed(plan):
    import unicodedata

    composed = preview_import(ward=plan.ward, source=workbook_bytes(task_rows()))
    nfd_rows = [[unicodedata.normalize("NFD", v) if isinstance(v, str) else v for v in row] for row in task_rows()]
    decomposed = preview_import(ward=plan.ward, source=workbook_bytes(nfd_rows))
    assert decomposed.messages() == composed.messages()
    assert decomposed.unmatched_units == composed.unmatched_units
    assert [(r.sheet, r.row, r.status) for r in decomposed.rows] == [(r.sheet, r.row, r.status) for r in composed.rows]
    assert not decomposed.has_errors


def rewritten_sheet(data: bytes, change) -> bytes:
    """``data`` with its first worksheet's XML passed through ``change`` (bytes → bytes)."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            content = src.read(item.filename)
            dst.writestr(item, change(content) if item.filename.endswith("sheet1.xml") else content)
    return out.getvalue()


@pytest.fixture
def no_grid(monkeypatch):
    """openpyxl must not be asked to build the sheet: the size is refused from the package."""
    import openpyxl

    def refuse(*args, **kwargs):
        raise AssertionError("openpyxl.load_workbook was called")

    monkeypatch.setattr(openpyxl, "load_workbook", refuse)


def test_a_sheet_declaring_a_million_rows_is_refused_before_openpyxl_loads_it(plan, no_grid):
    import re

    declared = b'<dimension ref="A1:F1000000"'
    data = rewritten_sheet(workbook_bytes(task_rows()), lambda xml: re.sub(rb'<dimension ref="[^"]*"', declared, xml))
    assert len(data) < 20_000
    preview = refused(plan, data, "F1000000")
    assert "quá lớn để nạp" in preview.messages()[0]


def test_a_far_away_cell_under_a_small_declared_dimension_is_refused_from_the_stream(plan, no_grid):
    far = b'<row r="900000"><c r="XFD900000" t="inlineStr"><is><t>x</t></is></c></row></sheetData>'
    data = rewritten_sheet(workbook_bytes(task_rows()), lambda xml: xml.replace(b"</sheetData>", far))
    refused(plan, data, "XFD900000")


def test_too_many_rows_are_refused_from_the_stream(plan, no_grid, settings):
    settings.IMPORT_MAX_ROWS = 5
    refused(plan, workbook_bytes(task_rows(60)), "Trang tính có hơn 5 dòng")


def with_part(data: bytes, name: str, content: bytes) -> bytes:
    """``data`` with its part ``name`` replaced by (or added as) ``content``, declared in the manifest."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            if item.filename == name:
                continue
            part = src.read(item.filename)
            if item.filename == "[Content_Types].xml" and name.encode() not in part:
                override = f'<Override PartName="/{name}" ContentType="application/vnd.openxmlformats-officedocument.'
                override += 'spreadsheetml.sharedStrings+xml"/></Types>'
                part = part.replace(b"</Types>", override.encode())
            dst.writestr(item, part)
        dst.writestr(name, content)
    return out.getvalue()


MAIN_NS = b'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'


def test_a_small_workbook_with_too_many_shared_strings_is_refused_before_openpyxl_reads_them(plan, no_grid):
    """A 200 KB package whose shared-strings part unzips to 15 MB of 700,000 strings (openpyxl
    would take about half a minute over them): refused from the stream."""
    strings = b"<sst " + MAIN_NS + b">" + b"<si><t>x</t></si>" * 700_000 + b"</sst>"
    data = with_part(workbook_bytes(task_rows()), "xl/sharedStrings.xml", strings)
    assert len(data) < 200_000
    preview = refused(plan, data, "Tệp chứa quá nhiều chữ (hơn 100.000 đoạn chữ khác nhau")
    assert "sổ làm việc mới" in preview.messages()[0]


def test_a_declared_string_count_over_the_limit_is_refused_at_once(plan, no_grid):
    strings = b'<sst uniqueCount="5000000" ' + MAIN_NS + b"><si><t>x</t></si></sst>"
    refused(plan, with_part(workbook_bytes(task_rows()), "xl/sharedStrings.xml", strings), "Tệp chứa quá nhiều chữ")


def test_shared_strings_with_too_many_characters_are_refused(plan, no_grid, monkeypatch):
    from exchange.workbook_import import layouts

    monkeypatch.setattr(layouts, "MAX_SHARED_CHARS", 50_000)
    strings = b"<sst " + MAIN_NS + b">" + b"<si><t>" + b"y" * 60_000 + b"</t></si></sst>"
    refused(plan, with_part(workbook_bytes(task_rows()), "xl/sharedStrings.xml", strings), "hoặc 50.000 ký tự")


def test_a_styles_part_with_tens_of_thousands_of_cell_styles_is_refused(plan, no_grid):
    """64,000 cell styles (Excel's own ceiling) in a 15 KB file hold openpyxl 10 s."""
    xfs = b'<xf numFmtId="0" fontId="0"><alignment wrapText="1"/></xf>' * 64_000
    styles = b"<styleSheet " + MAIN_NS + b'><cellXfs count="64000">' + xfs + b"</cellXfs></styleSheet>"
    data = with_part(workbook_bytes(task_rows()), "xl/styles.xml", styles)
    assert len(data) < 30_000
    refused(plan, data, "quá nhiều định dạng, ghi chú hoặc hình vẽ (phần “xl/styles.xml”)")


def declared_size(data: bytes, name: str, size: int) -> bytes:
    """``data`` with the size its central directory declares for ``name`` set to ``size``."""
    data = bytearray(data)
    end = data.rfind(b"PK\x05\x06")
    offset = int.from_bytes(data[end + 16 : end + 20], "little")
    while data[offset : offset + 4] == b"PK\x01\x02":
        lengths = [int.from_bytes(data[offset + i : offset + i + 2], "little") for i in (28, 30, 32)]
        if data[offset + 46 : offset + 46 + lengths[0]] == name.encode():
            data[offset + 24 : offset + 28] = size.to_bytes(4, "little")
            return bytes(data)
        offset += 46 + sum(lengths)
    raise AssertionError(name)


def test_a_shared_strings_part_that_unzips_past_its_declared_size_is_refused(plan):
    """A zip bomb that lies about its size passes the unzipped-size check, but is read only as
    far as it declares."""
    strings = b"<sst " + MAIN_NS + b">" + b"<si><t>x</t></si>" * 50_000 + b"</sst>"
    data = declared_size(
        with_part(workbook_bytes(task_rows()), "xl/sharedStrings.xml", strings), "xl/sharedStrings.xml", 1000
    )
    refused(plan, data, "Tệp .xlsx bị hỏng hoặc không đọc được")


def test_a_workbook_formatted_as_offices_do_still_imports(plan):
    """Fonts, borders, wrapped text and a comment on every row stay well within the limits."""
    import openpyxl
    from openpyxl.comments import Comment
    from openpyxl.styles import Alignment, Border, Font, Side

    wb = openpyxl.load_workbook(io.BytesIO(workbook_bytes(task_rows(300))))
    ws = wb.active
    thin = Side(style="thin")
    for r, row in enumerate(ws.iter_rows(min_row=4), start=4):
        for cell in row:
            cell.border = Border(left=thin, right=thin, top=thin, bottom=thin)
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            cell.font = Font(name="Times New Roman", size=12 + r % 3, bold=r == 4)
        row[1].comment = Comment(f"Ghi chú dòng {r}", "Văn phòng")
    out = io.BytesIO()
    wb.save(out)
    preview = preview_import(ward=plan.ward, source=out.getvalue())
    assert not preview.has_errors and preview.counts["new"] == 300


def test_an_entity_bomb_in_the_styles_is_refused(plan, no_grid):
    bomb = b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;">]>'
    styles = bomb + b"<styleSheet " + MAIN_NS + b"><numFmts><numFmt formatCode='&b;'/></numFmts></styleSheet>"
    refused(
        plan, with_part(workbook_bytes(task_rows()), "xl/styles.xml", styles), "Tệp .xlsx bị hỏng hoặc không đọc được"
    )


def test_a_merged_range_over_half_a_million_cells_is_refused_before_openpyxl_builds_them(plan, no_grid):
    """openpyxl makes an object for every cell a merge covers: A1:Z20000 in a 5 KB file took 18 s."""
    merge = b'</sheetData><mergeCells count="1"><mergeCell ref="A1:Z20000"/></mergeCells>'
    data = rewritten_sheet(workbook_bytes(task_rows()), lambda xml: xml.replace(b"</sheetData>", merge))
    preview = refused(
        plan, data, "Trang tính có quá nhiều ô gộp hoặc ô gắn liên kết (hơn 100.000 ô, đến vùng A1:Z20000)"
    )
    assert "Hãy bỏ gộp ô" in preview.messages()[0]


def test_a_hyperlink_over_a_far_range_is_refused_naming_its_last_cell(plan, no_grid):
    link = b'</sheetData><hyperlinks><hyperlink ref="A1:XFD1048576" display="x"/></hyperlinks>'
    data = rewritten_sheet(workbook_bytes(task_rows()), lambda xml: xml.replace(b"</sheetData>", link))
    refused(plan, data, "kéo dài đến ô XFD1048576")


def test_a_hundred_thousand_empty_formatted_rows_are_refused_from_the_stream(plan, no_grid):
    empty = b"".join(b'<row r="%d" ht="20" customHeight="1"/>' % r for r in range(100, 100_200))
    data = rewritten_sheet(
        workbook_bytes(task_rows()), lambda xml: xml.replace(b"</sheetData>", empty + b"</sheetData>")
    )
    refused(plan, data, "kéo dài đến ô A100")


def test_tens_of_thousands_of_validations_in_a_sheet_are_refused(plan, no_grid):
    rules = b'<dataValidation type="list" sqref="B5"><formula1>"a,b"</formula1></dataValidation>' * 20_000
    extra = b"</sheetData><dataValidations>" + rules + b"</dataValidations>"
    data = rewritten_sheet(workbook_bytes(task_rows()), lambda xml: xml.replace(b"</sheetData>", extra))
    refused(plan, data, "(phần “xl/worksheets/sheet1.xml”)")
