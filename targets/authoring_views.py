"""Pages where the follow-up office writes targets: from a sentence, one target, units of many.

Access: ``accounts.access`` (404 outside the user's wards, 403 for whoever does not author the
ward: only its follow-up office and admins). A "Phân tích" button asks the sentence reader for
a proposal and shows the form again with it (no JavaScript needed); an invalid POST shows the
page again with status 400, a save refused because someone else saved first with 409.
"""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Prefetch
from django.http import HttpResponseBadRequest
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_http_methods

from accounts.access import get_for_user, get_managed_ward, manages_ward, scope
from assignments.models import Unit
from core.concurrency import EditConflict, conflict_message, refuse_stale
from core.forms import add_service_errors
from plans.models import Ward
from targets.authoring import (
    PART_FIELDS,
    create_targets,
    default_horizon,
    propose_parts,
    set_target_units,
    unit_changes,
    update_target,
)
from targets.authoring_forms import BulkUnitsForm, PartFormSet, SentenceForm, TargetEditForm, parse_selection
from targets.models import Target

PARTS_PREFIX = "part"


def _horizon_of(form) -> int | None:
    item = form.cleaned_data.get("plan_item") if hasattr(form, "cleaned_data") else None
    return default_horizon(item)


@login_required
@require_http_methods(["GET", "HEAD", "POST"])
def target_create(request, ward_slug: str):
    """GET: the sentence form. POST ``action=analyse``: the parser's proposal under it, one
    block per target found; POST ``action=save``: the kept parts become targets."""
    ward = get_managed_ward(request.user, Ward.objects.all(), ward_slug)
    parts = None
    status = 200
    notice = ""
    if request.method != "POST":
        item = request.GET.get("item", "")
        form = SentenceForm(ward=ward, initial={"plan_item": item if item.isdigit() and len(item) < 19 else None})
    else:
        form = SentenceForm(request.POST, ward=ward)
        action = request.POST.get("action")
        analysed = f"{PARTS_PREFIX}-TOTAL_FORMS" in request.POST
        if action not in ("analyse", "save"):
            return HttpResponseBadRequest(_("Yêu cầu không hợp lệ."))
        if action == "analyse" or not analysed:
            if form.is_valid():
                proposal = propose_parts(form.cleaned_data["statement"], _horizon_of(form))
                parts = PartFormSet(initial=proposal, prefix=PARTS_PREFIX)
                if action == "save":
                    notice = _("Kiểm tra phần phân tích dưới đây rồi bấm Lưu chỉ tiêu.")
            else:
                status = 400
        else:
            valid = form.is_valid()
            # The chosen item's plan bounds the years of each part's milestones.
            plan = form.cleaned_data["plan_item"].plan if valid else None
            parts = PartFormSet(request.POST, prefix=PARTS_PREFIX, form_kwargs={"plan": plan})
            if valid and parts.is_valid():
                kept = [part.part() for part in parts if part.cleaned_data.get("keep")]
                data = form.cleaned_data
                try:
                    targets = create_targets(
                        plan_item=data["plan_item"],
                        statement=data["statement"],
                        parts=kept,
                        responsible_unit=data["responsible_unit"],
                        coordinating_units=data["coordinating_units"],
                        deadline_text=data["deadline_text"],
                        author=request.user,
                    )
                except ValidationError as exc:
                    add_service_errors(form, exc)
                else:
                    messages.success(
                        request,
                        ngettext("Đã lưu %(n)d chỉ tiêu.", "Đã lưu %(n)d chỉ tiêu.", len(targets))
                        % {"n": len(targets)},
                    )
                    return redirect("target_detail", target_pk=targets[0].pk)
            status = 400
    return render(
        request,
        "targets/target_create.html",
        {"ward": ward, "form": form, "parts": parts, "notice": notice},
        status=status,
    )


def _edit_initial(target: Target) -> dict:
    initial = {name: getattr(target, name) for name in PART_FIELDS}
    initial.update(
        plan_item=target.plan_item_id,
        statement=target.statement,
        responsible_unit=target.responsible_unit_id,
        coordinating_units=[u.pk for u in target.coordinating_units.all()],
        deadline_text=target.deadline_text,
        milestones={m.year: m.value for m in target.milestones.all()},
        version=target.version,
    )
    return initial


def _with_proposal(form: TargetEditForm, target: Target) -> tuple[TargetEditForm, str]:
    """The form as typed, its parts replaced by the parser's reading of the typed sentence."""
    initial = {name: form[name].value() for name in form.fields}
    statement = form["statement"].value() or ""
    item = form.cleaned_data.get("plan_item") or target.plan_item
    proposal = propose_parts(statement, default_horizon(item))
    index = target.part if target.part < len(proposal) else 0
    if proposal:
        initial.update({name: proposal[index][name] for name in PART_FIELDS})
    note = ""
    if len(proposal) > 1:
        note = _(
            "Câu này có %(n)s chỉ tiêu; chỉ tiêu này nhận phần thứ %(k)s. "
            "Các phần khác là các chỉ tiêu riêng, sửa ở trang của từng chỉ tiêu."
        ) % {"n": len(proposal), "k": index + 1}
    return TargetEditForm(initial=initial, ward=target.plan_item.plan.ward), note


@login_required
@require_http_methods(["GET", "HEAD", "POST"])
def target_edit(request, target_pk: int):
    """Edit one target. POST ``action=analyse`` proposes its parts again from the typed sentence;
    ``action=save`` saves it at the version the page was loaded (409 if someone saved since)."""
    queryset = Target.objects.select_related("plan_item__plan__ward", "responsible_unit").prefetch_related(
        "coordinating_units", "milestones"
    )
    target = get_for_user(request.user, queryset, target_pk)
    ward = target.plan_item.plan.ward
    if not manages_ward(request.user, ward):
        raise PermissionDenied
    status = 200
    note = ""
    if request.method != "POST":
        form = TargetEditForm(initial=_edit_initial(target), ward=ward)
    else:
        form = TargetEditForm(request.POST, ward=ward)
        action = request.POST.get("action")
        if action == "analyse":
            form.is_valid()  # the typed plan item, if any, sets the default horizon
            form, note = _with_proposal(form, target)
        elif action == "save":
            status = 400
            if form.is_valid():
                data = form.cleaned_data
                try:
                    update_target(
                        target=target,
                        expected_version=data["version"],
                        plan_item=data["plan_item"],
                        statement=data["statement"],
                        part=form.part(),
                        responsible_unit=data["responsible_unit"],
                        coordinating_units=data["coordinating_units"],
                        deadline_text=data["deadline_text"],
                        author=request.user,
                    )
                except EditConflict as conflict:
                    refuse_stale(form, conflict)
                    _show_saved_milestones(form, conflict.current)
                    status = 409
                except ValidationError as exc:
                    add_service_errors(form, exc)
                else:
                    messages.success(request, _("Đã lưu chỉ tiêu."))
                    return redirect("target_detail", target_pk=target.pk)
        else:
            return HttpResponseBadRequest(_("Yêu cầu không hợp lệ."))
    return render(
        request,
        "targets/target_edit.html",
        {"ward": ward, "target": target, "form": form, "note": note},
        status=status,
    )


def _show_saved_milestones(form: TargetEditForm, current: Target | None) -> None:
    """Under a refused edit, the milestones as the other person saved them, when they differ
    from those typed (the conflict message names the target's own fields only)."""
    if current is None:
        return
    saved = {m.year: m.value for m in current.milestones.all()}
    if saved != form.cleaned_data.get("milestones"):
        shown = form.fields["milestones"].prepare_value(saved).replace("\n", "; ") or _("không có mốc")
        form.add_error("milestones", _("Mốc đang lưu: %(milestones)s.") % {"milestones": shown})


def _selected_targets(request, ward: Ward, selection: dict[int, int]) -> list[Target]:
    targets = scope(request.user, Target.objects.filter(plan_item__plan__ward=ward, pk__in=list(selection)))
    return list(
        targets.select_related("plan_item__plan", "responsible_unit").prefetch_related(
            Prefetch("coordinating_units", queryset=Unit.objects.order_by("name"))
        )
    )


@login_required
@require_http_methods(["GET", "HEAD", "POST"])
def target_bulk_units(request, ward_slug: str):
    """Units of many targets: GET ``?target=pk`` (from the list's checkboxes) shows the choice;
    POST ``action=preview`` shows what changes; ``action=confirm`` saves it, all or nothing,
    at the versions the page was loaded (409 if one was saved since)."""
    ward = get_managed_ward(request.user, Ward.objects.all(), ward_slug)
    data = request.POST if request.method == "POST" else request.GET
    action = request.POST.get("action") if request.method == "POST" else None
    if request.method == "POST":
        selection = parse_selection(request.POST.getlist("sel"))
    else:
        raw = request.GET.getlist("target")
        selection = {int(pk): 0 for pk in raw if pk.isdigit() and len(pk) < 19} if 0 < len(raw) <= 500 else None
    if selection is None:
        messages.error(request, _("Chọn ít nhất một chỉ tiêu trong danh sách trước."))
        return redirect(f"{reverse('target_list')}?ward={ward.slug}")
    targets = _selected_targets(request, ward, selection)
    if request.method != "POST":
        selection = {t.pk: t.version for t in targets}  # the versions the office is looking at
    if not targets:
        messages.error(request, _("Không tìm thấy chỉ tiêu đã chọn trong phường này."))
        return redirect(f"{reverse('target_list')}?ward={ward.slug}")

    form = BulkUnitsForm(data if request.method == "POST" else None, ward=ward)
    changes = None
    status = 200
    if request.method == "POST":
        if action not in ("preview", "confirm"):
            return HttpResponseBadRequest(_("Yêu cầu không hợp lệ."))
        if not form.is_valid():
            status = 400
        else:
            chosen = form.cleaned_data
            for target in targets:  # the preview shows the change from what the office saw
                target.version = selection.get(target.pk, target.version)
            changes = unit_changes(
                targets,
                responsible_unit=chosen["responsible_unit"],
                coordinating_units=chosen["coordinating_units"],
                coordination=chosen["coordination"],
            )
            if action == "confirm":
                try:
                    count = set_target_units(
                        ward=ward,
                        selection=selection,
                        responsible_unit=chosen["responsible_unit"],
                        coordinating_units=chosen["coordinating_units"],
                        coordination=chosen["coordination"],
                        author=request.user,
                    )
                except EditConflict as conflict:
                    form.add_error(None, _bulk_conflict(conflict))
                    # Show the rows as they are now; a second confirm is a deliberate choice.
                    targets = _selected_targets(request, ward, selection)
                    selection = {t.pk: t.version for t in targets}
                    changes = unit_changes(
                        targets,
                        responsible_unit=chosen["responsible_unit"],
                        coordinating_units=chosen["coordinating_units"],
                        coordination=chosen["coordination"],
                    )
                    status = 409
                except ValidationError as exc:
                    add_service_errors(form, exc)
                    status = 400
                else:
                    messages.success(
                        request,
                        ngettext("Đã đặt đơn vị cho %(n)d chỉ tiêu.", "Đã đặt đơn vị cho %(n)d chỉ tiêu.", count)
                        % {"n": count},
                    )
                    return redirect(f"{reverse('target_list')}?ward={ward.slug}")
    return render(
        request,
        "targets/target_bulk_units.html",
        {
            "ward": ward,
            "form": form,
            "targets": targets,
            "selection": [f"{pk}:{version}" for pk, version in sorted(selection.items())],
            "changes": changes,
        },
        status=status,
    )


def _bulk_conflict(conflict: EditConflict) -> str:
    if conflict.current is None:
        return conflict_message(None)
    return _("Chỉ tiêu “%(target)s”: %(message)s") % {
        "target": str(conflict.current)[:120],
        "message": conflict_message(conflict.current, ["responsible_unit"]),
    }
