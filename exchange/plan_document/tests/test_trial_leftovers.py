"""The leftovers of new-user trials 4–7 (docs/IMPORT_QUALITY.md, "Trial leftovers built"), each on
the smallest document that shows it."""

import datetime as dt

import pytest
from django.urls import reverse

from accounts.models import Profile
from exchange.models import PlanImport
from exchange.plan_document.prose_tasks import run_in_lead
from exchange.plan_document.reader import read_blocks
from exchange.plan_document.saving import save_proposal, unmatched_units
from exchange.plan_document.source import blocks_from_text
from exchange.plan_document.unit_duties import unit_section_tasks
from exchange.unit_mapping import CREATE
from portal.tests.factories import UnitFactory, WardFactory, make_user
from targets.models import Target

TARGET_TABLE = (
    "KẾ HOẠCH\n"
    "Xây dựng đô thị văn minh năm 2026\n"
    "I. CHỈ TIÊU NĂM 2026\n"
    "STT\tNội dung chỉ tiêu\tChỉ tiêu năm 2026\tĐơn vị chủ trì\tĐơn vị phối hợp\tThời gian hoàn thành\n"
    "1\tTỷ lệ hộ gia đình văn hóa\t95%\tỦy ban nhân dân phường\tCác phòng chuyên môn\tQuý III/2026\n"
)


@pytest.mark.django_db
def test_a_target_rows_deadline_is_saved_by_the_confirm_with_the_day_it_falls_due(ward):
    proposal = read_blocks(blocks_from_text(TARGET_TABLE))
    [target] = proposal["targets"]
    assert target["deadline_text"] == "Quý III/2026"

    plan = save_proposal(ward=ward, proposal=proposal)
    saved = Target.objects.get(plan_item__plan=plan)
    assert (saved.deadline_text, saved.deadline) == ("Quý III/2026", dt.date(2026, 9, 30))
    assert [u.name for u in saved.coordinating_units.all()] == ["Các phòng chuyên môn"]


UNKNOWN_PARTNER = TARGET_TABLE.replace("\tCác phòng chuyên môn\t", "\tHội Cựu chiến binh phường\t").replace(
    "\tỦy ban nhân dân phường\t", "\tBan Chỉ huy Quân sự phường\t"
)


@pytest.mark.django_db
def test_a_targets_unit_the_ward_lacks_is_asked_for_as_a_tasks_is_and_the_answer_kept(ward):
    proposal = read_blocks(blocks_from_text(UNKNOWN_PARTNER))
    place = ["Chỉ tiêu “Tỷ lệ hộ gia đình văn hóa”"]
    assert unmatched_units(ward, proposal) == {
        "Ban Chỉ huy Quân sự phường": place,
        "Hội Cựu chiến binh phường": place,
    }
    mapping = {"Ban Chỉ huy Quân sự phường": CREATE, "Hội Cựu chiến binh phường": CREATE}
    plan = save_proposal(ward=ward, proposal=proposal, unit_mapping=mapping)
    saved = Target.objects.get(plan_item__plan=plan)
    assert saved.responsible_unit.name == "Ban Chỉ huy Quân sự phường"
    assert [u.name for u in saved.coordinating_units.all()] == ["Hội Cựu chiến binh phường"]


@pytest.mark.django_db
def test_the_review_page_asks_for_a_targets_partner_the_ward_lacks(client):
    ward = WardFactory(slug="an-bien", name="An Biên")
    UnitFactory(ward=ward, name="Ủy ban nhân dân phường", short_name="UBND phường")
    client.force_login(make_user(Profile.Role.FOLLOW_UP, ward=ward))
    text = UNKNOWN_PARTNER.replace("\tBan Chỉ huy Quân sự phường\t", "\tỦy ban nhân dân phường\t")
    client.post(reverse("exchange:plan_import", kwargs={"ward": ward.slug}), {"text": text})
    row = PlanImport.objects.get(ward=ward)
    page = client.get(reverse("exchange:plan_import_review", kwargs={"ward": ward.slug, "token": row.token}))
    form = page.context["unit_form"]
    assert form.names == ["Hội Cựu chiến binh phường"]
    assert "Tỷ lệ hộ gia đình văn hóa" in form.fields["unit_0"].help_text


def test_a_signature_table_pasted_as_text_keeps_its_last_recipient_and_the_signers_first_title():
    """Word copies the borderless signature table's one row as its left cell's lines, a TAB, then
    its right cell's: the line "- Lưu: VT.⇥TM. ỦY BAN NHÂN DÂN" holds both columns."""
    text = (
        "KẾ HOẠCH\nCải cách hành chính năm 2026\nI. MỤC ĐÍCH\n1. Mục đích\nNội dung.\n"
        "Nơi nhận:\n- TT Đảng ủy, HĐND phường;\n- Các phòng, đơn vị;\n- Lưu: VT.\tTM. ỦY BAN NHÂN DÂN\n"
        "CHỦ TỊCH\n\n\nĐỗ Thị Lan\n"
    )
    header = read_blocks(blocks_from_text(text))["header"]
    assert header["recipients"] == "- TT Đảng ủy, HĐND phường;\n- Các phòng, đơn vị;\n- Lưu: VT."
    assert (header["signer_title"], header["signer_name"]) == ("TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH", "Đỗ Thị Lan")


RESOLUTION_WITHOUT_DATE = (
    "HỘI ĐỒNG NHÂN DÂN\nPHƯỜNG AN DƯƠNG\nSố: 12/NQ-HĐND\nNGHỊ QUYẾT\n"
    "Về Kế hoạch phát triển kinh tế - xã hội năm 2026\n"
    "HỘI ĐỒNG NHÂN DÂN PHƯỜNG AN DƯƠNG\nKHÓA I, KỲ HỌP THỨ TƯ\n"
    "Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;\n"
    "Xét Tờ trình số 85/TTr-UBND ngày 05/12/2025 của Ủy ban nhân dân phường về Kế hoạch phát triển kinh tế - "
    "xã hội năm 2026; Báo cáo thẩm tra của Ban Kinh tế - Xã hội; ý kiến thảo luận của đại biểu tại kỳ họp.\n"
    "QUYẾT NGHỊ:\n"
    "Điều 1. Thông qua Kế hoạch phát triển kinh tế - xã hội năm 2026\n"
    "1. Tỷ lệ hộ nghèo giảm còn dưới 1%.\n"
    "Điều 2. Hiệu lực thi hành\n"
    "Nghị quyết này đã được Hội đồng nhân dân phường An Dương khóa I, kỳ họp thứ Tư thông qua ngày "
    "15 tháng 12 năm 2025 và có hiệu lực kể từ ngày thông qua./.\n"
)


def test_a_resolutions_submission_is_a_basis_and_its_adoption_day_the_plans_date():
    header = read_blocks(blocks_from_text(RESOLUTION_WITHOUT_DATE))["header"]
    assert header["basis"] == [
        "Luật Tổ chức chính quyền địa phương số 72/2025/QH15",
        "Tờ trình số 85/TTr-UBND ngày 05/12/2025 của Ủy ban nhân dân phường về Kế hoạch phát triển kinh tế - xã hội "
        "năm 2026",
    ]
    assert "Xét Tờ trình số 85/TTr-UBND" in header["basis_text"]
    assert header["issued_on"] == "2025-12-15"


def test_a_date_in_the_header_stands_over_the_adoption_day():
    text = RESOLUTION_WITHOUT_DATE.replace("Số: 12/NQ-HĐND\n", "Số: 12/NQ-HĐND\nAn Dương, ngày 16 tháng 12 năm 2025\n")
    assert read_blocks(blocks_from_text(text))["header"]["issued_on"] == "2025-12-16"


@pytest.mark.parametrize(
    "phrase, partners",
    [
        ("phối hợp với Công an phường kiểm tra, xử lý vi phạm trật tự xây dựng", "Công an phường"),
        (
            "phối hợp với Trung tâm Dịch vụ sự nghiệp công tổ chức các hoạt động văn hóa",
            "Trung tâm Dịch vụ sự nghiệp công",
        ),
        ("phối hợp các đơn vị liên quan triển khai thực hiện", "các đơn vị liên quan"),
        ("phối hợp với các tổ dân phố", "các tổ dân phố"),
    ],
)
def test_a_run_in_assignment_and_a_units_line_read_their_partners_by_one_rule(phrase, partners):
    """ "chủ trì, phối hợp với X …": the run-in assignment of an item ("Giao Y chủ trì, …") and a
    unit's "- Chủ trì, …" line name the same partner (before, the run-in reader ran the partner on
    to "thực hiện" or the clause's end: "Công an phường kiểm tra, xử lý vi phạm …")."""
    assert run_in_lead(f"Giao Phòng Kinh tế, Hạ tầng và Đô thị chủ trì, {phrase}") == (
        "Phòng Kinh tế, Hạ tầng và Đô thị",
        partners,
    )
    [task] = unit_section_tasks("Phòng Kinh tế, Hạ tầng và Đô thị", f"- Chủ trì, {phrase}.")
    assert task.partners == partners
