"""The periodic report: a form (plan, period), then a background job that builds the .docx.

The periodic report takes seconds of CPU (``figures`` gathers, ``document`` lays out), so the
form queues it (``tasks.build_periodic_report``) and sends the reader to the job's page
(``exchange.job_views``), which shows its progress and then the link to the file. The review
(sơ kết, tổng kết) is still built in the request.
"""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_http_methods, require_safe

from accounts.access import can_edit, scope
from core import jobs
from core.review import INCLUDE_SUBMITTED
from exchange.downloads import download, ward_for_user
from plans.models import Plan

from . import document, review
from .docx_kit import DOCX_CONTENT_TYPE
from .forms import ReportForm, ReviewForm
from .tasks import REPORT_LABEL, build_periodic_report


def _reports_page(request, ward, plans, *, form, review_form, status=200):
    exports = [("tasks", _("Nhiệm vụ")), ("projects", _("Dự án")), ("targets", _("Chỉ tiêu"))]
    context = {
        "ward": ward,
        "form": form,
        "review_form": review_form,
        "exports": exports,
        "can_import": can_edit(request.user, ward),
    }
    return render(request, "exchange/report_form.html", context, status=status)


@login_required
@require_http_methods(["GET", "HEAD", "POST"])
def periodic_report(request, ward: str):
    """GET: the form (plan, period). POST: queue the report for any reader of the ward and go
    to its job's page; an invalid form comes back with its errors (400)."""
    ward_obj = ward_for_user(request, ward)
    plans = scope(request.user, Plan.objects.filter(ward=ward_obj).select_related("ward__city"))
    review_form = ReviewForm(plans=plans, prefix="review")
    if request.method != "POST":
        return _reports_page(request, ward_obj, plans, form=ReportForm(plans=plans), review_form=review_form)
    form = ReportForm(request.POST, plans=plans)
    if not form.is_valid():
        return _reports_page(request, ward_obj, plans, form=form, review_form=review_form, status=400)
    period = form.cleaned_data["period"]
    job, _result = jobs.enqueue(
        build_periodic_report,
        label=REPORT_LABEL,
        ward=ward_obj,
        user=request.user,
        plan_id=form.cleaned_data["plan"].pk,
        kind=period.kind,
        year=period.year,
        index=period.index,
        include_submitted=form.cleaned_data.get("so_lieu") == INCLUDE_SUBMITTED,
        day_iso=timezone.localdate().isoformat(),
    )
    return redirect("exchange:job", ward=ward_obj.slug, job_pk=job.pk)


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
