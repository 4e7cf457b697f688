"""The ward's follow-up rules (``plans.ward_settings``) for its office, and the help page that
explains the status rule (``assignments.status``) with the ward's own numbers."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_safe

from accounts.access import can_edit, profile_of, scope
from core.concurrency import EditConflict, refuse_stale
from core.forms import add_service_errors
from core.history import history_rows
from plans.models import Ward, WardSettings
from plans.ward_settings import LIMITS, WardSettingsForm, update_ward_settings


@login_required
@require_http_methods(["GET", "HEAD", "POST"])
def ward_settings(request, ward_slug):
    """GET: the rules and their history; POST by the ward's office (403 for others)."""
    ward = get_object_or_404(scope(request.user, Ward.objects.select_related("city")), slug=ward_slug)
    may_edit = can_edit(request.user, ward)
    if request.method == "POST" and not may_edit:
        raise PermissionDenied
    settings = WardSettings.for_ward(ward)
    form = WardSettingsForm(request.POST or None, instance=settings)
    status = 200
    if request.method == "POST":
        if form.is_valid():
            try:
                update_ward_settings(ward=ward, values=form.cleaned_data, expected=form.cleaned_data["version"])
            except EditConflict as conflict:
                refuse_stale(form, conflict)
                status = 409
            except ValidationError as error:
                add_service_errors(form, error)
                status = 400
            else:
                messages.success(request, _("Đã lưu quy tắc theo dõi của phường."))
                return redirect("ward_settings", ward_slug=ward.slug)
        else:
            status = 400
    context = {
        "ward": ward,
        "form": form,
        "may_edit": may_edit,
        "history": history_rows(settings, limit=20),
        "defaults": [(form.fields[name].label, WardSettings._meta.get_field(name).default) for name in LIMITS],
    }
    return render(request, "dashboards/ward_settings.html", context, status=status)


@login_required
@require_safe
def status_help(request):
    """How a task's status, the roll-up, the thresholds and the unit figures are worked out."""
    profile = profile_of(request.user)
    ward = profile.ward if profile is not None and profile.ward_id else None
    rules = WardSettings.for_ward(ward) if ward is not None else WardSettings()
    return render(request, "dashboards/status_help.html", {"ward": ward, "rules": rules})
