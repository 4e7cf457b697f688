"""Downloads: the appendix tables as .xlsx (with the list's filters) and the periodic report.

Thin views: the ward comes through ``accounts.access.scope`` (404 outside the user's wards),
the rows through the list pages' FilterSets, the files from ``exchange.exporting`` and
``exchange.report_docx``. The report is built on request (a few hundred milliseconds).
"""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_GET

from accounts.access import can_edit, scope
from assignments.filters import TaskFilter
from plans.models import Plan, Ward
from projects.filters import ProjectFilter
from targets.filters import TargetFilter

from . import exporting, report_data, report_docx
from .docx_kit import DOCX_CONTENT_TYPE
from .forms import ReportForm

FILTERS = {"tasks": TaskFilter, "projects": ProjectFilter, "targets": TargetFilter}


def _ward(request, slug: str) -> Ward:
    return get_object_or_404(scope(request.user, Ward.objects.select_related("city")), slug=slug)


def _download(content: bytes, content_type: str, filename: str) -> HttpResponse:
    response = HttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@login_required
@require_GET
def export_appendix(request, ward: str, kind: str):
    """The ward's tasks, projects or targets as .xlsx, filtered by the list's GET parameters."""
    ward_obj = _ward(request, ward)
    if kind not in exporting.EXPORTERS:
        raise Http404
    rows = scope(request.user, exporting.ward_queryset(kind, ward_obj))
    params = request.GET.copy()
    params["ward"] = ward_obj.slug
    filterset = FILTERS[kind](params, queryset=rows, request=request)
    queryset = filterset.qs if filterset.is_valid() else rows.none()
    plan = filterset.form.cleaned_data.get("plan") if filterset.is_valid() else None
    today = timezone.localdate()
    if kind == "tasks":
        wb = exporting.export_tasks(
            queryset, plan=plan, today=today, select=lambda tasks: filterset.filter_computed(tasks, today)
        )
    elif kind == "targets":
        wb = exporting.export_targets(queryset, plan=plan, today=today, select=filterset.filter_computed)
    else:
        wb = exporting.export_projects(queryset, plan=plan)
    filename = exporting.export_filename(kind, ward_obj, plan, today)
    return _download(exporting.workbook_bytes(wb), exporting.XLSX_CONTENT_TYPE, filename)


@login_required
@require_GET
def periodic_report(request, ward: str):
    """The form (plan, period); once it is valid, the .docx report to download."""
    ward_obj = _ward(request, ward)
    plans = scope(request.user, Plan.objects.filter(ward=ward_obj).select_related("ward__city"))
    form = ReportForm(request.GET or None, plans=plans)
    if form.is_valid():
        data = report_data.collect(form.cleaned_data["plan"], form.cleaned_data["period"])
        doc = report_docx.build_report(data)
        return _download(report_docx.document_bytes(doc), DOCX_CONTENT_TYPE, report_docx.report_filename(data))
    exports = [("tasks", _("Nhiệm vụ")), ("projects", _("Dự án")), ("targets", _("Chỉ tiêu"))]
    context = {"ward": ward_obj, "form": form, "exports": exports, "can_import": can_edit(request.user, ward_obj)}
    return render(request, "exchange/report_form.html", context)
