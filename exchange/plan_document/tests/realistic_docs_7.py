"""New-user trial 7: two plans written blind, in shapes the first six trials lacked.

Written before reading the plan reader's code, from the shapes of public documents found with the
search tool (addresses in ``SOURCES``); the wards are real wards of Hải Phòng not used in a trial
before, the text is the trial's own. ``EXPECTED_*`` is the hand reading of what a careful clerk
wants the import to propose (not what the code does), in the form ``trial3_checks`` scores, plus
``target_units`` (a target table row's own lead and partners) and ``under_heading`` (an item's
parent named by title, for headings printed without a number).

V — UBND phường Lê Chân, "Xây dựng phường đạt chuẩn đô thị văn minh năm 2026": section headings in
ALL CAPS with no number ("MỤC ĐÍCH, YÊU CẦU", "CHỈ TIÊU NĂM 2026", …); the targets a body table
"STT | Nội dung chỉ tiêu | Chỉ tiêu năm 2026 | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian hoàn
thành", one row a target with its own lead and deadline (targets, not tasks); an appendix of tasks
whose groups are lettered "A.", "B.", "C." in the STT cell and whose tasks are numbered 1…N across
the groups.
X — Đảng ủy phường Kiến An, "Kế hoạch … -KH/ĐU" implementing a resolution of the Politburo: the
header typed as paragraphs with TABs, the number and the place-date on ONE line ("Số 25-KH/ĐU⇥Hải
Phòng, ngày …"); "II. MỤC TIÊU" as "- " lines with several figures each ("Đến năm 2030, tỷ lệ …
đạt 95%; trong đó …"); "III. NHIỆM VỤ, GIẢI PHÁP" items "1." titles then a paragraph; "IV. TỔ
CHỨC THỰC HIỆN" duties "1. Ban Tuyên giáo và Dân vận Đảng ủy: …"; a closing "Kế hoạch này được
phổ biến đến chi bộ …" that belongs to no duty.
"""

from docx import Document

from exchange.plan_document.tests.realistic_docs_3 import _bold, _bytes, _header_table, _page_break, _signature, _table
from exchange.plan_document.tests.realistic_docs_5 import PART_KINDS, SOLUTION_KINDS, WARD_UNITS
from exchange.plan_document.tests.trial3_checks import words

SOURCES = {
    "V": [
        "https://hethongphapluat.com/ke-hoach-202-kh-ubnd-nam-2022-thuc-hien-quyet-dinh-04-2022-qd-ttg-quy-dinh-tieu-chi-trinh-tu-thu-tuc-xet-cong-nhan-dat-chuan-do-thi-van-minh-do-tinh-tuyen-quang-ban-hanh.html",
        "https://hethongphapluat.com/ke-hoach-386-kh-ubnd-nam-2022-thuc-hien-quyet-dinh-04-2022-qd-ttg-quy-dinh-tieu-chi-trinh-tu-thu-tuc-xet-cong-nhan-dat-chuan-do-thi-van-minh-tren-dia-ban-tinh-bac-ninh.html",
        "https://m.baokontum.com.vn/xa-hoi/phuong-thong-nhat-phat-dong-xay-dung-phuong-dat-chuan-van-minh-do-thi-2773.html",
    ],
    "X": [
        "https://www.baonamdinh.com.vn/channel/5084/",
    ],
}


# --- V: UBND phường Lê Chân, đô thị văn minh năm 2026 -----------------------------------------

# (STT, nội dung chỉ tiêu, chỉ tiêu năm 2026 as printed, chủ trì, phối hợp, thời gian hoàn thành,
# reading: measure words, value, direction, unit)
V_TARGET_ROWS = [
    (
        "1",
        "Tỷ lệ hộ gia đình được công nhận danh hiệu Gia đình văn hóa",
        "95%",
        "Phòng Văn hóa - Xã hội",
        "Ủy ban Mặt trận Tổ quốc Việt Nam phường",
        "Tháng 12/2026",
        ("gia dinh van hoa", 95, "exactly", "%"),
    ),
    (
        "2",
        "Tỷ lệ tổ dân phố được công nhận Tổ dân phố văn hóa",
        "Trên 90%",
        "Phòng Văn hóa - Xã hội",
        "Các tổ dân phố",
        "Tháng 12/2026",
        ("to dan pho van hoa", 90, "at_least", "%"),
    ),
    (
        "3",
        "Tỷ lệ tuyến phố chính được chỉnh trang vỉa hè, chiếu sáng",
        "100%",
        "Phòng Kinh tế, Hạ tầng và Đô thị",
        "Trung tâm Dịch vụ sự nghiệp công",
        "Quý III/2026",
        ("chinh trang via he", 100, "exactly", "%"),
    ),
    (
        "4",
        "Tỷ lệ hộ dân thực hiện phân loại rác thải tại nguồn",
        "Tối thiểu 80%",
        "Phòng Kinh tế, Hạ tầng và Đô thị",
        "Các tổ dân phố",
        "Tháng 11/2026",
        ("phan loai rac thai", 80, "at_least", "%"),
    ),
    (
        "5",
        "Số vụ vi phạm trật tự xây dựng, lấn chiếm vỉa hè được xử lý dứt điểm",
        "100%",
        "Công an phường",
        "Phòng Kinh tế, Hạ tầng và Đô thị",
        "Thường xuyên",
        ("trat tu xay dung", 100, "exactly", "%"),
    ),
]

V_SOLUTIONS = [
    ("Tuyên truyền, vận động Nhân dân", "Tuyên truyền trên hệ thống truyền thanh phường và tại các tổ dân phố."),
    ("Chỉnh trang đô thị, cảnh quan", "Cải tạo vỉa hè, hệ thống chiếu sáng, cây xanh trên các tuyến phố chính."),
    ("Giữ gìn trật tự đô thị", "Kiểm tra, xử lý nghiêm các vi phạm trật tự xây dựng, lấn chiếm lòng đường."),
]

V_DUTIES = [
    (
        "Phòng Văn hóa - Xã hội",
        "Phòng Văn hóa - Xã hội là cơ quan thường trực, tham mưu Ủy ban nhân dân phường triển khai Kế hoạch.",
    ),
    (
        "Phòng Kinh tế, Hạ tầng và Đô thị",
        "Phòng Kinh tế, Hạ tầng và Đô thị chủ trì các nội dung về chỉnh trang đô thị, trật tự xây dựng.",
    ),
]

# (letter as printed, title, [(STT, nội dung, chủ trì, phối hợp, thời gian, sản phẩm)])
V_GROUPS = [
    (
        "A.",
        "TUYÊN TRUYỀN, VẬN ĐỘNG",
        [
            (
                "1",
                "Tổ chức phát động phong trào xây dựng phường đạt chuẩn đô thị văn minh",
                "Phòng Văn hóa - Xã hội",
                "Ủy ban Mặt trận Tổ quốc Việt Nam phường",
                "Quý I/2026",
                "Lễ phát động được tổ chức",
            ),
            (
                "2",
                "Xây dựng chuyên mục tuyên truyền trên hệ thống truyền thanh phường",
                "Trung tâm Dịch vụ sự nghiệp công",
                "Phòng Văn hóa - Xã hội",
                "Hằng tháng",
                "Chuyên mục phát sóng định kỳ",
            ),
        ],
    ),
    (
        "B.",
        "CHỈNH TRANG ĐÔ THỊ",
        [
            (
                "3",
                "Cải tạo vỉa hè, hệ thống chiếu sáng tuyến phố Tô Hiệu",
                "Phòng Kinh tế, Hạ tầng và Đô thị",
                "Trung tâm Dịch vụ sự nghiệp công",
                "Quý III/2026",
                "Tuyến phố được chỉnh trang",
            ),
            (
                "4",
                "Lắp đặt biển tên ngõ, số nhà tại các tổ dân phố",
                "Phòng Kinh tế, Hạ tầng và Đô thị",
                "Các tổ dân phố",
                "Năm 2026",
                "Biển tên ngõ, số nhà được lắp đặt",
            ),
        ],
    ),
    (
        "C.",
        "TRẬT TỰ ĐÔ THỊ",
        [
            (
                "5",
                "Ra quân lập lại trật tự vỉa hè, lòng đường",
                "Công an phường",
                "Phòng Kinh tế, Hạ tầng và Đô thị",
                "Thường xuyên",
                "Vỉa hè, lòng đường thông thoáng",
            ),
        ],
    ),
]


def document_v() -> bytes:
    document = Document()
    _header_table(
        document,
        (["ỦY BAN NHÂN DÂN", "PHƯỜNG LÊ CHÂN"], ["Số: 35/KH-UBND"]),
        (["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"], ["Lê Chân, ngày 15 tháng 01 năm 2026"]),
    )
    _bold(document, "KẾ HOẠCH", center=True)
    _bold(document, "Xây dựng phường Lê Chân đạt chuẩn đô thị văn minh năm 2026", center=True)
    document.add_paragraph(
        "Căn cứ Quyết định số 04/2022/QĐ-TTg ngày 18/02/2022 của Thủ tướng Chính phủ quy định tiêu chí, trình "
        "tự, thủ tục xét công nhận đạt chuẩn đô thị văn minh;"
    )
    document.add_paragraph(
        "Căn cứ Nghị quyết số 12/NQ-HĐND ngày 25/12/2025 của Hội đồng nhân dân phường Lê Chân về nhiệm vụ năm 2026;"
    )
    document.add_paragraph("Ủy ban nhân dân phường Lê Chân ban hành Kế hoạch như sau:")
    _bold(document, "MỤC ĐÍCH, YÊU CẦU")
    document.add_paragraph("Huy động cả hệ thống chính trị và Nhân dân tham gia xây dựng đô thị văn minh.")
    _bold(document, "CHỈ TIÊU NĂM 2026")
    header = (
        "STT",
        "Nội dung chỉ tiêu",
        "Chỉ tiêu năm 2026",
        "Đơn vị chủ trì",
        "Đơn vị phối hợp",
        "Thời gian hoàn thành",
    )
    _table(document, [header, *[row[:6] for row in V_TARGET_ROWS]])
    _bold(document, "NHIỆM VỤ, GIẢI PHÁP")
    for index, (title, body) in enumerate(V_SOLUTIONS, start=1):
        _bold(document, f"{index}. {title}")
        document.add_paragraph(body)
    _bold(document, "TỔ CHỨC THỰC HIỆN")
    for index, (_unit, text) in enumerate(V_DUTIES, start=1):
        document.add_paragraph(f"{index}. {text}")
    document.add_paragraph("(Danh mục nhiệm vụ cụ thể tại Phụ lục kèm theo)")
    _signature(
        document,
        ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"],
        "Đỗ Thị Lan",
        ["- TT Đảng ủy, HĐND phường;", "- Các phòng, đơn vị;", "- Lưu: VT."],
    )
    _page_break(document)
    _bold(document, "PHỤ LỤC", center=True)
    _bold(document, "DANH MỤC NHIỆM VỤ XÂY DỰNG ĐÔ THỊ VĂN MINH NĂM 2026", center=True)
    rows = [
        ("STT", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian thực hiện", "Kết quả/sản phẩm")
    ]
    for letter, title, tasks in V_GROUPS:
        rows.append((letter, title, "", "", "", ""))
        rows.extend(tasks)
    _table(document, rows)
    return _bytes(document)


EXPECTED_V = {
    "ward": ("Lê Chân", "le-chan"),
    "units": [*WARD_UNITS, "Các tổ dân phố", "Ủy ban Mặt trận Tổ quốc Việt Nam phường"],
    "header": {
        "number": "35/KH-UBND",
        "issuing_body": "ubnd",
        "issued_on": "2026-01-15",
        "basis": 2,
        "period_start_year": 2026,
        "period_end_year": 2026,
        "signer_name": "Đỗ Thị Lan",
    },
    # Headings with no number: "" as the README prints a label's number; their children are
    # checked by their parent's title (``under_heading``).
    "items": [
        ("", PART_KINDS, "CHỈ TIÊU NĂM 2026", None),
        ("", PART_KINDS, "NHIỆM VỤ, GIẢI PHÁP", None),
        *[(str(index), SOLUTION_KINDS, title, "*") for index, (title, _b) in enumerate(V_SOLUTIONS, start=1)],
        ("", PART_KINDS, "TỔ CHỨC THỰC HIỆN", None),
        *[(str(index), {"duty"}, unit, "*") for index, (unit, _t) in enumerate(V_DUTIES, start=1)],
        *[(letter.rstrip("."), {"group"}, title, "*") for letter, title, _tasks in V_GROUPS],
    ],
    "optional": [
        ("", "MỤC ĐÍCH, YÊU CẦU"),
        ("PHỤ LỤC", "DANH MỤC NHIỆM VỤ"),
        ("Phụ lục", "DANH MỤC NHIỆM VỤ"),
        ("", "PHỤ LỤC"),
        ("", "DANH MỤC NHIỆM VỤ"),
    ],
    "under_heading": [
        *[(title, "NHIỆM VỤ, GIẢI PHÁP") for title, _b in V_SOLUTIONS],
        *[(unit, "TỔ CHỨC THỰC HIỆN") for unit, _t in V_DUTIES],
    ],
    "targets": [
        {"measure": measure, "value": value, "direction": direction, "unit": unit, "horizon": 2026}
        for *_cells, (measure, value, direction, unit) in V_TARGET_ROWS
    ],
    # A target row's own lead and partner: (measure words, lead, partner).
    "target_units": [(row[6][0], row[3], row[4]) for row in V_TARGET_ROWS],
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
        for _letter, group_title, tasks in V_GROUPS
        for number, title, lead, partners, period, product in tasks
    ],
    "projects": [],
}


# --- X: Đảng ủy phường Kiến An, Kế hoạch thực hiện Nghị quyết 57-NQ/TW ------------------------

X_TARGET_LINES = [
    "- Đến năm 2030, tỷ lệ hồ sơ thủ tục hành chính được giải quyết trực tuyến toàn trình đạt 95%; trong đó "
    "tỷ lệ hồ sơ được số hóa kết quả giải quyết đạt 100%.",
    "- Đến năm 2030, tỷ lệ người dân trưởng thành có tài khoản định danh điện tử mức độ 2 đạt 90%; trong đó "
    "trên 70% sử dụng thường xuyên dịch vụ công trực tuyến.",
    "- Đến năm 2030, 100% tổ dân phố có nhóm mạng xã hội kết nối với chính quyền phường; 100% chi bộ sử "
    "dụng sổ tay đảng viên điện tử trong sinh hoạt.",
]

X_SOLUTIONS = [
    (
        "Nâng cao nhận thức, đổi mới tư duy về chuyển đổi số",
        "Quán triệt sâu rộng Nghị quyết đến cán bộ, đảng viên; đưa nội dung chuyển đổi số vào sinh hoạt chi bộ.",
    ),
    (
        "Hoàn thiện hạ tầng số, dữ liệu số của phường",
        "Rà soát, nâng cấp đường truyền, thiết bị tại bộ phận một cửa; số hóa hồ sơ, dữ liệu dân cư.",
    ),
    (
        "Phát triển công dân số, kỹ năng số",
        "Duy trì tổ công nghệ số cộng đồng tại các tổ dân phố; hướng dẫn người dân sử dụng dịch vụ công.",
    ),
]

X_DUTIES = [
    (
        "Ban Tuyên giáo và Dân vận Đảng ủy",
        "chủ trì, phối hợp với các chi bộ tuyên truyền, phổ biến Kế hoạch; định hướng thông tin trên mạng xã hội.",
    ),
    (
        "Đảng ủy Ủy ban nhân dân phường",
        "lãnh đạo Ủy ban nhân dân phường xây dựng kế hoạch hằng năm, bố trí nguồn lực thực hiện các chỉ tiêu.",
    ),
    (
        "Văn phòng Đảng ủy",
        "theo dõi, đôn đốc, tổng hợp kết quả thực hiện, báo cáo Ban Thường vụ Đảng ủy trước ngày 15/12 hằng năm.",
    ),
]

X_CLOSING = "Kế hoạch này được phổ biến đến chi bộ, cán bộ, đảng viên và Nhân dân trên địa bàn phường./."


def document_x() -> bytes:
    document = Document()
    # Typed as paragraphs, TABs between the left and the right column (no table), as many ward
    # offices do: the number and the place-date share one line.
    _bold(document, "ĐẢNG BỘ THÀNH PHỐ HẢI PHÒNG\tĐẢNG CỘNG SẢN VIỆT NAM")
    _bold(document, "ĐẢNG ỦY PHƯỜNG KIẾN AN")
    document.add_paragraph("*")
    document.add_paragraph("Số 25-KH/ĐU\tHải Phòng, ngày 05 tháng 12 năm 2025")
    _bold(document, "KẾ HOẠCH", center=True)
    _bold(
        document,
        "thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, "
        "công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia, giai đoạn 2026 - 2030",
        center=True,
    )
    document.add_paragraph(
        "- Căn cứ Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, "
        "công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia;"
    )
    document.add_paragraph(
        "- Căn cứ Kế hoạch số 20-KH/TU ngày 10/3/2025 của Ban Thường vụ Thành ủy Hải Phòng thực hiện Nghị "
        "quyết số 57-NQ/TW;"
    )
    document.add_paragraph("Ban Thường vụ Đảng ủy phường Kiến An xây dựng Kế hoạch thực hiện như sau:")
    _bold(document, "I. MỤC ĐÍCH, YÊU CẦU")
    document.add_paragraph(
        "- Quán triệt, thực hiện nghiêm túc Nghị quyết; xác định chuyển đổi số là nhiệm vụ trọng tâm của cả "
        "hệ thống chính trị phường."
    )
    _bold(document, "II. MỤC TIÊU")
    for line in X_TARGET_LINES:
        document.add_paragraph(line)
    _bold(document, "III. NHIỆM VỤ, GIẢI PHÁP")
    for index, (title, body) in enumerate(X_SOLUTIONS, start=1):
        _bold(document, f"{index}. {title}")
        document.add_paragraph(body)
    _bold(document, "IV. TỔ CHỨC THỰC HIỆN")
    for index, (unit, text) in enumerate(X_DUTIES, start=1):
        document.add_paragraph(f"{index}. {unit}: {text}")
    document.add_paragraph(X_CLOSING)
    _signature(
        document,
        ["T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ"],
        "Nguyễn Văn Thành",
        ["- Ban Thường vụ Thành ủy (để b/c),", "- Các chi bộ trực thuộc,", "- Lưu Văn phòng Đảng ủy."],
    )
    return _bytes(document)


EXPECTED_X = {
    "ward": ("Kiến An", "kien-an"),
    "units": [
        "Ủy ban nhân dân phường",
        "Ban Tuyên giáo và Dân vận Đảng ủy",
        "Đảng ủy Ủy ban nhân dân phường",
        "Văn phòng Đảng ủy",
    ],
    "header": {
        "number": "25-KH/ĐU",
        "issuing_body": "party",
        "issued_on": "2025-12-05",
        "basis": 2,
        "period_start_year": 2026,
        "period_end_year": 2030,
        "signer_name": "Nguyễn Văn Thành",
    },
    "items": [
        ("II", PART_KINDS, "MỤC TIÊU", None),
        ("III", PART_KINDS, "NHIỆM VỤ, GIẢI PHÁP", None),
        *[(str(index), SOLUTION_KINDS, title, "III") for index, (title, _b) in enumerate(X_SOLUTIONS, start=1)],
        ("IV", PART_KINDS, "TỔ CHỨC THỰC HIỆN", None),
        *[(str(index), {"duty"}, unit, "IV") for index, (unit, _t) in enumerate(X_DUTIES, start=1)],
    ],
    "optional": [("I", "MỤC ĐÍCH, YÊU CẦU")],
    "under_heading": [],
    "targets": [
        {
            "measure": "giai quyet truc tuyen toan trinh",
            "value": 95,
            "direction": "exactly",
            "unit": "%",
            "horizon": 2030,
        },
        {"measure": "so hoa ket qua", "value": 100, "direction": "exactly", "unit": "%", "horizon": 2030},
        {"measure": "dinh danh dien tu", "value": 90, "direction": "exactly", "unit": "%", "horizon": 2030},
        {"measure": "dich vu cong truc tuyen", "value": 70, "direction": "at_least", "unit": "%", "horizon": 2030},
        {"measure": "to dan pho", "value": 100, "direction": "exactly", "unit": "%", "horizon": 2030},
        {"measure": "so tay dang vien", "value": 100, "direction": "exactly", "unit": "%", "horizon": 2030},
    ],
    "target_units": [],
    "tasks": [],
    "projects": [],
    "closing": words(X_CLOSING),
}


DOCUMENTS = {"V": (document_v, EXPECTED_V), "X": (document_x, EXPECTED_X)}
