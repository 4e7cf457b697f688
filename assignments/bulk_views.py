"""Bulk edit of tasks from the task list: choose an action, read the preview, confirm.

One page, three steps, no JavaScript needed:

    GET   ?task=<id>…  or  ?all=1&<the list's filters>    the selection and the action form
    POST  step=preview                                    each task's value before → after
    POST  step=confirm                                    all applied, or none (409 + the tasks
                                                          saved meanwhile, preview shown again)

The selection is read through ``accounts.access.scope`` (another ward's tasks are never
selected) and must be one ward's, which the user may edit (the follow-up office, admins).
"""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_http_methods

from accounts.access import can_edit, profile_of, scope
from accounts.models import Profile
from assignments import bulk
from assignments.authoring_forms import BulkForm
from assignments.list_views import bulk_ward, filtered_queryset
from assignments.models import Task
from assignments.selectors import for_status
from core.forms import add_service_errors
from core.params import parse_id


def _ids(values) -> list[int]:
    ids = []
    for value in values:
        pk = parse_id(value.split(":")[0])
        if pk is not None and pk not in ids:
            ids.append(pk)
    return ids


def _expected(values) -> dict[int, int]:
    """``pk:version`` pairs the preview was shown with."""
    pairs = {}
    for value in values:
        pk, _sep, version = value.partition(":")
        pk, version = parse_id(pk), parse_id(version)
        if pk is not None and version is not None:
            pairs[pk] = version
    return pairs


def _selected(request, ids: list[int]) -> list[Task]:
    tasks = for_status(scope(request.user, Task.objects.filter(pk__in=ids[: bulk.MAX_TASKS + 1])))
    return list(tasks.order_by("plan_item__plan_id", "plan_item__tree_order", "position"))


def _selection(request) -> list[Task]:
    if request.method == "GET" and request.GET.get("all") == "1":
        _filterset, tasks = filtered_queryset(request, timezone.localdate())
        return list(for_status(tasks)[: bulk.MAX_TASKS + 1])
    source = request.POST if request.method == "POST" else request.GET
    return _selected(request, _ids(source.getlist("task")))


def _may_bulk_edit(user) -> bool:
    profile = profile_of(user)
    is_admin = user.is_superuser or (profile is not None and profile.role == Profile.Role.ADMIN)
    return is_admin or bulk_ward(user, None) is not None


@login_required
@require_http_methods(["GET", "HEAD", "POST"])
def task_bulk(request):
    today = timezone.localdate()
    tasks = _selection(request)
    wards = {task.plan_item.plan.ward for task in tasks}
    ward = next(iter(wards)) if len(wards) == 1 else None
    if ward is not None and not can_edit(request.user, ward):
        raise PermissionDenied
    if ward is None and not _may_bulk_edit(request.user):  # nothing selected: still not a page for readers
        raise PermissionDenied
    posting = request.method == "POST"
    step = request.POST.get("step", "") if posting else ""
    form = BulkForm(request.POST if step in ("preview", "confirm") else None, ward=ward, today=today)
    context = {"ward": ward, "tasks": tasks, "form": form, "max_tasks": bulk.MAX_TASKS}
    problem = None
    if not tasks:
        problem = _("Chưa chọn nhiệm vụ nào: đánh dấu nhiệm vụ trong danh sách rồi bấm “Sửa hàng loạt”.")
    elif len(wards) > 1:
        problem = _("Các nhiệm vụ đã chọn thuộc nhiều phường: hãy lọc theo một phường rồi chọn lại.")
    elif len(tasks) > bulk.MAX_TASKS:
        problem = _("Mỗi lần sửa được tối đa %(max)d nhiệm vụ: hãy lọc hẹp hơn.") % {"max": bulk.MAX_TASKS}
    if problem:
        context["problem"] = problem
        return render(request, "assignments/task_bulk.html", context, status=400 if posting else 200)

    if step in ("preview", "confirm") and form.is_valid():
        change = form.change()
        try:
            bulk.check(change, ward, today, tasks=tasks)
        except ValidationError as error:
            add_service_errors(form, error, aliases={"units": "units"})
        else:
            if step == "confirm":
                expected = _expected(request.POST.getlist("expect"))
                try:
                    changed = bulk.apply(ward=ward, change=change, expected=expected, author=request.user, today=today)
                except bulk.BulkConflict as conflict:
                    context.update(
                        rows=bulk.preview(_selected(request, list(expected)), change),
                        refused=conflict.tasks,
                        missing=conflict.missing,
                    )
                    return render(request, "assignments/task_bulk_preview.html", context, status=409)
                messages.success(
                    request,
                    ngettext("Đã sửa %(count)d nhiệm vụ.", "Đã sửa %(count)d nhiệm vụ.", len(changed))
                    % {"count": len(changed)},
                )
                return redirect(reverse("task_list") + f"?ward={ward.slug}")
            context["rows"] = bulk.preview(tasks, change)
            return render(request, "assignments/task_bulk_preview.html", context)
    return render(request, "assignments/task_bulk.html", context, status=400 if step else 200)
