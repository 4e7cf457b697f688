"""Closed reporting periods: is this period locked for this record? One home for the rule.

A reporting period closes ``WardSettings.period_close_days`` days after it ends (default 15:
the second quarter, ending 30/06, closes after 15/07). From then on its reports — task
progress, target values, a year's capital figures (the year is their period) — are read-only
for everyone: the forms refuse with a Vietnamese message and change nothing. The follow-up
office may reopen a closed period (``PeriodReopening``) for the whole ward, one unit or one
task, until a day, with a reason; while a reopening covers the record it may be written again.

A record is covered by a reopening of the same ward and the same period (kind, year, index)
that is for the whole ward, or for the record's unit, or for its task. Approving a submitted
report does not change its figures and stays possible after the close (the office finishes its
review); submitting and returning are writes of the unit's report, and are refused.

The callers (``assignments.services``, ``targets.services``, ``projects.services``, the review
queue) pass plain ids: this module stands below the apps whose rows it judges.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from plans.models import PeriodReopening, WardSettings
from plans.periods import ReportingPeriod

DEFAULT_CLOSE_DAYS = WardSettings._meta.get_field("period_close_days").default
REOPEN_DAYS_MAX = 90


class PeriodLocked(ValidationError):
    """The record's period is closed and no reopening covers it."""


def close_days_of(ward_id: int) -> int:
    row = WardSettings.objects.filter(ward_id=ward_id).values_list("period_close_days", flat=True).first()
    return DEFAULT_CLOSE_DAYS if row is None else row


def close_days_from(ward) -> int:
    """The ward's rule read from a ward row loaded with ``select_related("settings")``: no
    query (pages that already load the ward)."""
    try:
        return ward.settings.period_close_days
    except WardSettings.DoesNotExist:
        return DEFAULT_CLOSE_DAYS


def closes_after(period: ReportingPeriod, close_days: int) -> dt.date:
    """The last day the period's reports may still be written (without a reopening)."""
    return period.end + dt.timedelta(days=close_days)


def is_closed(period: ReportingPeriod, close_days: int, today: dt.date) -> bool:
    return today > closes_after(period, close_days)


@dataclass(frozen=True)
class Record:
    """What the rule needs to know of a record: its ward, period, and unit and task if any."""

    ward_id: int
    period: ReportingPeriod
    unit_id: int | None = None
    task_id: int | None = None


def is_locked(record: Record, today: dt.date | None = None, close_days: int | None = None) -> bool:
    """Is ``record`` read-only on ``today``? (Two small queries at most: the ward's rule, the
    reopenings.) The rule of ``locked_records``, for one record."""
    known = {} if close_days is None else {record.ward_id: close_days}
    return record in locked_records([record], today, known)


def check_open(record: Record, today: dt.date | None = None) -> None:
    """``PeriodLocked`` (a Vietnamese message) when ``record``'s period is locked."""
    today = today or timezone.localdate()
    close_days = close_days_of(record.ward_id)
    if is_locked(record, today, close_days):
        raise PeriodLocked(
            _(
                "Kỳ %(period)s đã khóa từ %(date)s: báo cáo của kỳ này chỉ còn xem được. "
                "Nếu cần sửa, đề nghị Văn phòng theo dõi mở lại kỳ (ghi rõ lý do)."
            )
            % {
                "period": record.period.label(),
                "date": date_format(closes_after(record.period, close_days) + dt.timedelta(days=1), "d/m/Y"),
            },
            code="period_locked",
        )


def locked_records(records, today: dt.date | None = None, close_days: dict[int, int] | None = None) -> set[Record]:
    """Of ``records``, those read-only on ``today``, each judged as ``is_locked`` judges one
    (reopenings for the ward, the record's unit or its task): for pages and bulk actions that
    judge many records at once — one query per ward for its rule (none for the wards in
    ``close_days``), and one for the reopenings when a record's period is closed."""
    today = today or timezone.localdate()
    records = list(records)
    close_days = dict(close_days or {})
    for ward_id in {r.ward_id for r in records} - set(close_days):
        close_days[ward_id] = close_days_of(ward_id)
    closed = [r for r in records if is_closed(r.period, close_days[r.ward_id], today)]
    if not closed:
        return set()
    reopenings = PeriodReopening.objects.filter(
        ward_id__in={r.ward_id for r in closed},
        period_year__in={r.period.year for r in closed},
        until__gte=today,
    ).values_list("ward_id", "period_kind", "period_year", "period_index", "unit_id", "task_id")
    reopened: dict[tuple, list[tuple[int | None, int | None]]] = {}
    for ward_id, kind, year, index, unit_id, task_id in reopenings:
        reopened.setdefault((ward_id, ReportingPeriod(year, kind, index)), []).append((unit_id, task_id))

    def covered(record: Record) -> bool:  # for the whole ward, the record's unit or its task
        return any(
            (unit_id is None and task_id is None)
            or (task_id is None and unit_id is not None and unit_id == record.unit_id)
            or (task_id is not None and task_id == record.task_id)
            for unit_id, task_id in reopened.get((record.ward_id, record.period), ())
        )

    return {r for r in closed if not covered(r)}


def locked_periods(ward_id: int, periods, today: dt.date | None = None) -> set[ReportingPeriod]:
    """Of ``periods``, those closed for the whole ward on ``today`` (reopenings for one unit or
    task aside)."""
    return {r.period for r in locked_records([Record(ward_id, p) for p in periods], today)}


def reopen(
    *,
    ward,
    period: ReportingPeriod,
    reason: str,
    until: dt.date,
    by,
    unit=None,
    task=None,
    today: dt.date | None = None,
) -> PeriodReopening:
    """Reopen ``period`` for the ward (or one unit, or one task) until ``until``, with a reason.

    ``ValidationError`` (keyed by field, Vietnamese) when the reason is empty, the period is not
    closed, the day is past or too far, or the unit/task is not the ward's. Only an insert: two
    office users reopening at once make two rows, both true.
    """
    today = today or timezone.localdate()
    errors: dict[str, list[str]] = {}
    if not (reason or "").strip():
        errors["reason"] = [_("Hãy ghi lý do mở lại kỳ báo cáo.")]
    if not is_closed(period, close_days_of(ward.pk), today):
        errors["period"] = [_("Kỳ này chưa khóa, không cần mở lại.")]
    if until is None or until < today:
        errors["until"] = [_("Ngày mở đến phải từ hôm nay trở đi.")]
    elif until > today + dt.timedelta(days=REOPEN_DAYS_MAX):
        errors["until"] = [_("Chỉ mở lại tối đa %(days)s ngày.") % {"days": REOPEN_DAYS_MAX}]
    if unit is not None and unit.ward_id != ward.pk:
        errors["unit"] = [_("Đơn vị không thuộc phường này.")]
    if task is not None and task.plan_item.plan.ward_id != ward.pk:
        errors["task"] = [_("Nhiệm vụ không thuộc phường này.")]
    if errors:
        raise ValidationError(errors)
    reopening = PeriodReopening(ward=ward, unit=unit, task=task, reason=reason.strip(), until=until, reopened_by=by)
    reopening.period = period
    with transaction.atomic():
        reopening.full_clean()
        reopening.save()
    return reopening
