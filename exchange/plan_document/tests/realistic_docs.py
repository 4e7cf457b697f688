"""Three ward plans as a new ward would send them, built with python-docx (a new-user trial).

Each is shaped like the plans wards of Hải Phòng issue for 2026–2030, and unlike the seeds and
the reader's other samples: the header in a two-column table (issuing body and number on the
left, the national motto or the Party's name and the place and date on the right), "Căn cứ …"
paragraphs, parts in Word's Heading styles (A), in bold typed paragraphs (B) or numbered by
Word itself (C, ``numPr``), key tasks with "Đơn vị chủ trì", "Đơn vị phối hợp" and "Thời gian
thực hiện" lines, and appendix tables: merged group rows, a header on two rows, a table carried
over a page break with its header typed again, an empty row, a total row, periods as free text.

``EXPECTED`` is the hand reading of each document: what the office checks after the import.
"""

from __future__ import annotations

import io

import docx
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

# --- small builders ---------------------------------------------------------------------------


def _header_table(document, left: list[str], right: list[str], *, two_rows: bool) -> None:
    """The two-column block above the title; ``two_rows`` puts the number and the date in a
    second row, as many offices do."""
    if two_rows:
        table = document.add_table(rows=2, cols=2)
        cells = [(0, 0, left[:-1]), (0, 1, right[:-1]), (1, 0, left[-1:]), (1, 1, right[-1:])]
    else:
        table = document.add_table(rows=1, cols=2)
        cells = [(0, 0, left), (0, 1, right)]
    for r, c, lines in cells:
        cell = table.cell(r, c)
        cell.text = lines[0]
        for line in lines[1:]:
            cell.add_paragraph(line)


def _bold(document, text: str) -> None:
    paragraph = document.add_paragraph()
    paragraph.add_run(text).bold = True


def _repeat_header(row) -> None:
    tr_pr = row._tr.get_or_add_trPr()
    node = OxmlElement("w:tblHeader")
    node.set(qn("w:val"), "true")
    tr_pr.append(node)


def _grid(document, rows: list[list[str]], *, merge_rows: tuple[int, ...] = (), header_rows: int = 1, spans=()):
    """A table of ``rows``; each row index in ``merge_rows`` is one cell across the table (a
    group row); ``spans`` are (row, first col, last row, last col) merges of the header."""
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    table.style = "Table Grid"
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            if value:
                table.cell(r, c).text = value
    for r in merge_rows:
        # A group row: "I. CHÍNH QUYỀN SỐ" in one cell across the table, or its number in the
        # first cell and its title merged across the others.
        whole = not rows[r][1]
        first = 0 if whole else 1
        merged = table.cell(r, first).merge(table.cell(r, len(rows[0]) - 1))
        merged.text = rows[r][0] if whole else rows[r][1]
    for r1, c1, r2, c2 in spans:
        text = rows[r1][c1]
        merged = table.cell(r1, c1).merge(table.cell(r2, c2))
        merged.text = text
    for r in range(header_rows):
        _repeat_header(table.rows[r])
    return table


def _page_break(document) -> None:
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def _auto_numbering(document) -> str:
    """A multi-level list of Word's own (I., 1., 1.1.) added to numbering.xml; its numId."""
    numbering = document.part.numbering_part.element
    abstract = OxmlElement("w:abstractNum")
    abstract.set(qn("w:abstractNumId"), "90")
    for ilvl, (fmt, text) in enumerate((("upperRoman", "%1."), ("decimal", "%2."), ("decimal", "%2.%3."))):
        lvl = OxmlElement("w:lvl")
        lvl.set(qn("w:ilvl"), str(ilvl))
        for tag, value in (("w:start", "1"), ("w:numFmt", fmt), ("w:lvlText", text)):
            node = OxmlElement(tag)
            node.set(qn("w:val"), value)
            lvl.append(node)
        abstract.append(lvl)
    # abstractNum elements come before num elements in numbering.xml.
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), "90")
    ref = OxmlElement("w:abstractNumId")
    ref.set(qn("w:val"), "90")
    num.append(ref)
    numbering.append(num)
    return "90"


def _numbered(document, text: str, num_id: str, level: int, *, bold: bool = True) -> None:
    paragraph = document.add_paragraph()
    paragraph.add_run(text).bold = bold
    p_pr = paragraph._p.get_or_add_pPr()
    num_pr = OxmlElement("w:numPr")
    for tag, value in (("w:ilvl", str(level)), ("w:numId", num_id)):
        node = OxmlElement(tag)
        node.set(qn("w:val"), value)
        num_pr.append(node)
    p_pr.append(num_pr)


def _save(document) -> bytes:
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


TASK_HEADER = ["STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành", "Sản phẩm"]


# --- A: Đảng ủy phường Lê Chân, Word Heading styles --------------------------------------------


def doc_a() -> bytes:
    """Đảng ủy phường Lê Chân, 45-KH/ĐU: digital transformation; Heading 1/2 styles."""
    document = docx.Document()
    _header_table(
        document,
        ["ĐẢNG BỘ THÀNH PHỐ HẢI PHÒNG", "ĐẢNG ỦY PHƯỜNG LÊ CHÂN", "*", "Số 45-KH/ĐU"],
        ["ĐẢNG CỘNG SẢN VIỆT NAM", "Phường Lê Chân, ngày 12 tháng 3 năm 2026"],
        two_rows=True,
    )
    _bold(document, "KẾ HOẠCH")
    _bold(document, "thực hiện chuyển đổi số và xây dựng chính quyền số phường Lê Chân giai đoạn 2026 - 2030")
    document.add_paragraph(
        "Căn cứ Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, "
        "công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia;"
    )
    document.add_paragraph("Căn cứ Nghị quyết Đại hội đại biểu Đảng bộ phường Lê Chân lần thứ I, nhiệm kỳ 2025 - 2030;")
    document.add_paragraph("Ban Thường vụ Đảng ủy phường ban hành Kế hoạch thực hiện như sau:")
    document.add_heading("I. MỤC ĐÍCH, YÊU CẦU", level=1)
    document.add_paragraph(
        "- Quán triệt sâu sắc chủ trương của Đảng về chuyển đổi số đến toàn thể cán bộ, đảng viên và Nhân dân."
    )
    document.add_paragraph("- Xác định rõ nhiệm vụ, đơn vị chủ trì, thời hạn hoàn thành và sản phẩm cụ thể.")
    document.add_heading("II. MỤC TIÊU", level=1)
    document.add_heading("1. Mục tiêu chung", level=2)
    document.add_paragraph(
        "Xây dựng chính quyền số phường Lê Chân hoạt động hiệu lực, hiệu quả; phục vụ người dân và doanh "
        "nghiệp ngày càng tốt hơn."
    )
    document.add_heading("2. Mục tiêu cụ thể", level=2)
    document.add_paragraph(
        "- Phấn đấu đến năm 2030, tỷ lệ hồ sơ thủ tục hành chính được tiếp nhận, giải quyết trực tuyến "
        "toàn trình đạt trên 95%."
    )
    document.add_paragraph("- Đến năm 2027, 100% cán bộ, công chức phường sử dụng chữ ký số trong xử lý văn bản.")
    document.add_paragraph(
        "- Đến năm 2030, tỷ lệ người dân trưởng thành có tài khoản định danh điện tử mức độ 2 đạt trên 90%."
    )
    document.add_heading("III. NHIỆM VỤ TRỌNG TÂM", level=1)
    document.add_heading("1. Hoàn thiện hạ tầng số và cơ sở dữ liệu dùng chung của phường", level=2)
    document.add_paragraph(
        "Nâng cấp mạng nội bộ, phòng họp trực tuyến; số hóa hồ sơ địa chính, hộ tịch; kết nối cơ sở dữ liệu "
        "dân cư với các phần mềm chuyên ngành."
    )
    document.add_paragraph("- Đơn vị chủ trì: Văn phòng HĐND-UBND phường.")
    document.add_paragraph("- Đơn vị phối hợp: Phòng Kinh tế, Hạ tầng và Đô thị; Công an phường.")
    document.add_paragraph("- Thời gian thực hiện: Quý II/2026.")
    document.add_heading("2. Phát triển công dân số, xã hội số", level=2)
    document.add_paragraph(
        "Tổ chức tổ công nghệ số cộng đồng tại 100% tổ dân phố; hướng dẫn người dân sử dụng dịch vụ công "
        "trực tuyến và thanh toán không dùng tiền mặt."
    )
    document.add_paragraph("- Đơn vị chủ trì: Công an phường.")
    document.add_paragraph("- Đơn vị phối hợp: Ủy ban Mặt trận Tổ quốc Việt Nam phường, Đoàn Thanh niên phường.")
    document.add_paragraph("- Thời gian thực hiện: Hằng năm.")
    document.add_heading("IV. TỔ CHỨC THỰC HIỆN", level=1)
    document.add_paragraph("1. Ủy ban nhân dân phường xây dựng kế hoạch cụ thể, bố trí kinh phí thực hiện hằng năm.")
    document.add_paragraph("2. Văn phòng Đảng ủy theo dõi, đôn đốc, tổng hợp kết quả báo cáo Ban Thường vụ Đảng ủy.")
    document.add_paragraph("Nơi nhận:")
    document.add_paragraph("- Thường trực Đảng ủy,")
    document.add_paragraph("- Lưu Văn phòng Đảng ủy.")
    _bold(document, "T/M BAN THƯỜNG VỤ")
    _bold(document, "BÍ THƯ")
    _page_break(document)
    _bold(document, "PHỤ LỤC 1")
    _bold(document, "DANH MỤC NHIỆM VỤ CHUYỂN ĐỔI SỐ GIAI ĐOẠN 2026 - 2030")
    document.add_paragraph("(Kèm theo Kế hoạch số 45-KH/ĐU ngày 12/3/2026 của Ban Thường vụ Đảng ủy phường)")
    first = [
        TASK_HEADER,
        ["I. CHÍNH QUYỀN SỐ", "", "", "", "", ""],
        ["1", "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính", "Văn phòng HĐND-UBND phường",
         "Phòng Kinh tế, Hạ tầng và Đô thị", "Quý II/2026", "Kho dữ liệu số hóa"],
        ["2", "Triển khai phòng họp không giấy", "Văn phòng HĐND-UBND phường",
         "Trung tâm Dịch vụ Sự nghiệp công", "2026-2027", "Phòng họp trực tuyến"],
        ["II. XÃ HỘI SỐ", "", "", "", "", ""],
        ["3", "Tuyên truyền kỹ năng số cho người dân", "Phòng Văn hóa - Xã hội",
         "Ủy ban Mặt trận Tổ quốc Việt Nam phường, các tổ dân phố", "Hằng năm", "Các lớp hướng dẫn"],
    ]  # fmt: skip
    _grid(document, first, merge_rows=(1, 4))
    _page_break(document)
    second = [
        TASK_HEADER,
        ["4", "Thanh toán không dùng tiền mặt tại chợ, trường học", "Phòng Kinh tế, Hạ tầng và Đô thị",
         "Trung tâm Dịch vụ Sự nghiệp công", "Thường xuyên", "Mô hình chợ số"],
        ["", "", "", "", "", ""],
        ["5", "Tổ công nghệ số cộng đồng tại các tổ dân phố", "Công an phường",
         "Đoàn Thanh niên phường", "Quý III/2026", "Quyết định thành lập"],
    ]  # fmt: skip
    _grid(document, second)
    _page_break(document)
    _bold(document, "PHỤ LỤC 2")
    _bold(document, "DANH MỤC DỰ ÁN ĐẦU TƯ HẠ TẦNG SỐ")
    projects = [
        ["TT", "Tên dự án", "Chủ đầu tư", "Nguồn vốn", "Tổng mức đầu tư (triệu đồng)", "Kế hoạch vốn", ""],
        ["", "", "", "", "", "Năm 2026", "Năm 2027"],
        ["", "TỔNG CỘNG", "", "", "4.300", "1.800", "2.500"],
        ["1", "Nâng cấp hạ tầng mạng và phòng họp trực tuyến phường", "UBND phường Lê Chân",
         "Ngân sách phường", "1.800", "1.800", ""],
        ["2", "Hệ thống camera giám sát an ninh trật tự các tuyến phố chính", "Công an phường",
         "Ngân sách thành phố", "2.500", "", "2.500"],
    ]  # fmt: skip
    _grid(
        document,
        projects,
        header_rows=2,
        spans=((0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 1, 3), (0, 4, 1, 4), (0, 5, 0, 6)),
    )
    return _save(document)


# --- B: UBND phường Kiến An, parts in bold typed paragraphs ------------------------------------


def doc_b() -> bytes:
    """UBND phường Kiến An, 112/KH-UBND: urban order and environment; bold typed headings."""
    document = docx.Document()
    _header_table(
        document,
        ["ỦY BAN NHÂN DÂN", "PHƯỜNG KIẾN AN", "Số: 112/KH-UBND"],
        ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Kiến An, ngày 05 tháng 02 năm 2026"],
        two_rows=False,
    )
    _bold(document, "KẾ HOẠCH")
    _bold(document, "Chỉnh trang đô thị, bảo vệ môi trường phường Kiến An giai đoạn 2026 - 2030")
    document.add_paragraph("Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;")
    document.add_paragraph(
        "Căn cứ Nghị quyết số 05/NQ-HĐND ngày 20/12/2025 của Hội đồng nhân dân phường Kiến An về kế hoạch "
        "phát triển kinh tế - xã hội 5 năm 2026 - 2030;"
    )
    document.add_paragraph("Ủy ban nhân dân phường Kiến An ban hành Kế hoạch như sau:")
    _bold(document, "I. MỤC ĐÍCH, YÊU CẦU")
    document.add_paragraph("1. Mục đích: Tạo chuyển biến rõ nét về trật tự đô thị, vệ sinh môi trường.")
    document.add_paragraph("2. Yêu cầu: Phân công rõ người, rõ việc, rõ thời gian, rõ kết quả.")
    _bold(document, "II. CHỈ TIÊU CHỦ YẾU ĐẾN NĂM 2030")
    document.add_paragraph("- Tỷ lệ chất thải rắn sinh hoạt được thu gom, xử lý đạt 100%.")
    document.add_paragraph("- Tỷ lệ hộ dân được sử dụng nước sạch đạt trên 99,5%.")
    document.add_paragraph("- Trồng mới ít nhất 1.500 cây xanh đô thị.")
    document.add_paragraph("- Phấn đấu đến năm 2028, 100% tuyến phố chính có vỉa hè được chỉnh trang.")
    _bold(document, "III. CÁC CHƯƠNG TRÌNH")
    _bold(document, "1. Chương trình chỉnh trang vỉa hè, lòng đường")
    document.add_paragraph(
        "a) Mục tiêu: Lập lại trật tự lòng đường, vỉa hè trên các tuyến phố Trần Thành Ngọ, Lê Quốc Uy."
    )
    document.add_paragraph(
        "b) Nội dung thực hiện: Rà soát, xử lý các trường hợp lấn chiếm; lát lại vỉa hè; kẻ vạch dừng đỗ xe."
    )
    document.add_paragraph("c) Đơn vị chủ trì: Phòng Kinh tế, Hạ tầng và Đô thị.")
    document.add_paragraph("d) Đơn vị phối hợp: Công an phường; các tổ dân phố.")
    document.add_paragraph("đ) Thời gian thực hiện: 2026-2027.")
    _bold(document, "2. Chương trình phân loại rác tại nguồn")
    document.add_paragraph("a) Mục tiêu: 100% hộ gia đình phân loại rác tại nguồn vào năm 2027.")
    document.add_paragraph("b) Nội dung thực hiện: Cấp thùng phân loại; tuyên truyền tại từng tổ dân phố.")
    document.add_paragraph("c) Đơn vị chủ trì: Phòng Văn hóa - Xã hội.")
    document.add_paragraph("d) Đơn vị phối hợp: Hội Liên hiệp Phụ nữ phường, Trung tâm Dịch vụ Sự nghiệp công.")
    document.add_paragraph("đ) Thời gian thực hiện: Thường xuyên.")
    _bold(document, "IV. TỔ CHỨC THỰC HIỆN")
    document.add_paragraph(
        "Các phòng, đơn vị căn cứ nhiệm vụ được giao tại Phụ lục kèm theo, báo cáo kết quả về Văn phòng "
        "HĐND-UBND phường trước ngày 15 tháng 12 hằng năm."
    )
    _bold(document, "TM. ỦY BAN NHÂN DÂN")
    _bold(document, "CHỦ TỊCH")
    _page_break(document)
    _bold(document, "Phụ lục")
    _bold(document, "NHIỆM VỤ CỤ THỂ THỰC HIỆN KẾ HOẠCH")
    rows = [
        TASK_HEADER,
        ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)"],
        ["A", "TRẬT TỰ ĐÔ THỊ", "", "", "", ""],
        ["1", "Ra quân lập lại trật tự vỉa hè các tuyến phố chính", "Phòng Kinh tế, Hạ tầng và Đô thị",
         "Công an phường, các tổ dân phố", "Quý II/2026", "Biên bản, báo cáo"],
        ["2", "Lát lại vỉa hè phố Trần Thành Ngọ", "Phòng Kinh tế, Hạ tầng và Đô thị",
         "Trung tâm Dịch vụ Sự nghiệp công", "2026-2027", "Tuyến phố được chỉnh trang"],
        ["", "", "", "", "", ""],
        ["B", "MÔI TRƯỜNG", "", "", "", ""],
        ["3", "Cấp thùng phân loại rác cho hộ gia đình", "Phòng Văn hóa - Xã hội",
         "Hội Liên hiệp Phụ nữ phường", "Quý IV/2026", "Thùng rác phân loại"],
        ["4", "Tổng vệ sinh môi trường ngày Chủ nhật xanh", "Ủy ban Mặt trận Tổ quốc Việt Nam phường",
         "Các đoàn thể phường", "Hằng tháng", "Khu dân cư sạch đẹp"],
    ]  # fmt: skip
    _grid(document, rows, merge_rows=(2, 6))
    return _save(document)


# --- C: Đảng ủy phường Hồng Bàng, Word's own numbering ------------------------------------------


def doc_c() -> bytes:
    """Đảng ủy phường Hồng Bàng, 08-KH/ĐU: private economy; parts and items numbered by Word."""
    document = docx.Document()
    num = _auto_numbering(document)
    _header_table(
        document,
        ["ĐẢNG BỘ THÀNH PHỐ HẢI PHÒNG", "ĐẢNG ỦY PHƯỜNG HỒNG BÀNG", "Số 08-KH/ĐU"],
        ["ĐẢNG CỘNG SẢN VIỆT NAM", "Hồng Bàng, ngày 20 tháng 01 năm 2026"],
        two_rows=False,
    )
    _bold(document, "KẾ HOẠCH")
    _bold(document, "Thực hiện Nghị quyết số 68-NQ/TW của Bộ Chính trị về phát triển kinh tế tư nhân")
    document.add_paragraph(
        "Thực hiện Nghị quyết số 68-NQ/TW ngày 04/5/2025 của Bộ Chính trị về phát triển kinh tế tư nhân, "
        "Ban Thường vụ Đảng ủy phường Hồng Bàng xây dựng Kế hoạch thực hiện như sau:"
    )
    _numbered(document, "MỤC ĐÍCH, YÊU CẦU", num, 0)
    document.add_paragraph("- Nâng cao nhận thức về vai trò của kinh tế tư nhân trong phát triển phường.")
    _numbered(document, "MỤC TIÊU", num, 0)
    document.add_paragraph(
        "Phấn đấu đến năm 2030, trên địa bàn phường có ít nhất 350 doanh nghiệp đang hoạt động; thu nhập "
        "bình quân đầu người đạt trên 150 triệu đồng/năm."
    )
    document.add_paragraph("Số hộ kinh doanh chuyển lên doanh nghiệp tăng bình quân 10%/năm.")
    _numbered(document, "NHIỆM VỤ, GIẢI PHÁP", num, 0)
    _numbered(document, "Cải thiện môi trường kinh doanh", num, 1)
    _numbered(document, "Mục tiêu cụ thể", num, 2, bold=False)
    document.add_paragraph("Đến năm 2027, 100% thủ tục đăng ký hộ kinh doanh được giải quyết đúng hạn.")
    _numbered(document, "Các hoạt động chính", num, 2, bold=False)
    document.add_paragraph("Tổ chức đối thoại doanh nghiệp định kỳ; công khai quy trình thủ tục.")
    _numbered(document, "Phân công thực hiện", num, 2, bold=False)
    document.add_paragraph("Đơn vị chủ trì: Ủy ban nhân dân phường. Đơn vị phối hợp: Thuế cơ sở 4.")
    _numbered(document, "Thời gian thực hiện", num, 2, bold=False)
    document.add_paragraph("Năm 2026 và những năm tiếp theo.")
    _numbered(document, "Hỗ trợ hộ kinh doanh chuyển đổi số", num, 1)
    _numbered(document, "Mục tiêu cụ thể", num, 2, bold=False)
    document.add_paragraph("Đến năm 2030, 80% hộ kinh doanh sử dụng hóa đơn điện tử.")
    _numbered(document, "Phân công thực hiện", num, 2, bold=False)
    document.add_paragraph("Phòng Kinh tế, Hạ tầng và Đô thị chủ trì, phối hợp với Thuế cơ sở 4.")
    _numbered(document, "Thời gian thực hiện", num, 2, bold=False)
    document.add_paragraph("2026-2028.")
    _numbered(document, "TỔ CHỨC THỰC HIỆN", num, 0)
    document.add_paragraph("Văn phòng Đảng ủy theo dõi, đôn đốc việc thực hiện Kế hoạch.")
    _bold(document, "T/M BAN THƯỜNG VỤ")
    _bold(document, "PHÓ BÍ THƯ")
    _page_break(document)
    _bold(document, "PHỤ LỤC")
    _bold(document, "CÁC NHIỆM VỤ CỤ THỂ")
    rows = [
        ["TT", "Nhiệm vụ", "Đơn vị thực hiện", "", "Thời gian hoàn thành", "Sản phẩm"],
        ["", "", "Chủ trì", "Phối hợp", "", ""],
        ["1", "Hội nghị đối thoại doanh nghiệp, hộ kinh doanh", "Ủy ban nhân dân phường",
         "Ủy ban Mặt trận Tổ quốc Việt Nam phường; Hội Doanh nhân trẻ", "Hằng năm", "Hội nghị đối thoại"],
        ["2", "Rà soát, công khai thủ tục đăng ký kinh doanh", "Văn phòng HĐND-UBND phường", "",
         "Quý I/2026", "Quy trình được niêm yết"],
        ["3", "Tập huấn hóa đơn điện tử cho hộ kinh doanh", "Phòng Kinh tế, Hạ tầng và Đô thị",
         "Thuế cơ sở 4", "Quý III/2026", "Lớp tập huấn"],
        ["4", "Tuyên dương doanh nghiệp, hộ kinh doanh tiêu biểu", "Ủy ban nhân dân phường",
         "Phòng Văn hóa - Xã hội", "Năm 2030", "Quyết định khen thưởng"],
    ]  # fmt: skip
    _grid(
        document,
        rows,
        header_rows=2,
        spans=((0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 3), (0, 4, 1, 4), (0, 5, 1, 5)),
    )
    return _save(document)


DOCUMENTS = {"a-le-chan-45": doc_a, "b-kien-an-112": doc_b, "c-hong-bang-08": doc_c}

# What the office checks after the import (read by hand from the documents above).
EXPECTED = {
    "a-le-chan-45": {
        "ward": "Lê Chân",
        "number": "45-KH/ĐU",
        "issuing_body_name": "ĐẢNG ỦY PHƯỜNG LÊ CHÂN",
        "date": "2026-03-12",
        "basis": 2,
        "items": [
            ("part", "MỤC ĐÍCH, YÊU CẦU"),
            ("part", "MỤC TIÊU"),
            ("part", "NHIỆM VỤ TRỌNG TÂM"),
            ("key_task", "Hoàn thiện hạ tầng số và cơ sở dữ liệu dùng chung của phường"),
            ("key_task", "Phát triển công dân số, xã hội số"),
            ("part", "TỔ CHỨC THỰC HIỆN"),
            ("appendix", "DANH MỤC NHIỆM VỤ CHUYỂN ĐỔI SỐ GIAI ĐOẠN 2026 - 2030"),
            ("group", "CHÍNH QUYỀN SỐ"),
            ("group", "XÃ HỘI SỐ"),
            ("appendix", "DANH MỤC DỰ ÁN ĐẦU TƯ HẠ TẦNG SỐ"),
        ],
        # Items proposed beside those above that are right too (sections, duties).
        "also": [
            ("section", "Mục tiêu chung"),
            ("section", "Mục tiêu cụ thể"),
            ("duty", "Ủy ban nhân dân phường xây dựng kế hoạch cụ thể"),
            ("duty", "Văn phòng Đảng ủy"),
        ],
        "targets": 4,
        "tasks": 5,
        "projects": 2,
        "sample_project": ("Hệ thống camera giám sát an ninh trật tự các tuyến phố chính", "2500", {2027: "2500"}),
        "sample_task": (
            "Tuyên truyền kỹ năng số cho người dân",
            "Phòng Văn hóa - Xã hội",
            "Ủy ban Mặt trận Tổ quốc Việt Nam phường, các tổ dân phố",
            "Hằng năm",
        ),
        "key_task": (
            "Hoàn thiện hạ tầng số và cơ sở dữ liệu dùng chung của phường",
            "Văn phòng HĐND-UBND phường",
            "Quý II/2026",
        ),
    },
    "b-kien-an-112": {
        "ward": "Kiến An",
        "number": "112/KH-UBND",
        "issuing_body_name": "ỦY BAN NHÂN DÂN PHƯỜNG KIẾN AN",
        "date": "2026-02-05",
        "basis": 2,
        "items": [
            ("part", "MỤC ĐÍCH, YÊU CẦU"),
            ("part", "CHỈ TIÊU CHỦ YẾU ĐẾN NĂM 2030"),
            ("part", "CÁC CHƯƠNG TRÌNH"),
            ("programme", "Chương trình chỉnh trang vỉa hè, lòng đường"),
            ("programme", "Chương trình phân loại rác tại nguồn"),
            ("part", "TỔ CHỨC THỰC HIỆN"),
            ("appendix", "NHIỆM VỤ CỤ THỂ THỰC HIỆN KẾ HOẠCH"),
            ("group", "TRẬT TỰ ĐÔ THỊ"),
            ("group", "MÔI TRƯỜNG"),
        ],
        "also": [("section", "Mục đích"), ("section", "Yêu cầu")],
        "targets": 5,
        "tasks": 4,
        "projects": 0,
        "sample_task": (
            "Lát lại vỉa hè phố Trần Thành Ngọ",
            "Phòng Kinh tế, Hạ tầng và Đô thị",
            "Trung tâm Dịch vụ Sự nghiệp công",
            "2026-2027",
        ),
        "key_task": ("Chương trình phân loại rác tại nguồn", "Phòng Văn hóa - Xã hội", "Thường xuyên"),
    },
    "c-hong-bang-08": {
        "ward": "Hồng Bàng",
        "number": "08-KH/ĐU",
        "issuing_body_name": "ĐẢNG ỦY PHƯỜNG HỒNG BÀNG",
        "date": "2026-01-20",
        "basis": 1,
        "items": [
            ("part", "MỤC ĐÍCH, YÊU CẦU"),
            ("part", "MỤC TIÊU"),
            ("part", "NHIỆM VỤ, GIẢI PHÁP"),
            ("key_task", "Cải thiện môi trường kinh doanh"),
            ("key_task", "Hỗ trợ hộ kinh doanh chuyển đổi số"),
            ("part", "TỔ CHỨC THỰC HIỆN"),
            ("appendix", "CÁC NHIỆM VỤ CỤ THỂ"),
        ],
        "also": [],
        "targets": 5,
        "tasks": 4,
        "projects": 0,
        "sample_task": (
            "Tập huấn hóa đơn điện tử cho hộ kinh doanh",
            "Phòng Kinh tế, Hạ tầng và Đô thị",
            "Thuế cơ sở 4",
            "Quý III/2026",
        ),
        "key_task": ("Hỗ trợ hộ kinh doanh chuyển đổi số", "Phòng Kinh tế, Hạ tầng và Đô thị", "2026-2028"),
    },
}


def as_pasted_text(data: bytes) -> str:
    """The document as an office pastes it after "Select all, Copy" in Word: a paragraph a line,
    a table row a line of tab-separated cells, the paragraphs of one cell on lines of their own."""
    from exchange.plan_document.source import blocks_from_docx

    lines = []
    for block in blocks_from_docx(data):
        if block.is_table:
            lines += ["\t".join(row) for row in block.rows]
        else:
            lines.append(block.text)
    return "\n".join(lines)
