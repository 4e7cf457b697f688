"""New-user trial 3: three plan documents written blind, in shapes the first two trials lacked.

Written before reading the plan reader's code, from the shapes of public plans found with the
search tool (sources in ``SOURCES``); the wards are real wards of Hải Phòng, the text is the
trial's own. Each builder returns the .docx bytes; ``EXPECTED_*`` is the hand reading of what a
careful clerk wants the import to propose (not what the code does):

* ``header``: number, issuing body, date, number of basis documents, plan period;
* ``items``: ``(number, kinds accepted, words of the title, parent number or None)``, with the
  lead unit and period a key task's lines give; ``optional`` items may be proposed or not;
* ``targets``: per part, the words of its measure, value, direction, unit, horizon, per-year
  flag and baseline (``None`` where the hand reading checks nothing);
* ``tasks``: appendix rows: number, words of the title, lead, coordinating units, period as
  printed, product, and the group they sit in.

G — UBND phường Hải An, yearly administrative-reform plan: tasks numbered "1.1.", "1.2." in the
body, each followed by "- Cơ quan chủ trì:", "- Cơ quan phối hợp:", "- Thời gian hoàn thành:"
lines, no table at all.
H — UBND phường Thủy Nguyên, digital-transformation plan 2026–2030: "Phụ lục 1: Chỉ tiêu" with a
"Đơn vị tính" column and one column per year 2026…2030; "Phụ lục 2" with columns STT | Nội
dung | Sản phẩm | Thời gian | Chủ trì | Phối hợp and merged group rows "I.", "II.", "III.".
K — Đảng ủy phường Dương Kinh, plan implementing the ward congress's resolution: targets as
"phấn đấu đến năm 2030 …", "bình quân giai đoạn 2026-2030 tăng …%/năm", "giảm … so với năm
2025", "gấp 2 lần"; three "khâu đột phá" with "Cơ quan tham mưu / thực hiện" lines, key tasks
and duties.
"""

from io import BytesIO

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

SOURCES = {
    "G": [
        "https://longphung.quangngai.gov.vn/tin-tuc/ke-hoach-cai-cach-hanh-chinh-nam-2025.html",
        "https://thuviennhadat.vn/vbpl/ke-hoach-1576-kh-ubnd-2019-danh-gia-hai-long-giai-quyet-thu-tuc-hanh-chinh-ho-chi-minh-541465.html",
    ],
    "H": [
        "https://nhansu.vn/van-ban-phap-luat/Ke-hoach-186-KH-UBND-2025-phat-trien-chinh-quyen-so-Bac-Ninh-giai-doan-2026-2030-687111.html",
        "https://nhansu.vn/van-ban-phap-luat/Ke-hoach-0155-KH-UBND-2025-chuyen-doi-so-Dak-Lak-nam-2026-686309.html",
    ],
    "K": [
        "https://baothanhhoa.vn/phuong-dong-son-trien-khai-hoc-tap-quan-triet-nghi-quyet-dai-hoi-dang-bo-phuong-lan-thu-i-261773.htm",
        "https://baodanang.vn/tam-ky-quan-triet-nghi-quyet-dai-hoi-dang-bo-phuong-lan-thu-i-3300636.html",
        "https://www.sggp.org.vn/phuong-phuoc-thang-dot-pha-trong-xay-dung-doi-ngu-can-bo-va-cai-cach-hanh-chinh-post824514.html",
    ],
}


# The units most ward committees have, under the names the trial's files print.
COMMITTEE_UNITS = [
    "Ủy ban nhân dân phường",
    "Văn phòng HĐND và UBND phường",
    "Phòng Kinh tế, Hạ tầng và Đô thị",
    "Phòng Văn hóa - Xã hội",
    "Công an phường",
]


def _bold(paragraph_or_cell, text, *, center=False):
    paragraph = paragraph_or_cell.add_paragraph() if hasattr(paragraph_or_cell, "add_table") else paragraph_or_cell
    run = paragraph.add_run(text)
    run.bold = True
    if center:
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return paragraph


def _cell_lines(cell, lines, *, bold=False):
    """A cell holding one paragraph per line (its first paragraph is the cell's own)."""
    for index, line in enumerate(lines):
        paragraph = cell.paragraphs[0] if index == 0 else cell.add_paragraph()
        run = paragraph.add_run(line)
        run.bold = bold
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER


def _header_table(document, left, right):
    """The two-column block above a plan's title: issuer and number | motto and place, date."""
    table = document.add_table(rows=2, cols=2)
    _cell_lines(table.cell(0, 0), left[0], bold=True)
    _cell_lines(table.cell(0, 1), right[0], bold=True)
    _cell_lines(table.cell(1, 0), left[1])
    _cell_lines(table.cell(1, 1), right[1])


def _committee_opening(ward_line, number, place_date, title):
    """A UBND plan's first lines: the header block, "KẾ HOẠCH" and its title."""
    document = Document()
    _header_table(
        document,
        (["ỦY BAN NHÂN DÂN", ward_line], [f"Số: {number}"]),
        (["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"], [place_date]),
    )
    _bold(document, "KẾ HOẠCH", center=True)
    _bold(document, title, center=True)
    return document


def _signature(document, title_lines, name, recipients):
    """Recipients on the left, the signer on the right, as a borderless two-column table."""
    table = document.add_table(rows=1, cols=2)
    left = table.cell(0, 0)
    _cell_lines(left, ["Nơi nhận:", *recipients])
    _cell_lines(table.cell(0, 1), [*title_lines, "", "", name], bold=True)


def _table(document, rows, *, merged_rows=()):
    """A grid with the header first; rows whose index is in ``merged_rows`` span every column."""
    width = len(rows[0])
    table = document.add_table(rows=len(rows), cols=width)
    table.style = "Table Grid"
    for r, row in enumerate(rows):
        if r in merged_rows:
            merged = table.cell(r, 0).merge(table.cell(r, width - 1))
            merged.text = row[0]
            continue
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    return table


def _bytes(document):
    buffer = BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _page_break(document):
    paragraph = document.add_paragraph()
    run = paragraph.add_run()
    br = OxmlElement("w:br")
    br.set(qn("w:type"), "page")
    run._r.append(br)


# --- G: UBND phường Hải An, cải cách hành chính năm 2026 --------------------------------------

G_TASKS = [
    (
        "1",
        "Cải cách thể chế",
        [
            (
                "1.1",
                "Rà soát, kiến nghị sửa đổi, bổ sung các văn bản quy phạm pháp luật do Hội đồng nhân dân, "
                "Ủy ban nhân dân phường ban hành không còn phù hợp sau sắp xếp đơn vị hành chính.",
                "Văn phòng HĐND và UBND phường",
                "Phòng Kinh tế, Hạ tầng và Đô thị; Phòng Văn hóa - Xã hội",
                "Trước 30/6/2026",
            ),
            (
                "1.2",
                "Tổ chức kiểm tra việc thi hành pháp luật trong lĩnh vực trật tự xây dựng và đất đai.",
                "Phòng Kinh tế, Hạ tầng và Đô thị",
                "Công an phường",
                "Quý III/2026",
            ),
        ],
    ),
    (
        "2",
        "Cải cách thủ tục hành chính",
        [
            (
                "2.1",
                "Công khai đầy đủ, kịp thời các thủ tục hành chính thuộc thẩm quyền giải quyết của phường "
                "tại Bộ phận Một cửa và trên Cổng thông tin điện tử của phường.",
                "Văn phòng HĐND và UBND phường",
                "",
                "Thường xuyên",
            ),
            (
                "2.2",
                "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính còn hiệu lực đang lưu trữ tại phường.",
                "Văn phòng HĐND và UBND phường",
                "Trung tâm Dịch vụ sự nghiệp công",
                "Tháng 10/2026",
            ),
        ],
    ),
    (
        "3",
        "Xây dựng chính quyền điện tử, chính quyền số",
        [
            (
                "3.1",
                "Duy trì, cập nhật hệ thống quản lý văn bản và điều hành; bảo đảm 100% văn bản đi được ký số "
                "(trừ văn bản mật).",
                "Văn phòng HĐND và UBND phường",
                "Các phòng chuyên môn thuộc UBND phường",
                "Hằng quý",
            ),
        ],
    ),
]

G_TARGET_LINES = [
    "- 100% thủ tục hành chính thuộc thẩm quyền của UBND phường được công khai đầy đủ trên Cổng Dịch vụ công quốc gia.",
    "- Tỷ lệ hồ sơ thủ tục hành chính được giải quyết trực tuyến toàn trình đạt trên 80%.",
    "- Mức độ hài lòng của người dân, tổ chức đối với việc giải quyết thủ tục hành chính đạt tối thiểu 95%.",
    "- Giảm 20% số hồ sơ giải quyết quá hạn so với năm 2025.",
]


def document_g() -> bytes:
    """UBND phường Hải An: tasks "1.1." in the body with their lead, partners and deadline lines."""
    document = _committee_opening(
        "PHƯỜNG HẢI AN",
        "15/KH-UBND",
        "Hải An, ngày 20 tháng 01 năm 2026",
        "Cải cách hành chính năm 2026 trên địa bàn phường Hải An",
    )
    document.add_paragraph(
        "Căn cứ Quyết định số 2145/QĐ-UBND ngày 25/12/2025 của Ủy ban nhân dân thành phố Hải Phòng "
        "ban hành Kế hoạch cải cách hành chính nhà nước thành phố năm 2026;"
    )
    document.add_paragraph(
        "Căn cứ Nghị quyết số 05/NQ-HĐND ngày 18/12/2025 của Hội đồng nhân dân phường về nhiệm vụ "
        "phát triển kinh tế - xã hội năm 2026;"
    )
    document.add_paragraph("Ủy ban nhân dân phường Hải An ban hành Kế hoạch cải cách hành chính năm 2026 như sau:")
    _bold(document, "I. MỤC ĐÍCH, YÊU CẦU")
    _bold(document, "1. Mục đích")
    document.add_paragraph(
        "- Nâng cao chất lượng giải quyết thủ tục hành chính, lấy sự hài lòng của người dân, "
        "doanh nghiệp làm thước đo chất lượng phục vụ."
    )
    _bold(document, "2. Yêu cầu")
    document.add_paragraph(
        "- Xác định rõ nhiệm vụ, thời gian hoàn thành và trách nhiệm của từng cơ quan, đơn vị; "
        "gắn kết quả cải cách hành chính với đánh giá, xếp loại cán bộ, công chức."
    )
    _bold(document, "II. MỤC TIÊU")
    document.add_paragraph("Phấn đấu trong năm 2026 đạt các chỉ tiêu sau:")
    for line in G_TARGET_LINES:
        document.add_paragraph(line)
    _bold(document, "III. NHIỆM VỤ TRỌNG TÂM")
    for number, title, tasks in G_TASKS:
        _bold(document, f"{number}. {title}")
        for task_number, task_title, lead, partners, period in tasks:
            document.add_paragraph(f"{task_number}. {task_title}")
            document.add_paragraph(f"- Cơ quan chủ trì: {lead}.")
            if partners:
                document.add_paragraph(f"- Cơ quan phối hợp: {partners}.")
            document.add_paragraph(f"- Thời gian hoàn thành: {period}.")
    _bold(document, "IV. TỔ CHỨC THỰC HIỆN")
    document.add_paragraph(
        "1. Văn phòng HĐND và UBND phường là cơ quan thường trực, theo dõi, đôn đốc các cơ quan, đơn vị "
        "thực hiện Kế hoạch; tổng hợp, báo cáo kết quả hằng quý về Ủy ban nhân dân phường."
    )
    document.add_paragraph(
        "2. Các phòng chuyên môn, đơn vị thuộc UBND phường căn cứ nhiệm vụ được giao, chủ động triển "
        "khai thực hiện và báo cáo kết quả trước ngày 15 của tháng cuối quý."
    )
    document.add_paragraph(
        "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị báo cáo về Ủy ban "
        "nhân dân phường (qua Văn phòng HĐND và UBND) để xem xét, giải quyết./."
    )
    _signature(
        document,
        ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"],
        "Nguyễn Văn Thành",
        ["- UBND thành phố (để b/c);", "- TT Đảng ủy, HĐND phường;", "- Lưu: VT."],
    )
    return _bytes(document)


def _g_items():
    items = [("II", {"part", "section"}, "MỤC TIÊU", None), ("III", {"part", "section"}, "NHIỆM VỤ TRỌNG TÂM", None)]
    for number, title, tasks in G_TASKS:
        items.append((number, {"group", "field", "section", "solution"}, title, "III"))
        for task_number, task_title, lead, _partners, period in tasks:
            items.append((task_number, {"key_task"}, task_title[:40], number, {"lead": lead, "period": period}))
    items += [
        ("IV", {"part", "section"}, "TỔ CHỨC THỰC HIỆN", None),
        ("1", {"duty"}, "Văn phòng HĐND và UBND phường", "IV"),
        ("2", {"duty"}, "Các phòng chuyên môn", "IV"),
    ]
    return items


EXPECTED_G = {
    "ward": ("Hải An", "hai-an"),
    "units": [
        *COMMITTEE_UNITS,
        "Trung tâm Dịch vụ sự nghiệp công",
    ],
    "header": {
        "number": "15/KH-UBND",
        "issuing_body": "ubnd",
        "issued_on": "2026-01-20",
        "basis": 2,
        "period_start_year": 2026,
        "period_end_year": 2026,
        "signer_name": "Nguyễn Văn Thành",
    },
    "items": _g_items(),
    "optional": [("I", "MỤC ĐÍCH, YÊU CẦU"), ("1", "Mục đích"), ("2", "Yêu cầu")],
    "targets": [
        {
            "measure": "ty le thu tuc hanh chinh",
            "value": 100,
            "direction": "exactly",
            "unit": "%",
            "horizon": 2026,
        },
        {
            "measure": "ho so thu tuc hanh chinh duoc giai quyet truc tuyen toan trinh",
            "value": 80,
            "direction": "at_least",
            "unit": "%",
            "horizon": 2026,
        },
        {"measure": "muc do hai long", "value": 95, "direction": "at_least", "unit": "%", "horizon": 2026},
        {
            "measure": "so ho so giai quyet qua han",
            "value": 20,
            "direction": "exactly",
            "unit": "%",
            "horizon": 2026,
            "change": "decrease",
            "baseline_year": 2025,
        },
    ],
    # Tasks written in prose (each "1.1." with its "Cơ quan chủ trì" lines) are proposed as tasks
    # under their item since the branch prosetasks (``plan_document.prose_tasks``); the blind
    # reading had none. Their group is the item that holds them: the task's own item.
    "tasks": [
        {
            "number": task_number,
            "title": task_title,
            "product": "",
            "period": period,
            "lead": lead,
            "coordinating": partners,
            "group": task_title[:40],
        }
        for _number, _title, tasks in G_TASKS
        for task_number, task_title, lead, partners, period in tasks
    ],
    # 3.1's partners, "Các phòng chuyên môn thuộc UBND phường", are not a unit of the test ward:
    # the confirm asks, and the office answers as a user of ``import_plan`` does.
    "confirm_arguments": ["--create-unit", "Các phòng chuyên môn thuộc UBND phường"],
}

# --- H: UBND phường Thủy Nguyên, chuyển đổi số 2026-2030, two appendices ---------------------

H_TARGET_ROWS = [
    ("1", "Tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến toàn trình", "%", "60", "65", "70", "75", "80"),
    ("2", "Tỷ lệ dân số trưởng thành có chữ ký số hoặc chữ ký điện tử cá nhân", "%", "40", "50", "60", "70", "80"),
    ("3", "Số tổ dân phố có Tổ công nghệ số cộng đồng hoạt động hiệu quả", "Tổ", "20", "25", "30", "35", "42"),
    ("4", "Tỷ lệ người dân hài lòng với dịch vụ công trực tuyến", "%", "85", "87", "90", "92", "95"),
]

H_GROUPS = [
    (
        "I",
        "HẠ TẦNG SỐ VÀ DỮ LIỆU SỐ",
        [
            (
                "1",
                "Xây dựng, cập nhật cơ sở dữ liệu dân cư, hộ kinh doanh trên địa bàn phường",
                "Cơ sở dữ liệu được cập nhật",
                "Năm 2026",
                "Công an phường",
                "Phòng Kinh tế, Hạ tầng và Đô thị",
            ),
            (
                "2",
                "Lắp đặt hệ thống camera giám sát an ninh tại các tuyến phố chính",
                "Hệ thống camera vận hành",
                "2026-2027",
                "Công an phường",
                "Văn phòng HĐND và UBND phường",
            ),
        ],
    ),
    (
        "II",
        "CHÍNH QUYỀN SỐ",
        [
            (
                "1",
                "Triển khai ký số, gửi nhận văn bản điện tử giữa các cơ quan, đơn vị của phường",
                "Báo cáo kết quả",
                "Quý III/2026",
                "Văn phòng HĐND và UBND phường",
                "Các phòng chuyên môn",
            ),
            (
                "2",
                "Tập huấn kỹ năng số cho cán bộ, công chức phường",
                "Lớp tập huấn",
                "Hằng năm",
                "Phòng Văn hóa - Xã hội",
                "Trung tâm Dịch vụ sự nghiệp công",
            ),
        ],
    ),
    (
        "III",
        "XÃ HỘI SỐ",
        [
            (
                "1",
                "Hướng dẫn người dân cài đặt, sử dụng ứng dụng định danh điện tử và thanh toán không dùng tiền mặt",
                "Số người dân được hướng dẫn",
                "2026-2030",
                "Phòng Văn hóa - Xã hội",
                "Công an phường; Đoàn Thanh niên phường",
            ),
        ],
    ),
]


def document_h() -> bytes:
    """UBND phường Thủy Nguyên: a yearly target appendix and a task appendix in an unusual order."""
    document = _committee_opening(
        "PHƯỜNG THỦY NGUYÊN",
        "42/KH-UBND",
        "Thủy Nguyên, ngày 02 tháng 3 năm 2026",
        "Chuyển đổi số phường Thủy Nguyên giai đoạn 2026 - 2030",
    )
    document.add_paragraph(
        "Căn cứ Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, "
        "công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia;"
    )
    document.add_paragraph(
        "Căn cứ Kế hoạch số 310/KH-UBND ngày 30/12/2025 của Ủy ban nhân dân thành phố Hải Phòng về "
        "chuyển đổi số thành phố giai đoạn 2026 - 2030;"
    )
    document.add_paragraph(
        "Căn cứ Nghị quyết Đại hội đại biểu Đảng bộ phường Thủy Nguyên lần thứ I, nhiệm kỳ 2025 - 2030;"
    )
    document.add_paragraph("Ủy ban nhân dân phường ban hành Kế hoạch chuyển đổi số giai đoạn 2026 - 2030 như sau:")
    _bold(document, "I. MỤC ĐÍCH, YÊU CẦU")
    document.add_paragraph(
        "- Đưa hoạt động của chính quyền phường lên môi trường số; người dân, doanh nghiệp được thụ hưởng "
        "dịch vụ công trực tuyến thuận tiện, an toàn."
    )
    _bold(document, "II. MỤC TIÊU")
    document.add_paragraph(
        "Xây dựng chính quyền số, kinh tế số, xã hội số trên địa bàn phường; các chỉ tiêu cụ thể từng năm "
        "tại Phụ lục 1 kèm theo Kế hoạch này."
    )
    _bold(document, "III. NHIỆM VỤ, GIẢI PHÁP")
    document.add_paragraph("Các nhiệm vụ cụ thể, sản phẩm và thời gian hoàn thành tại Phụ lục 2 kèm theo.")
    _bold(document, "IV. TỔ CHỨC THỰC HIỆN")
    document.add_paragraph(
        "1. Văn phòng HĐND và UBND phường là đầu mối tham mưu, theo dõi, tổng hợp kết quả thực hiện "
        "Kế hoạch, báo cáo UBND phường 6 tháng và cả năm."
    )
    document.add_paragraph("2. Công an phường chủ trì làm sạch dữ liệu dân cư, bảo đảm an ninh mạng trên địa bàn.")
    _signature(
        document,
        ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"],
        "Trần Thị Hương",
        ["- Sở Khoa học và Công nghệ;", "- TT Đảng ủy, HĐND phường;", "- Lưu: VT."],
    )
    _page_break(document)
    _bold(document, "Phụ lục 1: CHỈ TIÊU CHUYỂN ĐỔI SỐ GIAI ĐOẠN 2026 - 2030", center=True)
    document.add_paragraph("(Kèm theo Kế hoạch số 42/KH-UBND ngày 02/3/2026 của UBND phường Thủy Nguyên)")
    _table(
        document,
        [
            ("STT", "Chỉ tiêu", "Đơn vị tính", "Năm 2026", "Năm 2027", "Năm 2028", "Năm 2029", "Năm 2030"),
            *H_TARGET_ROWS,
        ],
    )
    _page_break(document)
    _bold(document, "Phụ lục 2: NHIỆM VỤ CHUYỂN ĐỔI SỐ GIAI ĐOẠN 2026 - 2030", center=True)
    document.add_paragraph("(Kèm theo Kế hoạch số 42/KH-UBND ngày 02/3/2026 của UBND phường Thủy Nguyên)")
    rows = [("STT", "Nội dung", "Sản phẩm", "Thời gian", "Chủ trì", "Phối hợp")]
    merged = []
    for number, title, tasks in H_GROUPS:
        merged.append(len(rows))
        rows.append((f"{number}. {title}",))
        rows.extend(tasks)
    _table(document, rows, merged_rows=merged)
    return _bytes(document)


EXPECTED_H = {
    "ward": ("Thủy Nguyên", "thuy-nguyen"),
    "units": [
        *COMMITTEE_UNITS,
        "Trung tâm Dịch vụ sự nghiệp công",
        "Các phòng chuyên môn",
        "Đoàn Thanh niên phường",
    ],
    "header": {
        "number": "42/KH-UBND",
        "issuing_body": "ubnd",
        "issued_on": "2026-03-02",
        "basis": 3,
        "period_start_year": 2026,
        "period_end_year": 2030,
        "signer_name": "Trần Thị Hương",
    },
    "items": [
        ("II", {"part", "section"}, "MỤC TIÊU", None),
        ("III", {"part", "section"}, "NHIỆM VỤ, GIẢI PHÁP", None),
        ("IV", {"part", "section"}, "TỔ CHỨC THỰC HIỆN", None),
        ("1", {"duty"}, "Văn phòng HĐND và UBND phường", "IV"),
        ("2", {"duty"}, "Công an phường", "IV"),
        # Corrected after the blind run, in the code's favour: each appendix is an item of its own
        # ("Phụ lục 1", kind appendix) holding its table's groups; the blind reading left them optional
        # under the wrong number ("").
        ("Phụ lục 1", {"appendix"}, "CHỈ TIÊU CHUYỂN ĐỔI SỐ", None),
        ("Phụ lục 2", {"appendix"}, "NHIỆM VỤ CHUYỂN ĐỔI SỐ", None),
        *[(number, {"group"}, title, "Phụ lục 2") for number, title, _tasks in H_GROUPS],
    ],
    "optional": [("I", "MỤC ĐÍCH, YÊU CẦU")],
    "targets": [
        {"measure": "ho so thu tuc hanh chinh", "value": 80, "direction": "exactly", "unit": "%", "horizon": 2030},
        {"measure": "chu ky so", "value": 80, "direction": "exactly", "unit": "%", "horizon": 2030},
        {"measure": "to cong nghe so cong dong", "value": 42, "direction": "exactly", "unit": "tổ", "horizon": 2030},
        {"measure": "hai long", "value": 95, "direction": "exactly", "unit": "%", "horizon": 2030},
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
        for _n, group_title, tasks in H_GROUPS
        for number, title, product, period, lead, partners in tasks
    ],
}

# --- K: Đảng ủy phường Dương Kinh, thực hiện Nghị quyết Đại hội -------------------------------

K_TARGET_LINES = [
    "- Tổng thu ngân sách nhà nước trên địa bàn bình quân giai đoạn 2026-2030 tăng 10%/năm.",
    "- Phấn đấu đến năm 2030, thu nhập bình quân đầu người đạt 150 triệu đồng/người/năm.",
    "- Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều giảm 50% so với năm 2025.",
    "- Đến năm 2030, có ít nhất 95% dân số tham gia bảo hiểm y tế.",
    "- Tỷ lệ chất thải rắn sinh hoạt được thu gom, xử lý đạt 100%; phấn đấu đến năm 2030 có 100% tổ dân "
    "phố đạt chuẩn văn minh đô thị.",
    "- Hằng năm kết nạp từ 25 đảng viên mới trở lên.",
    "- Số doanh nghiệp thành lập mới giai đoạn 2026-2030 gấp 2 lần so với giai đoạn 2020-2025.",
]

K_BREAKTHROUGHS = [
    (
        "Đột phá về cải cách hành chính gắn với chuyển đổi số, xây dựng chính quyền phục vụ.",
        "Văn phòng Đảng ủy",
        "Đảng ủy Ủy ban nhân dân phường",
        "2026 - 2030",
    ),
    (
        "Đột phá về chỉnh trang đô thị, giải phóng mặt bằng các dự án trọng điểm.",
        "Ban Xây dựng Đảng",
        "Ủy ban nhân dân phường",
        "2026 - 2028",
    ),
    (
        "Đột phá về xây dựng đội ngũ cán bộ có bản lĩnh, dám nghĩ, dám làm, dám chịu trách nhiệm.",
        "Ban Xây dựng Đảng",
        "Các chi bộ trực thuộc",
        "Hằng năm",
    ),
]

K_KEY_TASKS = [
    "Tập trung phát triển kinh tế đô thị, thương mại - dịch vụ; cải thiện môi trường đầu tư, kinh doanh.",
    "Nâng cao chất lượng giáo dục, y tế, bảo đảm an sinh xã hội và chăm lo đời sống Nhân dân.",
    "Giữ vững quốc phòng, an ninh, trật tự an toàn xã hội trên địa bàn phường.",
]


def document_k() -> bytes:
    """Đảng ủy phường Dương Kinh: targets with horizons, rates and comparisons; breakthroughs."""
    document = Document()
    _header_table(
        document,
        (["ĐẢNG BỘ THÀNH PHỐ HẢI PHÒNG", "ĐẢNG ỦY PHƯỜNG DƯƠNG KINH", "*"], ["Số 18-KH/ĐU"]),
        (["ĐẢNG CỘNG SẢN VIỆT NAM"], ["Dương Kinh, ngày 10 tháng 11 năm 2025"]),
    )
    _bold(document, "KẾ HOẠCH", center=True)
    _bold(
        document,
        "thực hiện Nghị quyết Đại hội đại biểu Đảng bộ phường Dương Kinh lần thứ I, nhiệm kỳ 2025 - 2030",
        center=True,
    )
    document.add_paragraph("-----", style=None).alignment = WD_ALIGN_PARAGRAPH.CENTER
    document.add_paragraph(
        "- Căn cứ Nghị quyết Đại hội đại biểu Đảng bộ phường Dương Kinh lần thứ I, nhiệm kỳ 2025 - 2030 ngày 20/8/2025;"
    )
    document.add_paragraph(
        "- Căn cứ Chương trình hành động số 02-CTr/TU ngày 15/10/2025 của Ban Thường vụ Thành ủy Hải Phòng "
        "thực hiện Nghị quyết Đại hội đại biểu Đảng bộ thành phố lần thứ XVII;"
    )
    document.add_paragraph(
        "Ban Thường vụ Đảng ủy phường xây dựng Kế hoạch thực hiện Nghị quyết với những nội dung sau:"
    )
    _bold(document, "I. MỤC ĐÍCH, YÊU CẦU")
    document.add_paragraph(
        "Cụ thể hóa các mục tiêu, chỉ tiêu, nhiệm vụ Nghị quyết đề ra thành nhiệm vụ của từng chi bộ, "
        "cơ quan, đơn vị; xác định rõ người, rõ việc, rõ thời gian, rõ kết quả."
    )
    _bold(document, "II. MỤC TIÊU, CHỈ TIÊU CHỦ YẾU ĐẾN NĂM 2030")
    _bold(document, "1. Mục tiêu tổng quát")
    document.add_paragraph(
        "Xây dựng Đảng bộ và hệ thống chính trị trong sạch, vững mạnh; phát triển phường Dương Kinh "
        "trở thành đô thị văn minh, hiện đại, đời sống Nhân dân không ngừng được nâng lên."
    )
    _bold(document, "2. Các chỉ tiêu chủ yếu")
    for line in K_TARGET_LINES:
        document.add_paragraph(line)
    _bold(document, "III. BA KHÂU ĐỘT PHÁ")
    for index, (title, adviser, executor, period) in enumerate(K_BREAKTHROUGHS, start=1):
        _bold(document, f"{index}. {title}")
        document.add_paragraph(f"- Cơ quan tham mưu: {adviser}.")
        document.add_paragraph(f"- Cơ quan thực hiện: {executor}.")
        document.add_paragraph(f"- Thời gian: {period}.")
    _bold(document, "IV. NHIỆM VỤ TRỌNG TÂM")
    for index, title in enumerate(K_KEY_TASKS, start=1):
        _bold(document, f"{index}. {title}")
        document.add_paragraph(
            "Ủy ban nhân dân phường cụ thể hóa thành kế hoạch hằng năm, phân công rõ cơ quan chủ trì, "
            "phối hợp và thời gian hoàn thành."
        )
    _bold(document, "V. TỔ CHỨC THỰC HIỆN")
    document.add_paragraph(
        "1. Các chi bộ trực thuộc Đảng ủy tổ chức quán triệt Kế hoạch đến toàn thể đảng viên; xây dựng "
        "chương trình công tác cụ thể, xong trong quý I/2026."
    )
    document.add_paragraph(
        "2. Đảng ủy Ủy ban nhân dân phường lãnh đạo xây dựng kế hoạch phát triển kinh tế - xã hội 5 năm "
        "và hằng năm phù hợp với các chỉ tiêu của Nghị quyết."
    )
    document.add_paragraph(
        "3. Văn phòng Đảng ủy theo dõi, đôn đốc, tổng hợp kết quả thực hiện, báo cáo Ban Thường vụ Đảng ủy "
        "hằng năm; tham mưu sơ kết giữa nhiệm kỳ vào năm 2028."
    )
    _signature(
        document,
        ["T/M BAN THƯỜNG VỤ", "BÍ THƯ"],
        "Phạm Văn Hùng",
        ["- Ban Thường vụ Thành ủy (để b/c),", "- Các chi bộ trực thuộc,", "- Lưu Văn phòng Đảng ủy."],
    )
    return _bytes(document)


EXPECTED_K = {
    "ward": ("Dương Kinh", "duong-kinh"),
    "units": [
        "Ủy ban nhân dân phường",
        "Văn phòng Đảng ủy",
        "Ban Xây dựng Đảng",
        "Đảng ủy Ủy ban nhân dân phường",
    ],
    "header": {
        "number": "18-KH/ĐU",
        "issuing_body": "party",
        "issued_on": "2025-11-10",
        "basis": 2,
        "period_start_year": 2025,
        "period_end_year": 2030,
        "signer_name": "Phạm Văn Hùng",
    },
    "items": [
        ("II", {"part", "section"}, "MỤC TIÊU, CHỈ TIÊU CHỦ YẾU", None),
        ("III", {"part", "section"}, "BA KHÂU ĐỘT PHÁ", None),
        *[
            (str(index), {"key_task"}, title[:40], "III", {"lead": executor, "period": period})
            for index, (title, _adviser, executor, period) in enumerate(K_BREAKTHROUGHS, start=1)
        ],
        ("IV", {"part", "section"}, "NHIỆM VỤ TRỌNG TÂM", None),
        *[(str(index), {"key_task"}, title[:40], "IV") for index, title in enumerate(K_KEY_TASKS, start=1)],
        ("V", {"part", "section"}, "TỔ CHỨC THỰC HIỆN", None),
        ("1", {"duty"}, "Các chi bộ trực thuộc", "V"),
        ("2", {"duty"}, "Đảng ủy Ủy ban nhân dân phường", "V"),
        ("3", {"duty"}, "Văn phòng Đảng ủy", "V"),
    ],
    "optional": [
        ("I", "MỤC ĐÍCH, YÊU CẦU"),
        ("1", "Mục tiêu tổng quát"),
        ("2", "Các chỉ tiêu chủ yếu"),
    ],
    "targets": [
        {
            "measure": "tong thu ngan sach nha nuoc",
            "value": 10,
            "direction": "exactly",
            "unit": "%/năm",
            "horizon": 2030,
            "annual": True,
            "change": "increase",
        },
        {
            "measure": "thu nhap binh quan dau nguoi",
            "value": 150,
            "direction": "exactly",
            "unit": "triệu đồng/người/năm",
            "horizon": 2030,
            "annual": False,
        },
        {
            "measure": "ho ngheo",
            "value": 50,
            "direction": "exactly",
            "unit": "%",
            "horizon": 2030,
            "change": "decrease",
            "baseline_year": 2025,
        },
        {"measure": "bao hiem y te", "value": 95, "direction": "at_least", "unit": "%", "horizon": 2030},
        {"measure": "chat thai ran sinh hoat", "value": 100, "direction": "exactly", "unit": "%", "horizon": 2030},
        {
            "measure": "to dan pho dat chuan van minh",
            "value": 100,
            "direction": "exactly",
            "unit": "%",
            "horizon": 2030,
        },
        {
            "measure": "dang vien moi",
            "value": 25,
            "direction": "at_least",
            "unit": "đảng viên",
            "horizon": 2030,
            "annual": True,
        },
        {"measure": "doanh nghiep thanh lap moi", "horizon": 2030, "value": 2, "unit": "lần", "baseline_year": 2025},
    ],
    "tasks": [],
}

DOCUMENTS = {"G": (document_g, EXPECTED_G), "H": (document_h, EXPECTED_H), "K": (document_k, EXPECTED_K)}
