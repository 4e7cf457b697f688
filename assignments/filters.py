"""Filters of the task and report lists (and of the API), scoped through ``accounts.access``.

Status is computed (``assignments.status``) and kept in the task's row for the day
(``assignments.stored_status``): ``status``, ``overdue`` and ``due_within`` are applied in SQL
by ``TaskFilter.filter_stored`` on the rows current today, and in Python on the others. Each
filter is written twice, as a ``Q`` on the stored columns and as a test of a computed status
(``status_conditions``), side by side so that they say the same thing;
``TaskFilter.filter_computed`` applies the tests to tasks already computed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import django_filters
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field

from accounts.access import scope
from assignments.models import ProgressReport, Task, TaskUnit, Unit
from assignments.selectors import is_due_within
from assignments.status import DONE_STATUSES, Status, TaskStatus
from assignments.stored_status import matching
from core.params import DaysFilter, IdFilter, YearFilter
from core.review import INCLUDE_SUBMITTED
from plans.filters import LabelledModelChoiceFilter, PeriodKeyFilter, WardScopedFilterSet
from plans.periods import PeriodKind, ReportingPeriod

BOOLEAN_CHOICES = [("1", _("Có")), ("0", _("Không"))]
# "done": done on time or late, the figure the city dashboard shows.
STATUS_DONE = "done"
STATUS_CHOICES = [*Status.choices, (STATUS_DONE, _("Đã hoàn thành (đúng hạn hoặc muộn)"))]


def unit_label(unit: Unit) -> str:
    return f"{unit.display_name} ({unit.ward.name})"


def unit_choice(**kwargs) -> LabelledModelChoiceFilter:
    """A filter on a unit; its choices are set by ``UnitScopedFilterSet``."""
    return LabelledModelChoiceFilter(queryset=Unit.objects.none(), label_from=unit_label, **kwargs)


FIGURE_CHOICES = [(INCLUDE_SUBMITTED, _("Gồm cả số liệu chờ duyệt"))]


class UnitScopedFilterSet(WardScopedFilterSet):
    """Ward-scoped filters whose ``unit_filters`` offer the units the user may read, of the chosen ward."""

    unit_filters: tuple[str, ...] = ()

    def narrow_choices(self, user) -> None:
        units = Unit.objects.select_related("ward").order_by("ward__name", "is_external", "name")
        units = scope(user, units) if user is not None else units.none()
        if self.selected_ward is not None:
            units = units.filter(ward=self.selected_ward)
        for name in self.unit_filters:
            self.filters[name].queryset = units

    def per_ward_filters(self) -> tuple[str, ...]:
        return (*super().per_ward_filters(), *self.unit_filters)


class FiguresFilterSet(UnitScopedFilterSet):
    """A list whose figures follow the dashboard's switch (``core.review``): approved reports only,
    or submitted ones too; the dashboard's links carry it so that the list counts what the figure
    counted. It chooses the figures shown, not the rows."""

    so_lieu = django_filters.ChoiceFilter(
        choices=FIGURE_CHOICES, method="filter_later", label=_("Số liệu"), empty_label=_("Số liệu đã duyệt")
    )

    def __init__(self, data=None, queryset=None, *, request=None, prefix=None):
        super().__init__(data, queryset, request=request, prefix=prefix)
        # Declared on the base class, it would come first; it reads best after the row filters.
        self.filters["so_lieu"] = self.filters.pop("so_lieu")

    def filter_later(self, queryset, name, value):
        return queryset  # applied after the query (computed figures): see the subclass

    @property
    def include_submitted(self) -> bool:
        data = self.form.cleaned_data if self.is_bound and self.is_valid() else {}
        return data.get("so_lieu") == INCLUDE_SUBMITTED


class TaskFilter(FiguresFilterSet):
    unit_filters = ("lead", "coordinator")

    lead = unit_choice(method="filter_lead", label=_("Đơn vị chủ trì"))
    coordinator = unit_choice(method="filter_coordinator", label=_("Đơn vị phối hợp"))
    period_kind = django_filters.ChoiceFilter(choices=Task.PeriodKind.choices, label=_("Loại thời hạn"))
    year = YearFilter(method="filter_year", label=_("Thực hiện trong năm"))
    status = django_filters.ChoiceFilter(choices=STATUS_CHOICES, method="filter_later", label=_("Tình trạng"))
    overdue = django_filters.ChoiceFilter(choices=BOOLEAN_CHOICES, method="filter_later", label=_("Quá hạn"))
    due_within = DaysFilter(method="filter_later", label=_("Đến hạn trong (ngày)"))

    class Meta:
        model = Task
        fields = ["q", "ward", "plan", "group", "lead", "coordinator", "period_kind", "year", "status", "overdue"]

    @extend_schema_field(OpenApiTypes.INT)
    def filter_lead(self, queryset, name, value):
        return queryset.filter(pk__in=TaskUnit.objects.filter(unit=value, role=TaskUnit.Role.LEAD).values("task_id"))

    @extend_schema_field(OpenApiTypes.INT)
    def filter_coordinator(self, queryset, name, value):
        return queryset.filter(
            pk__in=TaskUnit.objects.filter(unit=value, role=TaskUnit.Role.COORDINATOR).values("task_id")
        )

    def filter_year(self, queryset, name, value):
        year = int(value)
        ranged = Q(start_year__lte=year) & (Q(end_year__gte=year) | Q(end_year__isnull=True))
        return queryset.filter(ranged | Q(due_date__year=year))

    def status_conditions(self, today: dt.date) -> list[tuple[Q, Callable[[TaskStatus], bool]]]:
        """The computed-status filters asked for: each as (SQL on the stored columns, test)."""
        data = self.form.cleaned_data if self.is_valid() else {}
        done = [s.value for s in DONE_STATUSES]
        conditions = []
        if data.get("status") == STATUS_DONE:
            conditions.append((Q(current_status__in=done), lambda c: c.status in DONE_STATUSES))
        elif data.get("status"):
            wanted = data["status"]
            conditions.append((Q(current_status=wanted), lambda c: c.status == wanted))
        if data.get("overdue") == "1":
            conditions.append((Q(current_status=Status.OVERDUE), lambda c: c.status == Status.OVERDUE))
        elif data.get("overdue") == "0":
            conditions.append((~Q(current_status=Status.OVERDUE), lambda c: c.status != Status.OVERDUE))
        if data.get("due_within") is not None:
            days = int(data["due_within"])
            sql = Q(status_deadline__gte=today, status_deadline__lte=today + dt.timedelta(days=days)) & ~Q(
                current_status__in=[*done, Status.OVERDUE]
            )
            conditions.append((sql, lambda c: is_due_within(c, today, days)))
        return conditions

    def filter_stored(self, queryset, today: dt.date):
        """``queryset`` narrowed by the computed-status filters (see the module's docstring)."""
        conditions = self.status_conditions(today)
        if not conditions:
            return queryset
        condition = Q()
        for sql, _test in conditions:
            condition &= sql
        return matching(
            queryset,
            today,
            condition,
            lambda c: all(test(c) for _sql, test in conditions),
            include_submitted=self.include_submitted,
        )

    def filter_computed(self, tasks: list[Task], today: dt.date) -> list[Task]:
        """Keep the tasks (each with ``task.computed``) that match the computed-status filters."""
        conditions = self.status_conditions(today)
        return [t for t in tasks if all(test(t.computed) for _sql, test in conditions)]


class ReportFilter(UnitScopedFilterSet):
    ward_path = "task__plan_item__plan__ward"
    item_path = "task__plan_item"
    search_field = "task__search_text"
    unit_filters = ("unit",)

    unit = unit_choice(field_name="unit", label=_("Đơn vị báo cáo"))
    task = IdFilter(field_name="task_id", label=_("Nhiệm vụ (mã)"))
    status = django_filters.ChoiceFilter(choices=ProgressReport.Status.choices, label=_("Tình trạng báo cáo"))
    period = PeriodKeyFilter(method="filter_period", label=_("Kỳ (vd. 2026-Q2, 2026)"))
    period_kind = django_filters.ChoiceFilter(choices=PeriodKind.choices, label=_("Loại kỳ"))
    year = YearFilter(field_name="period_year", label=_("Năm"))

    class Meta:
        model = ProgressReport
        fields = ["q", "ward", "plan", "group", "unit", "task", "status", "period", "period_kind", "year"]

    def filter_period(self, queryset, name, value):
        try:
            period = ReportingPeriod.from_key(value)
        except ValueError:
            return queryset.none()
        return queryset.filter(period_kind=period.kind, period_year=period.year, period_index=period.index)
