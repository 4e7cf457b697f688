"""Publishing a plan to citizens: only the ward's follow-up office (or an admin), recorded in
the history; narratives and evidence only with the plan."""

import pytest
from django.urls import reverse

from plans.models import Plan
from plans.services import set_publication
from portal.tests.world import build_world

pytestmark = pytest.mark.django_db


@pytest.fixture
def world(today):
    return build_world()


def publish_url(plan) -> str:
    return reverse("plan_publication", kwargs={"plan_pk": plan.pk})


def test_plans_are_private_until_published(world):
    assert not Plan.objects.published().exists()
    assert not world.bd.plan.publish_narratives and not world.bd.plan.publish_evidence


def test_the_office_publishes_from_the_plan_page_and_the_history_says_who(client, world):
    bd = world.bd
    client.force_login(bd.follow_up)
    page = client.get(reverse("plan_detail", kwargs={"plan_pk": bd.plan.pk})).content.decode()
    assert 'data-testid="publication-form"' in page
    response = client.post(publish_url(bd.plan), {"published": "on", "narratives": "on", "version": bd.plan.version})
    assert response.status_code == 302 and response["Location"].endswith("#publication")
    bd.plan.refresh_from_db()
    assert bd.plan.published and bd.plan.publish_narratives and not bd.plan.publish_evidence
    record = bd.plan.history.first()
    assert record.history_user == bd.follow_up and record.published
    page = client.get(reverse("plan_detail", kwargs={"plan_pk": bd.plan.pk})).content.decode()
    assert reverse("public:plan", kwargs={"ward_slug": bd.ward.slug, "plan_pk": bd.plan.pk}) in page
    assert "Lịch sử công khai" in page


def test_withdrawing_the_plan_withdraws_its_narratives_and_evidence(client, world):
    bd = world.bd
    plan = set_publication(plan=bd.plan, published=True, narratives=True, evidence=True)
    client.force_login(bd.follow_up)
    client.post(publish_url(bd.plan), {"narratives": "on", "evidence": "on", "version": plan.version})  # unticked
    bd.plan.refresh_from_db()
    assert (bd.plan.published, bd.plan.publish_narratives, bd.plan.publish_evidence) == (False, False, False)


def test_saving_the_same_choice_records_nothing(world):
    plan = world.bd.plan
    set_publication(plan=plan, published=True, narratives=False, evidence=False)
    count = plan.history.count()
    set_publication(plan=plan, published=True, narratives=False, evidence=False)
    assert plan.history.count() == count


@pytest.mark.parametrize("actor", ["official", "coordinator", "viewer"])
def test_only_the_office_may_publish(client, world, actor):
    bd = world.bd
    client.force_login(getattr(bd, actor))
    page = client.get(reverse("plan_detail", kwargs={"plan_pk": bd.plan.pk})).content.decode()
    assert 'data-testid="publication-form"' not in page
    assert client.post(publish_url(bd.plan), {"published": "on"}).status_code == 403
    bd.plan.refresh_from_db()
    assert not bd.plan.published


def test_another_wards_office_and_anonymous_users_are_refused(client, world):
    plan = world.bd.plan
    assert client.post(publish_url(plan), {"published": "on"})["Location"].startswith(reverse("login"))
    client.force_login(world.ndn.follow_up)
    assert client.post(publish_url(plan), {"published": "on"}).status_code == 404
    client.force_login(world.bd.follow_up)
    assert client.get(publish_url(plan)).status_code == 405
    plan.refresh_from_db()
    assert not plan.published


def test_a_stale_form_changes_nothing_and_says_who_changed_the_plan(client, world):
    """Two offices open the plan; one publishes; the other's "withdraw" (from the page it loaded
    before) is refused with the page again, rather than silently undoing a choice it did not see."""
    bd = world.bd
    seen = Plan.objects.get(pk=bd.plan.pk).version
    bd.follow_up.first_name = "Văn phòng A"
    bd.follow_up.save()
    client.force_login(bd.follow_up)
    assert client.post(publish_url(bd.plan), {"published": "on", "version": seen}).status_code == 302
    response = client.post(publish_url(bd.plan), {"version": seen})  # the same stale version
    assert response.status_code == 409
    assert "Văn phòng A" in response.content.decode()  # who saved in between
    bd.plan.refresh_from_db()
    assert bd.plan.published


@pytest.mark.parametrize("version", ["", "abc", "-1", "99999999999999999999"])
def test_a_malformed_or_missing_version_is_refused_and_changes_nothing(client, world, version):
    client.force_login(world.bd.follow_up)
    response = client.post(publish_url(world.bd.plan), {"published": "on", "version": version})
    assert response.status_code == (409 if version == "" else 400)  # no version: a form that saw no plan
    world.bd.plan.refresh_from_db()
    assert not world.bd.plan.published
