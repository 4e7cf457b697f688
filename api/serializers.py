"""Read-only representations of the portal's records; computed fields come from the rule modules."""

from rest_framework import serializers

from assignments.models import ProgressReport, Task
from plans.models import Plan, PlanItem
from projects.finance import disbursement_summary
from projects.models import CapitalYear, Project
from targets.models import Measurement, Target, TargetMilestone


class PlanSerializer(serializers.ModelSerializer):
    ward = serializers.SlugRelatedField(slug_field="slug", read_only=True)

    class Meta:
        model = Plan
        fields = [
            "id",
            "ward",
            "code",
            "number",
            "title",
            "issuing_body",
            "issuing_body_name",
            "issued_place",
            "issued_on",
            "period_start",
            "period_end",
            "purpose",
            "requirements",
        ]


class PlanItemSerializer(serializers.ModelSerializer):
    class Meta:
        model = PlanItem
        fields = [
            "id",
            "plan",
            "parent",
            "kind",
            "key",
            "number",
            "position",
            "depth",
            "title",
            "general_objective",
            "main_activities",
            "body",
            "assignment",
            "period_text",
            "resources",
        ]


class UnitRefSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    name = serializers.CharField()


class TaskSerializer(serializers.ModelSerializer):
    """A task with its status computed by ``assignments.status`` (set on ``task.computed`` by the view)."""

    ward = serializers.CharField(source="plan_item.plan.ward.slug", read_only=True)
    plan = serializers.IntegerField(source="plan_item.plan_id", read_only=True)
    lead_units = UnitRefSerializer(many=True, read_only=True)
    coordinating_units = UnitRefSerializer(many=True, read_only=True)
    status = serializers.CharField(source="computed.status", read_only=True)
    percent = serializers.IntegerField(source="computed.percent", read_only=True)
    deadline = serializers.DateField(source="computed.deadline", read_only=True, allow_null=True)

    class Meta:
        model = Task
        fields = [
            "id",
            "ward",
            "plan",
            "plan_item",
            "number",
            "title",
            "lead_text",
            "coordination_text",
            "lead_units",
            "coordinating_units",
            "period_kind",
            "period_text",
            "start_year",
            "end_year",
            "due_date",
            "expected_result",
            "status",
            "percent",
            "deadline",
        ]


class MilestoneSerializer(serializers.ModelSerializer):
    class Meta:
        model = TargetMilestone
        fields = ["year", "value"]


class TargetSerializer(serializers.ModelSerializer):
    """A target with where it stands (``targets.tracking``, set on ``target.track`` by the view)
    and its yearly milestones, oldest first (prefetched by ``targets.filters.for_tracking``)."""

    ward = serializers.CharField(source="plan_item.plan.ward.slug", read_only=True)
    track = serializers.CharField(source="track.status", read_only=True)
    latest = serializers.DecimalField(source="track.latest", max_digits=16, decimal_places=3, read_only=True)
    track_percent = serializers.DecimalField(source="track.percent", max_digits=5, decimal_places=1, read_only=True)
    milestones = MilestoneSerializer(many=True, read_only=True)

    class Meta:
        model = Target
        fields = [
            "id",
            "ward",
            "plan_item",
            "statement",
            "position",
            "part",
            "measure",
            "direction",
            "value",
            "value_max",
            "unit",
            "horizon_year",
            "is_annual",
            "baseline_value",
            "baseline_year",
            "milestones",
            "responsible_unit",
            "track",
            "latest",
            "track_percent",
        ]


class MeasurementSerializer(serializers.ModelSerializer):
    period = serializers.CharField(source="period.key", read_only=True)

    class Meta:
        model = Measurement
        fields = [
            "id",
            "target",
            "period",
            "period_kind",
            "period_year",
            "period_index",
            "value",
            "source",
            "note",
            "review_state",
        ]


class ReportSerializer(serializers.ModelSerializer):
    period = serializers.CharField(source="period.key", read_only=True)
    unit_name = serializers.CharField(source="unit.name", read_only=True)

    class Meta:
        model = ProgressReport
        fields = [
            "id",
            "task",
            "unit",
            "unit_name",
            "period",
            "period_kind",
            "period_year",
            "period_index",
            "status",
            "percent",
            "narrative",
            "completed_on",
            "created_at",
            "updated_at",
            "review_state",
        ]


class CapitalYearSerializer(serializers.ModelSerializer):
    class Meta:
        model = CapitalYear
        fields = ["year", "planned", "disbursed", "disbursement_rate", "review_state"]


class ProjectSerializer(serializers.ModelSerializer):
    ward = serializers.SlugRelatedField(slug_field="slug", read_only=True)
    funding_sources = serializers.StringRelatedField(many=True, read_only=True)
    capital_years = CapitalYearSerializer(many=True, read_only=True)
    planned = serializers.SerializerMethodField()
    disbursed = serializers.SerializerMethodField()
    disbursement_rate = serializers.SerializerMethodField()

    class Meta:
        model = Project
        fields = [
            "id",
            "ward",
            "plan_item",
            "level",
            "field",
            "number",
            "name",
            "location_scale",
            "funding_text",
            "funding_sources",
            "units_text",
            "lead_unit",
            "total_investment",
            "phase",
            "start_year",
            "end_year",
            "capital_years",
            "planned",
            "disbursed",
            "disbursement_rate",
        ]

    def _money(self, obj):
        # Approved years only, unless the request asked for submitted ones too (core.review).
        figures = self.context.get("include_submitted", False)
        return disbursement_summary(obj.capital_years.all(), include_submitted=figures)

    def get_planned(self, obj) -> str:
        return str(self._money(obj).planned)

    def get_disbursed(self, obj) -> str:
        return str(self._money(obj).disbursed)

    def get_disbursement_rate(self, obj) -> str | None:
        rate = self._money(obj).rate
        return None if rate is None else str(rate)
