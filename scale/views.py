from django.http import HttpResponse
from django.views.decorators.http import require_safe

from accounts.access import profile_of


@require_safe
def bare(request):
    """The framework's ceiling: the full middleware stack and nothing else (settings.BENCH_BARE_VIEW)."""
    return HttpResponse("ok")


@require_safe
def auth_floor(request):
    """What every signed-in page pays before its own work: the session, the user and the profile."""
    profile = profile_of(request.user)
    return HttpResponse(profile.role if profile else "anonymous")
