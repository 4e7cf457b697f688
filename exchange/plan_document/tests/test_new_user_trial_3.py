"""Rules found by new-user trial 3 (docs/IMPORT_QUALITY.md, "New-user trial 3"), each on a small
document of its own shape, not the trial's text."""

import io

import docx

from exchange.plan_document import read_plan_document

OPENING = """ỦY BAN NHÂN DÂN PHƯỜNG AN BIÊN
Số: 07/KH-UBND
An Biên, ngày 12 tháng 02 năm 2026
KẾ HOẠCH
Phòng, chống thiên tai năm 2026
"""


def _items(proposal):
    return {item["number"]: item for item in proposal["items"]}


def test_it_reads_a_basis_typed_as_a_list_line():
    text = OPENING + (
        "- Căn cứ Luật Phòng, chống thiên tai năm 2013;\n"
        "- Căn cứ Kế hoạch số 88/KH-UBND ngày 05/01/2026 của UBND thành phố;\n"
        "I. MỤC TIÊU\n- Tỷ lệ hộ dân được tuyên truyền đạt 100%.\n"
    )
    header = read_plan_document(text=text)["header"]
    assert len(header["basis"]) == 2
    assert header["basis"][1].startswith("Kế hoạch số 88/KH-UBND")


SIGNATURE = (["Nơi nhận:", "- UBND thành phố;", "- Lưu: VT."], ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "Lê Văn Nam"])


def _signed_docx(*, line_breaks: bool) -> bytes:
    """A short plan whose signature block is a two-cell table: each line a paragraph of its cell,
    or (``line_breaks``) one paragraph a cell with its lines split by Shift+Enter."""
    document = docx.Document()
    for line in [*OPENING.splitlines(), "I. MỤC TIÊU", "- Tỷ lệ hộ dân được tuyên truyền đạt 100%."]:
        document.add_paragraph(line)
    table = document.add_table(rows=1, cols=2)
    for cell, lines in zip(table.rows[0].cells, SIGNATURE, strict=True):
        if line_breaks:
            cell.text = "\n".join(lines)  # python-docx writes w:br between the lines
            continue
        cell.text = lines[0]
        for line in lines[1:]:
            cell.add_paragraph(line)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_it_reads_the_signer_from_a_signature_table():
    proposal = read_plan_document(data=_signed_docx(line_breaks=False))
    header = proposal["header"]
    assert header["signer_name"] == "Lê Văn Nam"
    assert header["signer_title"] == "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH"
    assert "UBND thành phố" in header["recipients"]
    assert proposal["tasks"] == [] and proposal["projects"] == []


def test_numbered_tasks_with_their_lead_and_deadline_lines_are_key_tasks_of_a_group():
    text = OPENING + (
        "I. NHIỆM VỤ TRỌNG TÂM\n"
        "1. Công tác chuẩn bị\n"
        "1.1. Kiện toàn Ban Chỉ huy phòng, chống thiên tai của phường.\n"
        "- Cơ quan chủ trì: Ban Chỉ huy Quân sự phường.\n"
        "- Thời gian hoàn thành: Tháng 3/2026.\n"
        "1.2. Rà soát 100% nhà ở xung yếu trên địa bàn.\n"
        "- Cơ quan chủ trì: Phòng Kinh tế, Hạ tầng và Đô thị.\n"
        "- Cơ quan phối hợp: Các tổ dân phố.\n"
        "- Thời gian hoàn thành: Trước 30/5/2026.\n"
        "II. TỔ CHỨC THỰC HIỆN\n"
    )
    items = _items(read_plan_document(text=text))
    group, first, second = items["1"], items["1.1"], items["1.2"]
    assert group["kind"] == "group"
    assert (first["kind"], first["parent"], second["kind"], second["parent"]) == (
        "key_task",
        group["id"],
        "key_task",
        group["id"],
    )
    assert first["assignment"] == "Cơ quan chủ trì: Ban Chỉ huy Quân sự phường."
    assert (first["period_text"], second["period_text"]) == ("Tháng 3/2026", "Trước 30/5/2026")
    assert "Cơ quan phối hợp: Các tổ dân phố." in second["assignment"]


def test_a_numbered_line_without_lead_or_deadline_lines_stays_what_it_was():
    text = OPENING + (
        "I. NHIỆM VỤ TRỌNG TÂM\n"
        "1. Công tác chuẩn bị\n"
        "Kiện toàn Ban Chỉ huy phòng, chống thiên tai của phường.\n"
        "2. Công tác ứng phó\n"
        "Tổ chức trực ban nghiêm túc trong mùa mưa bão.\n"
    )
    items = _items(read_plan_document(text=text))
    assert items["1"]["kind"] == "key_task"
    assert items["2"]["kind"] == "key_task"


def test_line_breaks_inside_a_table_cell_are_lines_of_the_cell():
    header = read_plan_document(data=_signed_docx(line_breaks=True))["header"]
    assert (header["signer_title"], header["signer_name"]) == ("TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH", "Lê Văn Nam")
