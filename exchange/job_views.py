"""The ward's background jobs (``core.jobs``) as its office sees them: the list, one job's page
(progress, result, error), the file a job made, and "thử lại" for a failed job.

Every lookup goes through the ward of the URL (``exchange.downloads.ward_for_user``, so
``accounts.access.scope``): a job or a file of another ward is 404. One job's page and its
file are for every reader of the ward (whoever asked for the report may download it); the
list and the retry are for the ward's follow-up office and admins (``manages_ward``: 403).
"""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST, require_safe

from accounts.access import manages_ward
from core import jobs
from core.models import BackgroundJob
from exchange.downloads import ward_for_user

# Seconds between two refreshes of an unfinished job's page (<meta http-equiv="refresh">:
# no script, so the page works under the strict CSP and on any phone).
REFRESH_SECONDS = 3
LIST_LIMIT = 30


def _job(request, ward: str, job_pk: int):
    ward_obj = ward_for_user(request, ward)
    job = get_object_or_404(BackgroundJob.objects.select_related("requested_by"), ward=ward_obj, pk=job_pk)
    return ward_obj, job


@login_required
@require_safe
def job_list(request, ward: str):
    """The ward's latest jobs, newest first: what, who, when, state, progress, result."""
    ward_obj = ward_for_user(request, ward)
    if not manages_ward(request.user, ward_obj):
        raise PermissionDenied
    recent = jobs.recent_jobs(ward_obj, limit=LIST_LIMIT)
    context = {
        "ward": ward_obj,
        "jobs": recent,
        "refresh": REFRESH_SECONDS if any(not job.is_finished for job in recent) else None,
    }
    return render(request, "exchange/job_list.html", context)


@login_required
@require_safe
def job_detail(request, ward: str, job_pk: int):
    ward_obj, job = _job(request, ward, job_pk)
    context = {
        "ward": ward_obj,
        "job": job,
        "may_manage": manages_ward(request.user, ward_obj),
        "refresh": None if job.is_finished else REFRESH_SECONDS,
        "retried_as": job.retries.order_by("-pk").first() if job.retried_at else None,
    }
    return render(request, "exchange/job_detail.html", context)


@login_required
@require_safe
def job_file(request, ward: str, job_pk: int):
    """The file the job made (the .docx report), for the readers of its ward."""
    _ward, job = _job(request, ward, job_pk)
    if not job.result_file:
        raise Http404
    try:
        handle = job.result_file.open("rb")
    except FileNotFoundError as exc:  # removed from the storage by hand
        raise Http404 from exc
    filename = job.result_file.name.rsplit("/", 1)[-1]
    response = FileResponse(handle, as_attachment=True, filename=filename)
    response["Cache-Control"] = "private, max-age=0"
    return response


@login_required
@require_POST
def job_retry(request, ward: str, job_pk: int):
    """Run a failed job again (the office): a new job, then its page."""
    ward_obj, job = _job(request, ward, job_pk)
    if not manages_ward(request.user, ward_obj):
        raise PermissionDenied
    try:
        new_job = jobs.retry(job, user=request.user)
    except jobs.NotRetryable:
        messages.error(
            request, _("Việc này không thể thử lại (chưa thất bại, đã được thử lại, hoặc dữ liệu bị từ chối).")
        )
        return redirect("exchange:job", ward=ward_obj.slug, job_pk=job.pk)
    messages.success(request, _("Đã cho chạy lại việc."))
    return redirect("exchange:job", ward=ward_obj.slug, job_pk=new_job.pk)
