from django.http import HttpResponse

from accounts.access import profile_of


def bare(request):
    """The framework's ceiling: the full middleware stack and nothing else (settings.BENCH_BARE_VIEW)."""
    return HttpResponse("ok")


def auth_floor(request):
    """What every signed-in page pays before its own work: the session, the user and the profile."""
    profile = profile_of(request.user)
    return HttpResponse(profile.role if profile else "anonymous")
