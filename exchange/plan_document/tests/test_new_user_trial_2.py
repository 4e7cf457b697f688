"""Rules found by the second new-user trial (``realistic_docs_2``, written blind), each tested
on a small text of its own."""

import io

import docx

from exchange.plan_document import read_plan_document

from .helpers import docx_bytes


def _item(proposal, title):
    return next(i for i in proposal["items"] if i["title"] == title)


def test_a_period_in_a_sentence_keeps_no_full_stop():
    text = """III. NHIỆM VỤ TRỌNG TÂM
1. Số hóa hồ sơ
- Đơn vị chủ trì: Văn phòng HĐND-UBND phường.
- Thời gian thực hiện: Quý II/2026.
2. Phát triển công dân số
- Thời gian thực hiện: 2026-2028;
"""
    proposal = read_plan_document(text=text)
    assert _item(proposal, "Số hóa hồ sơ")["period_text"] == "Quý II/2026"
    assert _item(proposal, "Phát triển công dân số")["period_text"] == "2026-2028"


def test_a_header_typed_in_two_columns_with_tabs_reads_both_sides():
    # In a .docx the two sides are one paragraph (pasted text turns the tabs into table cells).
    document = docx.Document()
    for line in (
        "ĐẢNG BỘ THÀNH PHỐ HẢI PHÒNG\t\tĐẢNG CỘNG SẢN VIỆT NAM",
        "ĐẢNG ỦY PHƯỜNG NGÔ QUYỀN",
        "Số 05-CTr/ĐU\t\tNgô Quyền, ngày 15 tháng 01 năm 2026",
        "CHƯƠNG TRÌNH HÀNH ĐỘNG",
        "thực hiện Nghị quyết Đại hội, nhiệm kỳ 2025 - 2030",
        "I- MỤC TIÊU TỔNG QUÁT",
        "Nội dung.",
    ):
        document.add_paragraph(line)
    out = io.BytesIO()
    document.save(out)
    header = read_plan_document(data=out.getvalue())["header"]
    assert (header["number"], header["issuing_body_name"], header["issued_on"], header["issued_place"]) == (
        "05-CTr/ĐU",
        "ĐẢNG ỦY PHƯỜNG NGÔ QUYỀN",
        "2026-01-15",
        "Ngô Quyền",
    )


def test_a_target_table_is_read_from_its_cells_with_the_years_of_its_headings():
    data = docx_bytes(
        ["II. CHỈ TIÊU CHỦ YẾU"],
        [
            ["STT", "Chỉ tiêu", "Đơn vị tính", "Thực hiện 2025", "Mục tiêu 2030", "Cơ quan chủ trì"],
            ["1", "Tỷ lệ kênh mương nội đồng được kiên cố hóa", "%", "65,5", "85", "Phòng Kinh tế"],
        ],
    )
    (target,) = read_plan_document(data=data)["targets"]
    (part,) = target["parts"]
    assert (part["value"], part["unit"], part["horizon_year"], part["direction"]) == (85, "%", 2030, "exactly")
    assert (part["baseline_value"], part["baseline_year"], part["baseline_kind"]) == (65.5, 2025, "value")
    assert part["measure"] == "Tỷ lệ kênh mương nội đồng được kiên cố hóa"
    assert target["responsible_text"] == "Phòng Kinh tế"


def test_a_project_rows_period_gives_its_years():
    data = docx_bytes(
        ["PHỤ LỤC", "DANH MỤC DỰ ÁN"],
        [
            ["STT", "Tên dự án", "Tổng mức đầu tư (triệu đồng)", "Nguồn vốn", "Thời gian thực hiện", "Chủ đầu tư"],
            ["1", "Nạo vét kênh trục tiêu", "3.400", "Ngân sách xã", "2026 - 2028", "UBND xã"],
        ],
    )
    (project,) = read_plan_document(data=data)["projects"]
    assert project["period_text"] == "2026 - 2028"


def test_items_under_a_part_of_solutions_are_solutions_and_the_next_part_is_no_field():
    """ "IV. TỔ CHỨC THỰC HIỆN" names an assignment's words, yet after "2. …" it is the next part:
    it made the "2." above it a key task, and "1." beside it stayed a group."""
    text = """III. NHIỆM VỤ, GIẢI PHÁP
1. Huy động nguồn lực đầu tư
Lồng ghép các chương trình mục tiêu quốc gia; vận động Nhân dân hiến đất.
2. Nâng cao chất lượng công tác chuẩn bị đầu tư
Lập, thẩm định dự án đúng quy định.
IV. TỔ CHỨC THỰC HIỆN
1. Phòng Kinh tế chủ trì tham mưu Ủy ban nhân dân xã triển khai các dự án.
"""
    proposal = read_plan_document(text=text)
    kinds = {i["title"]: i["kind"] for i in proposal["items"]}
    assert kinds["Huy động nguồn lực đầu tư"] == kinds["Nâng cao chất lượng công tác chuẩn bị đầu tư"] == "solution"
    assert kinds["TỔ CHỨC THỰC HIỆN"] == "part"


def test_a_sentence_leading_into_a_table_is_no_item():
    text = (
        "II. CHỈ TIÊU CHỦ YẾU\nCác chỉ tiêu chủ yếu đến năm 2030 như sau:\n"
        "STT\tChỉ tiêu\tĐơn vị tính\tMục tiêu 2030\n1\tTỷ lệ hộ dân sử dụng nước sạch\t%\t100\n"
    )
    proposal = read_plan_document(text=text)
    assert [i["title"] for i in proposal["items"]] == ["CHỈ TIÊU CHỦ YẾU"]
    assert [t["item"] for t in proposal["targets"]] == [proposal["items"][0]["id"]]
