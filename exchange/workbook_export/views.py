"""Download of the appendix tables as .xlsx, with the list's filters.

A thin view: the ward comes through ``accounts.access.scope`` (404 outside the user's wards),
the rows through the list pages' FilterSets, the workbook from ``exporting``.
"""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.utils import timezone
from django.views.decorators.http import require_safe

from accounts.access import scope
from assignments.filters import TaskFilter
from exchange.downloads import download, ward_for_user
from projects.filters import ProjectFilter
from targets.filters import TargetFilter

from . import exporting

FILTERS = {"tasks": TaskFilter, "projects": ProjectFilter, "targets": TargetFilter}


@login_required
@require_safe
def export_appendix(request, ward: str, kind: str):
    """The ward's tasks, projects or targets as .xlsx, filtered by the list's GET parameters."""
    ward_obj = ward_for_user(request, ward)
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
    return download(exporting.workbook_bytes(wb), exporting.XLSX_CONTENT_TYPE, filename)
