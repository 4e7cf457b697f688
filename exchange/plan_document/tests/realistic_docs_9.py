"""New-user trial 9: two plan documents written blind, in shapes the first eight trials lacked.

Written before reading the plan reader's code, from the shapes of public documents found with the
search tool (addresses in ``SOURCES``); the wards are real wards of Hải Phòng not used in a trial
before (An Biên, Đông Hải), the text is the trial's own. ``EXPECTED_*`` is the hand reading of what
a careful clerk wants the import to propose (not what the code does), in the form ``trial3_checks``
scores, plus ``assigned`` (numbered tasks whose lead, partners and period are given at the end of
the line, "(Giao: … chủ trì, phối hợp …; thời gian: …)"), ``no_targets_from`` and ``no_items_from``
(a "Ghi chú" note, a page header or footer: never an item, a target or a body), and ``month_periods``
(a task's period is the month of the row that groups it).

P — UBND phường An Biên, 45/KH-UBND, cải cách hành chính và chuyển đổi số năm 2026, implementing a
city plan: parts "Phần thứ nhất" / "Phần thứ hai", each a line of its own followed by its title in
capitals on the next line, with "I.", "II." under each part; targets as "-" lines; a "Ghi chú:" line
after them holding last year's figure; tasks as a numbered list in which each item ends with
"(Giao: <unit> chủ trì, phối hợp <units>; thời gian: <period>)".
Q — UBND phường Đông Hải, 03/CTr-UBND, Chương trình công tác năm 2026: a page header and footer on
every page; the body mostly one big table TT | Nội dung | Cơ quan chủ trì | Cơ quan phối hợp | Cấp
trình | Ghi chú, in which merged rows spanning every column ("Tháng 01", "Tháng 02", …) group the
items and give their month; numbering runs on across months; a "Ghi chú:" line after the table.
"""

from docx import Document

from exchange.plan_document.tests.realistic_docs_3 import (
    _bold,
    _bytes,
    _committee_opening,
    _header_table,
    _signature,
    _table,
)
from exchange.plan_document.tests.realistic_docs_5 import PART_KINDS, SOLUTION_KINDS, WARD_UNITS
from exchange.plan_document.tests.trial3_checks import words

SOURCES = {
    "P": [
        "https://snnptnt.hanam.gov.vn/Pages/Ke-hoach-Chuong-trinh-MTQG-Nuoc-sach---VSMT-nong-thon-tinh-Ha-Nam-nam-20141495723973.aspx",
        "https://thuvienphapluat.vn/bulletin/document.aspx?bid=7445fa53-7dfb-478a-90ac-a16b61a7a8a9&key=h0GPte9dnWDNo%2B2yLMwOxA%3D%3D",
        "https://thuvienphapluat.vn/van-ban/Giao-duc/Ke-hoach-168-KH-UBND-2020-De-an-Xay-dung-van-hoa-ung-xu-trong-truong-hoc-Ha-Noi-2020-2025-451236.aspx?tab=3",
    ],
    "Q": [
        "https://vneconomy.vn/tong-bi-thu-yeu-cau-siet-ky-luat-bao-dam-tien-do-chuong-trinh-cong-tac-quy-12026.htm",
        "https://thuviennhadat.vn/vbpl/quyet-dinh-1528-qd-ubnd-2021-thuc-hien-chuong-trinh-phat-trien-cong-tac-xa-hoi-binh-dinh-475208.html",
    ],
}


# --- P: UBND phường An Biên, cải cách hành chính và chuyển đổi số năm 2026 ---------------------

P_TARGET_LINES = [
    (
        "- 100% thủ tục hành chính đủ điều kiện được cung cấp dịch vụ công trực tuyến toàn trình.",
        ("dich vu cong truc tuyen", 100, "exactly", "%"),
    ),
    (
        "- Tỷ lệ hồ sơ thủ tục hành chính được giải quyết đúng hạn đạt từ 98% trở lên.",
        ("dung han", 98, "at_least", "%"),
    ),
    (
        "- Mức độ hài lòng của người dân, doanh nghiệp đạt trên 90%.",
        ("hai long", 90, "at_least", "%"),
    ),
]

P_NOTE = (
    "Ghi chú: Chỉ tiêu tại mục II được giao theo Kế hoạch số 12/KH-UBND của thành phố; năm 2025 tỷ lệ "
    "hồ sơ giải quyết đúng hạn của phường đạt 96,4%."
)

# (title, lead, [partners], period as printed)
P_TASKS = [
    (
        "Rà soát, công bố, công khai đầy đủ thủ tục hành chính thuộc thẩm quyền giải quyết của phường",
        "Văn phòng HĐND và UBND phường",
        ["Trung tâm Dịch vụ sự nghiệp công"],
        "Quý I/2026",
    ),
    (
        "Tuyên truyền, hướng dẫn người dân sử dụng dịch vụ công trực tuyến, thanh toán không dùng tiền mặt",
        "Phòng Văn hóa - Xã hội",
        ["Ủy ban Mặt trận Tổ quốc Việt Nam phường", "Đoàn Thanh niên phường"],
        "thường xuyên",
    ),
    (
        "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính còn hiệu lực",
        "Trung tâm Dịch vụ sự nghiệp công",
        [],
        "trước 30/6/2026",
    ),
    (
        "Làm sạch dữ liệu dân cư, đất đai phục vụ giải quyết thủ tục hành chính",
        "Công an phường",
        ["Phòng Kinh tế, Hạ tầng và Đô thị"],
        "hằng quý",
    ),
]


def _giao(lead, partners, period):
    partners_text = f", phối hợp {', '.join(partners)}" if partners else ""
    return f"(Giao: {lead} chủ trì{partners_text}; thời gian: {period})"


P_REPORTING = (
    "Các đơn vị báo cáo kết quả thực hiện về Ủy ban nhân dân phường (qua Văn phòng HĐND và UBND phường) "
    "trước ngày 15 của tháng cuối quý."
)


def document_p() -> bytes:
    document = _committee_opening(
        "PHƯỜNG AN BIÊN",
        "45/KH-UBND",
        "An Biên, ngày 15 tháng 01 năm 2026",
        "Cải cách hành chính và chuyển đổi số năm 2026",
    )
    document.add_paragraph("Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;")
    document.add_paragraph(
        "Thực hiện Kế hoạch số 12/KH-UBND ngày 08/01/2026 của Ủy ban nhân dân thành phố Hải Phòng về cải cách "
        "hành chính năm 2026, Ủy ban nhân dân phường An Biên ban hành Kế hoạch như sau:"
    )
    _bold(document, "Phần thứ nhất", center=True)
    _bold(document, "MỤC ĐÍCH, YÊU CẦU VÀ CHỈ TIÊU", center=True)
    _bold(document, "I. MỤC ĐÍCH, YÊU CẦU")
    document.add_paragraph(
        "- Nâng cao chất lượng giải quyết thủ tục hành chính, lấy người dân, doanh nghiệp làm trung tâm phục vụ."
    )
    _bold(document, "II. CHỈ TIÊU")
    for line, _reading in P_TARGET_LINES:
        document.add_paragraph(line)
    document.add_paragraph(P_NOTE)
    _bold(document, "Phần thứ hai", center=True)
    _bold(document, "NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN", center=True)
    _bold(document, "I. NHIỆM VỤ CỤ THỂ")
    for index, (title, lead, partners, period) in enumerate(P_TASKS, start=1):
        document.add_paragraph(f"{index}. {title} {_giao(lead, partners, period)}.")
    _bold(document, "II. CHẾ ĐỘ BÁO CÁO")
    document.add_paragraph(P_REPORTING)
    _signature(
        document,
        ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"],
        "Đỗ Thị Ngọc Lan",
        ["- UBND thành phố (để b/c);", "- TT Đảng ủy, HĐND phường;", "- Các đơn vị tại Phần thứ hai;", "- Lưu: VT."],
    )
    return _bytes(document)


EXPECTED_P = {
    "ward": ("An Biên", "an-bien"),
    "units": [*WARD_UNITS, "Ủy ban Mặt trận Tổ quốc Việt Nam phường", "Đoàn Thanh niên phường"],
    "header": {
        "number": "45/KH-UBND",
        "issuing_body": "ubnd",
        "issued_on": "2026-01-15",
        "basis": 2,
        "period_start_year": 2026,
        "period_end_year": 2026,
        "signer_name": "Đỗ Thị Ngọc Lan",
    },
    # The parts as printed, "Phần thứ nhất" titled by the capital line under it; "I.", "II." under
    # their part (each part restarts at "I.").
    "items": [
        ("Phần thứ nhất", PART_KINDS, "MỤC ĐÍCH, YÊU CẦU VÀ CHỈ TIÊU", None),
        ("II", PART_KINDS | {"group"}, "CHỈ TIÊU", "Phần thứ nhất"),
        ("Phần thứ hai", PART_KINDS, "NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN", None),
        ("I", PART_KINDS | {"group"}, "NHIỆM VỤ CỤ THỂ", "Phần thứ hai"),
        ("II", PART_KINDS | {"group", "duty"}, "CHẾ ĐỘ BÁO CÁO", "Phần thứ hai"),
        # Their lead, partners and period are scored by ``assigned`` (corrected after the blind
        # run: asking them of the item as well counted them twice when proposed as tasks).
        *[(str(index), SOLUTION_KINDS, title, "I") for index, (title, *_rest) in enumerate(P_TASKS, start=1)],
    ],
    "optional": [("I", "MỤC ĐÍCH, YÊU CẦU")],
    "targets": [
        {"measure": measure, "value": value, "direction": direction, "unit": unit, "horizon": 2026}
        for _line, (measure, value, direction, unit) in P_TARGET_LINES
    ],
    "no_targets_from": ["96 4%"],
    # A note: no item's title, no target (kept in the body of the part it follows: corrected after
    # the blind run, which asked it out of every body too, losing the document's own remark).
    "notes": ["ghi chu"],
    "no_items_from": [],
    # Each numbered task: its title without the "(Giao: …)" tail; lead, partners and period from it.
    "assigned": [
        {"title": title, "lead": lead, "partners": partners, "period": period}
        for title, lead, partners, period in P_TASKS
    ],
    "tasks": [],
    "projects": [],
}


# --- Q: UBND phường Đông Hải, Chương trình công tác năm 2026 ------------------------------------

# (month row, [(TT, content, lead, partners, level presented to, note)])
Q_MONTHS = [
    (
        "Tháng 01",
        [
            (
                "1",
                "Kế hoạch phát triển kinh tế - xã hội năm 2026 của phường",
                "Phòng Kinh tế, Hạ tầng và Đô thị",
                "Văn phòng HĐND và UBND phường",
                "HĐND phường",
                "",
            ),
            (
                "2",
                "Kế hoạch tổ chức Tết Nguyên đán Bính Ngọ năm 2026",
                "Phòng Văn hóa - Xã hội",
                "Công an phường",
                "UBND phường",
                "",
            ),
        ],
    ),
    (
        "Tháng 02",
        [
            (
                "3",
                "Kế hoạch phòng, chống thiên tai và tìm kiếm cứu nạn năm 2026",
                "Phòng Kinh tế, Hạ tầng và Đô thị",
                "Ban Chỉ huy Quân sự phường",
                "UBND phường",
                "Theo hướng dẫn của thành phố",
            ),
        ],
    ),
    (
        "Tháng 03",
        [
            (
                "4",
                "Báo cáo tình hình kinh tế - xã hội quý I năm 2026",
                "Văn phòng HĐND và UBND phường",
                "Các phòng, đơn vị thuộc UBND phường",
                "UBND phường",
                "",
            ),
            (
                "5",
                "Đề án chỉnh trang đô thị các tuyến phố chính của phường",
                "Phòng Kinh tế, Hạ tầng và Đô thị",
                "Trung tâm Dịch vụ sự nghiệp công",
                "HĐND phường",
                "Trình kỳ họp chuyên đề",
            ),
        ],
    ),
]

Q_DUTIES = [
    (
        "Văn phòng HĐND và UBND phường",
        "theo dõi, đôn đốc các đơn vị thực hiện Chương trình; tổng hợp báo cáo hằng tháng.",
    ),
    ("Phòng Kinh tế, Hạ tầng và Đô thị", "bảo đảm kinh phí xây dựng các đề án, kế hoạch trong Chương trình."),
]

Q_NOTE = "Ghi chú: Chương trình được điều chỉnh, bổ sung hằng quý theo chỉ đạo của thành phố."
Q_PAGE_HEADER = "UBND phường Đông Hải - Chương trình công tác năm 2026"
Q_PAGE_FOOTER = "Trang 1/1 - Bản lưu hành nội bộ"


def document_q() -> bytes:
    document = Document()
    section = document.sections[0]
    section.header.paragraphs[0].text = Q_PAGE_HEADER
    section.footer.paragraphs[0].text = Q_PAGE_FOOTER
    _header_table(
        document,
        (["ỦY BAN NHÂN DÂN", "PHƯỜNG ĐÔNG HẢI"], ["Số: 03/CTr-UBND"]),
        (
            ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"],
            ["Đông Hải, ngày 05 tháng 01 năm 2026"],
        ),
    )
    _bold(document, "CHƯƠNG TRÌNH", center=True)
    _bold(document, "Công tác năm 2026 của Ủy ban nhân dân phường Đông Hải", center=True)
    document.add_paragraph(
        "Căn cứ Nghị quyết số 18/NQ-HĐND ngày 20/12/2025 của Hội đồng nhân dân phường về nhiệm vụ phát triển "
        "kinh tế - xã hội năm 2026;"
    )
    document.add_paragraph("Ủy ban nhân dân phường ban hành Chương trình công tác năm 2026 như sau:")
    _bold(document, "I. MỤC ĐÍCH, YÊU CẦU")
    document.add_paragraph(
        "Xác định rõ nội dung, cơ quan chủ trì, thời gian trình các đề án, kế hoạch để chủ động chuẩn bị."
    )
    _bold(document, "II. NỘI DUNG CHƯƠNG TRÌNH")
    rows = [("TT", "Nội dung", "Cơ quan chủ trì", "Cơ quan phối hợp", "Cấp trình", "Ghi chú")]
    merged = []
    for month, entries in Q_MONTHS:
        merged.append(len(rows))
        rows.append((month, "", "", "", "", ""))
        rows.extend(entries)
    _table(document, rows, merged_rows=merged)
    document.add_paragraph(Q_NOTE)
    _bold(document, "III. TỔ CHỨC THỰC HIỆN")
    for index, (unit, text) in enumerate(Q_DUTIES, start=1):
        document.add_paragraph(f"{index}. {unit}: {text}")
    _signature(
        document,
        ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"],
        "Vũ Đình Khoa",
        ["- TT Đảng ủy, HĐND phường;", "- Các phòng, đơn vị;", "- Lưu: VT."],
    )
    return _bytes(document)


EXPECTED_Q = {
    "ward": ("Đông Hải", "dong-hai"),
    "units": [
        *WARD_UNITS,
        "Ban Chỉ huy Quân sự phường",
        "Các phòng, đơn vị thuộc UBND phường",
    ],
    "header": {
        "number": "03/CTr-UBND",
        "issuing_body": "ubnd",
        "issued_on": "2026-01-05",
        "basis": 1,
        "period_start_year": 2026,
        "period_end_year": 2026,
        "signer_name": "Vũ Đình Khoa",
    },
    "items": [
        ("II", PART_KINDS, "NỘI DUNG CHƯƠNG TRÌNH", None),
        ("III", PART_KINDS, "TỔ CHỨC THỰC HIỆN", None),
        *[(str(index), {"duty"}, unit, "III") for index, (unit, _t) in enumerate(Q_DUTIES, start=1)],
    ],
    # The month rows group the tasks (scored by the tasks' group), numbered or not.
    "optional": [("I", "MỤC ĐÍCH, YÊU CẦU"), *[(n, month) for month, _e in Q_MONTHS for n in ("", month)]],
    "targets": [],
    "no_targets_from": [],
    # A page's header and footer: no item, no body, no target; the note after the table: no
    # item's title, no target.
    "notes": ["ghi chu"],
    "no_items_from": [words(Q_PAGE_HEADER), "trang 1/1"],
    "tasks": [
        {
            "number": number,
            "title": title,
            "lead": lead,
            "coordinating": partners,
            # The month row is the period; ``month_periods`` accepts "Tháng 01" with or without
            # the year (the programme is for 2026).
            "period": month,
            # No "Kết quả/sản phẩm" column; "Cấp trình" and "Ghi chú" are no product.
            "product": "",
            "group": month,
        }
        for month, entries in Q_MONTHS
        for number, title, lead, partners, _level, _note in entries
    ],
    "projects": [],
}


DOCUMENTS = {"P": (document_p, EXPECTED_P), "Q": (document_q, EXPECTED_Q)}
