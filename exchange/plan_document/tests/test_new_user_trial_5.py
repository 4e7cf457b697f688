"""Rules found by new-user trial 5 (``realistic_docs_5``), each on the smallest document that
shows it."""

from docx import Document

from exchange.plan_document.source import blocks_from_docx
from exchange.plan_document.tests.realistic_docs_3 import _bytes
from exchange.plan_document.tests.realistic_docs_5 import _heading, _list_definition, _part_style


def test_headings_numbered_through_their_style_get_their_numbers_and_restart_the_levels_below():
    document = Document()
    _list_definition(document, "7", [("upperRoman", "%1."), ("decimal", "%2."), ("decimal", "%2.%3.")], style_id="Muc")
    _part_style(document, "Muc", "7")
    document.add_paragraph("MỤC TIÊU", style="CTr Muc")
    _heading(document, "Mục tiêu tổng quát", "7", 1)
    _heading(document, "Các chỉ tiêu chủ yếu", "7", 1)
    document.add_paragraph("NHIỆM VỤ, GIẢI PHÁP", style="CTr Muc")
    _heading(document, "Phát triển kinh tế", "7", 1)
    _heading(document, "Thương mại, dịch vụ", "7", 2)
    texts = [block.text for block in blocks_from_docx(_bytes(document))]
    assert texts == [
        "I. MỤC TIÊU",
        "1. Mục tiêu tổng quát",
        "2. Các chỉ tiêu chủ yếu",
        "II. NHIỆM VỤ, GIẢI PHÁP",
        "1. Phát triển kinh tế",
        "1.1. Thương mại, dịch vụ",
    ]


PDF_PAGES = """KẾ HOẠCH
Phát triển du lịch biển giai đoạn 2026-
2030
I. MỤC TIÊU
Xây dựng phường trở thành điểm đến du lịch biển an toàn, thân thiện, văn minh
của thành phố; khai thác hiệu quả tiềm năng biển, bãi tắm và các di tích lịch
sử - văn hóa trên địa bàn.
- Tỷ lệ cơ sở lưu trú du lịch được xếp hạng hoặc công nhận đạt tiêu chuẩn phục

                                        - 2 -
UBND phường Nam Đồ Sơn - Kế hoạch phát triển du lịch biển
vụ khách du lịch đạt trên 90%.
- 100% bãi tắm được lắp đặt biển báo, phao cứu hộ và bố trí lực lượng cứu hộ
trong mùa du lịch.
II. TỔ CHỨC THỰC HIỆN
1. Phòng Kinh tế, Hạ tầng và Đô thị chủ trì tham mưu triển khai Kế hoạch; theo
dõi, tổng hợp kết quả thực hiện.

                                        - 3 -
UBND phường Nam Đồ Sơn - Kế hoạch phát triển du lịch biển
Nơi nhận:                                          TM. ỦY BAN NHÂN DÂN
- TT Đảng ủy, HĐND phường;                                  CHỦ TỊCH
- Lưu: VT.
                                                          Vũ Văn Hải
"""


def test_text_from_a_pdf_viewer_loses_its_page_furniture_and_reads_its_signature_column_by_column():
    from exchange.plan_document.source import blocks_from_text

    texts = [block.text for block in blocks_from_text(PDF_PAGES)]
    assert texts == [
        "KẾ HOẠCH",
        "Phát triển du lịch biển giai đoạn 2026-2030",
        "I. MỤC TIÊU",
        "Xây dựng phường trở thành điểm đến du lịch biển an toàn, thân thiện, văn minh của thành phố; khai thác "
        "hiệu quả tiềm năng biển, bãi tắm và các di tích lịch sử - văn hóa trên địa bàn.",
        "- Tỷ lệ cơ sở lưu trú du lịch được xếp hạng hoặc công nhận đạt tiêu chuẩn phục vụ khách du lịch đạt trên 90%.",
        "- 100% bãi tắm được lắp đặt biển báo, phao cứu hộ và bố trí lực lượng cứu hộ trong mùa du lịch.",
        "II. TỔ CHỨC THỰC HIỆN",
        "1. Phòng Kinh tế, Hạ tầng và Đô thị chủ trì tham mưu triển khai Kế hoạch; theo dõi, tổng hợp kết quả "
        "thực hiện.",
        "Nơi nhận:",
        "- TT Đảng ủy, HĐND phường;",
        "- Lưu: VT.",
        "TM. ỦY BAN NHÂN DÂN",
        "CHỦ TỊCH",
        "Vũ Văn Hải",
    ]


def test_a_line_printed_once_beside_a_page_number_is_text():
    from exchange.plan_document.pdf_text import drop_page_furniture

    lines = ["Đoạn một", "- 2 -", "Mục tiêu chung", "Đoạn hai", "- 3 -", "Tổ chức thực hiện"]
    assert drop_page_furniture(lines) == ["Đoạn một", "Mục tiêu chung", "Đoạn hai", "Tổ chức thực hiện"]


def test_sentences_that_only_point_at_the_appendix_are_no_targets():
    from exchange.plan_document import read_plan_document

    text = """KẾ HOẠCH
Phát triển kinh tế - xã hội giai đoạn 2026 - 2030
I. MỤC TIÊU, CHỈ TIÊU CHỦ YẾU
1. Các chỉ tiêu chủ yếu
Các chỉ tiêu chủ yếu đến năm 2030 tại Phụ lục kèm theo Kế hoạch này.
Tỷ lệ hộ nghèo giảm còn dưới 0,5% (chi tiết tại Phụ lục).
PHỤ LỤC
CÁC CHỈ TIÊU CHỦ YẾU ĐẾN NĂM 2030
(Kèm theo Kế hoạch số 06/KH-UBND ngày 20/11/2025 của Ủy ban nhân dân phường)
TT\tChỉ tiêu\tĐơn vị tính\tMục tiêu năm 2030
1\tThu nhập bình quân đầu người\tTriệu đồng/người/năm\t180
"""
    statements = [target["statement"] for target in read_plan_document(text=text)["targets"]]
    assert statements == ["Tỷ lệ hộ nghèo giảm còn dưới 0,5% (chi tiết tại Phụ lục).", "Thu nhập bình quân đầu người"]
