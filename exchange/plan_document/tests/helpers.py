"""Small real-shaped plan documents for the reader's tests, and a .docx built from them."""

import io

import docx

BASIS = (
    "Căn cứ Nghị quyết số 03-NQ/ĐU ngày 28/8/2025 của Đảng ủy phường; Chương trình hành động số 04-CTr/ĐU "
    "ngày 25/9/2025 của Đảng ủy phường, Ban Thường vụ Đảng ủy ban hành Kế hoạch như sau:"
)
PLAN_TEXT = f"""ĐẢNG BỘ THÀNH PHỐ HẢI PHÒNG
ĐẢNG ỦY PHƯỜNG AN BIÊN
Số: 12-KH/ĐU
ĐẢNG CỘNG SẢN VIỆT NAM
An Biên, ngày 05 tháng 3 năm 2026
KẾ HOẠCH
Thực hiện mục tiêu phát triển kinh tế - xã hội giai đoạn 2026 - 2030
{BASIS}
A. MỤC ĐÍCH, YÊU CẦU
1. Mục đích
- Cụ thể hóa Nghị quyết Đại hội Đảng bộ phường.
2. Yêu cầu
- Bám sát quan điểm chỉ đạo của cấp trên.
B. CHƯƠNG TRÌNH, NHIỆM VỤ CHỦ YẾU
I. CÁC CHƯƠNG TRÌNH
1. Chương trình phát triển kinh tế tư nhân
1.1. Mục tiêu tổng quát
Kinh tế tư nhân là động lực quan trọng của phường.
1.2. Mục tiêu cụ thể
Đến năm 2030:
- Phấn đấu có 20 doanh nghiệp/1.000 dân.
- Tỷ lệ hộ dân sử dụng nước sạch đạt 100%.
1.3. Các hoạt động chính
- Tổ chức đối thoại với doanh nghiệp hằng năm.
1.4. Phân công thực hiện: Giao Ủy ban nhân dân phường chủ trì.
1.5. Thời gian thực hiện: Giai đoạn 2026 - 2030.
1.6. Nguồn lực: Ngân sách nhà nước.
XIX. NHIỆM VỤ KHÁC
a) Nhiệm vụ về văn hóa
C. TỔ CHỨC THỰC HIỆN
Văn phòng Đảng ủy theo dõi, tổng hợp.
Nơi nhận:
- Như trên,
T/M BAN THƯỜNG VỤ
BÍ THƯ
PHỤ LỤC 1
CÁC NHIỆM VỤ TRỌNG TÂM
STT\tNhiệm vụ\tĐơn vị chủ trì\tĐơn vị phối hợp\tThời gian\tKết quả/ sản phẩm
I. Phát triển kinh tế\t\t\t\t\t
1\tHỗ trợ doanh nghiệp\tUBND phường\tCác phòng chuyên môn\tHàng năm\tHội nghị đối thoại
2\tCải cách thủ tục hành chính\tUBND phường\t\t2026-2030\tChỉ số CCHC
"""


def docx_bytes(paragraphs, table=None) -> bytes:
    """A .docx with ``paragraphs`` (text, or (text, style)) then ``table`` (rows of cells)."""
    document = docx.Document()
    for paragraph in paragraphs:
        text, style = paragraph if isinstance(paragraph, tuple) else (paragraph, None)
        document.add_paragraph(text, style=style)
    if table:
        grid = document.add_table(rows=len(table), cols=len(table[0]))
        for r, row in enumerate(table):
            for c, value in enumerate(row):
                grid.cell(r, c).text = value
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()
