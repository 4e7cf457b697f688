"""django-import-export resources of tasks, projects and targets, on natural keys.

The admin imports and exports flat tables with these (one row per record, the plan item
named by ``ward/plan/key``). The appendix layouts (title rows, group rows, two-row headers)
are read by ``exchange.workbook_import.layouts``; ``sheet_dataset`` turns such a sheet into the clean
``tablib.Dataset`` these resources take. The follow-up office's page and the
``import_appendix`` command use ``exchange.workbook_import.importing`` instead, which writes in bulk.

Natural keys: a task is (plan item, position), a project (plan item, position), a target
(plan item, position, part). Units are set from the unit cells through
``assignments.units.UnitMatcher``; a name that matches nothing makes the row an error.
"""

from __future__ import annotations

import tablib
from django.utils.translation import gettext
from import_export import fields, resources
from import_export.widgets import ForeignKeyWidget

from assignments.models import Task, TaskUnit
from assignments.periods_text import PeriodTextError, parse_period_text
from assignments.units import UnitMatcher
from plans.models import PlanItem, Ward
from projects.models import Project
from targets.models import Target


class PlanItemWidget(ForeignKeyWidget):
    """A plan item named by its natural reference ``ward-slug/plan-code/item-key``."""

    def __init__(self, **kwargs) -> None:
        super().__init__(PlanItem, **kwargs)
        self._cache: dict[str, PlanItem] = {}

    def clean(self, value, row=None, **kwargs):
        if not value:
            return None
        if value not in self._cache:
            parts = str(value).split("/", 2)
            if len(parts) != 3:
                raise ValueError(gettext("Mục “%(value)s” phải có dạng phường/kế-hoạch/khóa.") % {"value": value})
            ward, plan, key = parts
            item = PlanItem.objects.filter(plan__ward__slug=ward, plan__code=plan, key=key).first()
            if item is None:
                raise ValueError(gettext("Không có mục “%(value)s”.") % {"value": value})
            self._cache[value] = item
        return self._cache[value]

    def render(self, value, obj=None, **kwargs):
        return item_reference(value) if value else ""


def item_reference(item: PlanItem) -> str:
    return f"{item.plan.ward.slug}/{item.plan.code}/{item.key}"


class UnitCellsMixin:
    """Resolves unit cells with one ``UnitMatcher`` per ward for the whole import."""

    def _matcher(self, ward) -> UnitMatcher:
        cache = self.__dict__.setdefault("_matchers", {})
        if ward.pk not in cache:
            cache[ward.pk] = UnitMatcher.for_ward(ward)
        return cache[ward.pk]

    def _units(self, ward, cell: str) -> list:
        resolution = self._matcher(ward).resolve(cell or "")
        if resolution.unmatched:
            raise ValueError(
                gettext("Không khớp đơn vị: %(names)s") % {"names": ", ".join(f"“{n}”" for n in resolution.unmatched)}
            )
        return resolution.units


class TaskResource(UnitCellsMixin, resources.ModelResource):
    plan_item = fields.Field(attribute="plan_item", column_name="plan_item", widget=PlanItemWidget())

    class Meta:
        model = Task
        fields = (
            "plan_item", "position", "number", "title", "lead_text", "coordination_text",
            "period_kind", "period_text", "start_year", "end_year", "due_date", "expected_result",
        )  # fmt: skip
        import_id_fields = ("plan_item", "position")
        skip_unchanged = True
        report_skipped = True

    def before_import_row(self, row, **kwargs):
        if row.get("period_text") and not row.get("period_kind"):
            item = self.fields["plan_item"].widget.clean(row.get("plan_item"))
            years = (item.plan.period_start.year, item.plan.period_end.year) if item else None
            try:
                period = parse_period_text(row["period_text"], default_years=years)
            except PeriodTextError as exc:
                raise ValueError(str(exc)) from exc
            row.update(period_kind=period.kind, start_year=period.start_year, end_year=period.end_year)

    def before_save_instance(self, instance, row, **kwargs):
        ward = instance.plan_item.plan.ward
        leads = self._units(ward, instance.lead_text)
        coordinators = [u for u in self._units(ward, instance.coordination_text) if u not in leads]
        instance._roles = [(u, TaskUnit.Role.LEAD) for u in leads]
        instance._roles += [(u, TaskUnit.Role.COORDINATOR) for u in coordinators]

    def after_save_instance(self, instance, row, **kwargs):
        wanted = [(u.pk, role) for u, role in instance._roles]
        current = [(r.unit_id, r.role) for r in instance.unit_roles.order_by("position", "pk")]
        if wanted != current:
            instance.unit_roles.all().delete()
            TaskUnit.objects.bulk_create(
                TaskUnit(task=instance, unit_id=unit_id, role=role, position=i)
                for i, (unit_id, role) in enumerate(wanted)
            )


class ProjectResource(UnitCellsMixin, resources.ModelResource):
    ward = fields.Field(attribute="ward", column_name="ward", widget=ForeignKeyWidget(Ward, "slug"))
    plan_item = fields.Field(attribute="plan_item", column_name="plan_item", widget=PlanItemWidget())

    class Meta:
        model = Project
        fields = (
            "ward", "plan_item", "position", "number", "name", "level", "field", "funding_text",
            "units_text", "location_scale", "total_investment", "phase", "start_year", "end_year",
        )  # fmt: skip
        import_id_fields = ("ward", "plan_item", "position")
        skip_unchanged = True
        report_skipped = True

    def before_save_instance(self, instance, row, **kwargs):
        units = self._units(instance.ward, instance.units_text)
        instance.lead_unit = units[0] if units else None
        instance._implementing = units[1:]

    def after_save_instance(self, instance, row, **kwargs):
        instance.implementing_units.set(instance._implementing)


class TargetResource(resources.ModelResource):
    plan_item = fields.Field(attribute="plan_item", column_name="plan_item", widget=PlanItemWidget())

    class Meta:
        model = Target
        fields = (
            "plan_item", "position", "part", "statement", "measure", "direction", "value", "value_max",
            "unit", "horizon_year", "is_annual", "baseline_value", "baseline_year",
        )  # fmt: skip
        import_id_fields = ("plan_item", "position", "part")
        skip_unchanged = True
        report_skipped = True


TASK_COLUMNS = list(TaskResource.Meta.fields)


def sheet_dataset(sheet, placements) -> tablib.Dataset:
    """The clean rows of a task sheet for ``TaskResource``.

    ``placements`` maps each group of the sheet (``None`` for rows above the first group) to
    its saved plan item, as ``exchange.workbook_import.importing.PlanTree`` places them.
    """
    data = tablib.Dataset(headers=TASK_COLUMNS)
    for group, item in placements:
        rows = group.items if group is not None else sheet.root.items
        reference = item_reference(item)
        for position, row in enumerate(rows):
            v = row.values
            period = parse_period_text(
                v.get("period"), default_years=(item.plan.period_start.year, item.plan.period_end.year)
            )
            data.append(
                [
                    reference, position, row.number, v.get("title", ""), v.get("lead", ""), v.get("coordinators", ""),
                    period.kind, period.text, period.start_year, period.end_year, period.due_date,
                    v.get("result", ""),
                ]
            )  # fmt: skip
    return data
