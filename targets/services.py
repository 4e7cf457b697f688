"""Writing measurements of targets: the one way the page, imports and the API record them."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

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
) -> Measurement:
    """Adds the value of ``target`` for ``period``, or updates it (one measurement per period).

    Raises ``ValidationError`` (Vietnamese messages keyed by ``value``, ``source``, ``period``)
    and writes nothing when the input is not acceptable."""
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

    measurement = (
        Measurement.objects.select_for_update()
        .filter(target=target, period_kind=period.kind, period_year=period.year, period_index=period.index)
        .order_by("pk")  # no join on the model's ordering: FOR UPDATE refuses outer joins on PostgreSQL
        .first()
    ) or Measurement(target=target)
    measurement.period = period
    measurement.value = value
    measurement.source = source.strip()
    measurement.note = (note or "").strip()
    measurement.recorded_by = author
    measurement.full_clean()
    if author is not None:
        measurement._history_user = author
    measurement.save()
    return measurement
