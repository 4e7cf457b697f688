"""New-user trial 4: three plan documents written blind, in shapes the first three trials lacked.

Written before reading the plan reader's code, from the shapes of public documents found with the
search tool (addresses in ``SOURCES``); the wards are real wards of Hải Phòng, the text is the
trial's own. Each builder returns the .docx bytes; ``EXPECTED_*`` is the hand reading of what a
careful clerk wants the import to propose (not what the code does), in the form
``trial3_checks`` scores, plus ``projects`` (appendix project rows) for N.

L — HĐND phường An Dương, a resolution (Nghị quyết) on the 2026–2030 plan: articles "Điều 1. …",
"Điều 2. Tổ chức thực hiện", "Điều 3. …"; the targets under Điều 1 as "2. Các chỉ tiêu chủ yếu đến
năm 2030" with "a) Về kinh tế:" groups of "- " lines; tasks and solutions as "a)", "b)" items with
"+" sub-bullets; "KHÓA I, KỲ HỌP THỨ TƯ", "QUYẾT NGHỊ:"; the adoption sentence "Nghị quyết này đã
được Hội đồng nhân dân phường … thông qua ngày …"; signature "TM. HỘI ĐỒNG NHÂN DÂN / CHỦ TỊCH".
M — UBND phường Lưu Kiếm, a plan whose task appendix has the lead unit cell merged vertically
over several task rows, tasks "1.1", "1.2" under Roman groups, the header typed again in the
middle of the table (a page break), a "Kết quả/sản phẩm" column, and periods "Trước 30/6/2026",
"Tháng 6 hằng năm", "2026 – 2030" (en dash).
N — UBND phường Thành Đông, a medium-term public investment plan with a project list appendix:
STT | Tên dự án | Địa điểm | Quy mô | Tổng mức đầu tư (triệu đồng) | Nguồn vốn | Thời gian thực
hiện | Chủ đầu tư; groups "A. Dự án chuyển tiếp", "B. Dự án khởi công mới" typed in two cells,
a "Cộng" row per group and a "Tổng cộng" row; amounts printed "12.500" and "1.250,5".
"""

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH

from exchange.plan_document.tests.realistic_docs_3 import (
    _bold,
    _bytes,
    _committee_opening,
    _header_table,
    _page_break,
    _signature,
)

SOURCES = {
    "L": [
        "https://uat.nhansu.vn/van-ban-phap-luat/Nghi-quyet-482-NQ-HDND-2025-Ke-hoach-phat-trien-kinh-te-xa-hoi-Ha-Noi-2026-682711.html",
        "https://vbpl.vn/thanhhoa/Pages/vbpq-toanvan.aspx?ItemID=105569",
        "https://baophutho.vn/ky-hop-thu-tu-hdnd-phuong-tan-hoa-244615.htm",
        "https://antuong.tuyenquang.gov.vn/vi?id=home",
    ],
    "M": [
        "https://thuviennhadat.vn/vbpl/ke-hoach-1576-kh-ubnd-2019-danh-gia-hai-long-giai-quyet-thu-tuc-hanh-chinh-ho-chi-minh-541465.html",
        "https://phapluatcongdong.vn/van-ban/van-ban-khac-155-kh-ubnd-ban-hanh-tinh-bac-ninh-nam-2017-p121216.htm",
    ],
    "N": [
        "https://ls1.hethongphapluat.com/nghi-quyet-39-nq-hdnd-nam-2018-ve-ke-hoach-dau-tu-cong-nam-2019-do-tinh-quang-nam-ban-hanh.html",
        "https://baogialai.com.vn/hdnd-phuong-dien-hong-thong-qua-9-nghi-quyet-quan-trong-post576192.html",
    ],
}

WARD_UNITS = [
    "Ủy ban nhân dân phường",
    "Văn phòng HĐND và UBND phường",
    "Phòng Kinh tế, Hạ tầng và Đô thị",
    "Phòng Văn hóa - Xã hội",
    "Công an phường",
    "Trung tâm Dịch vụ sự nghiệp công",
    "Ủy ban Mặt trận Tổ quốc Việt Nam phường",
]


def _grid(document, rows, *, across=(), down=()):
    """A table of ``rows``; ``across`` holds (row, first column) whose text spans to the last
    column; ``down`` holds (first row, last row, column) whose text, taken from the first row,
    spans those rows (as Word merges a lead unit over several tasks)."""
    width = len(rows[0])
    table = document.add_table(rows=len(rows), cols=width)
    table.style = "Table Grid"
    spanned = {(r, c) for first, last, c in down for r in range(first, last + 1)}
    spanned |= {(r, c) for r, start in across for c in range(start, width)}
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            if (r, c) not in spanned:
                table.cell(r, c).text = value
    for r, start in across:
        table.cell(r, start).merge(table.cell(r, width - 1)).text = rows[r][start]
    for first, last, c in down:
        table.cell(first, c).merge(table.cell(last, c)).text = rows[first][c]
    return table


# --- L: HĐND phường An Dương, Nghị quyết về Kế hoạch phát triển KT-XH 2026-2030 -------------

L_TARGET_GROUPS = [
    (
        "a",
        "Về kinh tế:",
        [
            "- Tổng thu ngân sách nhà nước trên địa bàn tăng bình quân 12%/năm.",
            "- Thu nhập bình quân đầu người đạt 160 triệu đồng/người/năm.",
        ],
    ),
    (
        "b",
        "Về văn hóa - xã hội:",
        [
            "- Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều giảm còn dưới 0,5%.",
            "- Tỷ lệ người dân tham gia bảo hiểm y tế đạt trên 95%.",
            "- Có 100% trường học đạt chuẩn quốc gia.",
        ],
    ),
    ("c", "Về môi trường:", ["- Tỷ lệ chất thải rắn sinh hoạt được thu gom, xử lý đạt 100%."]),
    (
        "d",
        "Về quốc phòng, an ninh:",
        ["- Hằng năm hoàn thành 100% chỉ tiêu tuyển chọn và gọi công dân nhập ngũ."],
    ),
]

L_SOLUTIONS = [
    (
        "a",
        "Phát triển kinh tế đô thị, thương mại, dịch vụ",
        [
            "+ Thu hút đầu tư các dự án thương mại, dịch vụ dọc tuyến Quốc lộ 5 và đường Tôn Đức Thắng.",
            "+ Hỗ trợ hộ kinh doanh chuyển đổi lên doanh nghiệp; tổ chức đối thoại doanh nghiệp hằng năm.",
        ],
    ),
    (
        "b",
        "Quản lý quy hoạch, đất đai, xây dựng và trật tự đô thị",
        [
            "+ Công khai quy hoạch phân khu; kiểm tra, xử lý dứt điểm vi phạm trật tự xây dựng.",
            "+ Đẩy nhanh giải phóng mặt bằng các dự án trọng điểm trên địa bàn.",
        ],
    ),
    (
        "c",
        "Phát triển văn hóa - xã hội, bảo đảm an sinh xã hội",
        [
            "+ Nâng cao chất lượng giáo dục; đầu tư cơ sở vật chất trường học theo chuẩn quốc gia.",
            "+ Thực hiện đầy đủ chính sách đối với người có công, hộ nghèo, hộ cận nghèo.",
        ],
    ),
    (
        "d",
        "Cải cách hành chính, chuyển đổi số; giữ vững quốc phòng, an ninh",
        [
            "+ Đẩy mạnh giải quyết thủ tục hành chính trực tuyến toàn trình.",
            "+ Xây dựng lực lượng dân quân vững mạnh; giữ vững an ninh chính trị, trật tự an toàn xã hội.",
        ],
    ),
]

L_DUTIES = [
    (
        "Ủy ban nhân dân phường",
        "1. Giao Ủy ban nhân dân phường tổ chức triển khai thực hiện Nghị quyết; hằng năm báo cáo kết quả "
        "thực hiện tại kỳ họp thường lệ cuối năm của Hội đồng nhân dân phường.",
    ),
    (
        "Thường trực Hội đồng nhân dân",
        "2. Giao Thường trực Hội đồng nhân dân, các Ban của Hội đồng nhân dân, các Tổ đại biểu và đại biểu "
        "Hội đồng nhân dân phường giám sát việc thực hiện Nghị quyết.",
    ),
    (
        "Ủy ban Mặt trận Tổ quốc Việt Nam phường",
        "3. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam phường và các tổ chức chính trị - xã hội tuyên truyền, "
        "vận động Nhân dân thực hiện và tham gia giám sát việc thực hiện Nghị quyết.",
    ),
]


def document_l() -> bytes:
    """HĐND phường An Dương: a resolution structured by articles."""
    document = Document()
    _header_table(
        document,
        (["HỘI ĐỒNG NHÂN DÂN", "PHƯỜNG AN DƯƠNG"], ["Số: 12/NQ-HĐND"]),
        (
            ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"],
            ["An Dương, ngày 18 tháng 12 năm 2025"],
        ),
    )
    _bold(document, "NGHỊ QUYẾT", center=True)
    _bold(document, "Về Kế hoạch phát triển kinh tế - xã hội 5 năm giai đoạn 2026 - 2030", center=True)
    _bold(document, "HỘI ĐỒNG NHÂN DÂN PHƯỜNG AN DƯƠNG", center=True)
    _bold(document, "KHÓA I, KỲ HỌP THỨ TƯ", center=True)
    document.add_paragraph("Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;")
    document.add_paragraph(
        "Căn cứ Nghị quyết Đại hội đại biểu Đảng bộ phường An Dương lần thứ I, nhiệm kỳ 2025 - 2030;"
    )
    document.add_paragraph(
        "Xét Tờ trình số 85/TTr-UBND ngày 05/12/2025 của Ủy ban nhân dân phường về Kế hoạch phát triển "
        "kinh tế - xã hội 5 năm giai đoạn 2026 - 2030; Báo cáo thẩm tra của Ban Kinh tế - Xã hội Hội đồng "
        "nhân dân phường; ý kiến thảo luận của đại biểu Hội đồng nhân dân phường tại kỳ họp."
    )
    _bold(document, "QUYẾT NGHỊ:", center=True)
    document.add_paragraph(
        "Điều 1. Thông qua Kế hoạch phát triển kinh tế - xã hội 5 năm giai đoạn 2026 - 2030 của phường "
        "An Dương với các nội dung chủ yếu sau:"
    )
    _bold(document, "1. Mục tiêu tổng quát")
    document.add_paragraph(
        "Xây dựng phường An Dương phát triển nhanh, bền vững, trở thành đô thị thương mại, dịch vụ cửa ngõ "
        "phía Tây thành phố; đời sống vật chất, tinh thần của Nhân dân không ngừng được nâng cao."
    )
    _bold(document, "2. Các chỉ tiêu chủ yếu đến năm 2030")
    for letter, label, lines in L_TARGET_GROUPS:
        document.add_paragraph(f"{letter}) {label}")
        for line in lines:
            document.add_paragraph(line)
    _bold(document, "3. Nhiệm vụ và giải pháp chủ yếu")
    for letter, title, bullets in L_SOLUTIONS:
        document.add_paragraph(f"{letter}) {title}")
        for bullet in bullets:
            document.add_paragraph(bullet)
    document.add_paragraph("Điều 2. Tổ chức thực hiện")
    for _body, text in L_DUTIES:
        document.add_paragraph(text)
    document.add_paragraph("Điều 3. Hiệu lực thi hành")
    document.add_paragraph(
        "Nghị quyết này đã được Hội đồng nhân dân phường An Dương khóa I, kỳ họp thứ Tư thông qua ngày "
        "18 tháng 12 năm 2025 và có hiệu lực kể từ ngày thông qua./."
    )
    _signature(
        document,
        ["TM. HỘI ĐỒNG NHÂN DÂN", "CHỦ TỊCH"],
        "Nguyễn Thị Lan",
        ["- Thường trực HĐND thành phố;", "- UBND thành phố;", "- Đại biểu HĐND phường;", "- Lưu: VT."],
    )
    return _bytes(document)


EXPECTED_L = {
    "ward": ("An Dương", "an-duong"),
    "units": WARD_UNITS,
    "header": {
        "number": "12/NQ-HĐND",
        "issuing_body": "hdnd",
        "issued_on": "2025-12-18",
        # The two "Căn cứ" lines and the "Xét Tờ trình …" one: what the council considered rests
        # the resolution as its basis does (changed after the trials, "Trial leftovers built" in
        # docs/IMPORT_QUALITY.md; the blind reading counted 2).
        "basis": 3,
        "period_start_year": 2026,
        "period_end_year": 2030,
        "signer_name": "Nguyễn Thị Lan",
    },
    "items": [
        ("Điều 1", {"part", "section"}, "Thông qua Kế hoạch phát triển kinh tế", None),
        ("2", {"section", "part", "group"}, "Các chỉ tiêu chủ yếu", "Điều 1"),
        ("3", {"section", "part", "group"}, "Nhiệm vụ và giải pháp chủ yếu", "Điều 1"),
        *[(letter, {"solution", "group", "key_task", "field"}, title, "3") for letter, title, _b in L_SOLUTIONS],
        ("Điều 2", {"part", "section"}, "Tổ chức thực hiện", None),
        *[(str(i), {"duty"}, body, "Điều 2") for i, (body, _text) in enumerate(L_DUTIES, start=1)],
    ],
    "optional": [
        ("1", "Mục tiêu tổng quát"),
        *[(letter, label.rstrip(":")) for letter, label, _lines in L_TARGET_GROUPS],
        ("Điều 3", "Hiệu lực thi hành"),
    ],
    "targets": [
        {
            "measure": "tong thu ngan sach nha nuoc",
            "value": 12,
            "direction": "exactly",
            "unit": "%/năm",
            "horizon": 2030,
            "annual": True,
            "change": "increase",
        },
        {
            "measure": "thu nhap binh quan dau nguoi",
            "value": 160,
            "direction": "exactly",
            "unit": "triệu đồng/người/năm",
            "horizon": 2030,
            "annual": False,
        },
        {"measure": "ho ngheo", "value": 0.5, "direction": "at_most", "unit": "%", "horizon": 2030},
        {"measure": "bao hiem y te", "value": 95, "direction": "at_least", "unit": "%", "horizon": 2030},
        {
            "measure": "truong hoc dat chuan quoc gia",
            "value": 100,
            "direction": "exactly",
            "unit": "%",
            "horizon": 2030,
        },
        {"measure": "chat thai ran sinh hoat", "value": 100, "direction": "exactly", "unit": "%", "horizon": 2030},
        {
            "measure": "tuyen chon va goi cong dan nhap ngu",
            "value": 100,
            "direction": "exactly",
            "unit": "%",
            "horizon": 2030,
            "annual": True,
        },
    ],
    "tasks": [],
    "projects": [],
}


# --- M: UBND phường Lưu Kiếm, lead unit merged down, "1.1" tasks, header typed again ---------

M_HEADER = ("STT", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian thực hiện", "Kết quả/sản phẩm")

# (group number, group title, [(number, title, lead, partners, period, product)]); a lead printed
# once for several rows is merged down over them (``M_LEAD_SPANS``).
M_GROUPS = [
    (
        "I",
        "PHÁT TRIỂN THƯƠNG MẠI, DỊCH VỤ",
        [
            (
                "1.1",
                "Rà soát, quy hoạch lại mạng lưới chợ, cửa hàng tiện lợi trên địa bàn phường",
                "Phòng Kinh tế, Hạ tầng và Đô thị",
                "Các tổ dân phố",
                "Trước 30/6/2026",
                "Báo cáo rà soát",
            ),
            (
                "1.2",
                "Tổ chức hội chợ hàng Việt, kết nối tiêu thụ sản phẩm của hộ kinh doanh",
                "Phòng Kinh tế, Hạ tầng và Đô thị",
                "Ủy ban Mặt trận Tổ quốc Việt Nam phường",
                "Tháng 6 hằng năm",
                "Hội chợ được tổ chức",
            ),
            (
                "1.3",
                "Hỗ trợ hộ kinh doanh đăng ký thành lập doanh nghiệp",
                "Phòng Kinh tế, Hạ tầng và Đô thị",
                "Thuế cơ sở 9",
                "2026 – 2030",
                "Số doanh nghiệp thành lập mới",
            ),
        ],
    ),
    (
        "II",
        "CHỈNH TRANG ĐÔ THỊ, BẢO VỆ MÔI TRƯỜNG",
        [
            (
                "2.1",
                "Lắp đặt biển tên đường, biển số nhà trên các tuyến phố chính",
                "Văn phòng HĐND và UBND phường",
                "Công an phường",
                "Quý IV/2026",
                "Biển tên đường, số nhà được lắp đặt",
            ),
            (
                "2.2",
                "Xây dựng tuyến phố văn minh đô thị, không rác thải nhựa",
                "Phòng Văn hóa - Xã hội",
                "Đoàn Thanh niên phường; các tổ dân phố",
                "Hằng năm",
                "Tuyến phố được công nhận",
            ),
            (
                "2.3",
                "Tổ chức ra quân tổng vệ sinh môi trường, khơi thông cống rãnh",
                "Phòng Văn hóa - Xã hội",
                "Các tổ dân phố",
                "Năm 2027",
                "Kế hoạch và báo cáo kết quả",
            ),
        ],
    ),
    (
        "III",
        "CẢI CÁCH HÀNH CHÍNH",
        [
            (
                "3.1",
                "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính",
                "Văn phòng HĐND và UBND phường",
                "Trung tâm Dịch vụ sự nghiệp công",
                "2026 – 2027",
                "Dữ liệu được số hóa",
            ),
            (
                "3.2",
                "Khảo sát mức độ hài lòng của người dân đối với dịch vụ hành chính công",
                "Văn phòng HĐND và UBND phường",
                "Ủy ban Mặt trận Tổ quốc Việt Nam phường",
                "Tháng 11 hằng năm",
                "Báo cáo kết quả khảo sát",
            ),
        ],
    ),
]


def _m_table_rows():
    """The appendix rows with the header typed again after 2.1 (the table broke across a page),
    and the spans of the lead cell merged down: each run of adjacent tasks with the same lead
    (group I's three tasks, 2.2–2.3, 3.1–3.2)."""
    rows, across = [M_HEADER], []
    for number, title, tasks in M_GROUPS:
        across.append((len(rows), 1))
        rows.append((number, title, "", "", "", ""))
        for task in tasks:
            if task[0] == "2.2":
                rows.append(M_HEADER)
            rows.append(task)
    task_rows = [index for index, row in enumerate(rows) if "." in row[0]]
    down, start = [], task_rows[0]
    for previous, index in zip(task_rows, [*task_rows[1:], None], strict=True):
        if index == previous + 1 and rows[index][2] == rows[previous][2]:
            continue
        if previous > start:
            down.append((start, previous, 2))
        start = index
    return rows, across, down


def document_m() -> bytes:
    """UBND phường Lưu Kiếm: a plan whose task appendix was typed with merged lead cells."""
    document = _committee_opening(
        "PHƯỜNG LƯU KIẾM",
        "58/KH-UBND",
        "Lưu Kiếm, ngày 12 tháng 02 năm 2026",
        "Phát triển thương mại, dịch vụ và chỉnh trang đô thị phường Lưu Kiếm giai đoạn 2026 – 2030",
    )
    document.add_paragraph(
        "Căn cứ Nghị quyết số 10/NQ-HĐND ngày 20/12/2025 của Hội đồng nhân dân phường về Kế hoạch phát "
        "triển kinh tế - xã hội 5 năm giai đoạn 2026 - 2030;"
    )
    document.add_paragraph(
        "Căn cứ Kế hoạch số 25-KH/ĐU ngày 15/01/2026 của Ban Thường vụ Đảng ủy phường thực hiện Nghị quyết "
        "Đại hội Đảng bộ phường lần thứ I;"
    )
    document.add_paragraph("Ủy ban nhân dân phường Lưu Kiếm ban hành Kế hoạch như sau:")
    _bold(document, "I. MỤC ĐÍCH, YÊU CẦU")
    document.add_paragraph(
        "- Cụ thể hóa các mục tiêu của Nghị quyết Hội đồng nhân dân phường thành nhiệm vụ của từng cơ quan, "
        "đơn vị, bảo đảm rõ người, rõ việc, rõ thời gian, rõ kết quả."
    )
    _bold(document, "II. MỤC TIÊU")
    document.add_paragraph("Đến năm 2030:")
    for line in M_TARGET_LINES:
        document.add_paragraph(line)
    _bold(document, "III. NHIỆM VỤ, GIẢI PHÁP")
    document.add_paragraph("Các nhiệm vụ cụ thể, đơn vị thực hiện và thời gian hoàn thành tại Phụ lục kèm theo.")
    _bold(document, "IV. TỔ CHỨC THỰC HIỆN")
    document.add_paragraph(
        "1. Phòng Kinh tế, Hạ tầng và Đô thị là cơ quan thường trực, theo dõi, đôn đốc và tổng hợp kết quả "
        "thực hiện Kế hoạch, báo cáo Ủy ban nhân dân phường 6 tháng và hằng năm."
    )
    document.add_paragraph(
        "2. Các cơ quan, đơn vị được giao chủ trì căn cứ Phụ lục xây dựng kế hoạch cụ thể và báo cáo kết quả "
        "trước ngày 15 tháng 12 hằng năm."
    )
    _signature(
        document,
        ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"],
        "Đỗ Minh Tuấn",
        ["- TT Đảng ủy, HĐND phường;", "- Các cơ quan, đơn vị;", "- Lưu: VT."],
    )
    _page_break(document)
    _bold(document, "PHỤ LỤC", center=True)
    _bold(document, "DANH MỤC NHIỆM VỤ THỰC HIỆN KẾ HOẠCH GIAI ĐOẠN 2026 – 2030", center=True)
    document.add_paragraph("(Kèm theo Kế hoạch số 58/KH-UBND ngày 12/02/2026 của UBND phường Lưu Kiếm)")
    rows, across, down = _m_table_rows()
    _grid(document, rows, across=across, down=down)
    return _bytes(document)


M_TARGET_LINES = [
    "- Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tăng bình quân 10%/năm.",
    "- 100% tuyến phố chính có biển tên đường, biển số nhà.",
    "- Có ít nhất 5 tuyến phố đạt chuẩn văn minh đô thị.",
]

EXPECTED_M = {
    "ward": ("Lưu Kiếm", "luu-kiem"),
    "units": [*WARD_UNITS, "Các tổ dân phố", "Thuế cơ sở 9", "Đoàn Thanh niên phường"],
    "header": {
        "number": "58/KH-UBND",
        "issuing_body": "ubnd",
        "issued_on": "2026-02-12",
        "basis": 2,
        "period_start_year": 2026,
        "period_end_year": 2030,
        "signer_name": "Đỗ Minh Tuấn",
    },
    "items": [
        ("II", {"part", "section"}, "MỤC TIÊU", None),
        ("III", {"part", "section"}, "NHIỆM VỤ, GIẢI PHÁP", None),
        ("IV", {"part", "section"}, "TỔ CHỨC THỰC HIỆN", None),
        ("1", {"duty"}, "Phòng Kinh tế, Hạ tầng và Đô thị", "IV"),
        ("2", {"duty"}, "Các cơ quan, đơn vị", "IV"),
        *[(number, {"group"}, title, "*") for number, title, _tasks in M_GROUPS],
    ],
    "optional": [
        ("I", "MỤC ĐÍCH, YÊU CẦU"),
        # Corrected after the blind run: the appendix's number is "PHỤ LỤC" as printed (numbers are
        # kept as printed); the blind reading spelt it "Phụ lục" or "".
        ("PHỤ LỤC", "DANH MỤC NHIỆM VỤ"),
    ],
    "targets": [
        {
            "measure": "tong muc ban le hang hoa",
            "value": 10,
            "direction": "exactly",
            "unit": "%/năm",
            "horizon": 2030,
            "annual": True,
            "change": "increase",
        },
        {"measure": "bien ten duong", "value": 100, "direction": "exactly", "unit": "%", "horizon": 2030},
        {"measure": "tuyen pho dat chuan van minh", "value": 5, "direction": "at_least", "horizon": 2030},
    ],
    "tasks": [
        {
            "number": number,
            "title": title,
            "product": product,
            "period": period,
            "lead": lead,
            "coordinating": partners,
            "group": group_title,
        }
        for _n, group_title, tasks in M_GROUPS
        for number, title, lead, partners, period, product in tasks
    ],
    # What the confirm saves for some periods: (task number, period kind, start, end, due date).
    "saved_periods": [
        ("1.1", "date", None, None, "2026-06-30"),
        ("1.2", "yearly", None, None, None),
        ("1.3", "range", 2026, 2030, None),
        ("3.1", "range", 2026, 2027, None),
        ("2.3", "year", 2027, 2027, None),
    ],
    "projects": [],
}


# --- N: UBND phường Thành Đông, danh mục dự án đầu tư công 2026-2030 -------------------------

N_HEADER = (
    "STT",
    "Tên dự án",
    "Địa điểm",
    "Quy mô",
    "Tổng mức đầu tư (triệu đồng)",
    "Nguồn vốn",
    "Thời gian thực hiện",
    "Chủ đầu tư",
)

# (letter, group title, [(number, name, place, scale, total as printed, total, funding, period,
# owner, start, end)], subtotal as printed)
N_GROUPS = [
    (
        "A",
        "Dự án chuyển tiếp",
        [
            (
                "1",
                "Cải tạo, nâng cấp đường Nguyễn Lương Bằng đoạn qua phường",
                "Tổ dân phố 3, 5",
                "Dài 1,2 km, mặt đường rộng 7,5 m",
                "12.500",
                12500,
                "Ngân sách thành phố",
                "2025 - 2027",
                "UBND phường Thành Đông",
                2025,
                2027,
            ),
            (
                "2",
                "Xây dựng nhà văn hóa tổ dân phố Thanh Bình",
                "Tổ dân phố Thanh Bình",
                "Nhà cấp III, 150 chỗ ngồi",
                "1.250,5",
                1250.5,
                "Ngân sách phường",
                "2025 - 2026",
                "UBND phường Thành Đông",
                2025,
                2026,
            ),
        ],
        "13.750,5",
    ),
    (
        "B",
        "Dự án khởi công mới",
        [
            (
                "1",
                "Xây dựng Trường Mầm non Thành Đông (cơ sở 2)",
                "Tổ dân phố 7",
                "08 phòng học và các hạng mục phụ trợ",
                "35.000",
                35000,
                "Ngân sách thành phố; ngân sách phường",
                "2026 - 2028",
                "UBND phường Thành Đông",
                2026,
                2028,
            ),
            (
                "2",
                "Lắp đặt hệ thống chiếu sáng công cộng khu dân cư Tuệ Tĩnh",
                "Khu dân cư Tuệ Tĩnh",
                "120 cột đèn LED",
                "3.200",
                3200,
                "Ngân sách phường",
                "2026",
                "Trung tâm Dịch vụ sự nghiệp công",
                2026,
                2026,
            ),
            (
                "3",
                "Chỉnh trang vỉa hè, hệ thống thoát nước đường Thanh Niên",
                "Đường Thanh Niên",
                "Dài 2,1 km",
                "18.650",
                18650,
                "Ngân sách thành phố hỗ trợ có mục tiêu",
                "2027 - 2029",
                "UBND phường Thành Đông",
                2027,
                2029,
            ),
        ],
        "56.850",
    ),
]

N_TARGET_LINES = [
    "- Hằng năm giải ngân 100% kế hoạch vốn đầu tư công được giao.",
    "- Đến năm 2030, 100% tuyến đường do phường quản lý được nhựa hóa hoặc bê tông hóa.",
]


def _n_table_rows():
    rows = [N_HEADER, tuple(f"({i})" for i in range(1, 9))]
    for letter, title, projects, subtotal in N_GROUPS:
        rows.append((letter, title, "", "", "", "", "", ""))
        for number, name, place, scale, printed, _total, funding, period, owner, _s, _e in projects:
            rows.append((number, name, place, scale, printed, funding, period, owner))
        rows.append(("", "Cộng", "", "", subtotal, "", "", ""))
    rows.append(("", "Tổng cộng", "", "", "70.600,5", "", "", ""))
    return rows


def document_n() -> bytes:
    """UBND phường Thành Đông: a medium-term public investment plan with its project list."""
    document = _committee_opening(
        "PHƯỜNG THÀNH ĐÔNG",
        "71/KH-UBND",
        "Thành Đông, ngày 05 tháng 3 năm 2026",
        "Đầu tư công trung hạn giai đoạn 2026 - 2030 phường Thành Đông",
    )
    document.add_paragraph("Căn cứ Luật Đầu tư công số 58/2024/QH15;")
    document.add_paragraph(
        "Căn cứ Nghị quyết số 15/NQ-HĐND ngày 22/12/2025 của Hội đồng nhân dân phường về dự kiến kế hoạch "
        "đầu tư công trung hạn giai đoạn 2026 - 2030;"
    )
    document.add_paragraph("Ủy ban nhân dân phường Thành Đông ban hành Kế hoạch như sau:")
    _bold(document, "I. MỤC TIÊU")
    document.add_paragraph(
        "Tập trung nguồn lực đầu tư kết cấu hạ tầng đô thị, giáo dục, văn hóa đồng bộ; không dàn trải, "
        "bảo đảm hiệu quả sử dụng vốn."
    )
    for line in N_TARGET_LINES:
        document.add_paragraph(line)
    _bold(document, "II. DANH MỤC DỰ ÁN")
    document.add_paragraph(
        "Danh mục dự án chuyển tiếp và dự án khởi công mới giai đoạn 2026 - 2030 tại Phụ lục kèm theo."
    )
    _bold(document, "III. GIẢI PHÁP THỰC HIỆN")
    document.add_paragraph("1. Huy động tối đa nguồn thu từ đấu giá quyền sử dụng đất cho đầu tư phát triển.")
    document.add_paragraph("2. Đẩy nhanh công tác giải phóng mặt bằng; xử lý dứt điểm vướng mắc của từng dự án.")
    document.add_paragraph("3. Tăng cường giám sát đầu tư của cộng đồng.")
    _bold(document, "IV. TỔ CHỨC THỰC HIỆN")
    document.add_paragraph(
        "1. Phòng Kinh tế, Hạ tầng và Đô thị tham mưu giao kế hoạch vốn hằng năm; theo dõi tiến độ, giải ngân, "
        "báo cáo Ủy ban nhân dân phường hằng quý."
    )
    document.add_paragraph("2. Trung tâm Dịch vụ sự nghiệp công tổ chức quản lý, vận hành các công trình sau đầu tư.")
    _signature(
        document,
        ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"],
        "Vũ Đức Thịnh",
        ["- Sở Tài chính;", "- TT Đảng ủy, HĐND phường;", "- Lưu: VT."],
    )
    _page_break(document)
    _bold(document, "PHỤ LỤC", center=True)
    _bold(document, "DANH MỤC DỰ ÁN ĐẦU TƯ CÔNG GIAI ĐOẠN 2026 - 2030", center=True)
    document.add_paragraph("(Kèm theo Kế hoạch số 71/KH-UBND ngày 05/3/2026 của UBND phường Thành Đông)")
    paragraph = document.add_paragraph("Đơn vị tính: triệu đồng")
    paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    _grid(document, _n_table_rows())
    return _bytes(document)


EXPECTED_N = {
    "ward": ("Thành Đông", "thanh-dong"),
    "units": WARD_UNITS,
    "header": {
        "number": "71/KH-UBND",
        "issuing_body": "ubnd",
        "issued_on": "2026-03-05",
        "basis": 2,
        "period_start_year": 2026,
        "period_end_year": 2030,
        "signer_name": "Vũ Đức Thịnh",
    },
    "items": [
        ("I", {"part", "section"}, "MỤC TIÊU", None),
        ("II", {"part", "section"}, "DANH MỤC DỰ ÁN", None),
        ("III", {"part", "section"}, "GIẢI PHÁP THỰC HIỆN", None),
        ("1", {"solution", "section", "group", "key_task"}, "Huy động tối đa nguồn thu", "III"),
        ("2", {"solution", "section", "group", "key_task"}, "Đẩy nhanh công tác giải phóng mặt bằng", "III"),
        ("3", {"solution", "section", "group", "key_task"}, "Tăng cường giám sát đầu tư", "III"),
        ("IV", {"part", "section"}, "TỔ CHỨC THỰC HIỆN", None),
        ("1", {"duty"}, "Phòng Kinh tế, Hạ tầng và Đô thị", "IV"),
        ("2", {"duty"}, "Trung tâm Dịch vụ sự nghiệp công", "IV"),
        *[(letter, {"group"}, title, "*") for letter, title, _p, _s in N_GROUPS],
    ],
    "optional": [
        # Corrected after the blind run: the appendix's number is "PHỤ LỤC" as printed (numbers are
        # kept as printed); the blind reading spelt it "Phụ lục" or "".
        ("PHỤ LỤC", "DANH MỤC DỰ ÁN ĐẦU TƯ CÔNG"),
    ],
    "targets": [
        {
            "measure": "giai ngan",
            "value": 100,
            "direction": "exactly",
            "unit": "%",
            "annual": True,
        },
        {"measure": "tuyen duong", "value": 100, "direction": "exactly", "unit": "%", "horizon": 2030},
    ],
    "tasks": [],
    "projects": [
        {
            "number": number,
            "name": name,
            "group": title,
            "total": total,
            "funding": funding,
            "owner": owner,
            "place": place,
            "start": start,
            "end": end,
        }
        for _letter, title, projects, _subtotal in N_GROUPS
        for number, name, place, _scale, _printed, total, funding, _period, owner, start, end in projects
    ],
}

DOCUMENTS = {"L": (document_l, EXPECTED_L), "M": (document_m, EXPECTED_M), "N": (document_n, EXPECTED_N)}
