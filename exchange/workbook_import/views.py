"""The follow-up office's import page: upload → preview (with unit mapping) → confirm.

Thin views: the ward comes through ``accounts.access`` (404 outside the user's wards, 403
unless the user may edit the ward: its follow-up office or an admin); the work is
``exchange.workbook_import.importing``. The uploaded file waits in the media storage under a random token
kept in the session until it is confirmed. The preview's form carries the ward's data
generation read before the preview was computed; a confirmation after any write to the ward
is refused (409) with the new preview, so nobody imports what they have not seen.
A large workbook (``tasks.is_large``) is confirmed the same way, then imported by the
background worker (``tasks.import_workbook``, the same service) with the checked generation:
the office is sent to the job's page.
"""

from __future__ import annotations

import secrets

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.files.storage import default_storage
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from accounts.access import can_edit, scope
from assignments.models import Unit
from core import jobs
from core.generation import generation_of
from plans.models import Plan, Ward

from .forms import KIND_CHOICES, ImportUploadForm, UnitMappingForm
from .importing import ImportRejected, ImportStale, apply_import, preview_import
from .tasks import IMPORT_LABEL, import_workbook, is_large
from .uploads import save_upload

SESSION_KEY = "exchange_imports"


def _ward(request, slug: str) -> Ward:
    ward = get_object_or_404(scope(request.user, Ward.objects.select_related("city")), slug=slug)
    if not can_edit(request.user, ward):
        raise PermissionDenied
    return ward


def _pending(request, ward: Ward, token: str) -> dict:
    entry = request.session.get(SESSION_KEY, {}).get(token)
    if not entry or entry["ward"] != ward.pk or not default_storage.exists(entry["path"]):
        raise Http404  # unknown, another ward's, or removed after a day unconfirmed (uploads.py)
    return entry


def _chosen(request) -> list[str] | None:
    """The sheets the office chose on the preview page (None: every sheet with a table)."""
    names = request.POST.getlist("sheet") if request.method == "POST" else request.GET.getlist("sheet")
    return [n for n in names if n] or None


def _sheet_choices(ward, entry, preview, chosen) -> list[dict]:
    """Every sheet with an appendix table, chosen or not, for the choice on the preview page."""
    labels = dict(KIND_CHOICES)
    if chosen is None:
        found = preview.sheets
    else:
        found = _run(preview_import, ward, entry).sheets  # the sheets left out are listed too
    return [
        {
            "name": s["name"],
            "kind_label": labels.get(s["kind"], s["kind"]),
            "chosen": chosen is None or s["name"] in chosen,
        }
        for s in found
    ]


def _preview_page(request, ward, entry, token, preview, mapping_form=None, *, generation=None, status=200, chosen=None):
    """The preview; ``generation`` (read before ``preview`` was computed) goes into a new form,
    with ``status`` 409 when it replaces a preview that went stale."""
    units = Unit.objects.for_ward(ward).order_by("is_external", "name")
    mapping_form = mapping_form or UnitMappingForm(
        names=list(preview.unmatched_units),
        units=units,
        places=preview.unmatched_units,
        initial={"generation": generation},
    )
    context = {
        "ward": ward,
        "preview": preview,
        "token": token,
        "entry": entry,
        "mapping_form": mapping_form,
        "sheet_choices": _sheet_choices(ward, entry, preview, chosen),
        "chosen_sheets": chosen or [],
    }
    return render(request, "exchange/import_preview.html", context | {"stale": status == 409}, status=status)


@login_required
@require_http_methods(["GET", "HEAD", "POST"])
def import_upload(request, ward: str):
    ward_obj = _ward(request, ward)
    plans = scope(request.user, Plan.objects.for_ward(ward_obj))
    form = ImportUploadForm(request.POST or None, request.FILES or None, plans=plans)
    if request.method == "POST" and form.is_valid():
        token = secrets.token_urlsafe(16)
        path = save_upload(token, form.cleaned_data["file"])
        entry = {
            "ward": ward_obj.pk,
            "path": path,
            "plan": form.cleaned_data["plan"].code,
            "kind": form.cleaned_data["kind"] or None,
            "filename": form.cleaned_data["file"].name,
        }
        request.session.setdefault(SESSION_KEY, {})[token] = entry
        request.session.modified = True
        return redirect("exchange:import_preview", ward=ward_obj.slug, token=token)
    return render(request, "exchange/import_upload.html", {"ward": ward_obj, "form": form})


def _run(fn, ward, entry, mapping=None, **kwargs):
    with default_storage.open(entry["path"], "rb") as handle:
        data = handle.read()
    return fn(ward=ward, source=data, plan_code=entry["plan"], kind=entry["kind"], unit_mapping=mapping, **kwargs)


@login_required
@require_safe
def import_preview(request, ward: str, token: str):
    ward_obj = _ward(request, ward)
    entry = _pending(request, ward_obj, token)
    generation = generation_of(ward_obj)  # before the preview: a write during it makes it stale
    chosen = _chosen(request)
    preview = _run(preview_import, ward_obj, entry, sheets=chosen)
    return _preview_page(request, ward_obj, entry, token, preview, generation=generation, chosen=chosen)


def _stale_preview(request, ward, entry, token, units, chosen: dict):
    """Someone changed the ward's data since the preview that was confirmed: show what the
    import would do now (409), keep the units the user chose, and let them confirm again."""
    generation = generation_of(ward)
    sheets = _chosen(request)
    preview = _run(preview_import, ward, entry, sheets=sheets)
    fresh = UnitMappingForm(
        names=list(preview.unmatched_units),
        units=units,
        places=preview.unmatched_units,
        initial={"generation": generation}
        | {f"unit_{i}": chosen.get(name) for i, name in enumerate(preview.unmatched_units)},
    )
    return _preview_page(request, ward, entry, token, preview, fresh, status=409, chosen=sheets)


def _queue_import(request, ward, entry, token, mapping, generation, sheets, rows):
    """The confirmed import of a large workbook, to the worker; the upload stays until it is in."""
    # Taken from the session first: the same preview cannot be confirmed (and queued) twice.
    request.session[SESSION_KEY].pop(token, None)
    request.session.modified = True
    job, _result = jobs.enqueue(
        import_workbook, label=IMPORT_LABEL, ward=ward, user=request.user,
        ward_id=ward.pk, path=entry["path"], filename=entry["filename"], plan_code=entry["plan"],
        kind=entry["kind"], unit_mapping=mapping, expected_generation=generation, sheets=sheets,
        user_id=request.user.pk, total_rows=rows,
    )  # fmt: skip
    return redirect("exchange:job", ward=ward.slug, job_pk=job.pk)


@login_required
@require_POST
def import_confirm(request, ward: str, token: str):
    ward_obj = _ward(request, ward)
    entry = _pending(request, ward_obj, token)
    sheets = _chosen(request)
    preview = _run(preview_import, ward_obj, entry, sheets=sheets)
    units = Unit.objects.for_ward(ward_obj).order_by("is_external", "name")
    names = list(preview.unmatched_units)
    form = UnitMappingForm(request.POST, names=names, units=units, places=preview.unmatched_units)
    if not form.is_valid():
        if "generation" in form.errors:  # a tampered page: its preview cannot be trusted either
            return _stale_preview(request, ward_obj, entry, token, units, {})
        return _preview_page(request, ward_obj, entry, token, preview, form, chosen=sheets)
    generation = form.cleaned_data["generation"] or 0
    # A file with errors is refused in the request as before (its preview shows them at once).
    if not preview.has_errors and is_large(rows=len(preview.rows), size=default_storage.size(entry["path"])):
        return _queue_import(request, ward_obj, entry, token, form.mapping(), generation, sheets, len(preview.rows))
    try:
        result = _run(
            apply_import, ward_obj, entry, form.mapping(), expected_generation=generation, sheets=sheets,
            user=request.user,
        )  # fmt: skip
    except ImportRejected as exc:
        return _preview_page(request, ward_obj, entry, token, exc.preview, generation=generation, chosen=sheets)
    except ImportStale:
        return _stale_preview(request, ward_obj, entry, token, units, form.mapping())
    request.session[SESSION_KEY].pop(token, None)
    request.session.modified = True
    default_storage.delete(entry["path"])
    counts = result.counts
    messages.success(
        request,
        _("Đã nạp “%(file)s”: thêm mới %(new)d, cập nhật %(updated)d, không đổi %(unchanged)d.")
        % {
            "file": entry["filename"],
            "new": counts["new"],
            "updated": counts["updated"],
            "unchanged": counts["unchanged"],
        },
    )
    return redirect("exchange:import", ward=ward_obj.slug)
