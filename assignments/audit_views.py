"""The ward-wide "6 rõ" audit: the tasks that leave any of the six unclear (``six_clear``)."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, render
from django.views.decorators.http import require_safe

from accounts.access import can_edit, scope
from assignments.models import Task
from assignments.six_clear import Point, six_clear
from core.listing import paginate
from plans.models import Ward


@login_required
@require_safe
def six_clear_list(request, ward_slug: str):
    """Every task of the ward missing one of the six, optionally only those missing ``?missing=``."""
    ward = get_object_or_404(scope(request.user, Ward.objects.all()), slug=ward_slug)
    tasks = list(
        scope(request.user, Task.objects.filter(plan_item__plan__ward=ward))
        .select_related("plan_item__plan")
        .prefetch_related("unit_roles__unit")
        .order_by("plan_item__plan__period_start", "plan_item__plan__code", "plan_item__tree_order", "position")
    )
    wanted = request.GET.get("missing", "")
    wanted = wanted if wanted in Point.values else ""
    counts = {point: 0 for point in Point}
    rows = []
    for task in tasks:
        audit = six_clear(task)
        for point in audit.missing:
            counts[point] += 1
        if audit.missing and (not wanted or wanted in audit.missing):
            rows.append((task, audit))
    context = {
        "ward": ward,
        "total": len(tasks),
        "complete": sum(1 for t in tasks if six_clear(t).is_complete),
        "counts": [(point, counts[point]) for point in Point],
        "wanted": wanted,
        "page": paginate(request, rows),
        "may_edit": can_edit(request.user, ward),
    }
    return render(request, "assignments/six_clear_list.html", context)
