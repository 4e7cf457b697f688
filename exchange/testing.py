"""Named actors and rows of the seeded plans shared by the export and report tests."""

import pytest

from accounts.models import Profile
from assignments.models import ProgressReport, Task, TaskUnit
from plans.models import Plan, Ward
from portal.tests.factories import make_user


@pytest.fixture
def bach_dang(seeded_db, db):
    return Ward.objects.select_related("city").get(slug="bach-dang")


@pytest.fixture
def nguyen_dai_nang(seeded_db, db):
    return Ward.objects.select_related("city").get(slug="nguyen-dai-nang")


@pytest.fixture
def plan_bd(bach_dang):
    return Plan.objects.select_related("ward__city").get(ward=bach_dang)


@pytest.fixture
def plan_ndn(nguyen_dai_nang):
    return Plan.objects.select_related("ward__city").get(ward=nguyen_dai_nang)


@pytest.fixture
def follow_up(bach_dang):
    """The office of Bạch Đằng that follows every task up."""
    return make_user(Profile.Role.FOLLOW_UP, ward=bach_dang)


@pytest.fixture
def ndn_viewer(nguyen_dai_nang):
    """A reader of Nguyễn Đại Năng: nothing of Bạch Đằng is theirs."""
    return make_user(Profile.Role.WARD_VIEWER, ward=nguyen_dai_nang)


def task_of(plan, group_key: str, number: str) -> Task:
    return Task.objects.get(plan_item__plan=plan, plan_item__key=group_key, number=number)


def report_done(task: Task, *, narrative: str, year=2026, index=3, completed_on=None) -> ProgressReport:
    lead = task.unit_roles.get(role=TaskUnit.Role.LEAD).unit
    return ProgressReport.objects.create(
        task=task,
        unit=lead,
        period_kind="quarter",
        period_year=year,
        period_index=index,
        status=ProgressReport.Status.DONE,
        percent=100,
        narrative=narrative,
        completed_on=completed_on,
        review_state="approved",
    )
