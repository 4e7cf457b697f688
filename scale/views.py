"""Benchmark views (settings.BENCH_BARE_VIEW): each adds one layer of a signed-in page's cost,
so that wrk can tell what each layer costs (docs/PERFORMANCE.md, "What each layer costs")."""

from django.http import HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_safe

from accounts.access import profile_of


@require_safe
def bare(request):
    """The framework's ceiling: the full middleware stack and nothing else (settings.BENCH_BARE_VIEW)."""
    return HttpResponse("ok")


@require_safe
def session_floor(request):
    """The bare view plus reading the session (no user)."""
    return HttpResponse(str(len(request.session.keys())))


@require_safe
def auth_floor(request):
    """What every signed-in page pays before its own work: the session, the user and the profile."""
    profile = profile_of(request.user)
    return HttpResponse(profile.role if profile else "anonymous")


@require_safe
def page_floor(request):
    """The auth floor plus the page chrome: the base template with the user's menu, no data."""
    return render(request, "base.html", {})
