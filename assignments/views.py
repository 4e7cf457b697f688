"""Task page (with the progress form), "my work", and evidence downloads.

Every lookup of ward data goes through ``accounts.access`` (``scope`` / ``get_for_user``).
"""

from __future__ import annotations

import logging

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Q
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from accounts.access import can_edit, get_for_user, manages_ward, profile_of, scope, ward_of
from accounts.models import Profile
from assignments.deadlines import original_period
from assignments.evidence import evidence_response
from assignments.forms import ProgressForm, report_key
from assignments.models import Evidence, ProgressReport, Task, TaskUnit, Unit
from assignments.reminders import ward_reminders
from assignments.selectors import for_status, with_status
from assignments.services import log_progress
from assignments.six_clear import six_clear
from assignments.status import rules_by_ward, task_status
from assignments.tasks import REMINDERS_LABEL, send_ward_reminders
from assignments.worklist import chase_list, official_worklist
from core import jobs
from core.concurrency import EditConflict
from core.forms import add_service_errors
from core.history import HistoryRow, history_rows, history_rows_for, merge_rows
from core.models import BackgroundJob
from core.review import returned_to_unit
from plans.models import PeriodReopening, Ward, in_force
from plans.periods import ReportingPeriod

# Roles that see the ward's late tasks on the "my work" page.
CHASING_ROLES = (Profile.Role.FOLLOW_UP, Profile.Role.WARD_VIEWER, Profile.Role.ADMIN)

logger = logging.getLogger(__name__)


def _newest_first(reports):
    return sorted(reports, key=lambda r: (r.period.end, r.period.start, r.updated_at), reverse=True)


def _task_history(task, units_by_id):
    def report_label(record):
        period = ReportingPeriod(record.period_year, record.period_kind, record.period_index)
        unit = units_by_id.get(record.unit_id)
        return _("Báo cáo %(period)s — %(unit)s") % {"period": period.label(), "unit": unit or "?"}

    role_records = TaskUnit.history.filter(task_id=task.pk)
    # Units that have left the task still name their rows: one query for every unit ever on it.
    units_by_id = {**units_by_id, **{u.pk: u for u in Unit.objects.filter(pk__in=role_records.values("unit_id"))}}

    def unit_label(record):
        unit = units_by_id.get(record.unit_id)
        return _("Đơn vị %(role)s: %(unit)s") % {
            "role": TaskUnit.Role(record.role).label.lower(),
            "unit": unit or "?",
        }

    # Closed periods reopened for this task, its units or the whole ward (plans.locks), with the reason.
    unit_ids = [role.unit_id for role in task.unit_roles.all()]
    reopenings = PeriodReopening.objects.filter(
        Q(task=task) | Q(unit_id__in=unit_ids, task__isnull=True) | Q(unit__isnull=True, task__isnull=True),
        ward_id=task.plan_item.plan.ward_id,
    ).select_related("reopened_by")[:10]
    reopened = [
        HistoryRow(
            date=r.reopened_at,
            user=r.reopened_by,
            action="~",
            object_label=_("Mở lại %(period)s") % {"period": r.period.label()},
            field=_("lý do mở lại"),
            old=None,
            new=r.reason,
        )
        for r in reopenings
    ]
    return merge_rows(
        reopened,
        history_rows(task, label=_("Nhiệm vụ")),
        history_rows_for(ProgressReport.history.filter(task_id=task.pk), label_of=report_label),
        history_rows_for(role_records, label_of=unit_label),
        limit=30,
    )


def _initial_report(task, unit, today) -> dict:
    """The form starts from the unit's report for the current quarter, when there is one,
    and carries that report's version (0: none yet) for the concurrency check."""
    period = ReportingPeriod.containing(today)
    unit = unit or next(iter(task.lead_units), None)
    if unit is None:
        return ProgressForm.initial_version(None, report_key(None, period))
    report = task.reports.filter(
        unit=unit, period_kind=period.kind, period_year=period.year, period_index=period.index
    ).first()
    initial = ProgressForm.initial_version(report, report_key(unit.pk, period))
    if report is None:
        return initial
    return initial | {
        "unit": report.unit_id,
        "period": period.key,
        "status": report.status,
        "percent": report.percent,
        "narrative": report.narrative,
        "completed_on": report.completed_on,
    }


@login_required
@require_http_methods(["GET", "HEAD", "POST"])
def task_detail(request, task_pk: int):
    """A task: its text, units, period, computed status, reports, history; POST logs progress.

    Anyone who may read the task's ward sees it (404 otherwise); POST needs ``can_edit`` (403);
    an invalid one shows the page again with its errors, status 400; one from a form loaded
    before someone else saved (or created) the same report, status 409 with their change.
    """
    writing = request.method == "POST"
    task = get_for_user(
        request.user,
        Task.objects.select_related("plan_item__plan__ward__settings", "plan_item__parent").prefetch_related(
            "unit_roles__unit"
        ),
        task_pk,
        write=writing,
    )
    today = timezone.localdate()
    profile = profile_of(request.user)
    own_unit = profile.unit if profile and profile.role == Profile.Role.OFFICIAL else None
    may_log = can_edit(request.user, task)
    reviewer = manages_ward(request.user, task.plan_item.plan.ward)

    form = None
    status_code = 400 if writing else 200
    if may_log:
        form = ProgressForm(
            request.POST or None,
            request.FILES or None,
            task=task,
            unit=own_unit,
            today=today,
            initial=None if writing else _initial_report(task, own_unit, today),
        )
        if writing and form.is_valid():
            data = form.cleaned_data
            try:
                report = log_progress(
                    task=task,
                    unit=form.report_unit(),
                    period=data["period"],
                    status=data["status"],
                    percent=data["percent"],
                    narrative=data["narrative"],
                    completed_on=data["completed_on"],
                    author=request.user,
                    files=data["files"],
                    expected_version=form.expected_version(),
                    reviewer=reviewer,
                    submit="gui_duyet" in request.POST,
                )
            except ValidationError as error:
                add_service_errors(form, error)
            except EditConflict as conflict:
                form.refuse(conflict)
                status_code = 409
            else:
                messages.success(
                    request,
                    _("Đã lưu báo cáo %(period)s của %(unit)s (%(state)s).")
                    % {"period": report.period, "unit": report.unit, "state": report.review_label.lower()},
                )
                return redirect("task_detail", task_pk=task.pk)

    reports = _newest_first(task.reports.select_related("unit", "author").prefetch_related("evidence"))
    status = task_status(
        task, reports, today, rules_by_ward([task.plan_item.plan.ward_id])[task.plan_item.plan.ward_id]
    )
    roles_by_unit = {role.unit_id: role for role in task.unit_roles.all()}
    for report in reports:
        report.role = roles_by_unit.get(report.unit_id)
    units_by_id = {role.unit_id: role.unit for role in task.unit_roles.all()}
    for report in reports:  # a unit that reported, then left the task, still names its history rows
        units_by_id.setdefault(report.unit_id, report.unit)
    revisions = list(task.deadline_revisions.select_related("changed_by"))
    context = {
        "task": task,
        "ward": task.plan_item.plan.ward,
        "plan": task.plan_item.plan,
        "status": status,
        "reports": reports,
        "lead_roles": [r for r in task.unit_roles.all() if r.role == TaskUnit.Role.LEAD],
        "coordinator_roles": [r for r in task.unit_roles.all() if r.role == TaskUnit.Role.COORDINATOR],
        "form": form,
        "reviewer": reviewer,
        "own_unit": own_unit,
        "history": _task_history(task, units_by_id),
        "six_clear": six_clear(task),
        "revisions": revisions,
        "original_period": original_period(task, revisions),
        "may_author": can_edit(request.user, ward_of(task)),
    }
    return render(request, "assignments/task_detail.html", context, status=status_code)


@login_required
@require_safe
def my_work(request):
    """An official's tasks that need a report this quarter (late ones first); the follow-up
    office and the ward's viewers see the ward's overdue and at-risk tasks."""
    profile = profile_of(request.user)
    today = timezone.localdate()
    period = ReportingPeriod.containing(today)
    context = {"period": period, "today": today, "profile": profile}

    if profile is not None and profile.role == Profile.Role.OFFICIAL and profile.unit_id:
        mine = Task.objects.filter(in_force(), unit_roles__unit=profile.unit)
        tasks = with_status(for_status(scope(request.user, mine)), today)
        work = official_worklist(tasks, profile.unit, period, today)
        context.update(
            mode="official",
            unit=profile.unit,
            ward=profile.ward,
            to_report=work.to_report,
            returned=returned_to_unit(profile.unit_id),
            reported=work.reported,
            done_count=work.done_count,
        )
        return render(request, "assignments/my_work.html", context)

    if profile is not None and profile.ward_id and profile.role in CHASING_ROLES:
        ward_tasks = Task.objects.filter(in_force(), plan_item__plan__ward_id=profile.ward_id)
        tasks = with_status(for_status(scope(request.user, ward_tasks)), today)
        chase = chase_list(tasks, today)
        context.update(
            mode="chasing",
            ward=profile.ward,
            late=chase.late,
            counts=chase.counts,
            may_edit=profile.role != Profile.Role.WARD_VIEWER,
            reminders=ward_reminders(ward=profile.ward, day=today, tasks=tasks),
            may_remind=can_edit(request.user, profile.ward),
        )
        if context["may_remind"]:
            context["jobs"] = jobs.recent_jobs(profile.ward)
        return render(request, "assignments/my_work.html", context)

    context["mode"] = "none"
    return render(request, "assignments/my_work.html", context)


@login_required
@require_POST
def send_reminders(request, ward_slug: str):
    """POST: queue ``send_ward_reminders`` for the ward and today as a background job, then
    back to the chase page, which lists the ward's jobs.

    For the ward's follow-up office and admins (``can_edit`` on the ward): another ward is 404,
    other roles 403. The worker sends the emails (``core.jobs``); where the tasks run at once
    (the immediate backend) the outcome is known here and said.
    """
    ward = get_object_or_404(scope(request.user, Ward.objects.all()), slug=ward_slug)
    if not can_edit(request.user, ward):
        raise PermissionDenied
    job, _result = jobs.enqueue(
        send_ward_reminders,
        label=REMINDERS_LABEL,
        ward=ward,
        user=request.user,
        ward_id=ward.pk,
        day_iso=timezone.localdate().isoformat(),
    )
    if job.status == BackgroundJob.Status.SUCCEEDED:
        summary = job.summary
        if summary["sent"]:
            messages.success(
                request,
                ngettext(
                    "Đã gửi nhắc việc tới %(sent)d cán bộ của %(units)d đơn vị.",
                    "Đã gửi nhắc việc tới %(sent)d cán bộ của %(units)d đơn vị.",
                    summary["sent"],
                )
                % summary,
            )
        elif not summary["skipped"] and not summary["failed"]:
            messages.info(request, _("Hôm nay không có cán bộ nào cần nhắc việc."))
        if summary["skipped"]:
            messages.info(
                request,
                ngettext(
                    "%(skipped)d cán bộ đã được nhắc hôm nay nên không gửi lại.",
                    "%(skipped)d cán bộ đã được nhắc hôm nay nên không gửi lại.",
                    summary["skipped"],
                )
                % summary,
            )
        if summary["failed"]:
            messages.warning(
                request,
                ngettext(
                    "Không gửi được thư tới %(failed)d cán bộ; xin thử lại sau.",
                    "Không gửi được thư tới %(failed)d cán bộ; xin thử lại sau.",
                    summary["failed"],
                )
                % summary,
            )
    elif job.status == BackgroundJob.Status.FAILED:
        messages.error(request, _("Không gửi được nhắc việc; xin thử lại sau."))
    else:
        messages.info(request, _("Nhắc việc %(ward)s đã xếp lịch gửi.") % {"ward": ward})
    return redirect("my_work")


@login_required
@require_safe
def evidence_download(request, evidence_pk: int):
    """An evidence file, for those who may read its task (404 otherwise)."""
    evidence = get_for_user(request.user, Evidence.objects.all(), evidence_pk)
    response = evidence_response(evidence)
    response["Cache-Control"] = "private, max-age=0"
    return response
