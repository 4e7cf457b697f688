"""The task and report lists: filtered (``assignments.filters``), scoped, paginated.

Queries are constant per page: the tasks are filtered by status in SQL on the status kept in
their rows (``assignments.stored_status``), counted and paginated in SQL, and only the page's
tasks have their status computed for display (their roles and reports loaded once).
"""

from django.contrib.auth.decorators import login_required
from django.shortcuts import render
from django.utils import timezone
from django.views.decorators.http import require_safe

from accounts.access import can_edit, profile_of, scope
from assignments.filters import ReportFilter, TaskFilter
from assignments.models import ProgressReport, Task
from assignments.selectors import for_status, with_status
from core.listing import paginate


def filtered_queryset(request, today, queryset=None):
    """The user's tasks matching the request's filters, as a queryset (status filters included)."""
    base = scope(request.user, queryset if queryset is not None else Task.objects.all())
    filterset = TaskFilter(request.GET, queryset=base, request=request)
    return filterset, filterset.filter_stored(filterset.qs, today)


@login_required
@require_safe
def task_list(request):
    today = timezone.localdate()
    filterset, tasks = filtered_queryset(request, today)
    page = paginate(request, for_status(tasks))
    page.object_list = with_status(page.object_list, today, include_submitted=filterset.include_submitted)
    return render(
        request,
        "assignments/task_list.html",
        {
            "filter": filterset,
            "page": page,
            "today": today,
            "ward": filterset.selected_ward,
            "bulk_ward": bulk_ward(request.user, filterset.selected_ward),
            "filter_params": [(k, v) for k, values in request.GET.lists() if k not in ("page", "task") for v in values],
        },
    )


def bulk_ward(user, selected_ward):
    """The ward whose tasks the list offers to create and bulk-edit: the chosen one, else the
    user's own, when the user may edit it (the follow-up office, admins)."""
    profile = profile_of(user)
    ward = selected_ward or (profile.ward if profile is not None else None)
    return ward if ward is not None and can_edit(user, ward) else None


@login_required
@require_safe
def report_list(request):
    base = scope(request.user, ProgressReport.objects.all())
    filterset = ReportFilter(request.GET, queryset=base, request=request)
    reports = filterset.qs.select_related("task__plan_item__plan__ward", "unit", "author")
    return render(
        request,
        "assignments/report_list.html",
        {"filter": filterset, "page": paginate(request, reports), "ward": filterset.selected_ward},
    )
