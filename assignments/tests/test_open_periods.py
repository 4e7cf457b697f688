"""The progress form offers only the periods open for its task and unit (plans.locks)."""

import pytest
from django.urls import reverse

from assignments.models import ProgressReport
from plans.locks import reopen
from plans.periods import ReportingPeriod
from portal.tests.world import build_ward

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("today")]  # 27/11/2026, in Q4

Q3 = ReportingPeriod(2026, "quarter", 3)  # closed after 15/10/2026 (the default 15 days)
Q4 = ReportingPeriod(2026, "quarter", 4)
Q2 = ReportingPeriod(2026, "quarter", 2)  # closed too; no report of it yet


@pytest.fixture
def bd():
    return build_ward("bach-dang", "Bạch Đằng")


def offered(client, user, task) -> list[str]:
    client.force_login(user)
    response = client.get(reverse("task_detail", args=[task.pk]))
    assert response.status_code == 200
    return [key for key, _label in response.context["form"].fields["period"].choices]


def test_a_closed_quarter_is_not_offered(client, bd):
    keys = offered(client, bd.official, bd.task)
    assert Q4.key in keys and keys[0] == Q4.key
    assert Q3.key not in keys
    assert Q3.key not in offered(client, bd.follow_up, bd.task)


@pytest.mark.parametrize("scope", ["task", "unit", "ward"])
def test_a_quarter_reopened_for_the_task_its_unit_or_the_ward_is_offered(client, bd, today, scope):
    kwargs = {"task": bd.task} if scope == "task" else {"unit": bd.ubnd} if scope == "unit" else {}
    reopen(ward=bd.ward, period=Q3, reason="Bổ sung số liệu", until=today, by=bd.follow_up, **kwargs)
    assert Q3.key in offered(client, bd.official, bd.task)
    # another task of the same unit: open there too unless the reopening was for bd.task only
    assert (Q3.key in offered(client, bd.official, bd.yearly_task)) is (scope != "task")


def test_a_reopening_for_another_task_or_unit_does_not_open_it(client, bd, today):
    reopen(ward=bd.ward, period=Q3, reason="Bổ sung", until=today, by=bd.follow_up, task=bd.yearly_task)
    reopen(ward=bd.ward, period=Q3, reason="Bổ sung", until=today, by=bd.follow_up, unit=bd.other_unit)
    assert Q3.key not in offered(client, bd.official, bd.task)


def test_a_period_closed_since_the_page_was_loaded_is_refused_by_the_lock_rule(client, bd):
    client.force_login(bd.official)
    url = reverse("task_detail", args=[bd.task.pk])
    before = ProgressReport.objects.count()
    data = {"period": Q2.key, "status": "in_progress", "percent": 50}
    response = client.post(url, data | {"version": 0, "version_of": f"{bd.ubnd.pk}:{Q2.key}"})
    assert response.status_code == 400
    assert "đã khóa" in response.content.decode()
    assert ProgressReport.objects.count() == before
