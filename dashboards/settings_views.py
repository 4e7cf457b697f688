"""The ward's follow-up rules (``plans.ward_settings``) and a plan's roll-up weights
(``assignments.weights``) for its office, and the help page that explains the status rule
(``assignments.status``) with the ward's own numbers."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_safe

from accounts.access import can_edit, get_for_user, profile_of, scope
from assignments.models import Task, Unit
from assignments.weights import WeightsForm, set_weights
from core.concurrency import EditConflict, conflict_message, refuse_stale
from core.forms import add_service_errors
from core.history import history_rows
from dashboards.selectors import PROGRESS_KINDS
from plans.forms import ReopenForm
from plans.locks import reopen
from plans.models import PeriodReopening, Plan, Ward, WardSettings
from plans.ward_settings import LIMITS, WardSettingsForm, settings_of, update_ward_settings


@login_required
@require_http_methods(["GET", "HEAD", "POST"])
def ward_settings(request, ward_slug):
    """GET: the rules, their history and the reopened periods; POST by the ward's office (403 for
    others): the rules, or (``reopen-period`` …) a closed period reopened with a reason
    (``plans.locks.reopen``)."""
    ward = get_object_or_404(scope(request.user, Ward.objects.select_related("city")), slug=ward_slug)
    may_edit = can_edit(request.user, ward)
    if request.method == "POST" and not may_edit:
        raise PermissionDenied
    settings = settings_of(ward)
    reopening = request.method == "POST" and "reopen-period" in request.POST
    form = WardSettingsForm(request.POST if request.method == "POST" and not reopening else None, instance=settings)
    reopen_form = ReopenForm(
        request.POST if reopening else None,
        units=Unit.objects.for_ward(ward).internal().order_by("name"),
        tasks=Task.objects.for_ward(ward).order_by("plan_item__tree_order", "position"),
    )
    status = 200
    if reopening:
        if reopen_form.is_valid():
            data = reopen_form.cleaned_data
            try:
                reopen(
                    ward=ward,
                    period=data["period"],
                    reason=data["reason"],
                    until=data["until"],
                    by=request.user,
                    unit=data["unit"],
                    task=data["task"],
                )
            except ValidationError as error:
                add_service_errors(reopen_form, error)
            else:
                messages.success(request, _("Đã mở lại %(period)s.") % {"period": data["period"].label()})
                return redirect("ward_settings", ward_slug=ward.slug)
        status = 400
    elif request.method == "POST":
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
        "reopen_form": reopen_form,
        "may_edit": may_edit,
        "history": history_rows(settings, limit=20) if settings.pk and settings.version else [],
        "defaults": [(form.fields[name].label, WardSettings._meta.get_field(name).default) for name in LIMITS],
        "reopenings": PeriodReopening.objects.for_ward(ward).select_related("unit", "task", "reopened_by")[:20],
        "close_days": settings.period_close_days,
    }
    return render(request, "dashboards/ward_settings.html", context, status=status)


@login_required
@require_safe
def status_help(request):
    """How a task's status, the roll-up, the thresholds and the unit figures are worked out."""
    profile = profile_of(request.user)
    ward = profile.ward if profile is not None and profile.ward_id else None
    rules = settings_of(ward) if ward is not None else WardSettings()
    return render(request, "dashboards/status_help.html", {"ward": ward, "rules": rules})


@login_required
@require_http_methods(["GET", "HEAD", "POST"])
def plan_weights(request, plan_pk):
    """The weights of a plan's items and tasks in the roll-up; POST by the ward's office."""
    plan = get_for_user(request.user, Plan.objects.select_related("ward"), plan_pk)
    may_edit = can_edit(request.user, plan)
    if request.method == "POST" and not may_edit:
        raise PermissionDenied
    items = [item for item in plan.items.order_by("tree_order") if item.kind in PROGRESS_KINDS]
    tasks = list(Task.objects.filter(plan_item__plan=plan).select_related("plan_item"))
    form = WeightsForm(request.POST or None, items=items, tasks=tasks)
    status = 200
    if request.method == "POST":
        status = 400
        if form.is_valid():
            try:
                written = set_weights(plan=plan, changes=form.changes())
            except EditConflict as conflict:
                form.add_error(None, conflict_message(conflict.current, ["weight"]))
                status = 409
            else:
                messages.success(request, _("Đã lưu %(n)s trọng số.") % {"n": written})
                return redirect("plan_weights", plan_pk=plan.pk)
    rows = [(kind, obj, form[f"{kind}-{obj.pk}"], form[f"{kind}-{obj.pk}-version"]) for kind, obj in form.rows]
    context = {"plan": plan, "ward": plan.ward, "form": form, "rows": rows, "may_edit": may_edit}
    return render(request, "dashboards/plan_weights.html", context, status=status)
