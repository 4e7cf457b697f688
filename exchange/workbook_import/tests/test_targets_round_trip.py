"""Targets: the export read back by the importer unchanged, and a hand-made target sheet.

The export prints the programmes and key tasks above the targets as numbered rows merged
across the table ("1. Chương trình thực hiện…") under the Roman sections ("I. CÁC CHƯƠNG
TRÌNH"); the reader takes them as group rows one level below the numerals, and the importer
places them back under the plan items they came from (part B), not in a new appendix.
"""

import datetime as dt
import io
from decimal import Decimal

import openpyxl
import pytest

from exchange.workbook_export import exporting
from exchange.workbook_import.importing import apply_import, preview_import
from exchange.workbook_import.layouts import read_workbook
from exchange.workbook_import.tests.helpers import workbook_bytes
from plans.models import PlanItem
from portal.seeding import SeedReport, ensure_units
from portal.tests.factories import PlanFactory, WardFactory
from targets.models import Target, TargetMilestone

pytestmark = pytest.mark.django_db

FIELDS = ("statement", "position", "part", "measure", "direction", "value", "value_max", "unit", "horizon_year")


def snapshot(plan) -> dict:
    rows = Target.objects.filter(plan_item__plan=plan).values_list("pk", "plan_item_id", *FIELDS, "is_annual")
    return {row[0]: row[1:] for row in rows}


def exported_targets(ward) -> bytes:
    return exporting.workbook_bytes(exporting.export_targets(exporting.ward_queryset("targets", ward)))


def test_the_reader_takes_numbered_rows_merged_across_as_groups(bach_dang):
    sheet = read_workbook(exported_targets(bach_dang), kind="targets")[0]
    assert sheet.kind == "targets"
    assert [(g.number, g.title) for g in sheet.root.children] == [
        ("I", "CÁC CHƯƠNG TRÌNH"),
        ("III", "CÁC NHIỆM VỤ TRỌNG TÂM"),
    ]
    programmes = sheet.root.children[0].children
    assert [g.number for g in programmes] == ["1", "2", "3", "4", "5", "6"]
    assert programmes[1].title == "Chương trình phát triển kinh tế tư nhân"
    assert not [g for path in sheet.groups() for g in path if g.errors]
    assert sum(1 for _ in sheet.walk()) == 70
    assert not [i for _, i in sheet.walk() if i.errors]


def test_the_header_is_read_as_targets_without_being_told(bach_dang):
    """ "Nội dung đo" looks like a task heading ("Nội dung…"): the kind matching most headings wins."""
    sheet = read_workbook(exported_targets(bach_dang))[0]
    assert sheet.kind == "targets"
    assert {"statement", "measure", "direction", "value", "value_max", "unit", "year", "annual"} <= set(sheet.columns)


def test_the_export_of_bach_dangs_targets_imports_back_unchanged(bach_dang, plan_bd):
    before = snapshot(plan_bd)
    items_before = PlanItem.objects.filter(plan=plan_bd).count()
    data = exported_targets(bach_dang)

    preview = preview_import(ward=bach_dang, source=data, plan=plan_bd)
    assert preview.messages() == []
    assert preview.counts == {"unchanged": 70}
    assert {r.status for r in preview.rows} == {"unchanged"}  # the group rows too
    assert preview.kept == 0

    result = apply_import(ward=bach_dang, source=data, plan=plan_bd)
    assert result.counts == {"unchanged": 70}
    assert snapshot(plan_bd) == before
    assert PlanItem.objects.filter(plan=plan_bd).count() == items_before


def test_an_edited_target_export_updates_that_row_in_place(bach_dang, plan_bd):
    wb = openpyxl.load_workbook(io.BytesIO(exported_targets(bach_dang)))
    ws = wb.active
    row = next(r for r in range(1, ws.max_row + 1) if str(ws.cell(r, 2).value).startswith("Tỷ lệ phủ sóng 5G"))
    ws.cell(row, 5).value = 95
    ws.cell(row, 4).value = "Tối thiểu (≥)"
    out = io.BytesIO()
    wb.save(out)

    preview = preview_import(ward=bach_dang, source=out.getvalue(), plan=plan_bd)
    assert preview.counts == {"unchanged": 69, "updated": 1}
    assert next(r for r in preview.rows if r.status == "updated").row == row
    target = Target.objects.get(plan_item__plan=plan_bd, statement__startswith="Tỷ lệ phủ sóng 5G")
    apply_import(ward=bach_dang, source=out.getvalue(), plan=plan_bd)
    target.refresh_from_db()
    assert (target.direction, target.value) == ("at_least", Decimal(95))


def milestones_of(plan) -> dict:
    rows = TargetMilestone.objects.filter(target__plan_item__plan=plan).values_list("target_id", "year", "value")
    return {(target, year): value for target, year, value in rows}


def test_the_milestones_go_out_as_year_columns_and_come_back(bach_dang, plan_bd):
    """ "Năm 2026" … after the appendix's columns, one a year some target has a milestone of;
    read back (each row has its value and horizon year) they change nothing, and an edited
    or emptied cell changes or removes that milestone."""
    five_g, water = Target.objects.filter(plan_item__plan=plan_bd).exclude(direction="qualitative")[:2]
    TargetMilestone.objects.create(target=five_g, year=2026, value=Decimal("40.5"))
    TargetMilestone.objects.create(target=five_g, year=2028, value=Decimal("1250.5"))
    TargetMilestone.objects.create(target=water, year=2027, value=Decimal(90))
    before, milestones = snapshot(plan_bd), milestones_of(plan_bd)

    wb = openpyxl.load_workbook(io.BytesIO(exported_targets(bach_dang)))
    ws = wb.active
    header = next(r for r in range(1, ws.max_row + 1) if ws.cell(r, 1).value == "STT")
    headings = [ws.cell(header, c).value for c in range(1, ws.max_column + 1)]
    assert headings[8:14] == [
        "Hằng năm",
        "Thời gian hoàn thành",
        "Năm 2026",
        "Năm 2027",
        "Năm 2028",
        "Thực hiện mới nhất",
    ]
    row = next(
        r
        for r in range(header, ws.max_row + 1)
        if ws.cell(r, 2).value == five_g.statement and ws.cell(r, 3).value == five_g.measure
    )
    assert [ws.cell(row, c).value for c in (11, 12, 13)] == [Decimal("40.5"), None, Decimal("1250.5")]

    data = exported_targets(bach_dang)
    preview = preview_import(ward=bach_dang, source=data, plan=plan_bd)
    assert preview.messages() == [] and preview.counts == {"unchanged": 70}
    apply_import(ward=bach_dang, source=data, plan=plan_bd)
    assert (snapshot(plan_bd), milestones_of(plan_bd)) == (before, milestones)

    ws.cell(row, 11).value = None  # 2026 removed
    ws.cell(row, 12).value = "45,5"  # 2027 added, typed the Vietnamese way
    ws.cell(row, 13).value = 1300  # 2028 changed
    out = io.BytesIO()
    wb.save(out)
    preview = preview_import(ward=bach_dang, source=out.getvalue(), plan=plan_bd)
    assert preview.counts == {"unchanged": 69, "updated": 1}
    apply_import(ward=bach_dang, source=out.getvalue(), plan=plan_bd)
    assert {y: v for (t, y), v in milestones_of(plan_bd).items() if t == five_g.pk} == {
        2027: Decimal("45.5"),
        2028: Decimal(1300),
    }
    assert {y: v for (t, y), v in milestones_of(plan_bd).items() if t == water.pk} == {2027: Decimal(90)}
    assert snapshot(plan_bd) == before


TWO_PARTS = "Mỗi năm thành lập mới 3-5 doanh nghiệp; 100% hồ sơ giải quyết đúng hạn."
TARGET_SHEET = [
    ["CHỈ TIÊU PHÁT TRIỂN KINH TẾ - XÃ HỘI GIAI ĐOẠN 2026-2030"],
    [],
    ["STT", "Chỉ tiêu", "Giá trị", "Đơn vị tính", "Năm", "Ghi chú"],
    ["I. KINH TẾ"],
    [1, "Thu nhập bình quân đầu người tăng trên 10%/năm.", "trên 10", "%/năm", 2030, None],
    [2, "Có ít nhất 75,5% hộ kinh doanh nộp thuế điện tử.", "≥ 75,5", "%", 2028, "Theo Thuế cơ sở"],
    ["3.1", TWO_PARTS, "3-5", "doanh nghiệp", "2030", None],
    ["3.2", TWO_PARTS, "100%", None, 2030, None],
    ["II. XÃ HỘI"],
    [1, "Giữ vững danh hiệu phường văn hóa.", None, None, 2030, None],
    [2, "Tỷ lệ người dân tham gia bảo hiểm y tế đạt 98%.", 98, "%", 2030, None],
]


@pytest.fixture
def fresh():
    ward = WardFactory()
    ensure_units(SeedReport(), ward, [])
    return ward, PlanFactory(ward=ward)


def test_a_hand_made_target_sheet_imports_into_a_new_ward(fresh):
    ward, plan = fresh
    data = workbook_bytes(TARGET_SHEET, merges=["A4:F4", "A9:F9"], title="Chỉ tiêu")

    preview = preview_import(ward=ward, source=data)
    assert preview.messages() == []
    assert preview.counts == {"new": 6}
    assert [(r.kind, r.number) for r in preview.rows if r.kind == "group"] == [("group", "I"), ("group", "II")]

    result = apply_import(ward=ward, source=data)
    assert result.counts == {"new": 6}
    appendix = PlanItem.objects.get(plan=plan, parent=None)
    assert (appendix.kind, appendix.key) == ("appendix", "PL3")
    groups = PlanItem.objects.filter(plan=plan, parent=appendix).order_by("position")
    assert [(g.number, g.title) for g in groups] == [("I", "KINH TẾ"), ("II", "XÃ HỘI")]
    rows = list(
        Target.objects.filter(plan_item__plan=plan)
        .order_by("plan_item__tree_order", "position", "part")
        .values_list("plan_item__number", "position", "part", "direction", "value", "value_max", "unit", "horizon_year")
    )
    assert rows == [
        ("I", 0, 0, "more_than", Decimal(10), None, "%/năm", 2030),
        ("I", 1, 0, "at_least", Decimal("75.5"), None, "%", 2028),
        ("I", 2, 0, "exactly", Decimal(3), Decimal(5), "doanh nghiệp", 2030),
        ("I", 2, 1, "exactly", Decimal(100), None, "%", 2030),
        ("II", 0, 0, "qualitative", None, None, "", 2030),
        ("II", 1, 0, "exactly", Decimal(98), None, "%", 2030),
    ]

    again = preview_import(ward=ward, source=data)
    assert again.messages() == []
    assert again.counts == {"unchanged": 6}
    assert not again.changes_anything

    edited = [list(r) for r in TARGET_SHEET]
    edited[-1][2] = "trên 98"
    ids = set(Target.objects.filter(plan_item__plan=plan).values_list("pk", flat=True))
    result = apply_import(ward=ward, source=workbook_bytes(edited, merges=["A4:F4", "A9:F9"], title="Chỉ tiêu"))
    assert result.counts == {"unchanged": 5, "updated": 1}
    assert set(Target.objects.filter(plan_item__plan=plan).values_list("pk", flat=True)) == ids
    assert Target.objects.get(plan_item__plan=plan, statement__startswith="Tỷ lệ người dân").direction == "more_than"


def test_a_numbered_heading_alone_in_the_number_cell_is_a_group_merged_or_not():
    rows = [
        ["STT", "Chỉ tiêu", "Giá trị", "Đơn vị tính", "Năm"],
        ["1. Chương trình phát triển kinh tế tư nhân"],
        [1, "Có trên 20 doanh nghiệp trên 1.000 dân.", "trên 20", "doanh nghiệp", 2030],
        ["2) Chương trình chuyển đổi số"],
        ["1.1", "Tỷ lệ phủ sóng 5G đạt 100%.", 100, "%", 2030],
    ]
    sheet = read_workbook(workbook_bytes(rows, merges=["A2:E2"]), kind="targets")[0]
    assert [(g.number, g.title, len(g.items)) for g in sheet.root.children] == [
        ("1", "Chương trình phát triển kinh tế tư nhân", 1),
        ("2", "Chương trình chuyển đổi số", 1),
    ]
    assert not [i for _, i in sheet.walk() if i.errors]


UNIT_SHEET = [
    ["STT", "Nội dung chỉ tiêu", "Chỉ tiêu năm 2026", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành"],
    [1, "Tỷ lệ hộ gia đình văn hóa đạt 95%.", "95%", "Công an phường", "Các tổ dân phố; Trạm Y tế", "Quý III/2026"],
    [2, "Giữ vững phường văn hóa.", None, "Công an phường", None, "Năm 2026"],
]


def test_a_target_rows_partners_and_deadline_are_saved_and_go_out_and_back_unchanged(fresh):
    """ "Đơn vị phối hợp" and "Thời gian hoàn thành" of a target sheet are the target's: saved
    (the deadline with the day it falls due), written by the export, read back changing nothing."""
    ward, plan = fresh
    result = apply_import(ward=ward, source=workbook_bytes(UNIT_SHEET, title="Chỉ tiêu"))
    assert result.counts == {"new": 2}
    first, second = Target.objects.filter(plan_item__plan=plan).order_by("position")
    assert (first.deadline_text, first.deadline) == ("Quý III/2026", dt.date(2026, 9, 30))
    assert sorted(u.name for u in first.coordinating_units.all()) == ["Các tổ dân phố", "Trạm Y tế phường"]
    assert (second.deadline_text, second.deadline, second.coordinating_units.count()) == (
        "Năm 2026",
        dt.date(2026, 12, 31),
        0,
    )

    before = {t.pk: (t.deadline_text, t.deadline) for t in Target.objects.filter(plan_item__plan=plan)}
    data = exported_targets(ward)
    preview = preview_import(ward=ward, source=data, plan=plan)
    assert preview.messages() == [] and preview.counts == {"unchanged": 2}
    apply_import(ward=ward, source=data, plan=plan)
    assert {t.pk: (t.deadline_text, t.deadline) for t in Target.objects.filter(plan_item__plan=plan)} == before
    assert first.coordinating_units.count() == 2  # a sheet without the partners' column keeps them

    edited = [list(r) for r in UNIT_SHEET]
    edited[1][4], edited[1][5] = "Trạm Y tế", "Tháng 6/2026"
    preview = preview_import(ward=ward, source=workbook_bytes(edited, title="Chỉ tiêu"), plan=plan)
    assert preview.counts == {"unchanged": 1, "updated": 1}
    apply_import(ward=ward, source=workbook_bytes(edited, title="Chỉ tiêu"), plan=plan)
    first.refresh_from_db()
    assert (first.deadline_text, first.deadline) == ("Tháng 6/2026", dt.date(2026, 6, 30))
    assert [u.name for u in first.coordinating_units.all()] == ["Trạm Y tế phường"]
