"""Red, amber or green for a target, from the thresholds its ward sets (``WardSettings``).

The rule (docs/RULES.md):

* **Percent of target**, direction-aware: the latest value against the level it should have
  reached by the end of its period — the path's value then when the target has a path to a
  horizon year (``targets.tracking``), the goal itself otherwise. Rising targets ("ít nhất",
  "trên", "đạt"): latest ÷ level. Falling targets ("không quá", "dưới": lower is better):
  level ÷ latest, so 6% poverty against "at most 5%" is 83%.
* **Green** from ``target_green_percent`` (default 100), **amber** from
  ``target_amber_percent`` (default 80), **red** below; a target already met is green.
* A qualitative target or one with no measurement has no colour (``NONE``).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from django.db import models
from django.utils.translation import gettext_lazy as _

from targets.tracking import TargetLike, TargetTrack, TrackStatus, goal_of

_STEP = Decimal("0.1")


class Rag(models.TextChoices):
    GREEN = "green", _("Xanh: đạt ngưỡng")
    AMBER = "amber", _("Vàng: cần chú ý")
    RED = "red", _("Đỏ: chậm")
    NONE = "none", _("Chưa đánh giá")


@dataclass(frozen=True)
class Thresholds:
    green: int = 100
    amber: int = 80

    @classmethod
    def of(cls, settings) -> Thresholds:
        return cls(green=settings.target_green_percent, amber=settings.target_amber_percent)


DEFAULT_THRESHOLDS = Thresholds()


def thresholds_by_ward(ward_ids: Iterable[int]) -> dict[int, Thresholds]:
    """Every ward's thresholds in one query; wards without a settings row get the defaults."""
    from plans.models import WardSettings

    ward_ids = set(ward_ids)
    result = dict.fromkeys(ward_ids, DEFAULT_THRESHOLDS)
    if ward_ids:
        for settings in WardSettings.objects.filter(ward_id__in=ward_ids):
            result[settings.ward_id] = Thresholds.of(settings)
    return result


def percent_of_target(target: TargetLike, track: TargetTrack) -> Decimal | None:
    """The latest value as a percent of the level due by its period (see the docstring)."""
    if not track.is_numeric or track.latest is None or target.value is None:
        return None
    if track.path is not None and track.latest_period is not None:
        level = track.path.at(track.latest_period.end)
    else:
        level = goal_of(target, track.rising)
    latest = track.latest
    if track.rising:
        if level <= 0:
            return Decimal(100) if latest >= level else Decimal(0)
        share = latest / level * 100
    else:
        if latest <= 0:
            return Decimal(100) if latest <= level else Decimal(0)
        share = level / latest * 100
    return max(Decimal(0), share).quantize(_STEP)


def target_rag(target: TargetLike, track: TargetTrack, thresholds: Thresholds = DEFAULT_THRESHOLDS) -> Rag:
    if track.status == TrackStatus.MET:
        return Rag.GREEN
    percent = percent_of_target(target, track)
    if percent is None:
        return Rag.NONE
    if percent >= thresholds.green:
        return Rag.GREEN
    if percent >= thresholds.amber:
        return Rag.AMBER
    return Rag.RED
