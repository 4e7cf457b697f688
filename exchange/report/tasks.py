"""The periodic report, built by the background worker (``core.jobs``) instead of the request.

The office asks for the report (``views.periodic_report``, POST): a job is recorded and this
task queued; the worker gathers the figures (``figures.collect``), lays out the document
(``document.build_report``, the same builder the report always used) and keeps the .docx with
the job (``core.jobs.attach_file``); the job's page shows the steps done and then the link.
Its arguments are plain JSON values, so that the queue can store them.
"""

from __future__ import annotations

import datetime as dt

from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

from core.jobs import JobError, attach_file, job_task, report_progress
from plans.models import Plan
from plans.periods import ReportingPeriod

from . import document, figures

# What the office's list of background jobs calls it (translated when shown).
REPORT_LABEL = gettext_noop("Báo cáo kết quả thực hiện (Word)")
STEPS = 3  # figures gathered, document laid out, file kept


def report_document(*, plan: Plan, period: ReportingPeriod, include_submitted: bool, today: dt.date | None = None):
    """The report's figures and its .docx bytes (the one way to build it, in a job or a test)."""
    data = figures.collect(plan, period, today=today, include_submitted=include_submitted)
    report_progress(1, STEPS)
    content = document.document_bytes(document.build_report(data))
    report_progress(2, STEPS)
    return data, content


@job_task
def build_periodic_report(
    *, plan_id: int, kind: str, year: int, index: int, include_submitted: bool, day_iso: str
) -> dict:
    """Build the report of ``plan_id`` for the period (kind, year, index) as it stood on
    ``day_iso`` (the day it was asked for, so that a job run after midnight says the same)."""
    plan = Plan.objects.select_related("ward__city").filter(pk=plan_id).first()
    if plan is None:
        raise JobError(_("Kế hoạch không còn trong hệ thống: không lập được báo cáo."), retryable=False)
    report_progress(0, STEPS)
    data, content = report_document(
        plan=plan,
        period=ReportingPeriod(year, kind, index),
        include_submitted=include_submitted,
        today=dt.date.fromisoformat(day_iso),
    )
    filename = document.report_filename(data)
    attach_file(filename, content)
    report_progress(STEPS, STEPS)
    return {"filename": filename, "bytes": len(content)}
