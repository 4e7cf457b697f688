"""django-import-export resources of tasks, projects and targets: the admin's flat export.

One row per record, the plan item named by its natural reference ``ward/plan/key`` and a
project's ward by its slug. They export only: rows come in through
``exchange.workbook_import`` (the import page, ``manage.py import_appendix`` and the admin's
import button, ``exchange.admin``), the one reader of appendix rows.
"""

from __future__ import annotations

from import_export import fields, resources
from import_export.widgets import ForeignKeyWidget

from assignments.models import Task
from plans.models import PlanItem, Ward
from projects.models import Project
from targets.models import Target


def item_reference(item: PlanItem) -> str:
    return f"{item.plan.ward.slug}/{item.plan.code}/{item.key}"


class PlanItemWidget(ForeignKeyWidget):
    """A plan item written as its natural reference ``ward-slug/plan-code/item-key``."""

    def __init__(self, **kwargs) -> None:
        super().__init__(PlanItem, **kwargs)

    def render(self, value, obj=None, **kwargs):
        return item_reference(value) if value else ""


class TaskResource(resources.ModelResource):
    plan_item = fields.Field(attribute="plan_item", column_name="plan_item", widget=PlanItemWidget())

    class Meta:
        model = Task
        fields = (
            "plan_item", "position", "number", "title", "lead_text", "coordination_text",
            "period_kind", "period_text", "start_year", "end_year", "due_date", "expected_result",
        )  # fmt: skip


class ProjectResource(resources.ModelResource):
    ward = fields.Field(attribute="ward", column_name="ward", widget=ForeignKeyWidget(Ward, "slug"))
    plan_item = fields.Field(attribute="plan_item", column_name="plan_item", widget=PlanItemWidget())

    class Meta:
        model = Project
        fields = (
            "ward", "plan_item", "position", "number", "name", "level", "field", "funding_text",
            "units_text", "location_scale", "total_investment", "phase", "start_year", "end_year",
        )  # fmt: skip


class TargetResource(resources.ModelResource):
    plan_item = fields.Field(attribute="plan_item", column_name="plan_item", widget=PlanItemWidget())

    class Meta:
        model = Target
        fields = (
            "plan_item", "position", "part", "statement", "measure", "direction", "value", "value_max",
            "unit", "horizon_year", "is_annual", "baseline_value", "baseline_year",
        )  # fmt: skip
