"""Pages where the follow-up office creates and edits projects with their capital per year.

Access: ``accounts.access`` (404 outside the user's wards, 403 for whoever does not author
the ward: only its follow-up office and admins). An invalid POST shows the page again with
status 400; a save refused because someone else saved first, 409, with their change shown
and what the user typed kept.
"""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from accounts.access import get_for_user, get_managed_ward, manages_ward
from core.concurrency import EditConflict, refuse_stale
from core.forms import add_service_errors
from plans.models import Ward
from projects.authoring import PROJECT_FIELDS, CapitalConflict, save_project
from projects.authoring_forms import CapitalFormSet, ProjectForm, capital_initial
from projects.models import Project

CAPITAL_PREFIX = "capital"


def _initial(project: Project) -> dict:
    initial = {name: getattr(project, name) for name in PROJECT_FIELDS}
    initial.update(
        plan_item=project.plan_item_id,
        lead_unit=project.lead_unit_id,
        funding_sources=[s.pk for s in project.funding_sources.all()],
        implementing_units=[u.pk for u in project.implementing_units.all()],
        version=project.version,
    )
    return initial


def _handle(request, ward: Ward, project: Project | None):
    """The form page for a new project (``project`` None) or an existing one."""
    if request.method != "POST":
        form = ProjectForm(
            initial=_initial(project) if project else {"phase": Project.Phase.PROPOSED, "level": Project.Level.WARD},
            ward=ward,
        )
        years = sorted(project.capital_years.all(), key=lambda y: y.year) if project else []
        capital = CapitalFormSet(initial=capital_initial(years), prefix=CAPITAL_PREFIX)
        return _render(request, ward, project, form, capital, 200)

    form = ProjectForm(request.POST, ward=ward)
    capital = CapitalFormSet(request.POST, prefix=CAPITAL_PREFIX)
    if not (form.is_valid() and capital.is_valid()):
        return _render(request, ward, project, form, capital, 400)
    data = form.cleaned_data
    try:
        saved = save_project(
            ward=ward,
            project=project,
            expected_version=data["version"],
            values=data,
            funding_sources=data["funding_sources"],
            new_funding_names=data["new_funding_sources"],
            implementing_units=data["implementing_units"],
            capital=capital.capital_rows(),
            author=request.user,
        )
    except CapitalConflict as conflict:
        rows = [f for f in capital.forms if f.has_changed() or f.cleaned_data.get("row")]
        refuse_stale(rows[conflict.index] if conflict.index < len(rows) else form, conflict)
        return _render(request, ward, project, form, capital, 409)
    except EditConflict as conflict:
        refuse_stale(form, conflict)
        return _render(request, ward, project, form, capital, 409)
    except ValidationError as exc:
        if hasattr(exc, "error_dict") and "capital" in exc.error_dict:
            capital._non_form_errors = capital.error_class(exc.error_dict.pop("capital"))
        add_service_errors(form, exc)
        return _render(request, ward, project, form, capital, 400)
    messages.success(request, _("Đã lưu dự án.") if project else _("Đã tạo dự án."))
    return redirect("project_detail", project_pk=saved.pk)


def _render(request, ward, project, form, capital, status):
    return render(
        request,
        "projects/project_form.html",
        {"ward": ward, "project": project, "form": form, "capital": capital},
        status=status,
    )


@login_required
@require_http_methods(["GET", "HEAD", "POST"])
def project_create(request, ward_slug: str):
    ward = get_managed_ward(request.user, Ward.objects.all(), ward_slug)
    return _handle(request, ward, None)


@login_required
@require_http_methods(["GET", "HEAD", "POST"])
def project_edit(request, project_pk: int):
    queryset = Project.objects.select_related("ward").prefetch_related(
        "funding_sources", "implementing_units", "capital_years"
    )
    project = get_for_user(request.user, queryset, project_pk)
    if not manages_ward(request.user, project.ward):
        raise PermissionDenied
    return _handle(request, project.ward, project)
