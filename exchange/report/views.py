"""The periodic report: a form (plan, period), then the .docx to download.

Built on request (a few hundred milliseconds): ``figures`` gathers, ``document`` lays out.
"""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.shortcuts import render
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_safe

from accounts.access import can_edit, scope
from core.review import INCLUDE_SUBMITTED
from exchange.downloads import download, ward_for_user
from plans.models import Plan

from . import document, figures, review
from .docx_kit import DOCX_CONTENT_TYPE
from .forms import ReportForm, ReviewForm


def _reports_page(request, ward, plans, *, form, review_form):
    exports = [("tasks", _("Nhiệm vụ")), ("projects", _("Dự án")), ("targets", _("Chỉ tiêu"))]
    context = {
        "ward": ward,
        "form": form,
        "review_form": review_form,
        "exports": exports,
        "can_import": can_edit(request.user, ward),
    }
    return render(request, "exchange/report_form.html", context)


@login_required
@require_safe
def periodic_report(request, ward: str):
    """The form (plan, period); once it is valid, the .docx report to download."""
    ward_obj = ward_for_user(request, ward)
    plans = scope(request.user, Plan.objects.filter(ward=ward_obj).select_related("ward__city"))
    form = ReportForm(request.GET or None, plans=plans)
    if form.is_valid():
        data = figures.collect(
            form.cleaned_data["plan"],
            form.cleaned_data["period"],
            include_submitted=form.cleaned_data.get("so_lieu") == INCLUDE_SUBMITTED,
        )
        doc = document.build_report(data)
        return download(document.document_bytes(doc), DOCX_CONTENT_TYPE, document.report_filename(data))
    return _reports_page(request, ward_obj, plans, form=form, review_form=ReviewForm(plans=plans, prefix="review"))


@login_required
@require_safe
def plan_review(request, ward: str):
    """A mid-term or final review (.docx) once the form is valid; else the reports page with its errors."""
    ward_obj = ward_for_user(request, ward)
    plans = scope(request.user, Plan.objects.filter(ward=ward_obj).select_related("ward__city"))
    form = ReviewForm(request.GET or None, plans=plans, prefix="review")
    if form.is_valid():
        cleaned = form.cleaned_data
        data = review.collect_review(cleaned["plan"], cleaned["kind"], cleaned["span"])
        content = document.document_bytes(review.build_review(data))
        return download(content, DOCX_CONTENT_TYPE, review.review_filename(data))
    return _reports_page(request, ward_obj, plans, form=ReportForm(plans=plans), review_form=form)
