"""The target page: the sentence as printed, where the target stands, its measurements and their form."""

from __future__ import annotations

import datetime as dt

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from accounts.access import can_edit, get_for_user, manages_ward, scope
from core.concurrency import EditConflict
from core.forms import add_service_errors
from core.history import history_rows, history_rows_for, merge_rows
from plans.locks import locked_periods
from plans.periods import ReportingPeriod
from targets.charts import chart_data
from targets.forms import MeasurementForm
from targets.models import Measurement, Target, TargetMilestone
from targets.services import record_measurement
from targets.thresholds import percent_of_target, target_rag, thresholds_by_ward
from targets.tracking import chronological, milestone_rows, target_track

PERIOD_ALIASES = {"period_kind": "period", "period_year": "period", "period_index": "period"}


def _first_year(target: Target) -> int:
    """The earliest year offered in the period list: the year before the plan, or the baseline's."""
    years = [target.plan_item.plan.period_start.year - 1]
    if target.baseline_year:
        years.append(target.baseline_year)
    return min(years)


def _initial(request, measurements: list[Measurement], today: dt.date, ward_id: int) -> dict:
    """Prefill for "sửa" links (``?period=2026-Q1``), else the quarter that ended last — or this
    quarter once that one is closed (``plans.locks``) — with that period's value when it has one,
    and its version (0: none yet) for the concurrency check: the form shows what a save would
    overwrite."""
    last = ReportingPeriod.containing(today).previous()
    default = ReportingPeriod.containing(today) if locked_periods(ward_id, [last], today) else last
    key = request.GET.get("period", "") or default.key
    shown = next((m for m in measurements if m.period.key == key), None)
    initial = {"period": key} | MeasurementForm.initial_version(shown, key)
    if shown is not None:
        initial |= {"value": shown.value, "source": shown.source, "note": shown.note}
    return initial


@login_required
@require_http_methods(["GET", "HEAD", "POST"])
def target_detail(request, target_pk: int):
    """GET: the page. POST (officials of the responsible unit, the follow-up office): record a
    measurement; an invalid one shows the page again with its errors, status 400; one from a
    form loaded before someone else saved that period's value, status 409 with their change.
    404 outside the user's wards, 403 for a POST by someone who may not edit."""
    writing = request.method == "POST"
    queryset = Target.objects.select_related("plan_item__plan__ward", "responsible_unit")
    target = get_for_user(request.user, queryset, target_pk, write=writing)
    today = timezone.localdate()
    measurements = chronological(target.measurements.select_related("recorded_by"))
    editable = can_edit(request.user, target) and not target.is_qualitative

    form = None
    status = 400 if writing else 200
    if writing:
        form = MeasurementForm(request.POST, first_year=_first_year(target), today=today)
        if form.is_valid():
            data = form.cleaned_data
            try:
                measurement = record_measurement(
                    target=target,
                    period=data["period"],
                    value=data["value"],
                    source=data["source"],
                    note=data["note"],
                    author=request.user,
                    today=today,
                    expected_version=form.expected_version(),
                    reviewer=manages_ward(request.user, target.plan_item.plan.ward),
                    submit="gui_duyet" in request.POST,
                )
            except ValidationError as exc:
                add_service_errors(form, exc, PERIOD_ALIASES)
            except EditConflict as conflict:
                form.refuse(conflict)
                status = 409
            else:
                messages.success(request, _("Đã lưu số liệu %(period)s.") % {"period": measurement.period.label()})
                return redirect("target_detail", target_pk=target.pk)
    elif editable:
        form = MeasurementForm(
            initial=_initial(request, measurements, today, target.plan_item.plan.ward_id),
            first_year=_first_year(target),
            today=today,
        )

    milestones = list(target.milestones.all())
    track = target_track(target, measurements, today, milestones=milestones)
    thresholds = thresholds_by_ward([target.plan_item.plan.ward_id])[target.plan_item.plan.ward_id]
    target.percent_of_target = percent_of_target(target, track)
    target.rag = target_rag(target, track, thresholds)
    siblings = list(
        scope(request.user, Target.objects.filter(plan_item_id=target.plan_item_id, position=target.position))
        .exclude(pk=target.pk)
        .prefetch_related("measurements", "milestones")
    )
    for sibling in siblings:
        sibling.track = target_track(
            sibling, list(sibling.measurements.all()), today, milestones=sibling.milestones.all()
        )
    history = merge_rows(
        history_rows(target, label=_("Chỉ tiêu")),
        history_rows_for(
            Measurement.history.filter(target_id=target.pk),
            label_of=lambda r: (
                _("Số liệu %(period)s")
                % {"period": ReportingPeriod(r.period_year, r.period_kind, r.period_index).label()}
            ),
        ),
        history_rows_for(
            TargetMilestone.history.filter(target_id=target.pk),
            label_of=lambda r: _("Mốc lộ trình năm %(year)s") % {"year": r.year},
        ),
    )
    rows = [(m, track.path.at(m.period.end) if track.path else None) for m in reversed(measurements)]
    return render(
        request,
        "targets/target_detail.html",
        {
            "ward": target.plan_item.plan.ward,
            "target": target,
            "track": track,
            "rows": rows,
            "milestones": milestone_rows(milestones, measurements),
            "chart": chart_data(target, measurements, track),
            "siblings": siblings,
            "form": form,
            "editable": editable,
            "reviewer": manages_ward(request.user, target.plan_item.plan.ward),
            "can_author": manages_ward(request.user, target.plan_item.plan.ward),
            "history": history,
        },
        status=status,
    )
