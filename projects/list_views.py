"""The project list: filtered (``projects.filters``), scoped, with capital and disbursement."""

from django.contrib.auth.decorators import login_required
from django.shortcuts import render
from django.views.decorators.http import require_safe

from accounts.access import authoring_ward, scope
from core.listing import paginate
from projects.filters import ProjectFilter
from projects.finance import disbursement_summary
from projects.models import Project


def for_list(projects):
    return projects.select_related("ward", "plan_item", "lead_unit").prefetch_related(
        "funding_sources", "capital_years"
    )


@login_required
@require_safe
def project_list(request):
    filterset = ProjectFilter(request.GET, queryset=scope(request.user, Project.objects.all()), request=request)
    page = paginate(request, for_list(filterset.qs))
    for project in page.object_list:
        project.money = disbursement_summary(project.capital_years.all(), include_submitted=filterset.include_submitted)
    return render(
        request,
        "projects/project_list.html",
        {
            "filter": filterset,
            "page": page,
            "ward": filterset.selected_ward,
            "authoring_ward": authoring_ward(request.user, filterset.selected_ward),
        },
    )
