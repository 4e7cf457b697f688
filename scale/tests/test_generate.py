"""The synthetic-ward generator at small N: counts, shape, reproducibility, search text."""

import datetime as dt

import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from django.db import transaction

from accounts.models import Profile
from assignments.models import ProgressReport, Task, TaskUnit
from assignments.status import task_status
from core.search import search_text_of
from plans.models import Plan, PlanItem, Ward
from projects.models import CapitalYear, Project
from scale.generator import Options, generate_wards, quarters_until
from scale.pools import pools
from targets.models import Measurement, Target

pytestmark = pytest.mark.django_db


def _tree_size(items) -> int:
    return sum(1 + _tree_size(i["children"]) for i in items)


def fingerprint(slug: str) -> dict:
    """Everything generated for one ward, without primary keys."""
    ward = Ward.objects.get(slug=slug)
    tasks = Task.objects.for_ward(ward).order_by("plan_item__key", "position")
    return {
        "ward": (ward.name, ward.kind, ward.city.slug),
        "items": list(PlanItem.objects.for_ward(ward).order_by("tree_order").values_list("key", "title", "tree_order")),
        "tasks": list(
            tasks.values_list(
                "plan_item__key", "position", "title", "period_kind", "start_year", "end_year", "due_date"
            )
        ),
        "roles": sorted(
            TaskUnit.objects.filter(task__in=tasks).values_list("task__title", "task__position", "unit__name", "role")
        ),
        "reports": sorted(
            ProgressReport.objects.for_ward(ward).values_list(
                "task__plan_item__key",
                "task__position",
                "unit__name",
                "period_year",
                "period_index",
                "status",
                "percent",
                "completed_on",
            )
        ),
        "targets": list(
            Target.objects.for_ward(ward)
            .order_by("plan_item__key", "position", "part")
            .values_list("plan_item__key", "position", "part", "measure", "value", "responsible_unit__name")
        ),
        "measurements": sorted(
            Measurement.objects.for_ward(ward).values_list("target__measure", "period_year", "period_index", "value")
        ),
        "projects": list(
            Project.objects.for_ward(ward)
            .order_by("plan_item__key", "position")
            .values_list("name", "level", "total_investment", "phase", "start_year", "end_year", "lead_unit__name")
        ),
        "capital": sorted(
            CapitalYear.objects.filter(project__ward=ward).values_list("project__name", "year", "planned", "disbursed")
        ),
    }


def test_it_generates_wards_shaped_like_the_seeds(settings):
    settings.DEBUG = True  # --users refuses to run otherwise
    call_command("generate_wards", count=2, users=True, verbosity=0)
    wards = Ward.objects.filter(slug__startswith="sw-")
    assert sorted(wards.values_list("slug", flat=True)) == ["sw-0001", "sw-0002"]
    ward = wards.get(slug="sw-0001")
    assert ward.city.slug == "hai-phong"
    assert Plan.objects.filter(ward=ward).count() == 1
    assert PlanItem.objects.for_ward(ward).count() == _tree_size(pools().tree)
    assert Task.objects.for_ward(ward).count() == 60
    assert Target.objects.for_ward(ward).count() == 40
    assert Project.objects.for_ward(ward).count() == 30
    assert ward.units.count() > 15
    assert ProgressReport.objects.for_ward(ward).count() > 60 * 5
    assert Measurement.objects.for_ward(ward).exists()
    assert CapitalYear.objects.filter(project__ward=ward).exists()
    # every task has one lead unit; tasks hang under the appendix groups
    assert TaskUnit.objects.filter(task__plan_item__plan__ward=ward, role="lead").count() == 60
    assert set(Task.objects.for_ward(ward).values_list("plan_item__kind", flat=True)) == {"group"}
    # the bench accounts: three per ward, one city viewer
    roles = Profile.objects.filter(user__username__startswith="sw-0001.").values_list("role", flat=True)
    assert sorted(roles) == ["follow_up", "official", "ward_viewer"]
    assert get_user_model().objects.get(username="hai-phong.thanhpho").check_password("bench-2026")


def test_status_rules_read_generated_tasks():
    generate_wards(Options(count=1, until=dt.date(2026, 11, 27)))
    tasks = Task.objects.filter(plan_item__plan__ward__slug="sw-0001").prefetch_related("unit_roles", "reports")
    statuses = {task_status(t, list(t.reports.all()), dt.date(2026, 11, 27)).status for t in tasks}
    assert len(statuses) >= 3  # a realistic mix, not one colour
    assert not ProgressReport.objects.filter(period_year__gt=2026).exists()
    assert not ProgressReport.objects.filter(period_year=2026, period_index=4).exists()


def test_it_fills_search_text_like_save_does():
    generate_wards(Options(count=1, tasks=20, targets=5, projects=5))
    for model in (Task, Target, Project):
        for obj in model.objects.all():
            assert obj.search_text == search_text_of(obj)
            assert obj.search_text


def test_the_same_seed_gives_the_same_wards_in_one_run_or_several():
    with transaction.atomic():
        generate_wards(Options(count=2, seed=7))
        at_once = [fingerprint("sw-0001"), fingerprint("sw-0002")]
        transaction.set_rollback(True)
    with transaction.atomic():
        generate_wards(Options(count=1, seed=7))
        result = generate_wards(Options(count=2, seed=7))
        assert result.created_wards == 1
        assert [fingerprint("sw-0001"), fingerprint("sw-0002")] == at_once
        transaction.set_rollback(True)
    generate_wards(Options(count=1, seed=8))
    assert fingerprint("sw-0001") != at_once[0]


def test_a_second_run_adds_nothing():
    generate_wards(Options(count=1, tasks=20, targets=5, projects=5))
    reports = ProgressReport.objects.count()
    assert generate_wards(Options(count=1, tasks=20, targets=5, projects=5)).created_wards == 0
    assert ProgressReport.objects.count() == reports


def test_new_rows_get_fresh_ids_after_a_bulk_load():
    generate_wards(Options(count=1, tasks=20, targets=5, projects=5))
    task = Task.objects.first()
    created = Task.objects.create(plan_item=task.plan_item, position=999, title="Nhiệm vụ mới", period_kind="ongoing")
    assert created.pk > max(Task.objects.exclude(pk=created.pk).values_list("pk", flat=True))


def test_quarters_until():
    assert quarters_until(dt.date(2026, 11, 27)) == [(2026, 1), (2026, 2), (2026, 3)]
    assert len(quarters_until(dt.date(2030, 12, 31))) == 20


def test_users_need_debug(settings):
    settings.DEBUG = False
    with pytest.raises(CommandError):
        call_command("generate_wards", count=1, users=True, verbosity=0)
