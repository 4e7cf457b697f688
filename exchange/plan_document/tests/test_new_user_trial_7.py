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
