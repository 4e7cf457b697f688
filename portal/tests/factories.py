"""Light factories for unit tests: a ward with a plan, units, tasks, targets and projects."""

import datetime as dt

import factory
from django.contrib.auth import get_user_model

from accounts.models import Profile
from assignments.models import ProgressReport, Task, TaskUnit, Unit
from plans.models import City, Plan, PlanItem, Ward
from projects.models import CapitalYear, Project
from targets.models import Measurement, Target, TargetMilestone


class CityFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = City
        django_get_or_create = ("slug",)

    name = "Thành phố Hải Phòng"
    slug = "hai-phong"


class WardFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Ward

    city = factory.SubFactory(CityFactory)
    name = factory.Sequence(lambda n: f"Phường Thử {n}")
    slug = factory.Sequence(lambda n: f"phuong-thu-{n}")


class PlanFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Plan

    ward = factory.SubFactory(WardFactory)
    code = factory.Sequence(lambda n: f"ke-hoach-{n}")
    title = "Kế hoạch thử nghiệm"
    issuing_body = Plan.IssuingBody.PEOPLES_COMMITTEE
    period_start = dt.date(2026, 1, 1)
    period_end = dt.date(2030, 12, 31)


class PlanItemFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = PlanItem

    plan = factory.SubFactory(PlanFactory)
    kind = PlanItem.Kind.GROUP
    key = factory.Sequence(lambda n: f"G{n}")
    number = "I"
    title = "Nhóm nhiệm vụ"


class UnitFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Unit

    ward = factory.SubFactory(WardFactory)
    name = factory.Sequence(lambda n: f"Phòng thử {n}")


class TaskFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Task

    plan_item = factory.SubFactory(PlanItemFactory)
    number = factory.Sequence(lambda n: str(n + 1))
    position = factory.Sequence(lambda n: n)
    title = factory.Sequence(lambda n: f"Nhiệm vụ số {n}")
    period_kind = Task.PeriodKind.RANGE
    period_text = "2026-2030"
    start_year = 2026
    end_year = 2030


class TaskUnitFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = TaskUnit

    task = factory.SubFactory(TaskFactory)
    unit = factory.SubFactory(UnitFactory)
    role = TaskUnit.Role.LEAD


class ProgressReportFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ProgressReport

    task = factory.SubFactory(TaskFactory)
    unit = factory.SubFactory(UnitFactory)
    period_kind = "quarter"
    period_year = 2026
    period_index = 1
    status = ProgressReport.Status.IN_PROGRESS
    percent = 25
    review_state = "approved"  # the office's figures: counted (core.review)


class TargetFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Target

    plan_item = factory.SubFactory(PlanItemFactory)
    statement = "Phấn đấu có trên 20 doanh nghiệp/1.000 dân"
    position = factory.Sequence(lambda n: n)
    measure = "Số doanh nghiệp trên 1.000 dân"
    direction = Target.Direction.MORE_THAN
    value = 20
    unit = "doanh nghiệp/1.000 dân"
    horizon_year = 2030


class TargetMilestoneFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = TargetMilestone

    target = factory.SubFactory(TargetFactory)
    year = 2026
    value = 12


class MeasurementFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Measurement

    target = factory.SubFactory(TargetFactory)
    period_kind = "year"
    period_year = 2026
    period_index = 1
    value = 10
    source = "Báo cáo thống kê"
    review_state = "approved"  # the office's figures: counted (core.review)


class ProjectFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Project

    ward = factory.SubFactory(WardFactory)
    name = factory.Sequence(lambda n: f"Dự án thử {n}")
    position = factory.Sequence(lambda n: n)


class CapitalYearFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = CapitalYear

    project = factory.SubFactory(ProjectFactory)
    year = 2026
    planned = 1000
    disbursed = 500
    review_state = "approved"  # the office's figures: counted (core.review)


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"user{n}")
    password = factory.PostGenerationMethodCall("set_password", "pw-12345678")


def make_user(role: str, *, ward=None, unit=None, city=None, **kwargs):
    user = UserFactory(**kwargs)
    user.save()
    Profile.objects.create(user=user, role=role, ward=ward, unit=unit, city=city)
    return user
