"""Mid-term and final reviews (sơ kết, tổng kết) of a plan over a chosen span, as Word.

Both plans ask for "sơ kết, tổng kết": a review says what was done from the plan's start (or
any chosen date) to the end of the span — per programme and group, per lead unit, targets,
projects, and the units' own narratives — then leaves the assessment, lessons and the way
forward for the office to write. The figures are the periodic report's (``figures.collect``
over the span), laid out under the same header and signature rules (Decree 30, HD 36).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.db import models
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Mm

from plans.models import Plan

from . import document as layout
from .docx_kit import TEXT_WIDTH, _para, _rule, new_document
from .figures import ReportData, collect


class ReviewKind(models.TextChoices):
    MIDTERM = "so-ket", _("Sơ kết")
    FINAL = "tong-ket", _("Tổng kết")


@dataclass(frozen=True)
class Span:
    """A review's stretch of time; reads like a ``ReportingPeriod`` to ``figures.collect``."""

    start: dt.date
    end: dt.date

    @property
    def year(self) -> int:
        return self.end.year

    @property
    def key(self) -> str:
        return f"{self.start:%Y%m%d}-{self.end:%Y%m%d}"

    def label(self) -> str:
        return f"Giai đoạn từ {self.start:%d/%m/%Y} đến {self.end:%d/%m/%Y}"


@dataclass
class ReviewData:
    kind: ReviewKind
    figures: ReportData

    @property
    def span(self) -> Span:
        return self.figures.period


def collect_review(plan: Plan, kind: str, span: Span, *, today: dt.date | None = None) -> ReviewData:
    return ReviewData(ReviewKind(kind), collect(plan, span, today=today))


def _title_block(doc, review: ReviewData) -> None:
    plan, span = review.figures.plan, review.span
    centre = WD_ALIGN_PARAGRAPH.CENTER
    _para(doc, "", space_after=6)
    _para(doc, "BÁO CÁO", align=centre, size=14, bold=True)
    number = f" số {plan.number}" if plan.number else ""
    title = " ".join(plan.title.split())
    subject = f"{review.kind.label} việc thực hiện Kế hoạch{number} “{title}”, {span.label().lower()}"
    _para(doc, subject, align=centre, size=14, bold=True)
    rule = _para(doc, "", align=centre, space_after=12)
    _rule(rule, Mm(35), TEXT_WIDTH)


def _assessment(doc, review: ReviewData) -> None:
    data = review.figures
    final = review.kind == ReviewKind.FINAL
    layout._section(doc, "VIII. ĐÁNH GIÁ CHUNG, BÀI HỌC KINH NGHIỆM")
    layout._body(doc, "1. Ưu điểm: ……………………………………………………………………")
    layout._body(doc, "2. Hạn chế, khó khăn và nguyên nhân: ……………………………………………")
    layout._body(doc, "3. Bài học kinh nghiệm: ……………………………………………………………")
    heading = "IX. PHƯƠNG HƯỚNG, NHIỆM VỤ GIAI ĐOẠN TIẾP THEO" if final else "IX. NHIỆM VỤ, GIẢI PHÁP THỜI GIAN CÒN LẠI"
    layout._section(doc, heading)
    layout._body(doc, "……………………………………………………………………………………")
    layout._section(doc, "X. ĐỀ XUẤT, KIẾN NGHỊ")
    layout._body(doc, "……………………………………………………………………………………")
    author = data.plan.issuing_body_name or str(data.ward)
    layout._body(doc, f"Trên đây là báo cáo {review.kind.label.lower()} việc thực hiện Kế hoạch của {author}./.")


def build_review(review: ReviewData):
    """The review as a python-docx ``Document``."""
    data = review.figures
    with translation.override("vi"):
        doc = new_document()
        layout.heading_block(doc, data)
        _title_block(doc, review)
        layout.overall_section(doc, data)
        layout.groups_section(doc, data)
        layout.targets_section(doc, data)
        layout.late_section(doc, data)
        layout.projects_section(doc, data)
        layout.units_section(doc, data, "VI")
        layout.narratives_section(doc, data, "VII")
        _assessment(doc, review)
        layout.signature_block(doc, data)
    return doc


def review_filename(review: ReviewData) -> str:
    data = review.figures
    return f"{review.kind.value}-{data.ward.slug}-{data.plan.code}-{data.period.key}.docx"
