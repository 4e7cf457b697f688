"""The follow-up office's task pages: create a task, edit one (deadline revisions kept).

Task authoring is the ward's work, not a unit's: it needs ``can_edit`` on the task's ward
(the ward's follow-up office and admins), so an official who may report on a task still gets
403 here. Ward data is fetched through ``accounts.access`` (another ward: 404).
"""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from accounts.access import can_edit, get_for_user, scope, ward_of
from assignments.authoring import create_task, update_task
from assignments.authoring_forms import TaskForm
from assignments.models import Task
from core.concurrency import EditConflict, refuse_stale
from core.forms import add_service_errors
from core.params import parse_id
from plans.models import Ward


def authoring_ward(user, ward_slug: str) -> Ward:
    """The ward whose tasks ``user`` may write (404 outside the user's wards, 403 without the right)."""
    ward = get_object_or_404(scope(user, Ward.objects.all()), slug=ward_slug)
    if not can_edit(user, ward):
        raise PermissionDenied
    return ward


def may_author(user, task: Task) -> bool:
    return can_edit(user, ward_of(task))


@login_required
@require_http_methods(["GET", "HEAD", "POST"])
def task_create(request, ward_slug: str):
    """A new task of the ward; ``?group=<id>`` preselects its group."""
    ward = authoring_ward(request.user, ward_slug)
    initial = {}
    group = parse_id(request.GET.get("group"))
    if group is not None:
        initial["plan_item"] = group
    form = TaskForm(request.POST or None, ward=ward, initial=initial)
    status = 200
    if request.method == "POST":
        status = 400
        if form.is_valid():
            try:
                task = create_task(fields=form.task_fields(), author=request.user)
            except ValidationError as error:
                add_service_errors(form, error)
            else:
                messages.success(request, _("Đã tạo nhiệm vụ “%(task)s”.") % {"task": task})
                return redirect("task_detail", task_pk=task.pk)
    context = {"form": form, "ward": ward, "task": None}
    return render(request, "assignments/task_form.html", context, status=status)


@login_required
@require_http_methods(["GET", "HEAD", "POST"])
def task_edit(request, task_pk: int):
    """Edit a task; a save from a stale form is refused with 409 and what was typed kept."""
    task = get_for_user(request.user, Task.objects.select_related("plan_item__plan__ward").with_units(), task_pk)
    if not may_author(request.user, task):
        raise PermissionDenied
    ward = task.plan_item.plan.ward
    form = TaskForm(request.POST or None, ward=ward, task=task)
    status = 200
    if request.method == "POST":
        status = 400
        if form.is_valid():
            try:
                task = update_task(
                    task=task,
                    version=form.cleaned_data["version"],
                    fields=form.task_fields(),
                    reason=form.cleaned_data.get("reason", ""),
                    author=request.user,
                )
            except ValidationError as error:
                add_service_errors(form, error)
            except EditConflict as conflict:
                refuse_stale(form, conflict)
                status = 409
            else:
                messages.success(request, _("Đã lưu nhiệm vụ “%(task)s”.") % {"task": task})
                return redirect("task_detail", task_pk=task.pk)
    context = {"form": form, "ward": ward, "task": task}
    return render(request, "assignments/task_form.html", context, status=status)
