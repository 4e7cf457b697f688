"""The "6 rõ" audit: which of the six a task makes clear — one home for the rule.

Both plans ask that every task be assigned with "6 rõ: rõ người, rõ việc, rõ thẩm quyền, rõ
nguồn lực, rõ trách nhiệm, rõ thời gian". A task's appendix row often leaves some out; the
office needs to see which, task by task and ward-wide, to fix the plan. Each point is read
from the task as recorded:

    person          a lead unit that is a real body of the ward or the city (not a catch-all
                    such as "các đơn vị liên quan"); a named responsible person counts too;
    task            a concrete expected product or result;
    authority       who approves or accepts the result (``Task.approver``);
    resources       a funding or resource note, on the task or on the plan item above it;
    responsibility  exactly one lead unit, so that lead and coordinating roles are not
                    blurred ("một việc chỉ giao một cơ quan chủ trì");
    timeline        a deadline the status rule can date (``assignments.status.cycles_of``).

Reads only what ``TaskQuerySet.with_units()`` (plus ``plan_item``) loads: no query per task.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db import models
from django.utils.translation import gettext_lazy as _

from assignments.status import cycles_of


class Point(models.TextChoices):
    PERSON = "person", _("Rõ người")
    TASK = "task", _("Rõ việc")
    AUTHORITY = "authority", _("Rõ thẩm quyền")
    RESOURCES = "resources", _("Rõ nguồn lực")
    RESPONSIBILITY = "responsibility", _("Rõ trách nhiệm")
    TIMELINE = "timeline", _("Rõ thời gian")


HINTS = {
    Point.PERSON: _("Cần một đơn vị chủ trì cụ thể (không phải “các đơn vị liên quan”) hoặc người phụ trách."),
    Point.TASK: _("Cần ghi kết quả, sản phẩm cụ thể."),
    Point.AUTHORITY: _("Cần ghi ai phê duyệt, nghiệm thu kết quả."),
    Point.RESOURCES: _("Cần ghi kinh phí, nguồn vốn hoặc nguồn lực thực hiện."),
    Point.RESPONSIBILITY: _("Cần đúng một đơn vị chủ trì; các đơn vị khác là phối hợp."),
    Point.TIMELINE: _("Cần thời hạn xác định được (năm, giai đoạn hoặc ngày)."),
}


@dataclass(frozen=True)
class CheckedPoint:
    point: Point
    clear: bool

    @property
    def label(self) -> str:
        return self.point.label

    @property
    def hint(self) -> str:
        return HINTS[self.point]


@dataclass(frozen=True)
class SixClear:
    points: tuple[CheckedPoint, ...]

    @property
    def missing(self) -> list[Point]:
        return [p.point for p in self.points if not p.clear]

    @property
    def clear_count(self) -> int:
        return sum(p.clear for p in self.points)

    @property
    def is_complete(self) -> bool:
        return not self.missing


def _has_text(value: str | None) -> bool:
    return bool((value or "").strip())


def six_clear(task) -> SixClear:
    """The six points of ``task``, each clear or not."""
    leads = task.lead_units
    named_person = _has_text(getattr(task, "responsible_person", ""))
    concrete_leads = [u for u in leads if not u.is_collective]
    clear = {
        Point.PERSON: bool(concrete_leads) or named_person,
        Point.TASK: _has_text(task.expected_result),
        Point.AUTHORITY: _has_text(task.approver),
        Point.RESOURCES: _has_text(task.resources) or _has_text(task.plan_item.resources),
        Point.RESPONSIBILITY: len(leads) == 1 and not leads[0].is_collective,
        Point.TIMELINE: bool(cycles_of(task)),
    }
    return SixClear(tuple(CheckedPoint(point, clear[point]) for point in Point))
