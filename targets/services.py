"""Writing measurements of targets: the one way the page, imports and the API record them."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from core.concurrency import create_or_conflict, for_update, locked_for_edit
from core.review import announce, mark, state_after_entry
from plans.locks import Record, check_open
from plans.periods import ReportingPeriod
from targets.models import Measurement, Target


@transaction.atomic
def record_measurement(
    *,
    target: Target,
    period: ReportingPeriod,
    value: Decimal | None,
    source: str,
    note: str = "",
    author=None,
    today: dt.date | None = None,
    expected_version: int | None = None,
    reviewer: bool = False,
    submit: bool = False,
    locks: bool = True,
) -> Measurement:
    """Adds the value of ``target`` for ``period``, or updates it (one measurement per period).

    Raises ``ValidationError`` (Vietnamese messages keyed by ``value``, ``source``, ``period``)
    and writes nothing when the input is not acceptable. ``expected_version`` is the version of
    the period's measurement the form showed (0: none): ``core.concurrency.EditConflict`` when
    someone saved or created it since; ``None`` skips the check (writers with no form).

    The approval cycle and closed periods as in ``assignments.services.log_progress``:
    ``reviewer`` saves an approved value, the unit a draft or (``submit``) a submitted one."""
    today = today or timezone.localdate()
    errors: dict[str, list[str]] = {}
    if target.is_qualitative:
        raise ValidationError(_("Chỉ tiêu định tính không nhập số liệu bằng số."), code="qualitative")
    if period.start > today:
        errors.setdefault("period", []).append(_("Kỳ báo cáo này chưa bắt đầu, chưa thể nhập số liệu thực tế."))
    if value is None:
        errors.setdefault("value", []).append(_("Vui lòng nhập giá trị thực tế."))
    if not (source or "").strip():
        errors.setdefault("source", []).append(_("Vui lòng ghi nguồn số liệu (báo cáo, văn bản, cơ quan cung cấp)."))
    if errors:
        raise ValidationError(errors)

    key = {"target": target, "period_kind": period.kind, "period_year": period.year, "period_index": period.index}
    rows = Measurement.objects.order_by("pk")  # no join on the model's ordering: FOR UPDATE refuses outer joins
    if expected_version is None:
        measurement = for_update(rows).filter(**key).first()
    else:
        measurement = locked_for_edit(rows, expected=expected_version, **key)
    measurement = measurement or Measurement(target=target)
    ward_id = target.plan_item.plan.ward_id
    if locks:
        check_open(Record(ward_id, period, unit_id=target.responsible_unit_id), today)
    state = state_after_entry(measurement.review_state if measurement.pk else None, reviewer=reviewer, submit=submit)
    measurement.period = period
    measurement.value = value
    measurement.source = source.strip()
    measurement.note = (note or "").strip()
    measurement.recorded_by = author
    # One row per period is the lock's and the insert's job: checked here too, a row created a
    # moment ago would read as a 400 "already has a value" instead of the conflict.
    measurement.full_clean(validate_constraints=False)
    measurement.validate_constraints(exclude={"target"})
    if author is not None:
        measurement._history_user = author
    action = mark(measurement, state, by=author)
    if measurement.pk is None:
        create_or_conflict(Measurement, measurement, **key)
    else:
        measurement.save()
    announce(measurement, action, by=author)
    return measurement
