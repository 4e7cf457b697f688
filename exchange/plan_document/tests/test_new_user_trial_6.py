"""Rules found by new-user trial 6 (``realistic_docs_6``), each on the smallest document that
shows it."""

from docx import Document

from exchange.plan_document.source import blocks_from_docx, blocks_from_text
from exchange.plan_document.tests.realistic_docs_3 import _bytes
from exchange.plan_document.tests.realistic_docs_6 import _para


def test_lines_apart_by_soft_breaks_are_paragraphs_unless_one_carries_on_the_line_before():
    document = Document()
    _para(document, "KẾ HOẠCH", "Bảo vệ môi trường, xây dựng đô thị xanh, sạch, đẹp", "giai đoạn 2026 - 2030")
    _para(document, "Căn cứ Nghị quyết số 06/NQ-HĐND;", "Căn cứ Kế hoạch số 20/KH-UBND;")
    _para(document, "- Tỷ lệ thu gom đạt 100%.", "- Trồng mới ít nhất 2.000 cây xanh.")
    texts = [block.text for block in blocks_from_docx(_bytes(document))]
    assert texts == [
        "KẾ HOẠCH",
        "Bảo vệ môi trường, xây dựng đô thị xanh, sạch, đẹp giai đoạn 2026 - 2030",
        "Căn cứ Nghị quyết số 06/NQ-HĐND;",
        "Căn cứ Kế hoạch số 20/KH-UBND;",
        "- Tỷ lệ thu gom đạt 100%.",
        "- Trồng mới ít nhất 2.000 cây xanh.",
    ]


def test_a_typed_list_number_then_a_tab_is_a_numbered_line_not_a_table_row():
    blocks = blocks_from_text("I.\tMỤC TIÊU\n1.1.1.\tThu gom chất thải rắn\na)\tNội dung\nSTT\tNội dung\tChủ trì\n")
    assert [block.text for block in blocks[:3]] == ["I. MỤC TIÊU", "1.1.1. Thu gom chất thải rắn", "a) Nội dung"]
    # A row of three cells is still a table's.
    assert blocks[3].rows == [["STT", "Nội dung", "Chủ trì"]]


def test_a_units_section_under_phan_cong_nhiem_vu_gives_a_task_for_each_line_it_leads():
    from exchange.plan_document.reader import read_blocks

    text = (
        "IV. PHÂN CÔNG NHIỆM VỤ\n"
        "1. Phòng Văn hóa - Xã hội:\n"
        "- Chủ trì, phối hợp với Trung tâm Dịch vụ sự nghiệp công tổ chức các hoạt động văn hóa; thực hiện "
        "trong năm 2026.\n"
        "- Chủ trì tổng hợp báo cáo kết quả hằng quý.\n"
        "- Phối hợp với Công an phường tuyên truyền phòng cháy, chữa cháy.\n"
    )
    proposal = read_blocks(blocks_from_text(text))
    duty = next(item for item in proposal["items"] if item["number"] == "1")
    assert duty["kind"] == "duty" and duty["title"] == "Phòng Văn hóa - Xã hội"
    tasks = [(t["title"], t["lead_text"], t["coordination_text"], t["period_text"]) for t in proposal["tasks"]]
    assert tasks == [
        ("Tổ chức các hoạt động văn hóa", "Phòng Văn hóa - Xã hội", "Trung tâm Dịch vụ sự nghiệp công", "năm 2026"),
        ("Tổng hợp báo cáo kết quả hằng quý", "Phòng Văn hóa - Xã hội", "", "hằng quý"),
    ]
