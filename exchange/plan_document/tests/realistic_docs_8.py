"""New-user trial 8: two plan documents written blind, in shapes the first seven trials lacked.

Written before reading the plan reader's code, from the shapes of public documents found with the
search tool (addresses in ``SOURCES``); the wards are real wards of Hải Phòng not used in a trial
before (Phù Liễn, Thiên Hương), the text is the trial's own. ``EXPECTED_*`` is the hand reading of
what a careful clerk wants the import to propose (not what the code does), in the form
``trial3_checks`` scores, plus ``ordinal_items`` (items printed "Thứ nhất, …", "Thứ hai, …": found by
their words and their parent's number, whatever number the reader gives them), ``no_targets_from``
(figures that are no target: last year's results, a duty roster's "24/24 giờ") and ``budgets`` (a
task table's "Kinh phí dự kiến" and "Nguồn kinh phí" kept with the task, never read as its product,
period or units).

Y — Đảng ủy phường Phù Liễn, Nghị quyết 15-NQ/ĐU về lãnh đạo thực hiện nhiệm vụ năm 2026: a Party
committee's yearly resolution. A first part of last year's RESULTS full of figures (no targets);
"2. Các chỉ tiêu chủ yếu" as labels "- Về kinh tế:" with the targets on "+" lines under them;
"III. NHIỆM VỤ TRỌNG TÂM VÀ KHÂU ĐỘT PHÁ" with "1. Nhiệm vụ trọng tâm" and "2. Khâu đột phá", each
listing its items as paragraphs "Thứ nhất, …", "Thứ hai, …"; duties "1. Đảng ủy Ủy ban nhân dân
phường lãnh đạo …" (no colon after the unit); a closing "Nghị quyết này được quán triệt đến …".
Z — UBND phường Thiên Hương, 28/KH-UBND, phòng, chống thiên tai năm 2026: solutions "1." with
"a)", "b)" sub-items whose bodies are "-" lines and "+" lines (one "+" line holds "24/24 giờ", no
target); duties "1. Phòng …: …"; an appendix under "Đơn vị tính: triệu đồng" whose task table has its
columns in an unusual order — TT | Nội dung công việc | Thời gian thực hiện | Đơn vị chủ trì | Đơn vị
phối hợp | Kinh phí dự kiến | Nguồn kinh phí | Ghi chú — group rows "I" | "CÔNG TÁC …" typed in two
cells, a task with no budget, a period "Khi có thiên tai", and a "Tổng cộng" row of the budget.
"""

from docx import Document

from exchange.plan_document.tests.realistic_docs_3 import (
    _bold,
    _bytes,
    _committee_opening,
    _header_table,
    _page_break,
    _signature,
    _table,
)
from exchange.plan_document.tests.realistic_docs_5 import PART_KINDS, SOLUTION_KINDS, WARD_UNITS
from exchange.plan_document.tests.trial3_checks import words

SOURCES = {
    "Y": [
        "https://baothanhhoa.vn/ban-chap-hanh-dang-bo-phuong-hac-thanh-thao-luan-ve-giai-phap-thuc-hien-nhiem-vu-nam-2026-va-cac-nam-tiep-theo-269446.htm",
        "https://baophutho.vn/ky-hop-thu-tu-hdnd-phuong-tan-hoa-244615.htm",
        "https://thanhnien.vn/ban-bi-thu-tuyet-doi-khong-de-tinh-trang-du-xuan-keo-dai-anh-huong-den-nhiem-vu-185260224221015474.htm",
        "http://quanuy1hcm.org.vn/CPS/gioithieu/caccosodang/phuongtandinh/phuonghuonghoatdongtrongdiem.aspx",
    ],
    "Z": [
        "http://danluc.trieuson.gov.vn/web/trang-chu/pho-bien-tuyen-truyen/ke-hoach-thong-tin-tuyen-truyen-cuoc-bau-cu-dai-bieu-quoc-hoi-khoa-xv-va-bau-cu-dai-bieu-hoi-dong-nhan-dan-cac-cap-nhiem-ky-2021-2026.html",
        "https://baogialai.com.vn/hdnd-phuong-dien-hong-thong-qua-9-nghi-quyet-quan-trong-post576192.html",
    ],
}


# --- Y: Đảng ủy phường Phù Liễn, Nghị quyết về nhiệm vụ năm 2026 ------------------------------

Y_RESULTS = (
    "Năm 2025, Đảng bộ phường hoàn thành 14/14 chỉ tiêu Nghị quyết đề ra. Tổng thu ngân sách nhà nước "
    "trên địa bàn ước đạt 168,5 tỷ đồng, bằng 112% dự toán; tỷ lệ hộ nghèo giảm còn 0,62%; kết nạp 21 "
    "đảng viên mới."
)

# (label line, ["+ …" target lines], reading: [(measure words, value, direction, unit)])
Y_TARGET_GROUPS = [
    (
        "- Về kinh tế:",
        [
            "+ Tổng thu ngân sách nhà nước trên địa bàn đạt 185 tỷ đồng trở lên.",
            "+ Tỷ lệ giải ngân vốn đầu tư công đạt 100% kế hoạch được giao.",
        ],
        [
            ("tong thu ngan sach", 185, "at_least", "tỷ đồng"),
            ("giai ngan von dau tu cong", 100, "exactly", "%"),
        ],
    ),
    (
        "- Về văn hóa - xã hội:",
        [
            "+ Tỷ lệ hộ nghèo giảm còn dưới 0,5%.",
            "+ Tỷ lệ người dân tham gia bảo hiểm y tế đạt 95,5%.",
        ],
        [
            ("ho ngheo", 0.5, "at_most", "%"),
            ("bao hiem y te", 95.5, "exactly", "%"),
        ],
    ),
    (
        "- Về xây dựng Đảng:",
        [
            "+ Kết nạp từ 25 đảng viên mới trở lên.",
        ],
        [
            ("ket nap", 25, "at_least", "đảng viên"),
        ],
    ),
]

# The "Thứ …," items: (heading number, heading title, [(ordinal, text)]).
Y_ORDINALS = [
    (
        "1",
        "Nhiệm vụ trọng tâm",
        [
            ("Thứ nhất", "tập trung hoàn thiện hạ tầng đô thị, chỉnh trang các tuyến phố chính của phường."),
            ("Thứ hai", "đẩy mạnh cải cách hành chính, chuyển đổi số; nâng cao chất lượng phục vụ người dân."),
            ("Thứ ba", "chăm lo an sinh xã hội, nâng cao đời sống vật chất, tinh thần của Nhân dân."),
            ("Thứ tư", "giữ vững quốc phòng, an ninh, trật tự an toàn xã hội trên địa bàn."),
        ],
    ),
    (
        "2",
        "Khâu đột phá",
        [
            ("Thứ nhất", "đột phá về giải phóng mặt bằng các dự án trọng điểm trên địa bàn phường."),
            ("Thứ hai", "đột phá về ứng dụng công nghệ số trong giải quyết thủ tục hành chính."),
        ],
    ),
]

# (unit, the rest of the duty's sentence): "1. <unit> <verb> …" with no colon.
Y_DUTIES = [
    (
        "Đảng ủy Ủy ban nhân dân phường",
        "lãnh đạo Ủy ban nhân dân phường xây dựng kế hoạch thực hiện Nghị quyết, hoàn thành trong tháng 01/2026.",
    ),
    (
        "Ủy ban Kiểm tra Đảng ủy phường",
        "chủ trì kiểm tra, giám sát việc lãnh đạo thực hiện Nghị quyết tại các chi bộ.",
    ),
    (
        "Văn phòng Đảng ủy",
        "theo dõi, tổng hợp kết quả thực hiện, báo cáo Ban Thường vụ Đảng ủy hằng quý.",
    ),
]

Y_CLOSING = "Nghị quyết này được quán triệt đến các chi bộ, cán bộ, đảng viên và Nhân dân trên địa bàn phường./."


def document_y() -> bytes:
    document = Document()
    _header_table(
        document,
        (["ĐẢNG BỘ THÀNH PHỐ HẢI PHÒNG", "ĐẢNG ỦY PHƯỜNG PHÙ LIỄN", "*"], ["Số 15-NQ/ĐU"]),
        (["ĐẢNG CỘNG SẢN VIỆT NAM"], ["Phù Liễn, ngày 22 tháng 12 năm 2025"]),
    )
    _bold(document, "NGHỊ QUYẾT", center=True)
    _bold(document, "về lãnh đạo thực hiện nhiệm vụ chính trị năm 2026", center=True)
    document.add_paragraph(
        "- Căn cứ Quy chế làm việc của Ban Chấp hành Đảng bộ phường Phù Liễn khóa I, nhiệm kỳ 2025 - 2030;"
    )
    document.add_paragraph(
        "Ngày 20/12/2025, Ban Chấp hành Đảng bộ phường tổ chức Hội nghị lần thứ năm, thảo luận báo cáo kết "
        "quả thực hiện nhiệm vụ năm 2025, phương hướng, nhiệm vụ năm 2026. Ban Chấp hành Đảng bộ phường"
    )
    _bold(document, "QUYẾT NGHỊ:", center=True)
    _bold(document, "I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2025")
    document.add_paragraph(Y_RESULTS)
    _bold(document, "II. MỤC TIÊU, CHỈ TIÊU NĂM 2026")
    _bold(document, "1. Mục tiêu tổng quát")
    document.add_paragraph(
        "Phát huy sức mạnh đoàn kết, giữ vững ổn định chính trị, xây dựng phường phát triển nhanh, bền vững."
    )
    _bold(document, "2. Các chỉ tiêu chủ yếu")
    for label, lines, _reading in Y_TARGET_GROUPS:
        document.add_paragraph(label)
        for line in lines:
            document.add_paragraph(line)
    _bold(document, "III. NHIỆM VỤ TRỌNG TÂM VÀ KHÂU ĐỘT PHÁ")
    for number, title, ordinals in Y_ORDINALS:
        _bold(document, f"{number}. {title}")
        for ordinal, text in ordinals:
            document.add_paragraph(f"{ordinal}, {text}")
    _bold(document, "IV. TỔ CHỨC THỰC HIỆN")
    for index, (unit, text) in enumerate(Y_DUTIES, start=1):
        document.add_paragraph(f"{index}. {unit} {text}")
    document.add_paragraph(Y_CLOSING)
    _signature(
        document,
        ["T/M BAN CHẤP HÀNH", "BÍ THƯ"],
        "Phạm Văn Hưng",
        ["- Ban Thường vụ Thành ủy (để b/c),", "- Các chi bộ trực thuộc,", "- Lưu Văn phòng Đảng ủy."],
    )
    return _bytes(document)


EXPECTED_Y = {
    "ward": ("Phù Liễn", "phu-lien"),
    "units": [*WARD_UNITS, "Đảng ủy Ủy ban nhân dân phường", "Ủy ban Kiểm tra Đảng ủy phường", "Văn phòng Đảng ủy"],
    "header": {
        "number": "15-NQ/ĐU",
        "issuing_body": "party",
        "issued_on": "2025-12-22",
        "basis": 1,
        "period_start_year": 2026,
        "period_end_year": 2026,
        "signer_name": "Phạm Văn Hưng",
    },
    "items": [
        ("II", PART_KINDS, "MỤC TIÊU, CHỈ TIÊU NĂM 2026", None),
        ("2", {"section", "part", "group"}, "Các chỉ tiêu chủ yếu", "II"),
        ("III", PART_KINDS, "NHIỆM VỤ TRỌNG TÂM VÀ KHÂU ĐỘT PHÁ", None),
        *[(number, {"section", "group", "key_task"}, title, "III") for number, title, _o in Y_ORDINALS],
        ("IV", PART_KINDS, "TỔ CHỨC THỰC HIỆN", None),
        *[(str(index), {"duty"}, unit, "IV") for index, (unit, _t) in enumerate(Y_DUTIES, start=1)],
    ],
    "optional": [
        ("I", "KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2025"),
        ("1", "Mục tiêu tổng quát"),
        *[("", label.strip("- :")) for label, _l, _r in Y_TARGET_GROUPS],
    ],
    # (words of the item's text, number of its parent, kinds accepted)
    "ordinal_items": [
        (words(text)[:40], number, SOLUTION_KINDS | {"key_task"})
        for number, _title, ordinals in Y_ORDINALS
        for _ordinal, text in ordinals
    ],
    "targets": [
        {"measure": measure, "value": value, "direction": direction, "unit": unit, "horizon": 2026}
        for _label, _lines, reading in Y_TARGET_GROUPS
        for measure, value, direction, unit in reading
    ],
    # Words of a statement that must not be proposed as a target: last year's results.
    "no_targets_from": ["168 5 ty dong", "14/14 chi tieu", "0 62%", "21 dang vien"],
    "tasks": [],
    "projects": [],
    "closing": words(Y_CLOSING),
}


# --- Z: UBND phường Thiên Hương, phòng, chống thiên tai năm 2026 ------------------------------

Z_TARGET_LINES = [
    (
        "- 100% tổ dân phố xây dựng, cập nhật phương án ứng phó thiên tai theo phương châm “4 tại chỗ”.",
        ("phuong an ung pho", 100, "exactly", "%"),
    ),
    (
        "- Trên 90% hộ dân ven sông được hướng dẫn kỹ năng ứng phó thiên tai.",
        ("ky nang ung pho", 90, "at_least", "%"),
    ),
]

# (number, title, [(letter, sub-item title, ["-"/"+" lines])])
Z_SOLUTIONS = [
    (
        "1",
        "Công tác phòng ngừa",
        [
            (
                "a",
                "Kiện toàn Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn phường",
                [
                    "- Phân công thành viên Ban Chỉ huy phụ trách từng tổ dân phố;",
                    "- Ban hành quy chế hoạt động, trong đó quy định:",
                    "+ Chế độ trực ban 24/24 giờ trong mùa mưa bão;",
                    "+ Chế độ thông tin, báo cáo hằng ngày về Ban Chỉ huy.",
                ],
            ),
            (
                "b",
                "Rà soát, cập nhật phương án ứng phó thiên tai",
                [
                    "- Rà soát các hộ dân sống ven sông, khu vực trũng thấp;",
                    "- Cập nhật phương án di dời, sơ tán dân khi có bão mạnh.",
                ],
            ),
        ],
    ),
    (
        "2",
        "Công tác ứng phó và khắc phục hậu quả",
        [
            (
                "a",
                "Thông tin, cảnh báo kịp thời",
                [
                    "- Phát tin cảnh báo trên hệ thống truyền thanh phường và các nhóm mạng xã hội của tổ dân phố.",
                ],
            ),
            (
                "b",
                "Huy động lực lượng, phương tiện tại chỗ",
                [
                    "- Huy động lực lượng xung kích, dân quân tự vệ;",
                    "+ Sơ tán người dân đến nơi an toàn;",
                    "+ Hỗ trợ khắc phục hậu quả sau thiên tai.",
                ],
            ),
        ],
    ),
]

Z_DUTIES = [
    (
        "Phòng Kinh tế, Hạ tầng và Đô thị",
        "là cơ quan thường trực của Ban Chỉ huy, tham mưu Ủy ban nhân dân phường triển khai Kế hoạch.",
    ),
    ("Ban Chỉ huy Quân sự phường", "chủ trì tổ chức lực lượng xung kích, tập huấn, diễn tập ứng phó thiên tai."),
    ("Trung tâm Dịch vụ sự nghiệp công", "tuyên truyền, phát tin cảnh báo thiên tai trên hệ thống truyền thanh."),
]

# (TT, title, period, lead, partners, budget as printed, funding, note)
Z_GROUPS = [
    (
        "I",
        "CÔNG TÁC PHÒNG NGỪA",
        [
            (
                "1",
                "Mua sắm bổ sung áo phao, phao tròn cứu sinh",
                "Quý II/2026",
                "Ban Chỉ huy Quân sự phường",
                "Phòng Kinh tế, Hạ tầng và Đô thị",
                "120",
                "Ngân sách phường",
                "",
            ),
            (
                "2",
                "Tập huấn kỹ năng ứng phó thiên tai cho lực lượng xung kích",
                "Tháng 5/2026",
                "Ban Chỉ huy Quân sự phường",
                "Các tổ dân phố",
                "45",
                "Ngân sách phường",
                "Lồng ghép với diễn tập",
            ),
            (
                "3",
                "Nạo vét rãnh thoát nước khu vực trũng thấp",
                "Trước 30/5/2026",
                "Phòng Kinh tế, Hạ tầng và Đô thị",
                "Trung tâm Dịch vụ sự nghiệp công",
                "350",
                "Ngân sách phường; xã hội hóa",
                "",
            ),
        ],
    ),
    (
        "II",
        "CÔNG TÁC ỨNG PHÓ, KHẮC PHỤC HẬU QUẢ",
        [
            (
                "4",
                "Duy trì trực ban phòng, chống thiên tai",
                "Từ tháng 6 đến tháng 11/2026",
                "Văn phòng HĐND và UBND phường",
                "Công an phường",
                "60",
                "Ngân sách phường",
                "",
            ),
            (
                "5",
                "Hỗ trợ khắc phục hậu quả thiên tai",
                "Khi có thiên tai",
                "Phòng Văn hóa - Xã hội",
                "Ủy ban Mặt trận Tổ quốc Việt Nam phường",
                "",
                "Quỹ phòng, chống thiên tai",
                "Theo thực tế thiệt hại",
            ),
        ],
    ),
]

Z_TOTAL = "575"


def document_z() -> bytes:
    document = _committee_opening(
        "PHƯỜNG THIÊN HƯƠNG",
        "28/KH-UBND",
        "Thiên Hương, ngày 12 tháng 01 năm 2026",
        "Phòng, chống thiên tai và tìm kiếm cứu nạn năm 2026",
    )
    document.add_paragraph("Căn cứ Luật Phòng, chống thiên tai năm 2013, sửa đổi, bổ sung năm 2020;")
    document.add_paragraph(
        "Căn cứ Kế hoạch số 05/KH-UBND ngày 06/01/2026 của Ủy ban nhân dân thành phố Hải Phòng về phòng, chống "
        "thiên tai năm 2026;"
    )
    document.add_paragraph("Ủy ban nhân dân phường Thiên Hương ban hành Kế hoạch thực hiện như sau:")
    _bold(document, "I. MỤC ĐÍCH, YÊU CẦU")
    document.add_paragraph(
        "- Chủ động phòng ngừa, ứng phó kịp thời, hiệu quả với thiên tai, giảm thiểu thiệt hại về người và tài sản."
    )
    _bold(document, "II. CHỈ TIÊU")
    for line, _reading in Z_TARGET_LINES:
        document.add_paragraph(line)
    _bold(document, "III. NHIỆM VỤ, GIẢI PHÁP")
    for number, title, subs in Z_SOLUTIONS:
        _bold(document, f"{number}. {title}")
        for letter, sub_title, lines in subs:
            document.add_paragraph(f"{letter}) {sub_title}")
            for line in lines:
                document.add_paragraph(line)
    _bold(document, "IV. TỔ CHỨC THỰC HIỆN")
    for index, (unit, text) in enumerate(Z_DUTIES, start=1):
        document.add_paragraph(f"{index}. {unit}: {text}")
    document.add_paragraph("(Chi tiết nhiệm vụ, kinh phí thực hiện tại Phụ lục kèm theo)")
    _signature(
        document,
        ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"],
        "Lê Văn Thắng",
        ["- UBND thành phố (để b/c);", "- TT Đảng ủy, HĐND phường;", "- Như mục IV;", "- Lưu: VT."],
    )
    _page_break(document)
    _bold(document, "PHỤ LỤC", center=True)
    _bold(document, "NHIỆM VỤ PHÒNG, CHỐNG THIÊN TAI VÀ TÌM KIẾM CỨU NẠN NĂM 2026", center=True)
    document.add_paragraph("(Kèm theo Kế hoạch số 28/KH-UBND ngày 12/01/2026 của UBND phường Thiên Hương)")
    document.add_paragraph("Đơn vị tính: triệu đồng")
    rows = [
        (
            "TT",
            "Nội dung công việc",
            "Thời gian thực hiện",
            "Đơn vị chủ trì",
            "Đơn vị phối hợp",
            "Kinh phí dự kiến",
            "Nguồn kinh phí",
            "Ghi chú",
        )
    ]
    for number, title, tasks in Z_GROUPS:
        rows.append((number, title, "", "", "", "", "", ""))
        rows.extend(tasks)
    rows.append(("", "Tổng cộng", "", "", "", Z_TOTAL, "", ""))
    _table(document, rows)
    return _bytes(document)


EXPECTED_Z = {
    "ward": ("Thiên Hương", "thien-huong"),
    "units": [
        *WARD_UNITS,
        "Ban Chỉ huy Quân sự phường",
        "Các tổ dân phố",
        "Ủy ban Mặt trận Tổ quốc Việt Nam phường",
    ],
    "header": {
        "number": "28/KH-UBND",
        "issuing_body": "ubnd",
        "issued_on": "2026-01-12",
        "basis": 2,
        "period_start_year": 2026,
        "period_end_year": 2026,
        "signer_name": "Lê Văn Thắng",
    },
    "items": [
        ("II", PART_KINDS, "CHỈ TIÊU", None),
        ("III", PART_KINDS, "NHIỆM VỤ, GIẢI PHÁP", None),
        *[(number, SOLUTION_KINDS, title, "III") for number, title, _s in Z_SOLUTIONS],
        # The "a)", "b)" sub-items under their solution; their "-"/"+" lines are their body.
        *[
            (letter, SOLUTION_KINDS | {"field"}, sub_title, number)
            for number, _title, subs in Z_SOLUTIONS
            for letter, sub_title, _lines in subs
        ],
        ("IV", PART_KINDS, "TỔ CHỨC THỰC HIỆN", None),
        *[(str(index), {"duty"}, unit, "IV") for index, (unit, _t) in enumerate(Z_DUTIES, start=1)],
        *[(number, {"group"}, title, "*") for number, title, _tasks in Z_GROUPS],
    ],
    "optional": [
        ("I", "MỤC ĐÍCH, YÊU CẦU"),
        ("PHỤ LỤC", "NHIỆM VỤ PHÒNG"),
        ("Phụ lục", "NHIỆM VỤ PHÒNG"),
        ("", "PHỤ LỤC"),
        ("", "NHIỆM VỤ PHÒNG, CHỐNG THIÊN TAI"),
    ],
    # Each "a)"/"b)" item's body holds its "-" and "+" lines: (sub-item title, words of a line).
    "bodies": [(sub_title, words(lines[-1])) for _n, _t, subs in Z_SOLUTIONS for _letter, sub_title, lines in subs],
    "targets": [
        {"measure": measure, "value": value, "direction": direction, "unit": unit, "horizon": 2026}
        for _line, (measure, value, direction, unit) in Z_TARGET_LINES
    ],
    "no_targets_from": ["24/24 gio", "truc ban"],
    # Of those, the ones the target-sentence parser reads as a value ("24/24 giờ" → 24 giờ): its
    # failures, marked as expected in the tests (targets/sentences.py is another engineer's).
    "parser_expected": ["24/24 gio", "truc ban"],
    "tasks": [
        {
            "number": number,
            "title": title,
            "lead": lead,
            "coordinating": partners,
            "period": period,
            # No "Kết quả/sản phẩm" column: no product ("Ghi chú" is a note, not a product).
            "product": "",
            "group": group_title,
        }
        for _g, group_title, tasks in Z_GROUPS
        for number, title, period, lead, partners, _budget, _funding, _note in tasks
    ],
    # (task number, budget as printed, funding as printed): kept with the task, in any of its
    # fields, never as its lead, partners, period or product.
    "budgets": [
        (number, budget, funding)
        for _g, _t, tasks in Z_GROUPS
        for number, _title, _period, _lead, _partners, budget, funding, _note in tasks
    ],
    "projects": [],
}


DOCUMENTS = {"Y": (document_y, EXPECTED_Y), "Z": (document_z, EXPECTED_Z)}
