"""The import, export and report pages in the main navigation, for the roles that may use them."""

import pytest
from django.urls import reverse

from accounts.models import Profile
from assignments.models import Unit
from portal.tests.factories import make_user

pytestmark = pytest.mark.django_db


def nav_labels(client, user, url="/"):
    client.force_login(user)
    response = client.get(url, follow=True)
    return {link["label"]: link["url"] for link in response.context["nav_links"]}


def test_the_follow_up_office_sees_import_export_and_report(client, follow_up, bach_dang):
    links = nav_labels(client, follow_up)
    assert links["Nạp Excel"] == reverse("exchange:import", kwargs={"ward": "bach-dang"})
    assert links["Xuất Excel, Word"] == reverse("exchange:report", kwargs={"ward": "bach-dang"})


@pytest.mark.parametrize("role", [Profile.Role.WARD_VIEWER, Profile.Role.OFFICIAL])
def test_readers_and_officials_see_export_and_report_but_not_import(client, bach_dang, role):
    unit = Unit.objects.filter(ward=bach_dang).first() if role == Profile.Role.OFFICIAL else None
    links = nav_labels(client, make_user(role, ward=bach_dang, unit=unit))
    assert links["Xuất Excel, Word"] == reverse("exchange:report", kwargs={"ward": "bach-dang"})
    assert "Nạp Excel" not in links
    report = client.get(links["Xuất Excel, Word"])
    assert report.status_code == 200
    assert reverse("exchange:import", kwargs={"ward": "bach-dang"}) not in report.content.decode()


def test_the_report_page_links_the_import_for_those_who_may_import(client, follow_up, bach_dang):
    client.force_login(follow_up)
    page = client.get(reverse("exchange:report", kwargs={"ward": "bach-dang"})).content.decode()
    assert reverse("exchange:import", kwargs={"ward": "bach-dang"}) in page
    assert 'href="/static/css/exchange.css"' in page or "css/exchange" in page


def test_an_admin_sees_them_on_a_ward_page(client, bach_dang):
    admin = make_user(Profile.Role.ADMIN)
    links = nav_labels(client, admin, reverse("exchange:report", kwargs={"ward": "bach-dang"}))
    assert links["Nạp Excel"] == reverse("exchange:import", kwargs={"ward": "bach-dang"})
    assert "Nạp Excel" not in nav_labels(client, admin, "/")
