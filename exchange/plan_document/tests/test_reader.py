"""The plan-document reader on small real-shaped texts: header, numbering, fields, targets, tables."""

import io
import zipfile

import pytest

from exchange.plan_document import DocumentError, read_plan_document
from exchange.plan_document.reader import sentences
from exchange.plan_document.source import blocks_from_text

from .helpers import PLAN_TEXT, docx_bytes


def tree(proposal):
    by_id = {item["id"]: item for item in proposal["items"]}

    def path(item):
        out = []
        while item:
            out.insert(0, item["number"] or item["title"][:12])
            item = by_id.get(item["parent"])
        return "/".join(out)

    return {path(item): item for item in proposal["items"]}


def test_header_number_body_place_date_title_basis():
    header = read_plan_document(text=PLAN_TEXT)["header"]
    assert header["number"] == "12-KH/ĐU"
    assert header["issuing_body"] == "party"
    assert header["issuing_body_name"] == "ĐẢNG ỦY PHƯỜNG AN BIÊN"
    assert header["issued_place"] == "An Biên"
    assert header["issued_on"] == "2026-03-05"
    assert header["title"] == "Thực hiện mục tiêu phát triển kinh tế - xã hội giai đoạn 2026 - 2030"
    assert header["basis"][0].startswith("Nghị quyết số 03-NQ/ĐU ngày 28/8/2025")
    assert header["basis"][1].startswith("Chương trình hành động số 04-CTr/ĐU")
    assert (header["period_start_year"], header["period_end_year"]) == (2026, 2030)


def test_tree_keeps_numbers_as_printed_and_nests_by_numbering_style():
    items = tree(read_plan_document(text=PLAN_TEXT))
    assert items["A"]["kind"] == "part" and items["B"]["kind"] == "part" and items["C"]["kind"] == "part"
    assert items["A/1"]["title"] == "Mục đích" and items["A/2"]["kind"] == "section"
    assert items["B/I"]["kind"] == "section"
    programme = items["B/I/1"]
    assert programme["kind"] == "programme"
    assert items["B/XIX"]["title"] == "NHIỆM VỤ KHÁC"  # "XIX" kept as printed, a sibling of "I"
    assert items["B/XIX/a"]["kind"] == "key_task"
    # The sub-headings of a programme are its fields, not items.
    assert "B/I/1/1.1" not in items
    assert programme["general_objective"] == "Kinh tế tư nhân là động lực quan trọng của phường."
    assert programme["main_activities"] == "- Tổ chức đối thoại với doanh nghiệp hằng năm."
    assert programme["assignment"] == "Giao Ủy ban nhân dân phường chủ trì."
    assert programme["period_text"] == "Giai đoạn 2026 - 2030"
    assert programme["resources"] == "Ngân sách nhà nước."
    # The signature block is not an item.
    assert not any("BAN THƯỜNG VỤ" in key for key in items)


def test_targets_of_a_programme_with_their_horizon_and_source():
    proposal = read_plan_document(text=PLAN_TEXT)
    programme = tree(proposal)["B/I/1"]
    mine = [t for t in proposal["targets"] if t["item"] == programme["id"]]
    assert [t["statement"] for t in mine] == [
        "Phấn đấu có 20 doanh nghiệp/1.000 dân.",
        "Tỷ lệ hộ dân sử dụng nước sạch đạt 100%.",
    ]
    assert all(t["horizon"] == 2030 for t in mine)
    assert mine[1]["parts"][0]["value"] == 100 and mine[1]["parts"][0]["unit"] == "%"
    source = proposal["source"][mine[0]["source"]]
    assert source["text"] == "- Phấn đấu có 20 doanh nghiệp/1.000 dân."


def test_appendix_table_read_by_header_meaning_with_groups():
    proposal = read_plan_document(text=PLAN_TEXT)
    items = tree(proposal)
    appendix = items["PHỤ LỤC 1"]
    assert appendix["kind"] == "appendix" and "CÁC NHIỆM VỤ TRỌNG TÂM" in appendix["title"]
    group = items["PHỤ LỤC 1/I"]
    assert group["title"] == "Phát triển kinh tế"
    tasks = proposal["tasks"]
    assert [(t["number"], t["title"], t["lead_text"], t["period_text"]) for t in tasks] == [
        ("1", "Hỗ trợ doanh nghiệp", "UBND phường", "Hàng năm"),
        ("2", "Cải cách thủ tục hành chính", "UBND phường", "2026-2030"),
    ]
    assert tasks[0]["item"] == group["id"] and tasks[0]["coordination_text"] == "Các phòng chuyên môn"
    assert tasks[0]["result"] == "Hội nghị đối thoại"


@pytest.mark.parametrize(
    "line, number",
    [
        ("1- Mục tiêu tổng quát", "1"),
        ("2) Mục tiêu cụ thể", "2"),
        ("1.2.3. Các chỉ tiêu", "1.2.3"),
        ("b) Về xã hội", "b"),
    ],
)
def test_numbering_variants(line, number):
    proposal = read_plan_document(text=f"I. PHƯƠNG HƯỚNG CHUNG\n{line}\nNội dung của mục.")
    assert [i["number"] for i in proposal["items"]] == ["I", number]
    assert proposal["items"][1]["parent"] == proposal["items"][0]["id"]


def test_numbered_targets_are_not_items_but_labels_are_groups():
    text = (
        "Các chỉ tiêu chủ yếu đến năm 2025\n- Về kinh tế:\n(1) Thu nhập bình quân đầu người: 45 triệu đồng/năm.\n"
        "(2) Tỷ lệ lao động qua đào tạo: trên 20%.\n- Về xã hội:\n1. Tỷ lệ hộ nghèo giảm còn 2%.\n"
    )
    proposal = read_plan_document(text=text)
    assert [(i["kind"], i["title"]) for i in proposal["items"]] == [
        ("section", "Các chỉ tiêu chủ yếu đến năm 2025"),
        ("group", "Về kinh tế"),
        ("group", "Về xã hội"),
    ]
    assert len(proposal["targets"]) == 3
    assert proposal["targets"][0]["horizon"] == 2025


def test_text_copied_from_a_pdf_is_rejoined():
    text = (
        "I. MỤC TIÊU\n\n1. Mục tiêu chung\n\nPhát huy tối đa nội lực, tranh thủ ngoại lực, huy động và sử\n\ndụng hiệu quả các nguồn vốn đầu tư của\n\nphường Nguyễn Đại Năng.\n\n"  # noqa: E501
        * 2
    )
    blocks = blocks_from_text(text)
    assert "huy động và sử dụng hiệu quả các nguồn vốn đầu tư của phường Nguyễn Đại Năng." in blocks[2].text


def test_sentences_cut_at_full_stops_not_abbreviations():
    assert sentences("Xây dựng TT. Ái Nghĩa đạt đô thị loại 4. Tỷ lệ hộ nghèo còn 2%.") == [
        "Xây dựng TT. Ái Nghĩa đạt đô thị loại 4.",
        "Tỷ lệ hộ nghèo còn 2%.",
    ]


def test_docx_paragraphs_headings_and_table():
    data = docx_bytes(
        ["Số: 01/KH-UBND", "KẾ HOẠCH", "Cải cách hành chính năm 2025", ("I. MỤC ĐÍCH, YÊU CẦU", "Heading 1"),
         "1. Mục đích", "Nâng cao chất lượng phục vụ.", "PHỤ LỤC 2"],
        table=[["TT", "Tên dự án", "Nguồn vốn", "Đơn vị chủ trì, thực hiện"], ["1", "Cải tạo đường Tô Hiến Thành", "Ngân sách phường", "UBND phường"]],  # noqa: E501
    )  # fmt: skip
    proposal = read_plan_document(data=data)
    assert (
        proposal["header"]["number"] == "01/KH-UBND" and proposal["header"]["title"] == "Cải cách hành chính năm 2025"
    )
    assert [i["number"] for i in proposal["items"]][:2] == ["I", "1"]
    assert proposal["projects"][0]["name"] == "Cải tạo đường Tô Hiến Thành"
    assert proposal["projects"][0]["funding_text"] == "Ngân sách phường"
    assert proposal["source"][proposal["projects"][0]["source"]]["table"] is True


def test_docx_merged_cells_become_merged_ranges():
    import docx as python_docx

    document = python_docx.Document()
    document.add_paragraph("PHỤ LỤC 1")
    table = document.add_table(rows=3, cols=4)
    for c, text in enumerate(["STT", "Nhiệm vụ", "Đơn vị chủ trì", "Thời gian"]):
        table.cell(0, c).text = text
    table.cell(1, 0).merge(table.cell(1, 3)).text = "I. Nhóm một"
    for c, text in enumerate(["1", "Việc một", "UBND phường", "2026"]):
        table.cell(2, c).text = text
    out = io.BytesIO()
    document.save(out)
    proposal = read_plan_document(data=out.getvalue())
    assert [i["title"] for i in proposal["items"]] == ["Các nhiệm vụ", "Nhóm một"]
    assert proposal["tasks"][0]["title"] == "Việc một"


def _zip(parts: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as package:
        for name, data in parts.items():
            package.writestr(name, data)
    return out.getvalue()


@pytest.mark.parametrize(
    "data, words",
    [
        (b"", "không phải văn bản Word"),
        (b"\xd0\xcf\x11\xe0" + b"\0" * 100, "Word cũ"),
        (b"PK\x03\x04 broken", "bị hỏng"),
        (_zip({"hello.txt": b"hi"}), "thiếu phần nội dung"),
        (
            _zip(
                {
                    "word/document.xml": b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;">]><x>&b;</x>'  # noqa: E501
                }
            ),
            "không an toàn",
        ),
        (_zip({"word/document.xml": b"<w:document"}), "bị hỏng"),
    ],
)
def test_hostile_or_broken_docx_gives_a_vietnamese_message(data, words):
    with pytest.raises(DocumentError) as error:
        read_plan_document(data=data)
    assert words in str(error.value)


def test_zip_bomb_refused_before_reading(monkeypatch):
    from exchange.plan_document import source

    monkeypatch.setattr(source, "MAX_UNZIPPED_BYTES", 1000)
    data = docx_bytes(["I. MỤC TIÊU " + "x" * 5000])
    with pytest.raises(DocumentError, match="quá lớn"):
        read_plan_document(data=data)


def test_text_with_nothing_to_read_is_refused():
    with pytest.raises(DocumentError):
        read_plan_document(text="   \n\n")
    with pytest.raises(DocumentError, match="Không nhận ra"):
        read_plan_document(text="Xin chào.\nHẹn gặp lại.")


def test_a_list_run_into_one_paragraph_is_cut_at_its_markers():
    text = (
        "CÁC CHỈ TIÊU CHỦ YẾU TRONG NHIỆM KỲ 2020-2025 I. Về kinh tế (2 chỉ tiêu) 1. Thu nhập bình quân đầu người "
        "đến năm 2025: 60 triệu đồng. 2. Tỷ lệ tăng thu ngân sách bình quân hàng năm: 12%. II. Về xã hội "
        "(1 chỉ tiêu) 1. Tỷ lệ hộ nghèo giảm còn 2%."
    )
    proposal = read_plan_document(text=text)
    assert [(i["number"], i["title"]) for i in proposal["items"]] == [
        ("", "CÁC CHỈ TIÊU CHỦ YẾU TRONG NHIỆM KỲ 2020-2025"),
        ("I", "Về kinh tế (2 chỉ tiêu)"),
        ("II", "Về xã hội (1 chỉ tiêu)"),
    ]
    assert [t["statement"] for t in proposal["targets"]] == [
        "Thu nhập bình quân đầu người đến năm 2025: 60 triệu đồng.",
        "Tỷ lệ tăng thu ngân sách bình quân hàng năm: 12%.",
        "Tỷ lệ hộ nghèo giảm còn 2%.",
    ]


def test_part_letter_with_a_dash_and_starred_labels():
    text = "A- PHƯƠNG HƯỚNG, MỤC TIÊU CHỦ YẾU\n1. Mục tiêu cụ thể *. Mục tiêu năm 2016\n- Tỷ lệ hộ nghèo còn 3%.\n"
    proposal = read_plan_document(text=text)
    assert [(i["number"], i["title"], i["kind"]) for i in proposal["items"]] == [
        ("A", "PHƯƠNG HƯỚNG, MỤC TIÊU CHỦ YẾU", "part"),
        ("1", "Mục tiêu cụ thể", "section"),
        ("", "Mục tiêu năm 2016", "group"),
    ]
