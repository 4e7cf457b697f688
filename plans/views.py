"""The plan page: the plan's tree as printed, with its targets, tasks and projects in place."""

from __future__ import annotations

from collections import defaultdict

from django.contrib.auth.decorators import login_required
from django.shortcuts import render
from django.utils import timezone

from accounts.access import get_for_user
from assignments.models import Task
from assignments.selectors import for_status, item_progress, with_status
from plans.models import Plan
from projects.models import Project
from targets.filters import for_tracking, with_track
from targets.models import Target


def plan_tree(plan: Plan, today):
    """The plan's items as a tree (``item.nodes``), each with its own targets, tasks, projects
    and the roll-up of its tasks (``item.progress``, ``item.task_count``); loaded in constant queries."""
    items = list(plan.items.order_by("tree_order"))
    tasks = with_status(for_status(Task.objects.filter(plan_item__plan=plan)), today)
    targets = with_track(for_tracking(Target.objects.filter(plan_item__plan=plan)), today)
    projects = (
        Project.objects.filter(plan_item__plan=plan)
        .select_related("lead_unit")
        .prefetch_related("funding_sources")
        .order_by("plan_item__tree_order", "position")
    )
    progress = item_progress(tasks, items)
    by_item: dict[str, dict[int, list]] = {"tasks": defaultdict(list), "targets": defaultdict(list)}
    by_item["projects"] = defaultdict(list)
    for task in tasks:
        by_item["tasks"][task.plan_item_id].append(task)
    for target in targets:
        by_item["targets"][target.plan_item_id].append(target)
    for project in projects:
        by_item["projects"][project.plan_item_id].append(project)
    nodes: dict[int | None, list] = defaultdict(list)
    for item in items:
        item.task_rows = by_item["tasks"][item.pk]
        item.target_rows = by_item["targets"][item.pk]
        item.project_rows = by_item["projects"][item.pk]
        item.progress, item.task_count = progress.get(item.pk, (None, 0))
        nodes[item.parent_id].append(item)
    for item in items:
        item.nodes = nodes[item.pk]
    return nodes[None], progress[None]


@login_required
def plan_detail(request, plan_pk):
    plan = get_for_user(request.user, Plan.objects.select_related("ward"), plan_pk)
    roots, (percent, count) = plan_tree(plan, timezone.localdate())
    return render(
        request,
        "plans/plan_detail.html",
        {"plan": plan, "ward": plan.ward, "roots": roots, "percent": percent, "task_count": count},
    )
