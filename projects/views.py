"""The project page: phase, funding, units, capital plan and disbursement per year, and their forms."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpResponseBadRequest
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from accounts.access import can_edit, get_for_user, manages_ward
from core.concurrency import EditConflict, refuse_stale
from core.forms import add_service_errors
from core.history import history_rows, history_rows_for, merge_rows
from projects.finance import disbursement_rate, disbursement_summary
from projects.forms import CapitalYearForm, ProjectProgressForm
from projects.models import CapitalYear, Project
from projects.services import record_capital_year, update_project_progress


def _capital_initial(request, years: list[CapitalYear]) -> dict:
    """Prefill for "sửa" links (``?year=2026``), else the current year (with its figures if any),
    and the version of the row shown (0: none yet) for the concurrency check."""
    wanted = request.GET.get("year", "") or str(timezone.localdate().year)
    for row in years:
        if str(row.year) == wanted:
            shown = {"year": row.year, "planned": row.planned, "disbursed": row.disbursed}
            return shown | CapitalYearForm.initial_version(row, str(row.year))
    year = int(wanted) if wanted.isdecimal() else timezone.localdate().year  # "²" is a digit, not a number
    return {"year": year} | CapitalYearForm.initial_version(None, str(year))


@login_required
@require_http_methods(["GET", "HEAD", "POST"])
def project_detail(request, project_pk: int):
    """GET: the page. POST with ``action`` = ``progress`` (phase, total investment) or ``capital``
    (a year's plan and disbursement), by the lead or implementing units and the follow-up office;
    an invalid one shows the page again with its errors, status 400; one from a form loaded
    before someone else saved the same record, status 409 with their change.
    404 outside the user's wards, 403 for a POST by someone who may not edit."""
    writing = request.method == "POST"
    queryset = Project.objects.select_related("ward", "lead_unit", "plan_item__plan").prefetch_related(
        "funding_sources", "implementing_units", "capital_years"
    )
    project = get_for_user(request.user, queryset, project_pk, write=writing)
    years = sorted(project.capital_years.all(), key=lambda row: row.year)
    editable = can_edit(request.user, project)
    progress_form = capital_form = None
    if editable:
        progress_form = ProjectProgressForm(
            initial={"phase": project.phase, "total_investment": project.total_investment, "version": project.version},
            prefix="progress",
        )
        capital_form = CapitalYearForm(initial=_capital_initial(request, years), prefix="capital")

    status = 400 if writing else 200
    if writing:
        action = request.POST.get("action")
        try:
            if action == "progress":
                progress_form = ProjectProgressForm(request.POST, prefix="progress")
                if progress_form.is_valid():
                    data = progress_form.cleaned_data
                    update_project_progress(
                        project=project,
                        phase=data["phase"],
                        total_investment=data["total_investment"],
                        author=request.user,
                        expected_version=data["version"] or 0,
                    )
                    messages.success(request, _("Đã cập nhật giai đoạn và tổng mức đầu tư."))
                    return redirect("project_detail", project_pk=project.pk)
            elif action == "capital":
                capital_form = CapitalYearForm(request.POST, prefix="capital")
                if capital_form.is_valid():
                    data = capital_form.cleaned_data
                    row = record_capital_year(
                        project=project,
                        year=data["year"],
                        planned=data["planned"],
                        disbursed=data["disbursed"],
                        author=request.user,
                        expected_version=capital_form.expected_version(),
                        reviewer=manages_ward(request.user, project.ward),
                        submit="gui_duyet" in request.POST,
                    )
                    messages.success(request, _("Đã lưu kế hoạch vốn năm %(year)s.") % {"year": row.year})
                    return redirect("project_detail", project_pk=project.pk)
            else:
                return HttpResponseBadRequest(_("Yêu cầu không hợp lệ."))
        except ValidationError as exc:
            add_service_errors(progress_form if action == "progress" else capital_form, exc)
        except EditConflict as conflict:
            if action == "progress":
                refuse_stale(progress_form, conflict)
            else:
                capital_form.refuse(conflict)
            status = 409

    total = disbursement_summary(years)
    history = merge_rows(
        history_rows(project, label=_("Dự án")),
        history_rows_for(
            CapitalYear.history.filter(project_id=project.pk),
            label_of=lambda r: _("Vốn năm %(year)s") % {"year": r.year},
        ),
    )
    return render(
        request,
        "projects/project_detail.html",
        {
            "ward": project.ward,
            "project": project,
            "years": years,
            "total": total,
            "investment_rate": disbursement_rate(project.total_investment, total.disbursed),
            "editable": editable,
            "reviewer": manages_ward(request.user, project.ward),
            "can_author": manages_ward(request.user, project.ward),
            "progress_form": progress_form,
            "capital_form": capital_form,
            "history": history,
        },
        status=status,
    )
