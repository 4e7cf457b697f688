"""The periodic report "Báo cáo kết quả thực hiện" of a plan, as a Word document to edit and sign.

Layout by the issuing body's rules:

* People's Committee (and Council): Decree 30/2020/NĐ-CP — the body's name on the left
  (bold, a short rule under it) over "Số:   /BC-UBND"; on the right the national name and
  motto (bold, the motto underlined by a rule), then "<place>, ngày … tháng … năm …" in italics;
* Party committee: Hướng dẫn 36-HD/VPTW — "ĐẢNG BỘ <upper level>" over the committee's name
  in bold, a "*", then "Số    -BC/ĐU"; on the right "ĐẢNG CỘNG SẢN VIỆT NAM", bold and
  underlined, then place and date in italics.

Times New Roman, 14 pt body (13 pt in tables), A4 with the margins of Decree 30 (top and
bottom 20 mm, left 30 mm, right 15 mm). Figures come from ``exchange.report.figures``.
"""

from __future__ import annotations

import io

from django.utils import translation
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Mm

from assignments.status import Status
from plans.models import Plan

from .docx_kit import (
    TEXT_WIDTH,
    _add_row,
    _grid,
    _para,
    _rule,
    _two_columns,
    new_document,
    vn_number,
)
from .figures import ReportData

DEFAULT_RECIPIENTS = {
    Plan.IssuingBody.PARTY_COMMITTEE: [
        "- Thường trực Thành ủy (để báo cáo),",
        "- HĐND, UBND, UBMTTQ phường,",
        "- Các đồng chí Đảng ủy viên,",
        "- Lưu Văn phòng Đảng ủy.",
    ],
    Plan.IssuingBody.PEOPLES_COMMITTEE: [
        "- Thường trực Đảng ủy phường;",
        "- Thường trực HĐND phường;",
        "- Chủ tịch, các PCT UBND phường;",
        "- Lưu: VT.",
    ],
    Plan.IssuingBody.PEOPLES_COUNCIL: [
        "- Thường trực Đảng ủy phường;",
        "- UBND phường;",
        "- Lưu: VT.",
    ],
}


def _ward_upper(ward) -> str:
    return f"{ward.get_kind_display()} {ward.name}".upper()


def _date_line(data: ReportData) -> str:
    place = data.plan.issued_place or data.ward.name
    return f"{place}, ngày      tháng      năm {data.as_of.year}"


def heading_block(doc, data: ReportData) -> None:
    """The two-column heading: issuing body and number left, national or Party name right."""
    plan, ward = data.plan, data.ward
    if plan.issuing_body == Plan.IssuingBody.PARTY_COMMITTEE:
        (left, right), (lw, rw) = _two_columns(doc, Mm(75))
        centre = WD_ALIGN_PARAGRAPH.CENTER
        _para(left, f"ĐẢNG BỘ {ward.city.name.upper()}", align=centre, size=14)
        _para(left, f"ĐẢNG ỦY {_ward_upper(ward)}", align=centre, size=14, bold=True)
        _para(left, "*", align=centre, size=14)
        _para(left, "Số      -BC/ĐU", align=centre, size=14)
        _para(right, "ĐẢNG CỘNG SẢN VIỆT NAM", align=centre, size=15, bold=True, underline=True, space_after=6)
        _para(right, _date_line(data), align=WD_ALIGN_PARAGRAPH.RIGHT, size=14, italic=True)
        return
    body, symbol = (
        ("HỘI ĐỒNG NHÂN DÂN", "BC-HĐND")
        if plan.issuing_body == Plan.IssuingBody.PEOPLES_COUNCIL
        else ("ỦY BAN NHÂN DÂN", "BC-UBND")
    )
    (left, right), (lw, rw) = _two_columns(doc, Mm(65))
    centre = WD_ALIGN_PARAGRAPH.CENTER
    _para(left, body, align=centre, size=13, bold=True)
    name = _para(left, _ward_upper(ward), align=centre, size=13, bold=True, space_after=6)
    _rule(name, Mm(22), lw)
    _para(left, f"Số:        /{symbol}", align=centre, size=13)
    _para(right, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", align=centre, size=13, bold=True)
    motto = _para(right, "Độc lập - Tự do - Hạnh phúc", align=centre, size=14, bold=True, space_after=6)
    _rule(motto, Mm(60), rw)
    _para(right, _date_line(data), align=centre, size=14, italic=True)


def title_block(doc, data: ReportData) -> None:
    plan = data.plan
    centre = WD_ALIGN_PARAGRAPH.CENTER
    _para(doc, "", space_after=6)
    _para(doc, "BÁO CÁO", align=centre, size=14, bold=True)
    number = f" số {plan.number}" if plan.number else ""
    subject = f"Kết quả thực hiện Kế hoạch{number} “{' '.join(plan.title.split())}”, {period_text(data)}"
    _para(doc, subject, align=centre, size=14, bold=True)
    rule = _para(doc, "", align=centre, space_after=12)
    _rule(rule, Mm(35), TEXT_WIDTH)


def period_text(data: ReportData) -> str:
    from exchange.progress import period_label

    return period_label(data.period)


def _section(doc, text: str) -> None:
    _para(doc, text, size=14, bold=True, space_after=6, indent=Mm(10), align=WD_ALIGN_PARAGRAPH.JUSTIFY)


def _body(doc, text: str, **style) -> None:
    _para(doc, text, size=14, space_after=6, indent=Mm(10), align=WD_ALIGN_PARAGRAPH.JUSTIFY, **style)


def overall_section(doc, data: ReportData) -> None:
    c = data.counts
    _section(doc, "I. KẾT QUẢ CHUNG")
    _body(
        doc,
        f"Tính đến ngày {data.as_of:%d/%m/%Y}, Kế hoạch có {data.task_total} nhiệm vụ được phân công; trong đó: "
        f"{c[Status.DONE_ON_TIME]} nhiệm vụ hoàn thành đúng hạn, {c[Status.DONE_LATE]} nhiệm vụ hoàn thành muộn, "
        f"{c[Status.IN_PROGRESS]} nhiệm vụ đang thực hiện đúng tiến độ, {c[Status.AT_RISK]} nhiệm vụ có nguy cơ chậm, "
        f"{c[Status.OVERDUE]} nhiệm vụ quá hạn, {c[Status.NOT_STARTED]} nhiệm vụ chưa bắt đầu.",
    )
    if data.overall_percent is not None:
        _body(doc, f"Tiến độ chung của các nhiệm vụ đạt {vn_number(data.overall_percent, 1)}%.")
    # Which figures the report counts (core.review): the document is Vietnamese whatever the UI.
    if data.include_submitted:
        _body(doc, "Số liệu tổng hợp gồm số liệu đã duyệt và số liệu các đơn vị đã gửi, đang chờ duyệt.", italic=True)
    else:
        _body(doc, "Số liệu đã duyệt: chỉ tổng hợp báo cáo đã được Văn phòng theo dõi duyệt.", italic=True)
    measurable = sum(1 for t in data.targets if not t.target.is_qualitative)
    _body(
        doc,
        f"Kế hoạch có {len(data.targets)} chỉ tiêu ({measurable} chỉ tiêu định lượng), "
        f"{data.targets_measured} chỉ tiêu đã có số liệu thực hiện; {len(data.projects)} dự án đầu tư.",
    )


def groups_section(doc, data: ReportData) -> None:
    _section(doc, "II. KẾT QUẢ THỰC HIỆN THEO CHƯƠNG TRÌNH, NHÓM NHIỆM VỤ")
    if not data.groups:
        _body(doc, "Kế hoạch chưa có nhiệm vụ được phân công.")
        return
    headings = [
        "TT",
        "Chương trình, nhóm nhiệm vụ",
        "Số nhiệm vụ",
        "Hoàn thành",
        "Đang thực hiện",
        "Quá hạn",
        "Tiến độ (%)",
    ]
    table, widths = _grid(doc, headings, [12, 63, 18, 18, 18, 18, 18])
    for line in data.groups:
        _add_row(
            table,
            widths,
            [
                line.number,
                line.title,
                line.total,
                line.count(Status.DONE_ON_TIME, Status.DONE_LATE),
                line.count(Status.IN_PROGRESS, Status.AT_RISK, Status.NOT_STARTED),
                line.count(Status.OVERDUE),
                vn_number(line.percent, 1) if line.percent is not None else "",
            ],
            centered=(0, 2, 3, 4, 5, 6),
        )
    _para(doc, "", space_after=6)


def _target_text(line) -> str:
    target = line.target
    if target.is_qualitative:
        return "Định tính"
    value = vn_number(target.value)
    if target.value_max is not None:
        value = f"{value}–{vn_number(target.value_max)}"
    return f"{target.get_direction_display()} {value} {target.unit}".strip()


def targets_section(doc, data: ReportData) -> None:
    _section(doc, "III. THỰC HIỆN CÁC CHỈ TIÊU")
    if not data.targets:
        _body(doc, "Kế hoạch không có chỉ tiêu cụ thể.")
        return
    headings = ["TT", "Chỉ tiêu", "Mục tiêu", "Năm đích", "Thực hiện", "Kỳ số liệu", "Đánh giá"]
    table, widths = _grid(doc, headings, [10, 55, 28, 14, 18, 20, 20])
    group, n = None, 0
    for line in data.targets:
        if line.group != group:
            group, n = line.group, 0
            _add_row(table, widths, [group], merge=True)
        n += 1
        text = line.target.measure or line.statement
        actual = vn_number(line.actual) if line.actual is not None else "Chưa có số liệu"
        _add_row(
            table,
            widths,
            [
                n,
                text,
                _target_text(line),
                line.target.horizon_year or "",
                actual,
                line.actual_period,
                str(line.track.label),
            ],
            centered=(0, 3, 4, 5),
        )
    _para(doc, "", space_after=6)


def late_section(doc, data: ReportData) -> None:
    _section(doc, "IV. NHIỆM VỤ QUÁ HẠN, CÓ NGUY CƠ CHẬM TIẾN ĐỘ")
    if not data.late:
        _body(doc, "Không có nhiệm vụ quá hạn hoặc có nguy cơ chậm tiến độ.")
        return
    headings = ["TT", "Nhiệm vụ", "Đơn vị chủ trì", "Thời hạn", "Tình trạng", "Tỷ lệ (%)"]
    table, widths = _grid(doc, headings, [10, 68, 35, 20, 22, 10])
    for n, line in enumerate(data.late, start=1):
        deadline = f"{line.deadline:%d/%m/%Y}" if line.deadline else ""
        title = f"{line.title} ({line.group})" if line.group else line.title
        _add_row(
            table,
            widths,
            [n, title, line.lead, deadline, str(line.status.label), line.percent],
            centered=(0, 3, 5),
        )
    _para(doc, "", space_after=6)


def projects_section(doc, data: ReportData) -> None:
    _section(doc, "V. DỰ ÁN ĐẦU TƯ VÀ GIẢI NGÂN VỐN")
    if not data.projects:
        _body(doc, "Kế hoạch không có danh mục dự án.")
        return
    phases = "; ".join(f"{name}: {count}" for name, count in sorted(data.phases.items()))
    _body(doc, f"Kế hoạch có {len(data.projects)} dự án ({phases}).")
    if data.capital_by_year:
        _body(doc, "Kế hoạch vốn và giải ngân theo năm (triệu đồng):", italic=True)
        table, widths = _grid(doc, ["Năm", "Kế hoạch vốn", "Đã giải ngân", "Tỷ lệ giải ngân (%)"], [25, 50, 50, 40])
        for row in data.capital_by_year:
            rate = row.disbursement_rate
            _add_row(
                table,
                widths,
                [row.year, vn_number(row.planned, 1), vn_number(row.disbursed, 1), vn_number(rate, 1) if rate else ""],
                centered=(0, 1, 2, 3),
            )
    with_capital = [p for p in data.projects if p.capital is not None]
    if with_capital:
        _body(doc, f"Giải ngân năm {data.period.year} theo dự án (triệu đồng):", italic=True)
        headings = ["TT", "Dự án", "Giai đoạn", "Kế hoạch vốn", "Đã giải ngân", "Tỷ lệ (%)"]
        table, widths = _grid(doc, headings, [10, 70, 25, 22, 22, 16])
        for n, line in enumerate(with_capital, start=1):
            capital = line.capital
            rate = capital.disbursement_rate
            _add_row(
                table,
                widths,
                [
                    n,
                    line.name,
                    line.phase,
                    vn_number(capital.planned, 1),
                    vn_number(capital.disbursed, 1),
                    vn_number(rate, 1) if rate is not None else "",
                ],
                centered=(0, 5),
            )
    else:
        _body(doc, f"Chưa có số liệu kế hoạch vốn, giải ngân năm {data.period.year}.")
    _para(doc, "", space_after=6)


def units_section(doc, data: ReportData, number: str) -> None:
    """The tasks each lead unit carries, counted by the four statuses of the 2×2 rule."""
    _section(doc, f"{number}. KẾT QUẢ THỰC HIỆN CỦA CÁC ĐƠN VỊ CHỦ TRÌ")
    if not data.unit_counts:
        _body(doc, "Chưa có nhiệm vụ được giao đơn vị chủ trì.")
        return
    headings = ["TT", "Đơn vị chủ trì", "Số nhiệm vụ", "Hoàn thành đúng hạn", "Hoàn thành muộn", "Trong hạn", "Quá hạn"]
    table, widths = _grid(doc, headings, [10, 67, 20, 22, 22, 22, 20])
    for n, (unit, counts) in enumerate(data.unit_counts.items(), start=1):
        in_time = counts[Status.IN_PROGRESS] + counts[Status.AT_RISK] + counts[Status.NOT_STARTED]
        row = [n, unit, sum(counts.values()), counts[Status.DONE_ON_TIME], counts[Status.DONE_LATE], in_time]
        _add_row(table, widths, [*row, counts[Status.OVERDUE]], centered=(0, 2, 3, 4, 5, 6))
    _para(doc, "", space_after=6)


def narratives_section(doc, data: ReportData, number: str) -> None:
    """The units' own words: the newest narrative of each task and unit in the period."""
    _section(doc, f"{number}. KẾT QUẢ CỤ THỂ THEO BÁO CÁO CỦA CÁC ĐƠN VỊ")
    if not data.narratives:
        _body(doc, "Các đơn vị chưa gửi nội dung báo cáo trong kỳ.")
        return
    for group in data.narratives:
        if group.title:
            _body(doc, group.title, bold=True)
        for line in group.lines:
            role = "chủ trì" if line.is_lead else "phối hợp"
            task = f"{line.task_number}. {line.task_title}" if line.task_number else line.task_title
            _body(doc, f"- {task} — {line.unit} ({role}), {line.period}, {line.percent}%: {line.narrative}")


def closing_section(doc, data: ReportData, number: str = "VIII") -> None:
    _section(doc, f"{number}. ĐÁNH GIÁ CHUNG VÀ NHIỆM VỤ TRỌNG TÂM KỲ TỚI")
    _body(doc, "1. Ưu điểm: ……………………………………………………………………")
    _body(doc, "2. Hạn chế, khó khăn và nguyên nhân: ……………………………………………")
    _body(doc, "3. Nhiệm vụ trọng tâm kỳ tới: ……………………………………………………")
    _body(doc, "4. Đề xuất, kiến nghị: ………………………………………………………………")
    author = data.plan.issuing_body_name or str(data.ward)
    _body(doc, f"Trên đây là báo cáo kết quả thực hiện Kế hoạch {period_text(data)} của {author}./.")


def _default_signer(plan: Plan) -> str:
    if plan.issuing_body == Plan.IssuingBody.PARTY_COMMITTEE:
        board = "thường vụ" in plan.issuing_body_name.lower()
        return "T/M BAN THƯỜNG VỤ\nBÍ THƯ" if board else "T/M ĐẢNG ỦY\nBÍ THƯ"
    if plan.issuing_body == Plan.IssuingBody.PEOPLES_COUNCIL:
        return "TM. HỘI ĐỒNG NHÂN DÂN\nCHỦ TỊCH"
    return "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH"


def recipients_of(plan: Plan) -> list[str]:
    lines = [line.strip() for line in plan.recipients.splitlines() if line.strip()]
    return lines or DEFAULT_RECIPIENTS[plan.issuing_body]


def signature_block(doc, data: ReportData) -> None:
    """ "Nơi nhận" on the left, the signing authority on the right, the name left blank to sign."""
    plan = data.plan
    (left, right), _ = _two_columns(doc, Mm(80))
    _para(left, "Nơi nhận:", size=12, bold=True, italic=True)
    for line in recipients_of(plan):
        _para(left, line, size=11)
    centre = WD_ALIGN_PARAGRAPH.CENTER
    for line in (plan.signer_title or _default_signer(plan)).splitlines():
        _para(right, line.strip(), align=centre, size=14, bold=True)
    for _ in range(4):
        _para(right, "", size=14)


def build_report(data: ReportData):
    """The report as a python-docx ``Document``."""
    with translation.override("vi"):
        doc = new_document()
        heading_block(doc, data)
        title_block(doc, data)
        overall_section(doc, data)
        groups_section(doc, data)
        targets_section(doc, data)
        late_section(doc, data)
        projects_section(doc, data)
        units_section(doc, data, "VI")
        narratives_section(doc, data, "VII")
        closing_section(doc, data, "VIII")
        signature_block(doc, data)
    return doc


def document_bytes(doc) -> bytes:
    buffer = io.BytesIO()
    doc.save(buffer)
    return buffer.getvalue()


def report_filename(data: ReportData) -> str:
    return f"bao-cao-{data.ward.slug}-{data.plan.code}-{data.period.key}.docx"
