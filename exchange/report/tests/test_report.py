"""The periodic .docx report: heading blocks by issuing body, period, late tasks, Nơi nhận."""

import datetime as dt
import io

import docx
import pytest

from exchange.report import document as report_docx
from exchange.report import figures as report_data
from exchange.testing import report_done, task_of
from plans.periods import ReportingPeriod

YEAR_2026 = ReportingPeriod(2026, "year")


def build(plan, period=YEAR_2026, today=dt.date(2027, 1, 20)):
    data = report_data.collect(plan, period, today=today)
    return docx.Document(io.BytesIO(report_docx.document_bytes(report_docx.build_report(data))))


def texts(doc) -> str:
    return "\n".join(p.text for p in doc.paragraphs)


def table_with(doc, heading: str):
    return next(t for t in doc.tables if t.rows[0].cells[1].text == heading)


def test_it_heads_a_party_report_as_hướng_dẫn_36(plan_bd):
    doc = build(plan_bd)
    left, right = doc.tables[0].rows[0].cells
    assert [p.text for p in left.paragraphs] == [
        "ĐẢNG BỘ THÀNH PHỐ HẢI PHÒNG",
        "ĐẢNG ỦY PHƯỜNG BẠCH ĐẰNG",
        "*",
        "Số      -BC/ĐU",
    ]
    assert left.paragraphs[1].runs[0].bold
    party = right.paragraphs[0].runs[0]
    assert (right.paragraphs[0].text, party.bold, party.underline) == ("ĐẢNG CỘNG SẢN VIỆT NAM", True, True)
    assert right.paragraphs[1].text == "Bạch Đằng, ngày      tháng      năm 2027"
    assert right.paragraphs[1].runs[0].italic
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" not in texts(doc) + left.text + right.text


def test_it_heads_a_peoples_committee_report_as_decree_30(plan_ndn):
    doc = build(plan_ndn)
    left, right = doc.tables[0].rows[0].cells
    assert [p.text for p in left.paragraphs] == ["ỦY BAN NHÂN DÂN", "PHƯỜNG NGUYỄN ĐẠI NĂNG", "Số:        /BC-UBND"]
    assert all(p.runs[0].bold for p in left.paragraphs[:2])
    assert left.paragraphs[1]._p.pPr.find(docx.oxml.ns.qn("w:pBdr")) is not None  # the short rule
    assert [p.text for p in right.paragraphs[:2]] == [
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
    ]
    assert all(p.runs[0].bold for p in right.paragraphs[:2])
    assert right.paragraphs[2].runs[0].italic and "ngày" in right.paragraphs[2].text


def test_it_titles_the_report_with_the_plan_and_period(plan_bd):
    doc = build(plan_bd, ReportingPeriod(2026, "half", 1), today=dt.date(2026, 7, 10))
    body = texts(doc)
    assert "BÁO CÁO" in body
    subject = next(p.text for p in doc.paragraphs if p.text.startswith("Kết quả thực hiện Kế hoạch"))
    assert plan_bd.title in subject
    assert subject.endswith("6 tháng đầu năm 2026")


def test_it_lists_late_tasks_with_their_lead_units(plan_bd):
    done = task_of(plan_bd, "PL1.X", "2")  # Đề án 06, yearly: reported done, so not late
    report_done(done, narrative="Đã làm sạch dữ liệu dân cư.", index=4, completed_on=dt.date(2026, 12, 1))
    doc = build(plan_bd)
    late = table_with(doc, "Nhiệm vụ")
    rows = {r.cells[1].text: r.cells for r in late.rows[1:]}
    security = next(cells for title, cells in rows.items() if title.startswith("Đảm bảo an ninh trật tự"))
    assert security[2].text == "Công an phường"
    assert (security[3].text, security[4].text) == ("31/12/2026", "Quá hạn")
    assert not any(title.startswith("Triển khai thực hiện hiệu quả Đề án 06") for title in rows)
    groups = table_with(doc, "Chương trình, nhóm nhiệm vụ")
    xix = next(r for r in groups.rows if r.cells[0].text == "XIX")
    assert xix.cells[2].text == "3"


def test_it_ends_with_nơi_nhận_and_a_blank_signature(plan_bd, plan_ndn):
    left, right = build(plan_bd).tables[-1].rows[0].cells
    assert left.paragraphs[0].text == "Nơi nhận:"
    assert "- Thường trực Thành ủy (để báo cáo)," in left.text
    assert [p.text for p in right.paragraphs[:2]] == ["T/M BAN THƯỜNG VỤ", "BÍ THƯ"]
    assert "Trần Huy Kiên" not in right.text  # left blank to sign

    plan_ndn.recipients = ""
    data = report_data.collect(plan_ndn, YEAR_2026, today=dt.date(2027, 1, 20))
    left, _ = report_docx.build_report(data).tables[-1].rows[0].cells
    assert "- Thường trực HĐND phường;" in left.text  # the default list


def test_it_sets_a4_decree_30_margins_and_times_new_roman(plan_ndn):
    doc = build(plan_ndn)
    section = doc.sections[0]
    assert (section.page_width.mm, section.page_height.mm) == pytest.approx((210, 297), abs=0.5)
    assert section.left_margin.mm == pytest.approx(30, abs=0.5)
    assert section.right_margin.mm == pytest.approx(15, abs=0.5)
    assert section.top_margin.mm == pytest.approx(20, abs=0.5)
    assert doc.styles["Normal"].font.name == "Times New Roman"
    assert doc.styles["Normal"].font.size.pt == 14
