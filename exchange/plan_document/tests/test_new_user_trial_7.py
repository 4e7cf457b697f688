"""Rules found by new-user trial 7 (``realistic_docs_7``), each on the smallest document that
shows it."""

from exchange.plan_document.reader import read_blocks
from exchange.plan_document.source import blocks_from_text


def test_a_sentence_spreading_the_plan_closes_it_and_is_no_part_of_the_last_duty():
    text = (
        "IV. TỔ CHỨC THỰC HIỆN\n"
        "1. Văn phòng Đảng ủy: theo dõi, đôn đốc, tổng hợp kết quả, báo cáo Ban Thường vụ Đảng ủy hằng năm.\n"
        "Kế hoạch này được phổ biến đến chi bộ, cán bộ, đảng viên và Nhân dân trên địa bàn phường./.\n"
    )
    proposal = read_blocks(blocks_from_text(text))
    duty = next(item for item in proposal["items"] if item["number"] == "1")
    assert duty["kind"] == "duty"
    assert "phổ biến" not in duty["body"]
    assert proposal["header"]["closing_text"].startswith("Kế hoạch này được phổ biến đến chi bộ")


def test_a_target_table_with_a_lead_partner_and_deadline_a_row_gives_targets_not_tasks():
    text = (
        "II. CHỈ TIÊU NĂM 2026\n"
        "STT\tNội dung chỉ tiêu\tChỉ tiêu năm 2026\tĐơn vị chủ trì\tĐơn vị phối hợp\tThời gian hoàn thành\n"
        "1\tTỷ lệ hộ gia đình văn hóa\t95%\tPhòng Văn hóa - Xã hội\tCác tổ dân phố\tTháng 12/2026\n"
    )
    proposal = read_blocks(blocks_from_text(text))
    assert proposal["tasks"] == []
    [target] = proposal["targets"]
    assert (target["responsible_text"], target["coordination_text"], target["deadline_text"]) == (
        "Phòng Văn hóa - Xã hội",
        "Các tổ dân phố",
        "Tháng 12/2026",
    )
    assert (target["parts"][0]["value"], target["parts"][0]["horizon_year"]) == (95, 2026)
