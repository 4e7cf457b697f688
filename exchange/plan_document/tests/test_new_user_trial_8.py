"""Rules found by new-user trial 8 (``realistic_docs_8``), each on the smallest document that
shows it."""

import pytest

from exchange.plan_document.reader import read_blocks
from exchange.plan_document.source import blocks_from_text


def _read(text: str) -> dict:
    return read_blocks(blocks_from_text(text))


def test_a_committees_working_rules_are_a_basis():
    proposal = _read(
        "NGHỊ QUYẾT\n"
        "về lãnh đạo thực hiện nhiệm vụ năm 2026\n"
        "- Căn cứ Quy chế làm việc của Ban Chấp hành Đảng bộ phường khóa I, nhiệm kỳ 2025 - 2030;\n"
        "I. MỤC TIÊU\n"
        "Tỷ lệ hộ nghèo giảm còn dưới 0,5%.\n"
    )
    assert proposal["header"]["basis"] == [
        "Quy chế làm việc của Ban Chấp hành Đảng bộ phường khóa I, nhiệm kỳ 2025 - 2030"
    ]


def test_last_years_results_are_no_targets():
    proposal = _read(
        "I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2025\n"
        "Tổng thu ngân sách ước đạt 168,5 tỷ đồng, bằng 112% dự toán; tỷ lệ hộ nghèo giảm còn 0,62%.\n"
        "II. CHỈ TIÊU NĂM 2026\n"
        "- Tỷ lệ hộ nghèo giảm còn dưới 0,5%.\n"
    )
    assert [t["statement"] for t in proposal["targets"]] == ["Tỷ lệ hộ nghèo giảm còn dưới 0,5%."]


def test_items_counted_in_words_are_items_under_their_heading():
    proposal = _read(
        "III. NHIỆM VỤ TRỌNG TÂM VÀ KHÂU ĐỘT PHÁ\n"
        "1. Nhiệm vụ trọng tâm\n"
        "Thứ nhất, tập trung hoàn thiện hạ tầng đô thị.\n"
        "Thứ hai, đẩy mạnh cải cách hành chính.\n"
        "2. Khâu đột phá\n"
        "Thứ nhất, đột phá về giải phóng mặt bằng.\n"
    )
    items = {item["id"]: item for item in proposal["items"]}
    ordinals = [
        (i["number"], i["title"], items[i["parent"]]["number"]) for i in proposal["items"] if "Thứ" in i["number"]
    ]
    assert ordinals == [
        ("Thứ nhất", "tập trung hoàn thiện hạ tầng đô thị.", "1"),
        ("Thứ hai", "đẩy mạnh cải cách hành chính.", "1"),
        ("Thứ nhất", "đột phá về giải phóng mặt bằng.", "2"),
    ]
    assert {items[i["parent"]]["number"]: i["kind"] for i in proposal["items"] if "Thứ" in i["number"]} == {
        "1": "key_task",
        "2": "key_task",
    }


def test_a_figure_counted_in_words_under_a_targets_heading_is_a_target():
    proposal = _read("II. CHỈ TIÊU NĂM 2026\nThứ nhất, tỷ lệ hộ nghèo giảm còn dưới 0,5%.\n")
    assert [i["number"] for i in proposal["items"]] == ["II"]
    assert len(proposal["targets"]) == 1


def test_a_bullet_leading_into_a_list_is_no_group_and_its_lines_stay_in_the_body():
    proposal = _read(
        "III. NHIỆM VỤ, GIẢI PHÁP\n"
        "1. Công tác phòng ngừa\n"
        "a) Kiện toàn Ban Chỉ huy phòng, chống thiên tai\n"
        "- Ban hành quy chế hoạt động, trong đó quy định:\n"
        "+ Chế độ thông tin, báo cáo hằng ngày.\n"
        "b) Rà soát phương án ứng phó\n"
    )
    sub = next(item for item in proposal["items"] if item["number"] == "a")
    assert [item["number"] for item in proposal["items"]] == ["III", "1", "a", "b"]
    assert "trong đó quy định" in sub["body"] and "báo cáo hằng ngày" in sub["body"]


def test_a_task_tables_budget_and_its_source_are_the_tasks_resources():
    proposal = _read(
        "PHỤ LỤC\n"
        "TT\tNội dung công việc\tThời gian thực hiện\tĐơn vị chủ trì\tKinh phí dự kiến\tNguồn kinh phí\tGhi chú\n"
        "1\tMua sắm áo phao\tQuý II/2026\tCông an phường\t120\tNgân sách phường\tLồng ghép\n"
        "2\tHỗ trợ khắc phục hậu quả\tKhi có thiên tai\tCông an phường\t\tQuỹ phòng, chống thiên tai\t\n"
    )
    assert [(t["resources"], t["result"], t["period_text"]) for t in proposal["tasks"]] == [
        ("Kinh phí: 120; Nguồn kinh phí: Ngân sách phường", "", "Quý II/2026"),
        ("Nguồn kinh phí: Quỹ phòng, chống thiên tai", "", "Khi có thiên tai"),
    ]


@pytest.mark.django_db
def test_confirming_a_plan_saves_each_tasks_resources(tmp_path):
    from assignments.models import Task
    from exchange.plan_document.tests import trial3_checks as checks

    ward = checks.make_ward("Thiên Hương", "thien-huong", ["Công an phường"])
    path = tmp_path / "plan.txt"
    path.write_text(
        "KẾ HOẠCH\nPhòng, chống thiên tai năm 2026\n"
        "PHỤ LỤC\n"
        "TT\tNội dung công việc\tThời gian thực hiện\tĐơn vị chủ trì\tKinh phí dự kiến\tNguồn kinh phí\n"
        "1\tMua sắm áo phao\tQuý II/2026\tCông an phường\t120\tNgân sách phường\n",
        encoding="utf-8",
    )
    _data, status, printed = checks.run_command("import_plan", str(path), "--ward", ward.slug)
    assert status == 0, printed
    assert Task.objects.get(plan_item__plan__ward=ward).resources == "Kinh phí: 120; Nguồn kinh phí: Ngân sách phường"


@pytest.mark.django_db
def test_the_review_page_shows_a_tasks_resources_and_the_office_can_correct_them(client):
    from django.urls import reverse

    from accounts.models import Profile
    from assignments.models import Task
    from exchange.models import PlanImport
    from exchange.plan_document.tests import trial3_checks as checks
    from portal.tests.factories import make_user

    ward = checks.make_ward("Thiên Hương", "thien-huong", ["Công an phường"])
    client.force_login(make_user(Profile.Role.FOLLOW_UP, ward=ward))
    text = (
        "KẾ HOẠCH\nPhòng, chống thiên tai năm 2026\nPHỤ LỤC\n"
        "TT\tNội dung công việc\tThời gian thực hiện\tĐơn vị chủ trì\tKinh phí dự kiến\tNguồn kinh phí\n"
        "1\tMua sắm áo phao\tQuý II/2026\tCông an phường\t120\tNgân sách phường\n"
    )
    client.post(reverse("exchange:plan_import", kwargs={"ward": ward.slug}), {"text": text})
    row = PlanImport.objects.get(ward=ward)
    [task] = row.proposal["tasks"]
    page = client.get(reverse("exchange:plan_import_review", kwargs={"ward": ward.slug, "token": row.token}))
    assert "Kinh phí: 120; Nguồn kinh phí: Ngân sách phường" in page.content.decode()
    edit = reverse("exchange:plan_import_edit", kwargs={"ward": ward.slug, "token": row.token}) + f"?entry={task['id']}"
    form = client.get(edit).context["form"]
    assert form.initial["resources"] == "Kinh phí: 120; Nguồn kinh phí: Ngân sách phường"
    data = {**{k: v for k, v in form.initial.items() if v is not None}, "include": "on"}
    data["resources"] = "Kinh phí: 120 triệu đồng; Nguồn kinh phí: Ngân sách phường"
    assert client.post(edit, data).status_code == 302
    row.refresh_from_db()
    confirm = reverse("exchange:plan_import_confirm", kwargs={"ward": ward.slug, "token": row.token})
    assert client.post(confirm, {"version": row.version}).status_code == 302
    assert Task.objects.get(plan_item__plan__ward=ward).resources == data["resources"]
