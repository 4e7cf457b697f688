"""The project list follows the dashboard's figures switch (core.review FIGURES_PARAM)."""

import pytest
from django.urls import reverse

from core.review import FIGURES_PARAM, INCLUDE_SUBMITTED
from portal.tests.factories import CapitalYearFactory
from portal.tests.world import build_ward

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("today")]


@pytest.fixture
def bd():
    w = build_ward("bach-dang", "Bạch Đằng")  # its project: 2026 approved, planned 1.000, disbursed 500
    CapitalYearFactory(project=w.project, year=2025, planned=200, disbursed=100, review_state="submitted")
    CapitalYearFactory(project=w.project, year=2024, planned=50, disbursed=50, review_state="draft")
    return w


def money(client, user, params=None):
    client.force_login(user)
    response = client.get(reverse("project_list"), params or {})
    assert response.status_code == 200
    (project,) = response.context["page"].object_list
    return project.money.planned, project.money.disbursed


def test_the_list_shows_approved_capital_years_by_default(client, bd):
    assert money(client, bd.follow_up) == (1000, 500)


def test_the_switch_counts_submitted_years_too_and_never_drafts(client, bd):
    assert money(client, bd.follow_up, {FIGURES_PARAM: INCLUDE_SUBMITTED}) == (1200, 600)
    response = client.get(reverse("project_list"), {FIGURES_PARAM: INCLUDE_SUBMITTED})
    assert "600" in response.content.decode()


def test_an_unknown_switch_value_is_refused_like_any_parameter(client, bd):
    client.force_login(bd.follow_up)
    response = client.get(reverse("project_list"), {FIGURES_PARAM: "tat_ca"})
    assert response.status_code < 500
