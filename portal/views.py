from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect
from django.templatetags.static import static
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_safe

from accounts.access import profile_of
from accounts.models import Profile


@login_required
@require_safe
def home(request):
    """Sends each user to the page of their role."""
    profile = profile_of(request.user)
    if profile is None:
        return redirect("admin:index") if request.user.is_staff else redirect("password_change")
    if profile.role == Profile.Role.OFFICIAL:
        return redirect("my_work")
    if profile.role in (Profile.Role.FOLLOW_UP, Profile.Role.WARD_VIEWER):
        return redirect("ward_dashboard", ward_slug=profile.ward.slug)
    return redirect("city_dashboard")


@require_safe
@cache_control(max_age=86400, public=True)
def favicon(request):
    """Browsers ask for /favicon.ico on pages without a <link rel="icon"> (the admin, JSON): send them the SVG."""
    return redirect(static("favicon.svg"), permanent=True)
