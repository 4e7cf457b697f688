"""Filters of the target list (and the API), scoped through ``accounts.access``.

Where a target stands is computed by ``targets.tracking.target_track``; the ``track``
filter is applied in Python (``TargetFilter.filter_computed``) after computing it for every
target of the database-filtered set, with the measurements prefetched once.
"""

from __future__ import annotations

import datetime as dt

import django_filters
from django.db.models import Prefetch, QuerySet
from django.utils.translation import gettext_lazy as _

from assignments.filters import FiguresFilterSet, unit_choice
from core.params import CheckedFilterSet, CodeFilter, IdFilter, YearFilter
from core.review import counted
from targets.models import Measurement, Target
from targets.thresholds import percent_of_target, target_rag, thresholds_by_ward
from targets.tracking import TrackStatus, chronological, target_track


def for_tracking(targets: QuerySet) -> QuerySet:
    return targets.select_related("plan_item__plan__ward", "responsible_unit").prefetch_related(
        Prefetch("measurements", queryset=Measurement.objects.order_by("period_year", "period_kind", "period_index")),
        "milestones",
    )


def with_track(targets, today: dt.date, *, include_submitted: bool = False) -> list[Target]:
    """Each target with ``target.track`` (a ``TargetTrack``), ``target.latest`` (its last measurement),
    ``target.percent_of_target`` and ``target.rag`` (its ward's thresholds, ``targets.thresholds``).

    Approved measurements only, and submitted ones with ``include_submitted`` (``core.review``)."""
    rows = list(targets)
    thresholds = thresholds_by_ward({target.plan_item.plan.ward_id for target in rows})
    for target in rows:
        measurements = counted(target.measurements.all(), include_submitted)
        target.track = target_track(target, measurements, today, milestones=target.milestones.all())
        target.percent_of_target = percent_of_target(target, target.track)
        target.rag = target_rag(target, target.track, thresholds[target.plan_item.plan.ward_id])
        ordered = chronological(measurements)
        target.latest = ordered[-1] if ordered else None
    return rows


# "good": met or on track, the figure the city dashboard shows.
TRACK_GOOD = "good"
TRACK_CHOICES = [*TrackStatus.choices, (TRACK_GOOD, _("Đã đạt hoặc đúng lộ trình"))]


class TargetFilter(FiguresFilterSet):
    unit_filters = ("unit",)

    unit = unit_choice(field_name="responsible_unit", label=_("Đơn vị theo dõi"))
    horizon_year = YearFilter(label=_("Năm đích"))
    direction = django_filters.ChoiceFilter(choices=Target.Direction.choices, label=_("Chiều"))
    track = django_filters.ChoiceFilter(choices=TRACK_CHOICES, method="filter_later", label=_("Theo dõi"))

    class Meta:
        model = Target
        fields = ["q", "ward", "plan", "group", "unit", "horizon_year", "direction", "track"]

    def filter_computed(self, targets: list[Target]) -> list[Target]:
        data = self.form.cleaned_data if self.is_valid() else {}
        if data.get("track") == TRACK_GOOD:
            targets = [t for t in targets if t.track.status in (TrackStatus.MET, TrackStatus.ON_TRACK)]
        elif data.get("track"):
            targets = [t for t in targets if t.track.status == data["track"]]
        return targets


class MeasurementFilter(CheckedFilterSet):
    ward = CodeFilter(field_name="target__plan_item__plan__ward__slug", label=_("Phường"))
    plan = IdFilter(field_name="target__plan_item__plan_id", label=_("Kế hoạch"))
    target = IdFilter(field_name="target_id", label=_("Chỉ tiêu"))
    year = YearFilter(field_name="period_year", label=_("Năm"))

    class Meta:
        model = Measurement
        fields = ["ward", "plan", "target", "year"]
