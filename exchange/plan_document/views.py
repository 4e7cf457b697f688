"""The office's pages for a plan from its document: upload → review (edit any entry) → confirm.

Thin views: the ward comes through ``accounts.access.get_managed_ward`` (404 outside the
user's wards, 403 unless the user authors the ward: its follow-up office or an admin); a
pending proposal is looked up by its ward and token, so another ward's office gets 404. The
work is ``plan_document`` (reading) and ``plan_document.pending`` (edits, confirmation).
"""

from __future__ import annotations

import datetime as dt

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from accounts.access import get_managed_ward
from assignments.models import Unit
from core.concurrency import EditConflict
from exchange.models import PlanImport
from exchange.unit_mapping import UnitChoicesForm
from plans.models import PlanItem, Ward

from . import DocumentError, pending, read_plan_document
from .forms import ENTRY_FORMS, HeaderForm, ItemForm, TargetForm, UploadForm
from .saving import unmatched_units


def _ward(request, slug: str) -> Ward:
    return get_managed_ward(request.user, Ward.objects.select_related("city"), slug)


def _pending(ward: Ward, token: str) -> PlanImport:
    row = PlanImport.objects.filter(ward=ward, token=token).first()
    if row is None:
        raise Http404
    return row


def _open(request, ward: str, token: str) -> tuple[Ward, PlanImport, object]:
    """The ward, its pending proposal, and the redirect to the plan if it was confirmed already."""
    ward_obj = _ward(request, ward)
    row = _pending(ward_obj, token)
    done = redirect("plan_detail", plan_pk=row.plan_id) if row.plan_id is not None else None
    return ward_obj, row, done


def _stale_message() -> str:
    return _(
        "Đề xuất này vừa được sửa hoặc xác nhận ở nơi khác (một thẻ trình duyệt khác?). "
        "Trang đã được tải lại với nội dung hiện tại: hãy xem lại rồi làm tiếp."
    )


@login_required
@require_http_methods(["GET", "HEAD", "POST"])
def plan_import_upload(request, ward: str):
    ward_obj = _ward(request, ward)
    pending.purge_stale()
    form = UploadForm(request.POST or None, request.FILES or None)
    status = 200
    if request.method == "POST":
        if form.is_valid():
            upload = form.cleaned_data.get("file")
            try:
                if upload is not None:
                    proposal = read_plan_document(data=upload.read())
                else:
                    proposal = read_plan_document(text=form.cleaned_data["text"])
            except DocumentError as exc:
                form.add_error(None, str(exc))
            else:
                name = upload.name if upload is not None else _("Văn bản dán")
                row = pending.start(ward=ward_obj, owner=request.user, proposal=proposal, source_name=name)
                return redirect("exchange:plan_import_review", ward=ward_obj.slug, token=row.token)
        status = 400
    waiting = PlanImport.objects.filter(ward=ward_obj, plan__isnull=True).only(
        "token", "source_name", "updated_at", "ward_id"
    )[:10]
    context = {"ward": ward_obj, "form": form, "waiting": waiting}
    return render(request, "exchange/plan_import_upload.html", context, status=status)


def _review_context(ward: Ward, row: PlanImport) -> dict:
    """The proposal laid out for the page: items with their depth and what hangs on each."""
    proposal = row.proposal
    by_id = {item["id"]: item for item in proposal["items"]}
    kinds = dict(PlanItem.Kind.choices)
    hanging: dict[str | None, dict[str, list]] = {}
    for collection in ("targets", "tasks", "projects"):
        for entry in proposal.get(collection) or []:
            hanging.setdefault(entry.get("item"), {}).setdefault(collection, []).append(entry)
    rows = []
    for item in proposal["items"]:
        depth, node, left_out = 0, item, not item.get("include", True)
        while node.get("parent") and node["parent"] in by_id:
            node = by_id[node["parent"]]
            depth += 1
            left_out = left_out or not node.get("include", True)
        rows.append(
            {"item": item, "depth": min(depth, 6), "kind": kinds.get(item["kind"], item["kind"]), "left_out": left_out}
            | hanging.get(item["id"], {})
        )
    header = proposal["header"]
    issued_on = dt.date.fromisoformat(header["issued_on"]) if header.get("issued_on") else None
    counts = {
        "items": sum(1 for r in rows if not r["left_out"]),
        "targets": sum(1 for t in proposal.get("targets") or [] if t.get("include", True)),
        "tasks": sum(1 for t in proposal.get("tasks") or [] if t.get("include", True)),
        "projects": sum(1 for p in proposal.get("projects") or [] if p.get("include", True)),
    }
    return {
        "ward": ward,
        "pending": row,
        "header": header,
        "issued_on": issued_on,
        "rows": rows,
        "loose": hanging.get(None, {}),
        "source": proposal.get("source") or [],
        "counts": counts,
        "warnings": proposal.get("warnings") or [],
    }


def _unit_form(ward: Ward, row: PlanImport, data=None) -> UnitChoicesForm | None:
    """The choice of a unit for each name the proposal writes that the ward has not (None when
    every name matches)."""
    places = unmatched_units(ward, row.proposal)
    if not places:
        return None
    units = Unit.objects.filter(ward=ward).order_by("name")
    return UnitChoicesForm(data, names=sorted(places), units=units, places=places, prefix="units")


def _review(request, ward, row, *, status=200, errors=(), unit_form=None):
    unit_form = unit_form or _unit_form(ward, row)
    context = _review_context(ward, row) | {"errors": list(errors), "unit_form": unit_form}
    return render(request, "exchange/plan_import_review.html", context, status=status)


@login_required
@require_safe
def plan_import_review(request, ward: str, token: str):
    ward_obj, row, done = _open(request, ward, token)
    if done:
        return done
    return _review(request, ward_obj, row)


def _entry_form(row: PlanImport, collection: str, entry: dict, data=None):
    form_class = ENTRY_FORMS[collection]
    if collection == "targets":
        initial = TargetForm.initial_for(entry, row.version)
        return form_class(data, initial=initial, parts=entry.get("parts", []))
    initial = {"version": row.version} | {name: entry.get(name) for name in form_class.base_fields if name != "version"}
    if collection == "items":
        skip = set(pending.subtree(row.proposal["items"], entry["id"]))
        parents = [
            (i["id"], f"{i['number']} {i['title'][:60]}".strip()) for i in row.proposal["items"] if i["id"] not in skip
        ]
        initial["parent"] = entry.get("parent") or ""
        return ItemForm(data, initial=initial, parents=parents)
    return form_class(data, initial=initial)


@login_required
@require_http_methods(["GET", "HEAD", "POST"])
def plan_import_edit(request, ward: str, token: str):
    ward_obj, row, done = _open(request, ward, token)
    if done:
        return done
    entry_id = request.GET.get("entry", "")
    found = pending.find_entry(row.proposal, entry_id)
    if found is None:
        raise Http404
    collection, entry = found
    form = _entry_form(row, collection, entry, request.POST if request.method == "POST" else None)
    status = 200
    if request.method == "POST":
        if form.is_valid():
            values = form.values(entry) if collection == "targets" else form.values()
            try:
                pending.edit_entry(
                    pending_pk=row.pk, version=form.cleaned_data["version"], entry_id=entry_id, values=values
                )
            except EditConflict:
                row.refresh_from_db()
                messages.error(request, _stale_message())
                form = _entry_form(row, collection, pending.find_entry(row.proposal, entry_id)[1])
                status = 409
            except ValidationError as exc:
                for field, errors in exc.message_dict.items() if hasattr(exc, "error_dict") else [(None, exc.messages)]:
                    for error in errors:
                        form.add_error(field if field in form.fields else None, error)
                status = 400
            else:
                review = reverse("exchange:plan_import_review", kwargs={"ward": ward_obj.slug, "token": token})
                return redirect(f"{review}#e-{entry_id}")
        else:
            status = 400
    source = row.proposal.get("source") or []
    index = entry.get("source")
    context = {
        "ward": ward_obj,
        "pending": row,
        "form": form,
        "entry": entry,
        "collection": collection,
        "source_block": source[index] if isinstance(index, int) and 0 <= index < len(source) else None,
    }
    return render(request, "exchange/plan_import_edit.html", context, status=status)


@login_required
@require_http_methods(["GET", "HEAD", "POST"])
def plan_import_header(request, ward: str, token: str):
    ward_obj, row, done = _open(request, ward, token)
    if done:
        return done
    header = row.proposal["header"]
    initial = {"version": row.version} | {
        name: header.get(name) for name in HeaderForm.base_fields if name != "version"
    }
    initial["issuing_body"] = header.get("issuing_body") or "ubnd"
    initial["issued_on"] = dt.date.fromisoformat(header["issued_on"]) if header.get("issued_on") else None
    form = HeaderForm(request.POST or None, initial=initial)
    status = 200
    if request.method == "POST":
        if form.is_valid():
            try:
                pending.edit_header(pending_pk=row.pk, version=form.cleaned_data["version"], values=form.values())
            except EditConflict:
                row.refresh_from_db()
                messages.error(request, _stale_message())
                status = 409
                form = HeaderForm(initial=initial | {"version": row.version})
            else:
                return redirect("exchange:plan_import_review", ward=ward_obj.slug, token=token)
        else:
            status = 400
    context = {"ward": ward_obj, "pending": row, "form": form, "collection": "header", "entry": None}
    return render(request, "exchange/plan_import_edit.html", context, status=status)


@login_required
@require_POST
def plan_import_confirm(request, ward: str, token: str):
    ward_obj = _ward(request, ward)
    row = _pending(ward_obj, token)
    try:
        version = int(request.POST.get("version", ""))
    except ValueError:
        version = -1
    unit_form = _unit_form(ward_obj, row, request.POST)
    if unit_form is not None and not unit_form.is_valid():
        message = _("Chọn đơn vị tương ứng (hoặc tạo đơn vị mới) cho mỗi tên đơn vị chưa có trong phường.")
        return _review(request, ward_obj, row, status=400, errors=[message], unit_form=unit_form)
    mapping = unit_form.mapping() if unit_form is not None else None
    try:
        plan = pending.confirm(pending_pk=row.pk, version=version, author=request.user, unit_mapping=mapping)
    except EditConflict:
        row.refresh_from_db()
        if row.plan_id is not None:
            return redirect("plan_detail", plan_pk=row.plan_id)
        return _review(request, ward_obj, row, status=409, errors=[_stale_message()])
    except ValidationError as exc:
        row.refresh_from_db()  # the proposal is as it was: the unit answers given stay chosen
        return _review(request, ward_obj, row, status=400, errors=exc.messages, unit_form=unit_form)
    messages.success(request, _("Đã tạo kế hoạch “%(title)s” từ văn bản.") % {"title": plan.title[:120]})
    return redirect("plan_detail", plan_pk=plan.pk)


@login_required
@require_POST
def plan_import_discard(request, ward: str, token: str):
    ward_obj = _ward(request, ward)
    PlanImport.objects.filter(ward=ward_obj, token=token, plan__isnull=True).delete()
    messages.success(request, _("Đã bỏ đề xuất; không có gì được lưu."))
    return redirect("exchange:plan_import", ward=ward_obj.slug)
