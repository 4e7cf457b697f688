"""Dashboards: every number agrees with the list it links to; access per role."""

import re

import pytest
from django.urls import reverse

from dashboards import selectors
from dashboards.tests.conftest import number_links, result_count
from plans.models import Plan, Ward

pytestmark = pytest.mark.django_db


def follow_numbers(client, response, minimum):
    links = number_links(response)
    assert len(links) >= minimum, links
    for url, number in links:
        assert result_count(client.get(url)) == number, url
    return links


def test_ward_dashboard_numbers_match_the_lists_they_link_to(login, activity, day):
    client = login("bd.thuongtruc")
    response = client.get(reverse("ward_dashboard", kwargs={"ward_slug": "bach-dang"}))
    assert response.status_code == 200
    links = follow_numbers(client, response, minimum=40)
    by_url = dict(links)
    assert by_url["/tasks/?ward=bach-dang&status=overdue"] > 0
    assert by_url["/tasks/?ward=bach-dang&status=done_on_time"] > 0
    assert by_url["/targets/?ward=bach-dang&track=off_track"] > 0


def test_ward_dashboard_headline_cards_link_to_their_lists(login, activity, day):
    client = login("bd.thuongtruc")
    html = client.get(reverse("ward_dashboard", kwargs={"ward_slug": "bach-dang"})).content.decode()
    overdue = re.search(r'href="([^"]+)" data-testid="kpi-overdue">.*?kpi__value">(\d+)<', html, re.S)
    url = overdue.group(1).replace("&amp;", "&")
    assert result_count(client.get(url)) == int(overdue.group(2)) > 0


def test_ward_dashboard_figures_add_up(activity, day):
    ward = Ward.objects.get(slug="bach-dang")
    d = selectors.ward_dashboard(ward, day)
    assert sum(f.count for f in d.statuses) == d.task_count
    assert sum(f.count for f in d.tracks) == d.target_count
    assert sum(f.count for f in d.projects_by["phase"]) == d.project_count
    assert d.money.planned > 0 and d.money.rate is not None
    assert 0 < d.progress < 100
    assert d.units and sum(s.led for s in d.units) >= d.task_count


def test_city_dashboard_numbers_match_the_lists(login, activity, day):
    client = login("hp.thanhpho")
    response = client.get(reverse("city_dashboard"))
    assert response.status_code == 200
    follow_numbers(client, response, minimum=12)


def test_city_dashboard_sorts_on_the_server(login, activity, day):
    client = login("hp.thanhpho")
    html = client.get(reverse("city_dashboard") + "?sort=-tasks").content.decode()
    assert 'aria-sort="descending"' in html
    names = re.findall(r'data-testid="ward-link">([^<]+)<', html)
    rows = selectors.city_rows(Ward.objects.all(), day, "-tasks")
    assert names == [str(r.ward) for r in rows]
    assert rows[0].tasks >= rows[-1].tasks
    # The sorted column's link reverses the order.
    assert 'href="?sort=tasks" data-sort="tasks"' in html


def test_city_dashboard_is_for_city_viewers(login, users):
    assert login("bd.thuongtruc").get(reverse("city_dashboard")).url == "/wards/bach-dang/"
    assert login("ndn.ktht").get(reverse("city_dashboard")).url == "/wards/nguyen-dai-nang/"


def test_ward_users_cannot_open_another_wards_dashboard(login, users):
    assert login("ndn.thuongtruc").get(reverse("ward_dashboard", kwargs={"ward_slug": "bach-dang"})).status_code == 404
    assert login("hp.thanhpho").get(reverse("ward_dashboard", kwargs={"ward_slug": "bach-dang"})).status_code == 200


def test_anonymous_is_sent_to_login(client, seeded_db):
    response = client.get(reverse("ward_dashboard", kwargs={"ward_slug": "bach-dang"}))
    assert response.status_code == 302 and "/accounts/login/" in response.url


def test_plan_page_shows_the_tree_with_tasks_and_status(login, activity, day):
    plan = Plan.objects.get(ward__slug="bach-dang")
    client = login("bd.thuongtruc")
    response = client.get(reverse("plan_detail", kwargs={"plan_pk": plan.pk}))
    html = response.content.decode()
    assert response.status_code == 200
    assert html.count('class="plan-item ') == plan.items.count()
    assert "Phát triển chợ trên địa bàn phường" in html
    assert "badge--overdue" in html and "<details" in html
    other = login("ndn.thuongtruc").get(reverse("plan_detail", kwargs={"plan_pk": plan.pk}))
    assert other.status_code == 404
