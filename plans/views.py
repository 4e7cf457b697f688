"""The follow-up office's pages for a ward's plans and their trees (and admins'): list, create,
edit, archive a plan; add, edit, move, renumber and remove its items.

Every object comes through ``accounts.access`` (404 outside the user's wards, 403 for a reader
who may not change it); the rules are in ``plans.authoring``; a form saved from a stale page is
refused with 409 and the other person's change (``core.concurrency.refuse_stale``).
"""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from accounts.access import can_edit, get_for_user, scope
from core.concurrency import EditConflict, conflict_message, refuse_stale
from core.forms import add_service_errors
from core.history import history_rows
from core.params import parse_id
from plans import authoring
from plans.forms import ItemMoveForm, PlanForm, PlanItemForm, VersionForm
from plans.models import Plan, PlanItem, Ward

FORM_METHODS = ["GET", "HEAD", "POST"]


def _ward(request, ward_slug: str, *, write: bool = False) -> Ward:
    ward = get_object_or_404(scope(request.user, Ward.objects.select_related("city")), slug=ward_slug)
    if write and not can_edit(request.user, ward):
        raise PermissionDenied
    return ward


def _plan(request, plan_pk, *, write: bool = True) -> Plan:
    return get_for_user(request.user, Plan.objects.select_related("ward"), plan_pk, write=write)


def _item(request, item_pk) -> PlanItem:
    return get_for_user(request.user, PlanItem.objects.select_related("plan__ward", "parent"), item_pk, write=True)


def _tree_url(plan_pk: int, item_pk: int | None = None) -> str:
    url = reverse("plan_tree_edit", kwargs={"plan_pk": plan_pk})
    return f"{url}#item-{item_pk}" if item_pk else url


def _submit(request, form, save) -> tuple[bool, object, int]:
    """For a POST: validate ``form`` and call ``save(data, version)``. Returns (done, result,
    status): 400 for bad input or a service's ``ValidationError`` (on the form), 409 for a form
    loaded before someone else's save (``refuse_stale``: what was typed stays)."""
    if request.method != "POST":
        return False, None, 200
    if not form.is_valid():
        return False, None, 400
    data = form.cleaned_data.copy()
    version = data.pop("version", None)
    try:
        return True, save(data, version), 200
    except ValidationError as error:
        add_service_errors(form, error)
        return False, None, 400
    except EditConflict as conflict:
        refuse_stale(form, conflict)
        return False, None, 409


def _conflict_page(request, plan: Plan, conflict: EditConflict, back: str):
    """A one-button action (archive, move up, remove…) pressed on a stale page."""
    context = {"plan": plan, "ward": plan.ward, "message": conflict_message(conflict.current), "back": back}
    return render(request, "plans/conflict.html", context, status=409)


# --- plans ------------------------------------------------------------------------------------


@login_required
@require_safe
def plan_list(request, ward_slug):
    """A ward's plans: in force first, archived below (still readable)."""
    ward = _ward(request, ward_slug)
    plans = list(scope(request.user, Plan.objects.filter(ward=ward)).order_by("-period_start", "code"))
    context = {
        "ward": ward,
        "active": [plan for plan in plans if not plan.archived],
        "archived": [plan for plan in plans if plan.archived],
        "can_edit": can_edit(request.user, ward),
    }
    return render(request, "plans/plan_list.html", context)


@login_required
@require_http_methods(FORM_METHODS)
def plan_create(request, ward_slug):
    ward = _ward(request, ward_slug, write=True)
    form = PlanForm(request.POST or None, initial={"issuing_body": Plan.IssuingBody.PEOPLES_COMMITTEE})
    done, plan, status = _submit(
        request, form, lambda data, _version: authoring.create_plan(ward=ward, author=request.user, **data)
    )
    if done:
        messages.success(request, _("Đã tạo kế hoạch. Thêm các chương trình, nhóm nội dung vào cây kế hoạch."))
        return redirect(_tree_url(plan.pk))
    context = {"ward": ward, "form": form, "creating": True}
    return render(request, "plans/plan_form.html", context, status=status)


@login_required
@require_http_methods(FORM_METHODS)
def plan_edit(request, plan_pk):
    plan = _plan(request, plan_pk)
    initial = {name: getattr(plan, name) for name in authoring.PLAN_FIELDS} | {"version": plan.version}
    form = PlanForm(request.POST or None, initial=initial)
    done, _result, status = _submit(
        request,
        form,
        lambda data, version: authoring.update_plan(plan=plan, version=version, author=request.user, **data),
    )
    if done:
        messages.success(request, _("Đã lưu kế hoạch."))
        return redirect("plan_detail", plan_pk=plan.pk)
    context = {
        "ward": plan.ward,
        "plan": plan,
        "form": form,
        "archive_form": VersionForm(initial={"version": plan.version}),
        "history": history_rows(plan),
    }
    return render(request, "plans/plan_form.html", context, status=status)


@login_required
@require_POST
def plan_archive(request, plan_pk):
    """POST ``archived`` (1 or 0) and the version: archive the plan or bring it back."""
    plan = _plan(request, plan_pk)
    form = VersionForm(request.POST)
    if not form.is_valid():
        return redirect("plan_edit", plan_pk=plan.pk)
    archived = request.POST.get("archived") == "1"
    try:
        authoring.set_plan_archived(
            plan=plan, archived=archived, version=form.cleaned_data["version"], author=request.user
        )
    except EditConflict as conflict:
        return _conflict_page(request, plan, conflict, reverse("plan_edit", kwargs={"plan_pk": plan.pk}))
    if archived:
        messages.success(request, _("Đã lưu trữ kế hoạch: kế hoạch không còn trong các danh sách và trang tổng quan."))
    else:
        messages.success(request, _("Kế hoạch đã được dùng lại."))
    return redirect("plan_list", ward_slug=plan.ward.slug)


# --- the tree ---------------------------------------------------------------------------------


@login_required
@require_safe
def plan_tree_edit(request, plan_pk):
    """Every item of the plan in reading order, with its buttons and what hangs on it."""
    plan = _plan(request, plan_pk)
    items = list(PlanItem.objects.filter(plan=plan).order_by("tree_order"))
    counts = authoring.direct_counts(plan)
    archived_orders = [item.tree_order for item in items if item.archived]
    last_of_parent: dict[int | None, int] = {}
    for item in items:
        item.counts = sorted(counts.get(item.pk, {}).items())
        item.under_archived = any(item.tree_order.startswith(f"{order}.") for order in archived_orders)
        last_of_parent[item.parent_id] = item.pk
    firsts: set[int] = set()
    seen_parents: set[int | None] = set()
    for item in items:
        if item.parent_id not in seen_parents:
            firsts.add(item.pk)
            seen_parents.add(item.parent_id)
        item.is_first = item.pk in firsts
        item.is_last = last_of_parent[item.parent_id] == item.pk
    return render(request, "plans/tree.html", {"plan": plan, "ward": plan.ward, "items": items})


@login_required
@require_http_methods(FORM_METHODS)
def item_create(request, plan_pk):
    """A new item at the end of ``?parent=<id>``'s children, or at the root."""
    plan = _plan(request, plan_pk)
    parent = None
    if request.GET.get("parent"):
        parent_pk = parse_id(request.GET["parent"])
        if parent_pk is None:
            raise Http404
        parent = get_object_or_404(PlanItem.objects.filter(plan=plan), pk=parent_pk)
    default_kind = PlanItem.Kind.GROUP if parent is not None else PlanItem.Kind.PROGRAMME
    form = PlanItemForm(request.POST or None, initial={"kind": default_kind})
    done, item, status = _submit(
        request,
        form,
        lambda data, _version: authoring.create_item(plan=plan, parent=parent, author=request.user, **data),
    )
    if done:
        messages.success(request, _("Đã thêm mục “%(title)s”.") % {"title": item})
        return redirect(_tree_url(plan.pk, item.pk))
    context = {"plan": plan, "ward": plan.ward, "form": form, "parent": parent, "creating": True}
    return render(request, "plans/item_form.html", context, status=status)


@login_required
@require_http_methods(FORM_METHODS)
def item_edit(request, item_pk):
    item = _item(request, item_pk)
    initial = {name: getattr(item, name) for name in authoring.ITEM_FIELDS} | {"version": item.version}
    form = PlanItemForm(request.POST or None, initial=initial)
    done, saved, status = _submit(
        request,
        form,
        lambda data, version: authoring.update_item(item=item, version=version, author=request.user, **data),
    )
    if done:
        messages.success(request, _("Đã lưu mục “%(title)s”.") % {"title": saved})
        return redirect(_tree_url(item.plan_id, item.pk))
    context = {
        "plan": item.plan,
        "ward": item.plan.ward,
        "item": item,
        "parent": item.parent,
        "form": form,
        "history": history_rows(item),
    }
    return render(request, "plans/item_form.html", context, status=status)


@login_required
@require_http_methods(FORM_METHODS)
def item_move(request, item_pk):
    """Choose the item's new parent (any item of the plan but itself and its descendants) and place."""
    item = _item(request, item_pk)
    plan = item.plan
    form = ItemMoveForm(request.POST or None, plan=plan, initial={"parent": item.parent_id, "version": item.version})

    def move(data, version):
        place = data["place"]
        index = place - 1 if place else None
        return authoring.move_item(item=item, parent=data["parent"], index=index, version=version, author=request.user)

    done, _result, status = _submit(request, form, move)
    if done:
        messages.success(request, _("Đã chuyển mục."))
        return redirect(_tree_url(plan.pk, item.pk))
    context = {"plan": plan, "ward": plan.ward, "item": item, "form": form}
    return render(request, "plans/item_move.html", context, status=status)


@login_required
@require_POST
def item_shift(request, item_pk):
    """POST ``direction`` (up or down) and the version: one place up or down among its siblings."""
    item = _item(request, item_pk)
    form = VersionForm(request.POST)
    offset = {"up": -1, "down": 1}.get(request.POST.get("direction", ""))
    if offset is None or not form.is_valid():
        return redirect(_tree_url(item.plan_id, item.pk))
    try:
        authoring.shift_item(item=item, offset=offset, version=form.cleaned_data["version"], author=request.user)
    except EditConflict as conflict:
        return _conflict_page(request, item.plan, conflict, _tree_url(item.plan_id, item.pk))
    return redirect(_tree_url(item.plan_id, item.pk))


@login_required
@require_http_methods(FORM_METHODS)
def item_remove(request, item_pk):
    """GET: what hangs under the item and what removing it will do; POST: do it."""
    item = _item(request, item_pk)
    contents = authoring.item_contents(item)
    form = VersionForm(request.POST or None, initial={"version": item.version})
    done, outcome, status = _submit(
        request, form, lambda _data, version: authoring.remove_item(item=item, version=version, author=request.user)
    )
    if done and outcome == "deleted":
        messages.success(request, _("Đã xóa mục “%(title)s”.") % {"title": item})
        return redirect(_tree_url(item.plan_id))
    if done:
        messages.success(request, _("Đã lưu trữ mục “%(title)s” cùng những gì thuộc mục.") % {"title": item})
        return redirect(_tree_url(item.plan_id, item.pk))
    context = {"plan": item.plan, "ward": item.plan.ward, "item": item, "contents": contents, "form": form}
    return render(request, "plans/item_remove.html", context, status=status)


@login_required
@require_POST
def item_restore(request, item_pk):
    item = _item(request, item_pk)
    form = VersionForm(request.POST)
    if form.is_valid():
        try:
            authoring.restore_item(item=item, version=form.cleaned_data["version"], author=request.user)
        except EditConflict as conflict:
            return _conflict_page(request, item.plan, conflict, _tree_url(item.plan_id, item.pk))
        messages.success(request, _("Đã khôi phục mục “%(title)s”.") % {"title": item})
    return redirect(_tree_url(item.plan_id, item.pk))
