"""A plan read from its document names units the ward does not have yet ("Các phòng chuyên
môn" here): the review asks what each name is — a unit of the ward, or a new unit — and the
confirmation keeps the answer, as the Excel import does. Nothing is saved until every name is
answered, and a unit of another ward is no answer."""

import pytest
from django.urls import reverse

from accounts.models import Profile
from assignments.models import Task, Unit, UnitAlias
from exchange.models import PlanImport
from exchange.unit_mapping import CREATE
from plans.models import Plan
from portal.tests.factories import UnitFactory, WardFactory, make_user

from .helpers import PLAN_TEXT

pytestmark = pytest.mark.django_db
MISSING = "Các phòng chuyên môn"


@pytest.fixture
def staged(client):
    ward = WardFactory(slug="an-bien", name="An Biên")
    UnitFactory(ward=ward, name="Ủy ban nhân dân phường", short_name="UBND phường")
    client.force_login(make_user(Profile.Role.FOLLOW_UP, ward=ward))
    client.post(reverse("exchange:plan_import", kwargs={"ward": ward.slug}), {"text": PLAN_TEXT})
    row = PlanImport.objects.get(ward=ward)
    return ward, row, reverse("exchange:plan_import_confirm", kwargs={"ward": ward.slug, "token": row.token})


def test_the_review_asks_for_each_unit_name_the_ward_lacks_and_where_it_is_written(client, staged):
    ward, row, _confirm = staged
    page = client.get(reverse("exchange:plan_import_review", kwargs={"ward": ward.slug, "token": row.token}))
    form = page.context["unit_form"]
    assert form.names == [MISSING]
    assert "Hỗ trợ doanh nghiệp" in form.fields["unit_0"].help_text
    assert 'data-testid="plan-import-units"' in page.content.decode()


def test_confirming_without_an_answer_is_refused_and_saves_nothing(client, staged):
    ward, row, confirm = staged
    response = client.post(confirm, {"version": row.version})
    assert response.status_code == 400
    assert "Chọn đơn vị tương ứng" in response.content.decode()
    assert not Plan.objects.filter(ward=ward).exists()
    assert not Unit.objects.filter(ward=ward, name=MISSING).exists()


def test_a_name_mapped_to_a_unit_of_the_ward_becomes_its_alias(client, staged):
    ward, row, confirm = staged
    unit = UnitFactory(ward=ward, name="Văn phòng HĐND-UBND phường", short_name="Văn phòng")
    response = client.post(confirm, {"version": row.version, "units-unit_0": str(unit.pk)})
    assert response.status_code == 302
    task = Task.objects.get(plan_item__plan__ward=ward, title="Hỗ trợ doanh nghiệp")
    assert list(task.coordinating_units) == [unit]
    assert UnitAlias.objects.filter(unit=unit, alias=MISSING).exists()


def test_a_name_can_become_a_new_unit(client, staged):
    ward, row, confirm = staged
    response = client.post(confirm, {"version": row.version, "units-unit_0": CREATE})
    assert response.status_code == 302
    task = Task.objects.get(plan_item__plan__ward=ward, title="Hỗ trợ doanh nghiệp")
    assert [u.name for u in task.coordinating_units] == [MISSING]


def test_another_wards_unit_is_no_answer(client, staged):
    ward, row, confirm = staged
    elsewhere = UnitFactory(ward=WardFactory(), name=MISSING)
    response = client.post(confirm, {"version": row.version, "units-unit_0": str(elsewhere.pk)})
    assert response.status_code == 400
    assert not Plan.objects.filter(ward=ward).exists()
    assert not UnitAlias.objects.filter(unit=elsewhere).exists()


def test_a_save_refused_for_another_reason_keeps_the_units_answered(client, staged):
    ward, row, confirm = staged
    row.proposal["tasks"][1]["period_text"] = ""  # "Thiếu thời gian thực hiện": the save is refused
    row.save(update_fields=["proposal"])
    response = client.post(confirm, {"version": row.version, "units-unit_0": CREATE})
    assert response.status_code == 400
    assert "Thiếu thời gian thực hiện" in response.content.decode()
    assert response.context["unit_form"]["unit_0"].value() == CREATE
    assert not Unit.objects.filter(ward=ward, name=MISSING).exists()
