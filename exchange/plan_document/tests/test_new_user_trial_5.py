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
