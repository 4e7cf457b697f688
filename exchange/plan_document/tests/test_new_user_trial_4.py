"""Rules found by new-user trial 4 (docs/IMPORT_QUALITY.md, "New-user trial 4"), each on a small
document of its own shape, not the trial's text."""

import io

import docx

from exchange.plan_document import read_plan_document
from exchange.plan_document.duties import actor_of
from exchange.plan_document.headings import classify, kind_of
from exchange.plan_document.source import blocks_from_docx

RESOLUTION = """HỘI ĐỒNG NHÂN DÂN
XÃ AN LÃO
Số: 05/NQ-HĐND
An Lão, ngày 10 tháng 12 năm 2025
NGHỊ QUYẾT
Về nhiệm vụ phát triển kinh tế - xã hội năm 2026
HỘI ĐỒNG NHÂN DÂN XÃ AN LÃO
KHÓA I, KỲ HỌP THỨ BA
Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;
Căn cứ Nghị quyết số 20/NQ-HĐND ngày 01/7/2025 của Hội đồng nhân dân thành phố;
Xét Tờ trình số 40/TTr-UBND ngày 01/12/2025 của Ủy ban nhân dân xã.
QUYẾT NGHỊ:
Điều 1. Nhiệm vụ phát triển kinh tế - xã hội năm 2026
1. Chỉ tiêu chủ yếu
- Tỷ lệ người dân tham gia bảo hiểm y tế đạt 95%.
2. Nhiệm vụ và giải pháp chủ yếu
a) Phát triển sản xuất nông nghiệp hàng hóa
+ Mở rộng vùng trồng rau an toàn.
b) Giữ vững quốc phòng, an ninh
Điều 2. Tổ chức thực hiện
1. Giao Ủy ban nhân dân xã tổ chức thực hiện Nghị quyết.
2. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam xã tuyên truyền, vận động Nhân dân thực hiện Nghị quyết.
Điều 3. Hiệu lực thi hành
Nghị quyết này đã được Hội đồng nhân dân xã khóa I, kỳ họp thứ Ba thông qua ngày 10/12/2025./.
"""


def test_an_article_is_a_top_part_numbered_as_printed():
    heading = classify("Điều 2. Tổ chức thực hiện")
    assert (heading.style, heading.number, heading.title) == ("article", "Điều 2", "Tổ chức thực hiện")
    assert kind_of("Tổ chức thực hiện", parent_kind=None, parent_title="", style="article") == "part"
    # A sentence that cites an article is no heading of its own.
    assert classify("Điều chỉnh kế hoạch vốn năm 2026").style == "plain"


def test_a_resolution_reads_by_its_articles_with_its_enacting_formula_in_the_header():
    proposal = read_plan_document(text=RESOLUTION)
    header = proposal["header"]
    assert header["document_kind"] == "NGHỊ QUYẾT"
    assert header["title"] == "Về nhiệm vụ phát triển kinh tế - xã hội năm 2026"
    assert header["issuing_body"] == "hdnd"
    assert len(header["basis"]) == 3  # the two "Căn cứ" and the "Xét Tờ trình" it considered
    items = proposal["items"]
    by_title = {item["title"]: item for item in items}
    assert not any("KHÓA I" in item["title"] or "QUYẾT NGHỊ" in item["title"] for item in items)
    first, second = by_title["Nhiệm vụ phát triển kinh tế - xã hội năm 2026"], by_title["Tổ chức thực hiện"]
    assert (first["number"], first["kind"], first["parent"]) == ("Điều 1", "part", None)
    assert (second["number"], second["kind"], second["parent"]) == ("Điều 2", "part", None)
    duties = [item for item in items if item["parent"] == second["id"]]
    assert [(d["kind"], d["title"]) for d in duties] == [
        ("duty", "Ủy ban nhân dân xã"),
        ("duty", "Ủy ban Mặt trận Tổ quốc Việt Nam xã"),
    ]
    solutions = by_title["Nhiệm vụ và giải pháp chủ yếu"]
    assert (solutions["kind"], solutions["parent"]) == ("section", first["id"])
    assert [item["kind"] for item in items if item["parent"] == solutions["id"]] == ["solution", "solution"]
    assert [t["parts"][0]["value"] for t in proposal["targets"]] == [95]


def test_tasks_and_solutions_is_a_section_not_a_key_task():
    for title in ("Nhiệm vụ và giải pháp chủ yếu", "Nhiệm vụ, giải pháp trọng tâm", "Các nhiệm vụ, giải pháp"):
        assert kind_of(title, parent_kind="part", parent_title="Điều 1", style="dec1") == "section", title
    assert kind_of("Nhiệm vụ phát triển đô thị", parent_kind="part", parent_title="II", style="dec1") == "key_task"


def test_a_duty_assigned_or_asked_for_names_the_body_after_the_word_that_assigns():
    assert actor_of("Giao Ủy ban nhân dân phường tổ chức triển khai thực hiện Nghị quyết.") == "Ủy ban nhân dân phường"
    assert actor_of("Giao cho Công an phường chủ trì bảo đảm an ninh.") == "Công an phường"
    assert actor_of("Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam phường tuyên truyền, vận động Nhân dân.") == (
        "Ủy ban Mặt trận Tổ quốc Việt Nam phường"
    )
    # "Giao" alone is no body: a sentence that starts with a verb names none.
    assert actor_of("Giao nhiệm vụ cụ thể cho từng đơn vị.") == ""


DECISION_WITH_PLAN = """ỦY BAN NHÂN DÂN PHƯỜNG AN BIÊN
Số: 15/QĐ-UBND
An Biên, ngày 12 tháng 02 năm 2026
QUYẾT ĐỊNH
Ban hành Kế hoạch phòng, chống thiên tai năm 2026
CHỦ TỊCH ỦY BAN NHÂN DÂN PHƯỜNG AN BIÊN
Căn cứ Luật Phòng, chống thiên tai năm 2013;
Xét đề nghị của Phòng Kinh tế, Hạ tầng và Đô thị.
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Kế hoạch phòng, chống thiên tai năm 2026 của phường.
Điều 2. Quyết định có hiệu lực kể từ ngày ký.
Điều 3. Chánh Văn phòng HĐND và UBND phường, Trưởng các phòng chuyên môn chịu trách nhiệm thi hành Quyết định này./.
Nơi nhận:
- Như Điều 3;
- Lưu: VT.
CHỦ TỊCH
Lê Văn Nam
KẾ HOẠCH
Phòng, chống thiên tai năm 2026
(Ban hành kèm theo Quyết định số 15/QĐ-UBND ngày 12/02/2026)
I. MỤC TIÊU
- Tỷ lệ hộ dân được tuyên truyền đạt 100%.
II. NHIỆM VỤ
1. Rà soát các điểm ngập úng
2. Kiểm tra hệ thống thoát nước
III. TỔ CHỨC THỰC HIỆN
1. Phòng Kinh tế, Hạ tầng và Đô thị chủ trì tham mưu thực hiện kế hoạch.
"""


def test_a_decision_that_issues_a_plan_gives_the_plan_with_the_decisions_number_and_signer():
    # Reading articles as parts must not make the decision's articles the plan's tree: the plan
    # printed after the decision's signature is what the office tracks.
    proposal = read_plan_document(text=DECISION_WITH_PLAN)
    header = proposal["header"]
    assert (header["document_kind"], header["title"]) == ("KẾ HOẠCH", "Phòng, chống thiên tai năm 2026")
    assert (header["number"], header["issued_on"], header["issuing_body"]) == ("15/QĐ-UBND", "2026-02-12", "ubnd")
    assert (header["signer_title"], header["signer_name"]) == ("CHỦ TỊCH", "Lê Văn Nam")
    assert len(header["basis"]) == 1
    tree = [(item["number"], item["kind"]) for item in proposal["items"]]
    assert tree == [("I", "part"), ("II", "part"), ("1", "group"), ("2", "group"), ("III", "part"), ("1", "duty")]
    assert [t["statement"] for t in proposal["targets"]] == ["Tỷ lệ hộ dân được tuyên truyền đạt 100%."]


def _table_docx(rows, downs) -> bytes:
    """A plan whose task table merges the lead column down over ``downs`` (first, last row)."""
    document = docx.Document()
    for line in ("ỦY BAN NHÂN DÂN PHƯỜNG AN BIÊN", "Số: 07/KH-UBND", "KẾ HOẠCH", "Trật tự đô thị năm 2026"):
        document.add_paragraph(line)
    document.add_paragraph("PHỤ LỤC")
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            if value:
                table.cell(r, c).text = value
    for first, last in downs:
        text = rows[first][2]
        table.cell(first, 2).merge(table.cell(last, 2)).text = text
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_every_cell_merged_down_in_a_word_table_keeps_its_text_on_each_row():
    header = ("STT", "Nhiệm vụ", "Đơn vị chủ trì", "Thời gian")
    rows = [
        header,
        ("1", "Rà soát biển quảng cáo", "Phòng Kinh tế", "Quý I/2026"),
        ("2", "Xử lý lấn chiếm vỉa hè", "", "Quý II/2026"),
        ("3", "Tổng vệ sinh môi trường", "Phòng Văn hóa - Xã hội", "Quý III/2026"),
        ("4", "Tuyên truyền nếp sống văn minh", "", "Quý IV/2026"),
    ]
    data = _table_docx(rows, [(1, 2), (3, 4)])
    table = next(block for block in blocks_from_docx(data) if block.is_table)
    # Both merges of the column, not only the last one (the first was lost when the second began).
    assert sorted(table.merges) == [(2, 3, 3, 3), (4, 3, 5, 3)]
    tasks = read_plan_document(data=data)["tasks"]
    assert [(t["number"], t["lead_text"]) for t in tasks] == [
        ("1", "Phòng Kinh tế"),
        ("2", "Phòng Kinh tế"),
        ("3", "Phòng Văn hóa - Xã hội"),
        ("4", "Phòng Văn hóa - Xã hội"),
    ]
