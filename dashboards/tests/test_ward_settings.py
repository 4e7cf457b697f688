"""The ward's follow-up rules page (``ward_settings``): the office edits, others read; version
check, history, and the rules reach the status, the dashboards and the help page."""

import pytest
from django.urls import reverse

from assignments.status import Rules, rules_by_ward
from plans.models import WardSettings
from plans.ward_settings import settings_of
from portal.tests.world import build_world

pytestmark = pytest.mark.django_db

VALUES = {
    "due_soon_days": 45,
    "at_risk_lag": 20,
    "target_green_percent": 95,
    "target_amber_percent": 70,
    "period_close_days": 10,
    "stale_periods": 3,
}


@pytest.fixture
def world(today):
    return build_world()


def url(ward) -> str:
    return reverse("ward_settings", kwargs={"ward_slug": ward.slug})


def loaded_version(client, ward) -> int:
    return client.get(url(ward)).context["form"]["version"].value()


def test_the_office_changes_the_rules_and_the_history_says_who(client, world):
    bd = world.bd
    client.force_login(bd.follow_up)
    page = client.get(url(bd.ward))
    assert page.status_code == 200 and 'data-testid="ward-settings-form"' in page.content.decode()
    response = client.post(url(bd.ward), {**VALUES, "version": loaded_version(client, bd.ward)})
    assert response.status_code == 302
    settings = WardSettings.objects.get(ward=bd.ward)
    assert (settings.due_soon_days, settings.stale_periods, settings.target_amber_percent) == (45, 3, 70)
    assert settings.history.first().history_user == bd.follow_up
    assert rules_by_ward([bd.ward.pk])[bd.ward.pk] == Rules(due_soon_days=45, at_risk_lag=20)
    assert "45" in client.get(url(bd.ward)).content.decode()  # in the history and the form


def test_amber_above_green_is_refused_with_a_message_and_nothing_changes(client, world):
    bd = world.bd
    client.force_login(bd.follow_up)
    version = loaded_version(client, bd.ward)
    response = client.post(url(bd.ward), {**VALUES, "target_amber_percent": 120, "version": version})
    assert response.status_code == 400
    assert "Ngưỡng cảnh báo phải thấp hơn hoặc bằng ngưỡng đạt." in response.content.decode()
    assert settings_of(bd.ward).target_amber_percent == 80  # no row written: still the defaults


@pytest.mark.parametrize("bad", [{"due_soon_days": "-1"}, {"stale_periods": "0"}, {"at_risk_lag": "abc"}])
def test_bad_numbers_are_400_not_500(client, world, bad):
    bd = world.bd
    client.force_login(bd.follow_up)
    response = client.post(url(bd.ward), {**VALUES, **bad, "version": loaded_version(client, bd.ward)})
    assert response.status_code == 400
    assert settings_of(bd.ward).due_soon_days == 30


def test_two_forms_loaded_together_only_the_first_save_wins(client, world):
    bd = world.bd
    client.force_login(bd.follow_up)
    version = loaded_version(client, bd.ward)
    assert client.post(url(bd.ward), {**VALUES, "version": version}).status_code == 302
    second = client.post(url(bd.ward), {**VALUES, "due_soon_days": 10, "version": version})
    assert second.status_code == 409
    assert "Trong lúc bạn sửa" in second.content.decode()
    assert WardSettings.objects.get(ward=bd.ward).due_soon_days == 45
    assert second.context["form"]["due_soon_days"].value() == "10"  # what they typed stays
    again = client.post(url(bd.ward), second.context["form"].data)  # a deliberate second save
    assert again.status_code == 302 and WardSettings.objects.get(ward=bd.ward).due_soon_days == 10


def test_viewers_and_officials_read_but_may_not_save(client, world):
    bd = world.bd
    for user in (bd.viewer, bd.official):
        client.force_login(user)
        page = client.get(url(bd.ward))
        assert page.status_code == 200 and "ward-settings-form" not in page.content.decode()
        assert client.post(url(bd.ward), {**VALUES, "version": 1}).status_code == 403


def test_another_ward_gets_404(client, world):
    client.force_login(world.ndn.follow_up)
    assert client.get(url(world.bd.ward)).status_code == 404
    assert client.post(url(world.bd.ward), {**VALUES, "version": 1}).status_code == 404


def test_the_office_menu_links_the_settings_and_everyone_gets_the_help(client, world):
    bd = world.bd
    client.force_login(bd.follow_up)
    home = client.get(reverse("ward_dashboard", kwargs={"ward_slug": bd.ward.slug})).content.decode()
    assert url(bd.ward) in home and reverse("status_help") in home
    client.force_login(bd.viewer)
    help_page = client.get(reverse("status_help"))
    assert help_page.status_code == 200 and 'data-testid="status-help"' in help_page.content.decode()
    # The viewer reads the rules (from the dashboard's link) but may not change them.
    home = client.get(reverse("ward_dashboard", kwargs={"ward_slug": bd.ward.slug})).content.decode()
    assert url(bd.ward) in home
    assert client.post(url(bd.ward), {}).status_code == 403


def weights_url(plan) -> str:
    return reverse("plan_weights", kwargs={"plan_pk": plan.pk})


def test_the_office_weighs_a_task_and_the_roll_up_follows(client, world):
    bd = world.bd
    client.force_login(bd.follow_up)
    assert (
        'data-testid="weights-link"'
        in client.get(reverse("plan_detail", kwargs={"plan_pk": bd.plan.pk})).content.decode()
    )
    form = client.get(weights_url(bd.plan)).context["form"]
    data = {name: form[name].value() for name in form.fields}
    data[f"task-{bd.task.pk}"] = 5
    assert client.post(weights_url(bd.plan), data).status_code == 302
    bd.task.refresh_from_db()
    assert bd.task.weight == 5 and bd.task.history.first().history_user == bd.follow_up


def test_a_stale_weights_form_is_refused_and_nothing_is_written(client, world):
    bd = world.bd
    client.force_login(bd.follow_up)
    form = client.get(weights_url(bd.plan)).context["form"]
    data = {name: form[name].value() for name in form.fields}
    assert client.post(weights_url(bd.plan), {**data, f"task-{bd.task.pk}": 3}).status_code == 302
    second = client.post(weights_url(bd.plan), {**data, f"task-{bd.task.pk}": 7})
    assert second.status_code == 409
    bd.task.refresh_from_db()
    assert bd.task.weight == 3


def test_weights_out_of_range_are_400_and_others_may_not_save(client, world):
    bd = world.bd
    client.force_login(bd.follow_up)
    form = client.get(weights_url(bd.plan)).context["form"]
    data = {name: form[name].value() for name in form.fields}
    assert client.post(weights_url(bd.plan), {**data, f"task-{bd.task.pk}": 0}).status_code == 400
    assert client.post(weights_url(bd.plan), {**data, f"task-{bd.task.pk}": "x"}).status_code == 400
    client.force_login(bd.viewer)
    assert client.get(weights_url(bd.plan)).status_code == 200
    assert client.post(weights_url(bd.plan), data).status_code == 403
    client.force_login(world.ndn.follow_up)
    assert client.get(weights_url(bd.plan)).status_code == 404
