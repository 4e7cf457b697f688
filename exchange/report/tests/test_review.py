"""The units' own words in the periodic report, the lead units' table, and the reviews (sơ kết, tổng kết)."""

import datetime as dt
import io

import docx
import pytest
from django.urls import reverse

from exchange.report import document, review
from exchange.report import figures as report_data
from exchange.testing import report_done, task_of
from plans.periods import ReportingPeriod

pytestmark = pytest.mark.django_db


def texts(doc) -> str:
    return "\n".join(p.text for p in doc.paragraphs)


def reread(doc):
    return docx.Document(io.BytesIO(document.document_bytes(doc)))


def test_the_periodic_report_quotes_what_the_units_wrote_in_the_period(plan_bd):
    task = task_of(plan_bd, "PL1.X", "2")
    report_done(task, narrative="Đã làm sạch dữ liệu dân cư của 12 tổ dân phố.", index=4)
    report_done(task_of(plan_bd, "PL1.X", "1"), narrative="Viết cho năm sau, không thuộc kỳ.", year=2027, index=1)
    data = report_data.collect(plan_bd, ReportingPeriod(2026, "year"), today=dt.date(2027, 1, 20))
    body = texts(reread(document.build_report(data)))
    assert "VII. KẾT QUẢ CỤ THỂ THEO BÁO CÁO CỦA CÁC ĐƠN VỊ" in body
    assert "Đã làm sạch dữ liệu dân cư của 12 tổ dân phố." in body
    assert "Viết cho năm sau" not in body
    assert "VIII. ĐÁNH GIÁ CHUNG" in body


def test_only_the_newest_narrative_of_a_task_and_unit_is_quoted(plan_bd):
    task = task_of(plan_bd, "PL1.X", "2")
    report_done(task, narrative="Bản quý 3.", index=3)
    report_done(task, narrative="Bản quý 4.", index=4)
    data = report_data.collect(plan_bd, ReportingPeriod(2026, "year"), today=dt.date(2027, 1, 20))
    lines = [line.narrative for group in data.narratives for line in group.lines]
    assert lines == ["Bản quý 4."]


def test_the_lead_units_table_counts_the_tasks_each_unit_leads(plan_bd):
    data = report_data.collect(plan_bd, ReportingPeriod(2026, "year"), today=dt.date(2027, 1, 20))
    assert sum(sum(c.values()) for c in data.unit_counts.values()) >= data.task_total
    table = next(t for t in reread(document.build_report(data)).tables if t.rows[0].cells[1].text == "Đơn vị chủ trì")
    police = next(r for r in table.rows[1:] if r.cells[1].text == "Công an phường")
    assert int(police.cells[2].text) == sum(data.unit_counts["Công an phường"].values())


def test_a_midterm_review_covers_its_span_with_the_assessment_left_to_write(plan_bd):
    report_done(task_of(plan_bd, "PL1.X", "2"), narrative="Hoàn thành số hóa hồ sơ.", index=4)
    span = review.Span(dt.date(2026, 1, 1), dt.date(2026, 12, 31))
    data = review.collect_review(plan_bd, review.ReviewKind.MIDTERM, span, today=dt.date(2027, 1, 20))
    body = texts(reread(review.build_review(data)))
    assert "Sơ kết việc thực hiện Kế hoạch" in body
    assert "giai đoạn từ 01/01/2026 đến 31/12/2026" in body
    assert "Hoàn thành số hóa hồ sơ." in body
    assert "3. Bài học kinh nghiệm" in body
    assert "IX. NHIỆM VỤ, GIẢI PHÁP THỜI GIAN CÒN LẠI" in body
    final = review.collect_review(plan_bd, review.ReviewKind.FINAL, span, today=dt.date(2027, 1, 20))
    assert "IX. PHƯƠNG HƯỚNG, NHIỆM VỤ GIAI ĐOẠN TIẾP THEO" in texts(reread(review.build_review(final)))


def test_the_review_page_downloads_a_docx_and_refuses_a_span_backwards(client, follow_up, plan_bd):
    client.force_login(follow_up)
    url = reverse("exchange:review", kwargs={"ward": plan_bd.ward.slug})
    ok = client.get(url, {"review-plan": plan_bd.code, "review-kind": "tong-ket", "review-end": "31/12/2026"})
    assert ok.status_code == 200
    assert ok["Content-Disposition"].startswith('attachment; filename="tong-ket-')
    assert "Tổng kết việc thực hiện" in texts(docx.Document(io.BytesIO(ok.content)))
    backwards = {"review-plan": plan_bd.code, "review-start": "01/01/2027", "review-end": "31/12/2026"}
    page = client.get(url, backwards)
    assert page.status_code == 200
    assert "Ngày bắt đầu phải trước ngày kết thúc." in page.content.decode()


def test_another_wards_review_is_not_found(client, ndn_viewer, plan_bd):
    client.force_login(ndn_viewer)
    url = reverse("exchange:review", kwargs={"ward": plan_bd.ward.slug})
    assert client.get(url, {"review-plan": plan_bd.code, "review-end": "31/12/2026"}).status_code == 404
