"""Rules found by new-user trial 8 (``realistic_docs_8``), each on the smallest document that
shows it."""

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
