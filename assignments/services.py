"""Write functions of the assignments app: keyword-only, validating, one transaction each."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from assignments.evidence import check_evidence_files, check_quota
from assignments.models import Evidence, ProgressReport, Task, TaskUnit, Unit
from core.concurrency import create_or_conflict, for_update, locked_for_edit
from core.review import announce, mark, state_after_entry
from plans.locks import Record, check_open
from plans.periods import ReportingPeriod


@transaction.atomic
def log_progress(
    *,
    task: Task,
    unit: Unit,
    period: ReportingPeriod,
    status: str,
    percent: int,
    narrative: str = "",
    completed_on: dt.date | None = None,
    author=None,
    files: Iterable = (),
    expected_version: int | None = None,
    reviewer: bool = False,
    submit: bool = False,
    locks: bool = True,
) -> ProgressReport:
    """Record what ``unit`` did on ``task`` in ``period``; posting again for the period updates it.

    The unit must lead or coordinate the task. Errors are ``ValidationError``s keyed by field,
    in Vietnamese. Evidence files are added to the report (never replaced).

    ``expected_version`` is the version of the report for this task, unit and period that the
    form showed (0: it showed none). When the report is not at that version any more, or
    another request created it meanwhile, ``core.concurrency.EditConflict`` is raised and
    nothing is written (files included). ``None`` skips the check: for writers with no form
    behind them (the demo activity), which own the data they write.

    The approval cycle (``core.review.state_after_entry``): ``reviewer`` (the ward's follow-up
    office, decided by the caller with ``accounts.access.manages_ward``) saves an approved
    report; the unit saves a draft, or submits it with ``submit``. A submitted or approved
    report is refused to the unit (``ReviewRefused``), and every report of a closed period to
    everyone (``plans.locks.PeriodLocked``): both ``ValidationError``s, nothing written.
    ``locks=False`` only for writers that record the past outside any form (the demo activity).
    """
    files = list(files)
    errors: dict[str, list] = {}
    today = timezone.localdate()
    if not TaskUnit.objects.filter(task=task, unit=unit).exists():
        errors.setdefault("unit", []).append(
            ValidationError(_("Đơn vị này không chủ trì hay phối hợp nhiệm vụ."), code="unit_not_assigned")
        )
    if period.start > today:
        errors.setdefault("period", []).append(
            ValidationError(_("Chưa thể báo cáo cho kỳ chưa bắt đầu."), code="future_period")
        )
    if status == ProgressReport.Status.DONE:
        percent = 100
    elif (
        percent is not None
        and percent >= 100
        and status
        in (
            ProgressReport.Status.IN_PROGRESS,
            ProgressReport.Status.BLOCKED,
        )
    ):
        errors.setdefault("percent", []).append(
            ValidationError(_("Đạt 100% là đã hoàn thành: hãy chọn tình trạng “Hoàn thành”."), code="done_percent")
        )
    if status == ProgressReport.Status.NOT_STARTED and percent:
        errors.setdefault("percent", []).append(
            ValidationError(_("Chưa triển khai thì tỷ lệ hoàn thành phải là 0%."), code="not_started_percent")
        )
    if completed_on is not None:
        if status != ProgressReport.Status.DONE:
            errors.setdefault("completed_on", []).append(
                ValidationError(_("Chỉ ghi ngày hoàn thành khi nhiệm vụ đã hoàn thành."), code="not_done")
            )
        elif completed_on > today:
            errors.setdefault("completed_on", []).append(
                ValidationError(_("Ngày hoàn thành không được sau hôm nay."), code="future_date")
            )
    if files:
        try:
            content_types = check_evidence_files(files)
        except ValidationError as error:
            errors.setdefault("files", []).extend(error.error_list)
    if errors:
        raise ValidationError(errors)

    key = {"task": task, "unit": unit, "period_kind": period.kind, "period_year": period.year}
    key["period_index"] = period.index
    rows = ProgressReport.objects.order_by()  # no join from the model's ordering under FOR UPDATE
    if expected_version is None:
        report = for_update(rows).filter(**key).first()
    else:
        report = locked_for_edit(rows, expected=expected_version, **key)
    report = report or ProgressReport(task=task, unit=unit)
    if locks:
        check_open(Record(task.plan_item.plan.ward_id, period, unit_id=unit.pk, task_id=task.pk), today)
    state = state_after_entry(report.review_state if report.pk else None, reviewer=reviewer, submit=submit)
    if files:
        try:
            check_quota(report_id=report.pk, ward_id=task.plan_item.plan.ward_id, uploads=files)
        except ValidationError as error:
            raise ValidationError({"files": error.error_list}) from error
    report.period = period
    report.status = status
    report.percent = percent
    report.narrative = (narrative or "").strip()
    report.completed_on = completed_on
    report.author = author
    # Uniqueness of (task, unit, period) is the row lock's and the insert's job below: checked
    # here too, a report created a moment ago would read as a 400 "already exists".
    report.full_clean(validate_constraints=False)
    report.validate_constraints(exclude={"task"})
    report._history_user = author  # django-simple-history: who made the change, outside a request too
    action = mark(report, state, by=author)
    if report.pk is None:
        create_or_conflict(ProgressReport, report, **key)
    else:
        report.save()
    announce(report, action, by=author)

    for upload, content_type in zip(files, content_types if files else [], strict=True):
        evidence = Evidence(
            report=report,
            file=upload,
            original_name=upload.name[:255],
            content_type=content_type,
            size=upload.size,
        )
        evidence.save()
    return report
