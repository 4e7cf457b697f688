"""The tables ``generate_wards`` writes, and the columns it fills in each (``scale.bulk``)."""

from django.contrib.auth import get_user_model

from accounts.models import Profile
from assignments.models import ProgressReport, Task, TaskUnit, Unit, UnitAlias
from plans.models import Plan, PlanItem, Ward
from projects.models import CapitalYear, Project
from targets.models import Measurement, Target

from . import bulk

User = get_user_model()
# Synthetic wards' figures stand for what their offices approved (core.review): they count.
APPROVED = {"review_state": "approved"}
Through = {
    "funding": Project.funding_sources.through,
    "implementing": Project.implementing_units.through,
}

TABLES = {
    "ward": bulk.Table(Ward, ["id", "city_id", "kind", "name", "slug"]),
    "unit": bulk.Table(Unit, ["id", "ward_id", "name", "short_name", "kind", "is_external", "is_collective"]),
    "alias": bulk.Table(UnitAlias, ["id", "unit_id", "alias", "normalized"]),
    "plan": bulk.Table(
        Plan,
        "id ward_id code number title issuing_body issuing_body_name issued_place basis period_start period_end "
        "purpose requirements closing recipients signer_title signer_name".split(),
    ),
    "item": bulk.Table(
        PlanItem,
        "id plan_id parent_id kind key number position title general_objective main_activities body assignment "
        "period_text resources depth tree_order".split(),
    ),
    "target": bulk.Table(
        Target,
        "id plan_item_id statement position part measure direction value unit horizon_year is_annual "
        "baseline_value baseline_year responsible_unit_id search_text".split(),
    ),
    "measurement": bulk.Table(
        Measurement,
        "id target_id period_kind period_year period_index value source recorded_at".split(),
        APPROVED,
    ),
    "task": bulk.Table(
        Task,
        "id plan_item_id number position title lead_text coordination_text period_kind period_text start_year "
        "end_year due_date expected_result search_text".split(),
    ),
    "taskunit": bulk.Table(TaskUnit, ["id", "task_id", "unit_id", "role", "position"]),
    "report": bulk.Table(
        ProgressReport,
        "id task_id unit_id period_kind period_year period_index status percent narrative completed_on "
        "created_at updated_at".split(),
        APPROVED,
    ),
    "project": bulk.Table(
        Project,
        "id ward_id plan_item_id level field number position name location_scale funding_text units_text "
        "lead_unit_id total_investment phase start_year end_year search_text".split(),
    ),
    "funding": bulk.Table(Through["funding"], ["id", "project_id", "fundingsource_id"]),
    "implementing": bulk.Table(Through["implementing"], ["id", "project_id", "unit_id"]),
    "capital": bulk.Table(CapitalYear, ["id", "project_id", "year", "planned", "disbursed"], APPROVED),
    "user": bulk.Table(User, "id password is_superuser username first_name is_staff is_active date_joined".split()),
    "profile": bulk.Table(Profile, ["id", "user_id", "role", "ward_id", "unit_id", "city_id"]),
}
MODELS_WRITTEN = [t.model for t in TABLES.values()]
