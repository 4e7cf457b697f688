"""Rules found by new-user trial 9 (``realistic_docs_9``), each on the smallest document that
shows it."""

from exchange.plan_document.reader import read_blocks
from exchange.plan_document.source import blocks_from_text


def _read(text: str) -> dict:
    return read_blocks(blocks_from_text(text))


def _tree(proposal: dict) -> list[tuple[str, str, str | None]]:
    items = {item["id"]: item for item in proposal["items"]}
    return [
        (i["number"], i["title"], items[i["parent"]]["number"] if i.get("parent") else None) for i in proposal["items"]
    ]


def test_a_part_numbered_in_words_is_titled_by_the_capitals_under_it():
    proposal = _read(
        "Phần thứ nhất\n"
        "MỤC ĐÍCH, YÊU CẦU VÀ CHỈ TIÊU\n"
        "I. MỤC ĐÍCH, YÊU CẦU\n"
        "- Nâng cao chất lượng phục vụ người dân.\n"
        "Phần thứ hai\n"
        "NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN\n"
        "I. NHIỆM VỤ CỤ THỂ\n"
        "1. Rà soát thủ tục hành chính.\n"
    )
    assert _tree(proposal) == [
        ("Phần thứ nhất", "MỤC ĐÍCH, YÊU CẦU VÀ CHỈ TIÊU", None),
        ("I", "MỤC ĐÍCH, YÊU CẦU", "Phần thứ nhất"),
        ("Phần thứ hai", "NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN", None),
        ("I", "NHIỆM VỤ CỤ THỂ", "Phần thứ hai"),
        ("1", "Rà soát thủ tục hành chính.", "I"),
    ]


def test_a_part_that_names_its_targets_holds_them_and_its_purposes_stay_no_targets():
    proposal = _read(
        "PHẦN THỨ NHẤT. MỤC ĐÍCH, YÊU CẦU VÀ CHỈ TIÊU\n"
        "I. MỤC ĐÍCH, YÊU CẦU\n"
        "- 100% cán bộ được quán triệt nội dung Kế hoạch.\n"
        "II. CHỈ TIÊU\n"
        "- Tỷ lệ hồ sơ giải quyết đúng hạn đạt từ 98% trở lên.\n"
        "- Mức độ hài lòng của người dân đạt trên 90%.\n"
    )
    assert [t["statement"] for t in proposal["targets"]] == [
        "Tỷ lệ hồ sơ giải quyết đúng hạn đạt từ 98% trở lên.",
        "Mức độ hài lòng của người dân đạt trên 90%.",
    ]


def test_a_result_part_that_names_targets_still_gives_none():
    proposal = _read("I. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU NĂM 2025\n- Tỷ lệ hộ nghèo giảm còn 0,62%.\n")
    assert proposal["targets"] == []


def test_an_assignment_in_brackets_at_the_end_of_a_task_is_its_lead_partners_and_period():
    proposal = _read(
        "II. NHIỆM VỤ CỤ THỂ\n"
        "1. Tuyên truyền, hướng dẫn người dân sử dụng dịch vụ công trực tuyến (Giao: Phòng Văn hóa - Xã hội "
        "chủ trì, phối hợp Công an phường, Đoàn Thanh niên phường; thời gian: thường xuyên).\n"
        "2. Số hóa hồ sơ còn hiệu lực (Giao: Trung tâm Dịch vụ sự nghiệp công chủ trì; thời gian: trước 30/6/2026).\n"
    )
    titles = [item["title"] for item in proposal["items"] if item["number"] in ("1", "2")]
    assert titles == ["Tuyên truyền, hướng dẫn người dân sử dụng dịch vụ công trực tuyến", "Số hóa hồ sơ còn hiệu lực"]
    assert [(t["lead_text"], t["coordination_text"], t["period_text"]) for t in proposal["tasks"]] == [
        ("Phòng Văn hóa - Xã hội", "Công an phường, Đoàn Thanh niên phường", "thường xuyên"),
        ("Trung tâm Dịch vụ sự nghiệp công", "", "trước 30/6/2026"),
    ]


def test_a_bracket_that_assigns_nothing_stays_in_the_title():
    proposal = _read("II. NHIỆM VỤ\n1. Tổ chức Hội nghị tổng kết (có đại diện các tổ dân phố tham dự).\n")
    assert [i["title"] for i in proposal["items"] if i["number"] == "1"] == [
        "Tổ chức Hội nghị tổng kết (có đại diện các tổ dân phố tham dự)."
    ]


def test_a_note_is_no_target_and_stays_in_the_body():
    proposal = _read(
        "II. CHỈ TIÊU\n"
        "- Tỷ lệ hồ sơ giải quyết đúng hạn đạt từ 98% trở lên.\n"
        "Ghi chú: năm 2025 tỷ lệ hồ sơ giải quyết đúng hạn của phường đạt 96,4%.\n"
    )
    assert [t["statement"] for t in proposal["targets"]] == ["Tỷ lệ hồ sơ giải quyết đúng hạn đạt từ 98% trở lên."]
    assert "96,4%" in proposal["items"][0]["body"]


def test_the_reporting_rule_is_no_target():
    proposal = _read(
        "II. CHẾ ĐỘ BÁO CÁO\n"
        "Các đơn vị báo cáo kết quả thực hiện về Ủy ban nhân dân phường trước ngày 15 của tháng cuối quý.\n"
    )
    assert proposal["targets"] == []


def test_a_month_row_groups_the_tasks_below_it_and_is_their_period():
    proposal = _read(
        "II. NỘI DUNG CHƯƠNG TRÌNH\n"
        "TT\tNội dung\tCơ quan chủ trì\tCơ quan phối hợp\tGhi chú\n"
        "Tháng 01\n"
        "1\tKế hoạch tổ chức Tết Nguyên đán\tPhòng Văn hóa - Xã hội\tCông an phường\t\n"
        "Quý II/2026\n"
        "2\tĐề án chỉnh trang đô thị\tPhòng Kinh tế, Hạ tầng và Đô thị\t\t\n"
    )
    groups = {i["id"]: i["title"] for i in proposal["items"] if i["kind"] == "group"}
    assert [(t["number"], t["period_text"], groups.get(t["item"])) for t in proposal["tasks"]] == [
        ("1", "Tháng 01", "Tháng 01"),
        ("2", "Quý II/2026", "Quý II/2026"),
    ]


def test_a_bracket_with_short_labels_is_read_label_by_label():
    proposal = _read(
        "II. NHIỆM VỤ\n"
        "1. Rà soát thủ tục hành chính (Chủ trì: Văn phòng HĐND và UBND phường; phối hợp: Công an phường; "
        "thời gian: Quý I/2026).\n"
        "2. Số hóa hồ sơ\n"
        "- Cơ quan phối hợp: Phòng Văn hóa - Xã hội; Trung tâm Dịch vụ sự nghiệp công.\n"
        "- Cơ quan chủ trì: Công an phường.\n"
    )
    assert [(t["title"], t["lead_text"], t["coordination_text"], t["period_text"]) for t in proposal["tasks"]] == [
        ("Rà soát thủ tục hành chính", "Văn phòng HĐND và UBND phường", "Công an phường", "Quý I/2026"),
        # A labelled line of units keeps its semicolons.
        ("Số hóa hồ sơ", "Công an phường", "Phòng Văn hóa - Xã hội; Trung tâm Dịch vụ sự nghiệp công", ""),
    ]
