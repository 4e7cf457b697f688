"""The target list: filtered (``targets.filters``), scoped, with where each target stands."""

from django.contrib.auth.decorators import login_required
from django.shortcuts import render
from django.utils import timezone
from django.views.decorators.http import require_safe

from accounts.access import authoring_ward, scope
from core.listing import paginate
from targets.filters import TargetFilter, for_tracking, with_track
from targets.models import Target


def filtered_targets(request, today) -> tuple[TargetFilter, list[Target]]:
    filterset = TargetFilter(request.GET, queryset=scope(request.user, Target.objects.all()), request=request)
    targets = with_track(for_tracking(filterset.qs), today, include_submitted=filterset.include_submitted)
    return filterset, filterset.filter_computed(targets)


@login_required
@require_safe
def target_list(request):
    filterset, targets = filtered_targets(request, timezone.localdate())
    return render(
        request,
        "targets/target_list.html",
        {
            "filter": filterset,
            "page": paginate(request, targets),
            "ward": filterset.selected_ward,
            "authoring_ward": authoring_ward(request.user, filterset.selected_ward),
        },
    )
