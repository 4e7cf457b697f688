"""New-user trial 6: two plans written blind, in shapes the first five trials lacked.

Written before reading the plan reader's code, from the shapes of public documents found with the
search tool (addresses in ``SOURCES``); the wards are real wards of Hải Phòng not used before, the
text is the trial's own. ``EXPECTED_*`` is the hand reading of what a careful clerk wants the
import to propose (not what the code does), in the form ``trial3_checks`` scores, plus
``duty_tasks``: the tasks a unit's section of "Phân công nhiệm vụ" gives in prose.

S — UBND phường Gia Viên, a "Quyết định ban hành Kế hoạch" whose plan follows it after a page
break: the decision (its header, "Căn cứ", "QUYẾT ĐỊNH:", "Điều 1." … "Điều 3.", its signature) is
the plan's header, its articles no items of the plan. The plan's targets are a body table "TT |
Chỉ tiêu | Đơn vị tính | Năm 2025 (ước) | Kế hoạch 2026 | So sánh (%)" whose header has two rows
(the first five headings merged down, "So sánh (%)" over "KH 2026/ƯTH 2025"), group rows "I", "II",
"III" merged across; "So sánh (%)" is a ratio, never the target. Tasks are given per unit under
"IV. PHÂN CÔNG NHIỆM VỤ": "1. Phòng Kinh tế, Hạ tầng và Đô thị:" followed by "- Chủ trì …" lines.
T — UBND phường Ngô Quyền, a plan written in Google Docs or LibreOffice: list numbers typed, then a
TAB ("1.\tMục đích"); headings plain bold paragraphs with no heading style; soft line breaks
(``<w:br/>``) separate the lines of one paragraph (header cells, title, basis, the targets, the
signature); runs split mid-word as LibreOffice saves edits; sub-items "1.1.1." three levels deep;
an appendix table whose first column is empty (no heading, no text) and whose last is "Ghi chú".
"""

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH

from exchange.plan_document.tests.realistic_docs_3 import (
    _bold,
    _bytes,
    _header_table,
    _page_break,
    _signature,
    _table,
)
from exchange.plan_document.tests.realistic_docs_4 import _grid
from exchange.plan_document.tests.realistic_docs_5 import PART_KINDS, SOLUTION_KINDS, WARD_UNITS
from exchange.plan_document.tests.trial3_checks import words

SOURCES = {
    "S": [
        "https://lawnet.vn/vb/Quyet-dinh-1970-QD-UBND-2024-thu-tuc-hanh-chinh-luc-luong-an-ninh-co-so-Cong-an-tinh-Nam-Dinh-989B8.html",
        "https://ls.hethongphapluat.com/chi-thi-10-ct-ubnd-nam-2025-xay-dung-ke-hoach-phat-trien-kinh-te-xa-hoi-va-du-toan-ngan-sach-nha-nuoc-nam-2026-do-thanh-pho-ha-noi-ban-hanh.html",
        "https://baogialai.com.vn/phuong-thong-nhat-trien-khai-18-chi-tieu-phat-trien-kinh-te-xa-hoi-quoc-phong-an-ninh-nam-2026-post577220.html",
        "https://baophutho.vn/ky-hop-thu-tu-hdnd-phuong-tan-hoa-244615.htm",
    ],
    "T": [
        "https://huengaynay.vn/chinh-tri-xa-hoi/phuong-phu-xuan-phan-dau-tang-thu-ngan-sach-nha-nuoc-binh-quan-11-moi-nam-161943.html",
        "https://tuoitrethudo.vn/xay-dung-ke-hoach-phat-trien-kinh-te-xa-hoi-nam-2026-281413.html",
    ],
}

# The same ward units and accepted kinds as trial 5.


# --- S: UBND phường Gia Viên, Quyết định ban hành Kế hoạch năm 2026 -------------------------

# (TT, chỉ tiêu, đơn vị tính, năm 2025 (ước) as printed, kế hoạch 2026 as printed, so sánh (%),
# baseline, value); group rows are (number, title).
S_TARGET_ROWS = [
    ("I", "Chỉ tiêu kinh tế"),
    ("1", "Tổng thu ngân sách nhà nước trên địa bàn", "Tỷ đồng", "112,4", "120", "106,8", 112.4, 120),
    ("2", "Thu nhập bình quân đầu người", "Triệu đồng/người/năm", "125", "135", "108,0", 125, 135),
    ("II", "Chỉ tiêu văn hóa - xã hội"),
    ("3", "Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều", "%", "0,35", "0,25", "71,4", 0.35, 0.25),
    ("4", "Tỷ lệ dân số tham gia bảo hiểm y tế", "%", "94,1", "95,5", "101,5", 94.1, 95.5),
    ("5", "Số lao động được giải quyết việc làm mới", "Người", "620", "650", "104,8", 620, 650),
    ("III", "Chỉ tiêu môi trường"),
    ("6", "Tỷ lệ chất thải rắn sinh hoạt được thu gom, xử lý", "%", "100", "100", "100,0", 100, 100),
]

S_SOLUTIONS = [
    (
        "Phát triển kinh tế, thương mại, dịch vụ",
        "Tạo điều kiện thuận lợi cho hộ kinh doanh, doanh nghiệp; tăng cường quản lý thu ngân sách.",
    ),
    (
        "Quản lý đô thị, đất đai, trật tự xây dựng",
        "Kiểm tra thường xuyên trật tự xây dựng; giữ gìn mỹ quan đô thị trên các tuyến phố chính.",
    ),
    (
        "Phát triển văn hóa - xã hội, bảo đảm an sinh xã hội",
        "Thực hiện đầy đủ, kịp thời các chính sách đối với người có công, hộ nghèo, hộ cận nghèo.",
    ),
    (
        "Bảo đảm quốc phòng, an ninh, trật tự an toàn xã hội",
        "Giữ vững an ninh chính trị; phòng ngừa, đấu tranh với các loại tội phạm.",
    ),
]

# (unit as its section names it, [(the "- Chủ trì …" line, words its task's title holds,
# coordinating unit or "", period a clerk reads)])
S_DUTIES = [
    (
        "Phòng Kinh tế, Hạ tầng và Đô thị",
        [
            (
                "- Chủ trì tham mưu Ủy ban nhân dân phường tổ chức thực hiện các chỉ tiêu kinh tế, thu ngân "
                "sách; tổng hợp báo cáo kết quả hằng quý.",
                "tham muu uy ban nhan dan phuong to chuc thuc hien cac chi tieu kinh te",
                "",
                "hằng quý",
            ),
            (
                "- Chủ trì, phối hợp với Công an phường kiểm tra, xử lý vi phạm trật tự xây dựng, lấn chiếm "
                "vỉa hè; hoàn thành trước 30/6/2026.",
                "kiem tra xu ly vi pham trat tu xay dung",
                "Công an phường",
                "trước 30/6/2026",
            ),
        ],
    ),
    (
        "Phòng Văn hóa - Xã hội",
        [
            (
                "- Chủ trì rà soát hộ nghèo, hộ cận nghèo theo chuẩn nghèo đa chiều; hoàn thành trong Quý IV/2026.",
                "ra soat ho ngheo ho can ngheo",
                "",
                "Quý IV/2026",
            ),
            (
                "- Chủ trì, phối hợp với Trung tâm Dịch vụ sự nghiệp công tổ chức các hoạt động văn hóa, thể "
                "thao chào mừng các ngày lễ lớn; thực hiện trong năm 2026.",
                "to chuc cac hoat dong van hoa the thao",
                "Trung tâm Dịch vụ sự nghiệp công",
                "năm 2026",
            ),
        ],
    ),
    (
        "Công an phường",
        [
            (
                "- Chủ trì bảo đảm an ninh chính trị, trật tự an toàn xã hội trên địa bàn phường; thực hiện "
                "thường xuyên.",
                "bao dam an ninh chinh tri trat tu an toan xa hoi",
                "",
                "thường xuyên",
            ),
        ],
    ),
    (
        "Văn phòng HĐND và UBND phường",
        [
            (
                "- Chủ trì theo dõi, đôn đốc các cơ quan, đơn vị thực hiện Kế hoạch; tổng hợp báo cáo Ủy ban "
                "nhân dân phường trước ngày 15/12/2026.",
                "theo doi don doc cac co quan don vi thuc hien ke hoach",
                "",
                "trước ngày 15/12/2026",
            ),
        ],
    ),
]


def _s_target_table(document):
    """Two header rows: "TT" … "Kế hoạch 2026" merged down, "So sánh (%)" over "KH 2026/ƯTH 2025";
    group rows merged from the title's column to the last."""
    header = ("TT", "Chỉ tiêu", "Đơn vị tính", "Năm 2025 (ước)", "Kế hoạch 2026", "So sánh (%)")
    rows = [header, ("", "", "", "", "", "KH 2026/ƯTH 2025")]
    groups = []
    for row in S_TARGET_ROWS:
        if len(row) == 2:
            groups.append(len(rows))
            rows.append((row[0], row[1], "", "", "", ""))
        else:
            rows.append(row[:6])
    return _grid(document, rows, across=[(r, 1) for r in groups], down=[(0, 1, c) for c in range(5)])


def document_s() -> bytes:
    document = Document()
    _header_table(
        document,
        (["ỦY BAN NHÂN DÂN", "PHƯỜNG GIA VIÊN"], ["Số: 15/QĐ-UBND"]),
        (
            ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"],
            ["Gia Viên, ngày 12 tháng 01 năm 2026"],
        ),
    )
    _bold(document, "QUYẾT ĐỊNH", center=True)
    _bold(
        document,
        "Về việc ban hành Kế hoạch phát triển kinh tế - xã hội, bảo đảm quốc phòng - an ninh năm 2026",
        center=True,
    )
    _bold(document, "ỦY BAN NHÂN DÂN PHƯỜNG GIA VIÊN", center=True)
    document.add_paragraph("Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;")
    document.add_paragraph(
        "Căn cứ Nghị quyết số 10/NQ-HĐND ngày 24/12/2025 của Hội đồng nhân dân phường Gia Viên về nhiệm vụ "
        "phát triển kinh tế - xã hội, bảo đảm quốc phòng - an ninh năm 2026;"
    )
    document.add_paragraph("Theo đề nghị của Trưởng phòng Kinh tế, Hạ tầng và Đô thị.")
    _bold(document, "QUYẾT ĐỊNH:", center=True)
    document.add_paragraph(
        "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch phát triển kinh tế - xã hội, bảo đảm quốc phòng - "
        "an ninh năm 2026 của phường Gia Viên."
    )
    document.add_paragraph("Điều 2. Quyết định này có hiệu lực kể từ ngày ký.")
    document.add_paragraph(
        "Điều 3. Chánh Văn phòng HĐND và UBND phường, Trưởng các phòng chuyên môn, Trưởng Công an phường và "
        "các cơ quan, đơn vị liên quan chịu trách nhiệm thi hành Quyết định này./."
    )
    _signature(
        document,
        ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"],
        "Phạm Quang Huy",
        ["- Như Điều 3;", "- TT Đảng ủy, HĐND phường;", "- Lưu: VT."],
    )
    _page_break(document)
    _bold(document, "ỦY BAN NHÂN DÂN")
    _bold(document, "PHƯỜNG GIA VIÊN")
    _bold(document, "KẾ HOẠCH", center=True)
    _bold(document, "Phát triển kinh tế - xã hội, bảo đảm quốc phòng - an ninh năm 2026", center=True)
    note = document.add_paragraph()
    note.add_run(
        "(Ban hành kèm theo Quyết định số 15/QĐ-UBND ngày 12/01/2026 của Ủy ban nhân dân phường Gia Viên)"
    ).italic = True
    note.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _bold(document, "I. MỤC ĐÍCH, YÊU CẦU")
    _bold(document, "1. Mục đích")
    document.add_paragraph(
        "Cụ thể hóa Nghị quyết của Hội đồng nhân dân phường; phấn đấu hoàn thành các chỉ tiêu năm 2026."
    )
    _bold(document, "2. Yêu cầu")
    document.add_paragraph("Phân công rõ cơ quan chủ trì, thời gian hoàn thành từng nhiệm vụ.")
    _bold(document, "II. CÁC CHỈ TIÊU CHỦ YẾU NĂM 2026")
    document.add_paragraph("Các chỉ tiêu chủ yếu năm 2026 như sau:")
    _s_target_table(document)
    _bold(document, "III. NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU")
    for index, (title, body) in enumerate(S_SOLUTIONS, start=1):
        _bold(document, f"{index}. {title}")
        document.add_paragraph(body)
    _bold(document, "IV. PHÂN CÔNG NHIỆM VỤ")
    for index, (unit, lines) in enumerate(S_DUTIES, start=1):
        _bold(document, f"{index}. {unit}:")
        for line, *_reading in lines:
            document.add_paragraph(line)
    return _bytes(document)


EXPECTED_S = {
    "ward": ("Gia Viên", "gia-vien"),
    "units": WARD_UNITS,
    "header": {
        # The decision is the plan's header: its number, date, basis and signer.
        "number": "15/QĐ-UBND",
        "issuing_body": "ubnd",
        "issued_on": "2026-01-12",
        "basis": 2,
        "period_start_year": 2026,
        "period_end_year": 2026,
        "signer_name": "Phạm Quang Huy",
    },
    "items": [
        ("II", PART_KINDS, "CÁC CHỈ TIÊU CHỦ YẾU NĂM 2026", None),
        ("III", PART_KINDS, "NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU", None),
        *[(str(index), SOLUTION_KINDS, title, "III") for index, (title, _b) in enumerate(S_SOLUTIONS, start=1)],
        ("IV", PART_KINDS, "PHÂN CÔNG NHIỆM VỤ", None),
        # Corrected after the blind run: the blind reading also asked for the unit in the duty's
        # assignment or body; the unit is the duty's title (checked here), its body the "- Chủ
        # trì" lines, and the lead is checked on each task the lines give (``duty_tasks``).
        *[(str(index), {"duty"}, unit, "IV") for index, (unit, _lines) in enumerate(S_DUTIES, start=1)],
    ],
    # The decision's articles ("Điều 1." …) are not the plan's items.
    "optional": [
        ("I", "MỤC ĐÍCH, YÊU CẦU"),
        ("1", "Mục đích"),
        ("2", "Yêu cầu"),
        *[(row[0], row[1]) for row in S_TARGET_ROWS if len(row) == 2],
    ],
    "targets": [
        {
            "measure": words(measure),
            "value": value,
            "direction": "exactly",
            "unit": unit,
            "horizon": 2026,
            "baseline_year": 2025,
            "baseline_value": baseline,
        }
        for _n, measure, unit, _b, _v, _ratio, baseline, value in (r for r in S_TARGET_ROWS if len(r) > 2)
    ],
    "tasks": [],
    "projects": [],
    # The "- Chủ trì …" lines of each unit's section: (unit, words of the title, coordinating,
    # period), a task led by the section's unit.
    "duty_tasks": [
        (unit, title_words, partner, period)
        for unit, lines in S_DUTIES
        for _line, title_words, partner, period in lines
    ],
}


# --- T: UBND phường Ngô Quyền, written in Google Docs / LibreOffice --------------------------

T_NUMBERED = [
    # (number as typed, title, the paragraph under it)
    (
        "1.1.1",
        "Thu gom, vận chuyển chất thải rắn sinh hoạt",
        "Thu gom rác thải sinh hoạt hằng ngày tại 100% tổ dân phố; bố trí thời gian thu gom phù hợp.",
    ),
    (
        "1.1.2",
        "Phân loại chất thải rắn tại nguồn",
        "Hướng dẫn hộ gia đình phân loại rác tái chế, rác thực phẩm và rác khác.",
    ),
    (
        "1.2.1",
        "Trồng mới, chăm sóc cây xanh trên các tuyến phố",
        "Rà soát vị trí trồng cây; thay thế cây sâu bệnh, nguy cơ gãy đổ.",
    ),
    (
        "1.2.2",
        "Cải tạo vườn hoa, sân chơi tại các khu dân cư",
        "Cải tạo vườn hoa, sân chơi xuống cấp; bổ sung thiết bị thể dục ngoài trời.",
    ),
]

T_TARGET_LINES = [
    "- Tỷ lệ chất thải rắn sinh hoạt được thu gom, xử lý đạt 100%.",
    "- Tỷ lệ hộ gia đình thực hiện phân loại chất thải rắn sinh hoạt tại nguồn đạt trên 80%.",
    "- Trồng mới ít nhất 2.000 cây xanh trên các tuyến phố, khu dân cư.",
]

T_DUTIES = [
    (
        "Phòng Kinh tế, Hạ tầng và Đô thị",
        "Phòng Kinh tế, Hạ tầng và Đô thị chủ trì, tham mưu triển khai Kế hoạch; tổng hợp, báo cáo kết quả "
        "thực hiện trước ngày 15/12 hằng năm.",
    ),
    (
        "Phòng Văn hóa - Xã hội",
        "Phòng Văn hóa - Xã hội chủ trì công tác tuyên truyền, vận động Nhân dân giữ gìn vệ sinh môi trường.",
    ),
    (
        "Trung tâm Dịch vụ sự nghiệp công",
        "Trung tâm Dịch vụ sự nghiệp công tổ chức trồng, chăm sóc cây xanh, cải tạo vườn hoa theo kế hoạch.",
    ),
]

# (group number, title, [(STT, nội dung, chủ trì, phối hợp, thời gian, sản phẩm, ghi chú)])
T_GROUPS = [
    (
        "I",
        "QUẢN LÝ CHẤT THẢI RẮN",
        [
            (
                "1",
                "Rà soát, bố trí lại các điểm tập kết rác thải sinh hoạt",
                "Phòng Kinh tế, Hạ tầng và Đô thị",
                "Các tổ dân phố",
                "Năm 2026",
                "Phương án bố trí điểm tập kết được phê duyệt",
                "",
            ),
            (
                "2",
                "Triển khai phân loại chất thải rắn sinh hoạt tại nguồn",
                "Phòng Kinh tế, Hạ tầng và Đô thị",
                "Phòng Văn hóa - Xã hội; Các tổ dân phố",
                "2026-2030",
                "Các tổ dân phố thực hiện phân loại rác tại nguồn",
                "Thực hiện theo lộ trình của thành phố",
            ),
        ],
    ),
    (
        "II",
        "CÂY XANH, CẢNH QUAN",
        [
            (
                "3",
                "Trồng mới cây xanh trên các tuyến phố",
                "Trung tâm Dịch vụ sự nghiệp công",
                "Phòng Kinh tế, Hạ tầng và Đô thị",
                "Hằng năm",
                "Cây xanh được trồng mới theo kế hoạch năm",
                "Vốn xã hội hóa",
            ),
            (
                "4",
                "Cải tạo vườn hoa, sân chơi tại các khu dân cư",
                "Trung tâm Dịch vụ sự nghiệp công",
                "Các tổ dân phố",
                "2027-2028",
                "Vườn hoa, sân chơi được cải tạo",
                "",
            ),
        ],
    ),
    (
        "III",
        "TUYÊN TRUYỀN",
        [
            (
                "5",
                "Tuyên truyền, vận động Nhân dân giữ gìn vệ sinh môi trường",
                "Phòng Văn hóa - Xã hội",
                "Ủy ban Mặt trận Tổ quốc Việt Nam phường",
                "Thường xuyên",
                "Tin, bài trên hệ thống truyền thanh phường",
                "",
            ),
        ],
    ),
]


def _lines(paragraph, lines, *, bold=False, center=False):
    """One paragraph whose lines are apart by soft breaks (Shift+Enter), each line's text in runs
    split every 17 characters, mid-word, as LibreOffice saves a text edited more than once."""
    for index, line in enumerate(lines):
        if index:
            paragraph.runs[-1].add_break()
        for start in range(0, max(len(line), 1), 17):
            paragraph.add_run(line[start : start + 17]).bold = bold
    if center:
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return paragraph


def _para(document, *lines, bold=False, center=False):
    return _lines(document.add_paragraph(), lines, bold=bold, center=center)


def _numbered(document, number, title, *, bold=True):
    """A heading as Google Docs exports a typed list: "1.1.1." then a TAB, no style, no numPr."""
    return _para(document, f"{number}.\t{title}", bold=bold)


def _cell(cell, *lines, bold=False):
    _lines(cell.paragraphs[0], lines, bold=bold, center=True)


def _t_appendix(document):
    header = (
        "",
        "STT",
        "Nội dung nhiệm vụ",
        "Đơn vị chủ trì",
        "Đơn vị phối hợp",
        "Thời gian thực hiện",
        "Kết quả/sản phẩm",
        "Ghi chú",
    )
    rows = [header]
    for number, title, tasks in T_GROUPS:
        rows.append(("", number, title, "", "", "", "", ""))
        for task in tasks:
            rows.append(("", *task))
    return _table(document, rows)


def document_t() -> bytes:
    document = Document()
    header = document.add_table(rows=1, cols=2)
    _cell(header.cell(0, 0), "ỦY BAN NHÂN DÂN", "PHƯỜNG NGÔ QUYỀN", "Số: 48/KH-UBND", bold=True)
    _cell(
        header.cell(0, 1),
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "Ngô Quyền, ngày 20 tháng 11 năm 2025",
        bold=True,
    )
    _para(
        document,
        "KẾ HOẠCH",
        "Bảo vệ môi trường, xây dựng đô thị xanh, sạch, đẹp",
        "giai đoạn 2026 - 2030",
        bold=True,
        center=True,
    )
    _para(
        document,
        "Căn cứ Nghị quyết Đại hội đại biểu Đảng bộ phường Ngô Quyền lần thứ I, nhiệm kỳ 2025 - 2030;",
        "Căn cứ Nghị quyết số 06/NQ-HĐND ngày 10/11/2025 của Hội đồng nhân dân phường về bảo vệ môi trường "
        "giai đoạn 2026 - 2030;",
    )
    _para(document, "Ủy ban nhân dân phường Ngô Quyền ban hành Kế hoạch như sau:")
    _numbered(document, "I", "MỤC ĐÍCH, YÊU CẦU")
    _numbered(document, "1", "Mục đích")
    _para(document, "Nâng cao chất lượng môi trường sống; xây dựng phường xanh, sạch, đẹp, văn minh.")
    _numbered(document, "2", "Yêu cầu")
    _para(document, "Các nhiệm vụ phải cụ thể, giao rõ đơn vị chủ trì và thời gian thực hiện.")
    _numbered(document, "II", "MỤC TIÊU")
    _numbered(document, "1", "Mục tiêu chung")
    _para(document, "Kiểm soát ô nhiễm, cải thiện cảnh quan đô thị, nâng cao ý thức bảo vệ môi trường của Nhân dân.")
    _numbered(document, "2", "Chỉ tiêu cụ thể đến năm 2030")
    _para(document, *T_TARGET_LINES)
    _numbered(document, "III", "NHIỆM VỤ, GIẢI PHÁP")
    _numbered(document, "1", "Nhiệm vụ")
    _numbered(document, "1.1", "Quản lý chất thải rắn")
    for number, title, body in T_NUMBERED[:2]:
        _numbered(document, number, title, bold=False)
        _para(document, body)
    _numbered(document, "1.2", "Phát triển cây xanh đô thị")
    for number, title, body in T_NUMBERED[2:]:
        _numbered(document, number, title, bold=False)
        _para(document, body)
    _numbered(document, "2", "Giải pháp")
    _numbered(document, "2.1", "Tuyên truyền, nâng cao nhận thức", bold=False)
    _para(document, "Tuyên truyền trên hệ thống truyền thanh phường, mạng xã hội và tại các tổ dân phố.")
    _numbered(document, "2.2", "Huy động nguồn lực xã hội hóa", bold=False)
    _para(document, "Vận động doanh nghiệp, hộ kinh doanh đóng góp kinh phí trồng cây, cải tạo vườn hoa.")
    _numbered(document, "IV", "TỔ CHỨC THỰC HIỆN")
    for index, (_unit, text) in enumerate(T_DUTIES, start=1):
        _numbered(document, str(index), text, bold=False)
    _para(document, "(Danh mục nhiệm vụ cụ thể tại Phụ lục kèm theo)")
    signature = document.add_table(rows=1, cols=2)
    _cell(signature.cell(0, 0), "Nơi nhận:", "- TT Đảng ủy, HĐND phường;", "- Các phòng, đơn vị;", "- Lưu: VT.")
    _cell(signature.cell(0, 1), "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "", "Trần Minh Đức", bold=True)
    _page_break(document)
    _para(document, "PHỤ LỤC", "DANH MỤC NHIỆM VỤ BẢO VỆ MÔI TRƯỜNG GIAI ĐOẠN 2026 - 2030", bold=True, center=True)
    _para(document, "(Kèm theo Kế hoạch số 48/KH-UBND ngày 20/11/2025 của UBND phường Ngô Quyền)", center=True)
    _t_appendix(document)
    return _bytes(document)


EXPECTED_T = {
    "ward": ("Ngô Quyền", "ngo-quyen"),
    "units": [*WARD_UNITS, "Các tổ dân phố", "Ủy ban Mặt trận Tổ quốc Việt Nam phường"],
    "header": {
        "number": "48/KH-UBND",
        "issuing_body": "ubnd",
        "issued_on": "2025-11-20",
        "basis": 2,
        "period_start_year": 2026,
        "period_end_year": 2030,
        "signer_name": "Trần Minh Đức",
    },
    "items": [
        ("II", PART_KINDS, "MỤC TIÊU", None),
        ("III", PART_KINDS, "NHIỆM VỤ, GIẢI PHÁP", None),
        ("1", SOLUTION_KINDS, "Nhiệm vụ", "III"),
        ("1.1", SOLUTION_KINDS, "Quản lý chất thải rắn", "1"),
        *[(number, SOLUTION_KINDS, title, "1.1") for number, title, _b in T_NUMBERED[:2]],
        ("1.2", SOLUTION_KINDS, "Phát triển cây xanh đô thị", "1"),
        *[(number, SOLUTION_KINDS, title, "1.2") for number, title, _b in T_NUMBERED[2:]],
        ("2", SOLUTION_KINDS, "Giải pháp", "III"),
        ("2.1", SOLUTION_KINDS, "Tuyên truyền, nâng cao nhận thức", "2"),
        ("2.2", SOLUTION_KINDS, "Huy động nguồn lực xã hội hóa", "2"),
        ("IV", PART_KINDS, "TỔ CHỨC THỰC HIỆN", None),
        *[(str(index), {"duty"}, unit, "IV") for index, (unit, _text) in enumerate(T_DUTIES, start=1)],
        *[(number, {"group"}, title, "*") for number, title, _tasks in T_GROUPS],
    ],
    "optional": [
        ("I", "MỤC ĐÍCH, YÊU CẦU"),
        ("1", "Mục đích"),
        ("2", "Yêu cầu"),
        ("1", "Mục tiêu chung"),
        ("2", "Chỉ tiêu cụ thể đến năm 2030"),
        ("PHỤ LỤC", "DANH MỤC NHIỆM VỤ"),
        ("Phụ lục", "DANH MỤC NHIỆM VỤ"),
    ],
    "targets": [
        {"measure": "thu gom xu ly", "value": 100, "direction": "exactly", "unit": "%", "horizon": 2030},
        {"measure": "phan loai chat thai ran", "value": 80, "direction": "at_least", "unit": "%", "horizon": 2030},
        {"measure": "cay xanh", "value": 2000, "direction": "at_least", "unit": "cây", "horizon": 2030},
    ],
    "tasks": [
        {
            "number": number,
            "title": title,
            "lead": lead,
            "coordinating": partners,
            "period": period,
            "product": product,
            "group": group_title,
        }
        for _g, group_title, tasks in T_GROUPS
        for number, title, lead, partners, period, product, _note in tasks
    ],
    "projects": [],
}


DOCUMENTS = {"S": (document_s, EXPECTED_S), "T": (document_t, EXPECTED_T)}
