"""Each invariant of the domain model is rejected, with its Vietnamese message, and nothing is written."""

import datetime as dt

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from accounts.models import Profile
from assignments.models import ProgressReport, TaskUnit
from projects.models import CapitalYear
from targets.models import Measurement

from .factories import (
    CapitalYearFactory,
    PlanFactory,
    ProgressReportFactory,
    ProjectFactory,
    TargetFactory,
    TaskFactory,
    TaskUnitFactory,
    UnitFactory,
    UserFactory,
    WardFactory,
)

pytestmark = pytest.mark.django_db


def messages_of(exc: ValidationError) -> str:
    return " ".join(exc.messages)


def assert_rejected(obj, message: str) -> None:
    """full_clean() names the rule in Vietnamese, the database refuses the row too, and no row is added."""
    model = type(obj)
    before = model.objects.count()
    with pytest.raises(ValidationError) as excinfo:
        obj.full_clean()
    assert message in messages_of(excinfo.value)
    with pytest.raises(IntegrityError), transaction.atomic():
        obj.save()
    assert model.objects.count() == before


def test_report_percent_must_be_between_0_and_100():
    report = ProgressReportFactory.build(task=TaskFactory(), unit=UnitFactory(), percent=101)
    assert_rejected(report, "Tỷ lệ hoàn thành phải từ 0 đến 100%.")


def test_plan_period_start_must_not_follow_its_end():
    plan = PlanFactory.build(ward=WardFactory(), period_start=dt.date(2031, 1, 1), period_end=dt.date(2030, 12, 31))
    assert_rejected(plan, "Ngày bắt đầu phải trước hoặc trùng ngày kết thúc.")


def test_task_start_year_must_not_follow_end_year():
    task = TaskFactory()
    task.start_year, task.end_year = 2030, 2026
    with pytest.raises(ValidationError) as excinfo:
        task.full_clean()
    assert "Năm bắt đầu phải trước hoặc bằng năm kết thúc." in messages_of(excinfo.value)
    with pytest.raises(IntegrityError), transaction.atomic():
        task.save()
    task.refresh_from_db()
    assert (task.start_year, task.end_year) == (2026, 2030)


def test_a_unit_cannot_both_lead_and_coordinate_one_task():
    lead = TaskUnitFactory()
    twin = TaskUnit(task=lead.task, unit=lead.unit, role=TaskUnit.Role.COORDINATOR)
    assert_rejected(twin, "Một đơn vị không thể vừa chủ trì vừa phối hợp cùng một nhiệm vụ.")


def test_one_report_per_task_unit_and_period():
    first = ProgressReportFactory(task=TaskFactory(), unit=UnitFactory())
    second = ProgressReport(
        task=first.task, unit=first.unit, period_kind="quarter", period_year=2026, period_index=1, status="done"
    )
    assert_rejected(second, "Đơn vị đã có báo cáo cho nhiệm vụ này trong kỳ này.")


def test_reporting_period_index_must_exist():
    report = ProgressReportFactory.build(task=TaskFactory(), unit=UnitFactory(), period_kind="quarter", period_index=5)
    assert_rejected(report, "Kỳ báo cáo không hợp lệ.")


def test_one_measurement_per_target_and_period():
    target = TargetFactory()
    Measurement.objects.create(target=target, period_kind="year", period_year=2026, value=1, source="x")
    twin = Measurement(target=target, period_kind="year", period_year=2026, value=2, source="y")
    assert_rejected(twin, "Chỉ tiêu đã có số liệu cho kỳ này.")


def test_target_range_must_be_ordered():
    target = TargetFactory.build(plan_item=TargetFactory().plan_item, position=9, value=5, value_max=3)
    assert_rejected(target, "Giá trị cận dưới phải nhỏ hơn hoặc bằng cận trên.")


def test_a_quantitative_target_needs_a_value():
    target = TargetFactory.build(plan_item=TargetFactory().plan_item, position=9, value=None)
    assert_rejected(target, "Chỉ tiêu định lượng phải có giá trị.")


def test_capital_cannot_be_negative():
    row = CapitalYearFactory.build(project=ProjectFactory(), disbursed=-1)
    assert_rejected(row, "Kế hoạch vốn và giải ngân không được âm.")


def test_one_capital_row_per_project_and_year():
    first = CapitalYearFactory()
    twin = CapitalYear(project=first.project, year=first.year, planned=1, disbursed=0)
    assert_rejected(twin, "Dự án đã có kế hoạch vốn cho năm này.")


def test_project_investment_cannot_be_negative():
    project = ProjectFactory.build(ward=WardFactory(), total_investment=-5)
    assert_rejected(project, "Tổng mức đầu tư không được âm.")


def test_an_official_belongs_to_a_unit():
    user = UserFactory()
    user.save()
    profile = Profile(user=user, role=Profile.Role.OFFICIAL, ward=WardFactory())
    assert_rejected(profile, "Cán bộ đơn vị phải thuộc một phường và một đơn vị.")


def test_an_officials_unit_must_be_of_the_officials_ward():
    user = UserFactory()
    user.save()
    profile = Profile(user=user, role=Profile.Role.OFFICIAL, ward=WardFactory(), unit=UnitFactory())
    with pytest.raises(ValidationError) as excinfo:
        profile.full_clean()
    assert "Đơn vị không thuộc phường đã chọn." in messages_of(excinfo.value)
