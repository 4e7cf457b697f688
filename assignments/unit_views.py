"""The follow-up office's unit pages: the ward's units, a unit's form, merging two units.

For the ward's follow-up office and admins (``can_edit`` on the ward or unit): another ward's
units are 404, other roles of the ward 403. The rules live in ``assignments.unit_admin``.
"""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Count
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_safe

from accounts.access import can_edit, get_for_user, scope
from assignments.models import Unit
from assignments.unit_admin import merge_units, plan_merge, save_unit
from assignments.unit_forms import MergeForm, UnitForm
from core.concurrency import EditConflict, refuse_stale
from core.forms import add_service_errors
from core.history import history_rows
from plans.models import Ward


def _ward_for_office(request, ward_slug: str) -> Ward:
    ward = get_object_or_404(scope(request.user, Ward.objects.all()), slug=ward_slug)
    if not can_edit(request.user, ward):
        raise PermissionDenied
    return ward


@login_required
@require_safe
def unit_list(request, ward_slug: str):
    ward = _ward_for_office(request, ward_slug)
    units = (
        Unit.objects.for_ward(ward)
        .annotate(task_count=Count("task_roles", distinct=True), account_count=Count("profiles", distinct=True))
        .prefetch_related("aliases")
    )
    return render(request, "assignments/unit_list.html", {"ward": ward, "units": units})


def _save(request, form: UnitForm, ward: Ward, template: str, context: dict):
    status = 200
    if request.method == "POST":
        if form.is_valid():
            try:
                unit = save_unit(
                    unit=form.save(commit=False),
                    aliases=form.cleaned_data["spellings"],
                    expected=form.cleaned_data["version"],
                )
            except EditConflict as conflict:
                refuse_stale(form, conflict)
                status = 409
            except ValidationError as error:
                add_service_errors(form, error)
                status = 400
            else:
                messages.success(request, _("Đã lưu đơn vị “%(unit)s”.") % {"unit": unit.name})
                return redirect("unit_list", ward_slug=ward.slug)
        else:
            status = 400
    return render(request, template, {**context, "ward": ward, "form": form}, status=status)


@login_required
@require_http_methods(["GET", "HEAD", "POST"])
def unit_create(request, ward_slug: str):
    ward = _ward_for_office(request, ward_slug)
    form = UnitForm(request.POST or None, instance=Unit(ward=ward))
    return _save(request, form, ward, "assignments/unit_form.html", {"unit": None})


@login_required
@require_http_methods(["GET", "HEAD", "POST"])
def unit_edit(request, unit_pk: int):
    unit = get_for_user(request.user, Unit.objects.select_related("ward"), unit_pk, write=True)
    form = UnitForm(request.POST or None, instance=unit)
    context = {"unit": unit, "history": history_rows(unit, limit=20)}
    return _save(request, form, unit.ward, "assignments/unit_form.html", context)


@login_required
@require_http_methods(["GET", "HEAD", "POST"])
def unit_merge(request, unit_pk: int):
    """GET ?removed=: the preview of what would move; POST: the merge, at the previewed versions."""
    kept = get_for_user(request.user, Unit.objects.select_related("ward"), unit_pk, write=True)
    data = request.POST if request.method == "POST" else (request.GET if "removed" in request.GET else None)
    form = MergeForm(data, kept=kept)
    plan, status = None, 200
    if data is not None:
        if form.is_valid():
            removed = form.cleaned_data["removed"]
            plan = plan_merge(kept=kept, removed=removed)
            if request.method == "POST":
                try:
                    merge_units(
                        kept=kept,
                        removed=removed,
                        kept_version=form.cleaned_data["kept_version"],
                        removed_version=form.cleaned_data["removed_version"],
                    )
                except EditConflict as conflict:
                    refuse_stale(
                        form, conflict, version_field="kept_version" if conflict.current == kept else "removed_version"
                    )
                    status = 409
                except ValidationError as error:
                    add_service_errors(form, error)
                    status = 400
                else:
                    messages.success(
                        request,
                        _("Đã gộp “%(removed)s” vào “%(kept)s”.") % {"removed": removed.name, "kept": kept.name},
                    )
                    return redirect("unit_list", ward_slug=kept.ward.slug)
            else:
                # The preview fixes the versions the confirmation will expect.
                form = MergeForm(
                    {"removed": removed.pk, "kept_version": kept.version, "removed_version": removed.version}, kept=kept
                )
                form.is_valid()
                form.fields["removed"].widget = forms.HiddenInput()  # confirmed as previewed, or chosen again
        else:
            status = 400
    context = {"ward": kept.ward, "unit": kept, "form": form, "plan": plan}
    return render(request, "assignments/unit_merge.html", context, status=status)
