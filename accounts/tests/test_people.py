"""The office's account pages (accounts.people) and the forgotten-password pages."""

from __future__ import annotations

import re

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.urls import reverse

from accounts.models import Profile
from portal.tests.factories import make_user
from portal.tests.world import build_ward

pytestmark = pytest.mark.django_db
User = get_user_model()
NEW = {"full_name": "Nguyễn Văn An", "username": "bd.an", "email": "an@example.invalid", "role": "official"}


@pytest.fixture
def bd():
    return build_ward("bach-dang", "Bạch Đằng")


@pytest.fixture
def office(client, bd):
    client.force_login(bd.follow_up)
    return client


def signs_in(client, username: str, password: str) -> bool:
    """Through the sign-in page (django-axes wants the request)."""
    response = client.post(reverse("login"), {"username": username, "password": password})
    return response.status_code == 302


def create(client, bd, **data):
    return client.post(
        reverse("person_create", kwargs={"ward_slug": bd.ward.slug}), {**NEW, "unit": bd.congan.pk, **data}
    )


def test_the_office_creates_an_official_with_a_password_shown_once(office, bd, client):
    response = create(office, bd)
    assert response.status_code == 200
    password = response.context["password"]
    assert len(password) == 12 and password in response.content.decode()
    assert "no-store" in response["Cache-Control"]
    user = User.objects.get(username="bd.an")
    assert (user.profile.role, user.profile.ward, user.profile.unit) == ("official", bd.ward, bd.congan)
    assert user.check_password(password) and user.get_full_name() == "Nguyễn Văn An"
    # The page of the account never shows it again.
    assert password not in office.get(reverse("person_detail", kwargs={"user_pk": user.pk})).content.decode()


def test_a_typed_password_is_judged_by_the_validators(office, bd):
    response = create(office, bd, password="123")
    assert response.status_code == 400
    assert not User.objects.filter(username="bd.an").exists()
    response = create(office, bd, password="Hai-Phong-2026!", role="ward_viewer", unit="")
    assert response.status_code == 200 and response.context["password"] == ""
    user = User.objects.get(username="bd.an")
    assert user.check_password("Hai-Phong-2026!") and user.profile.unit is None


@pytest.mark.parametrize("role", ["admin", "city_viewer", "superuser"])
def test_the_office_never_creates_admins_or_city_viewers(office, bd, role):
    assert create(office, bd, role=role).status_code == 400
    assert not User.objects.filter(username="bd.an").exists()


def test_an_official_needs_a_unit_of_the_ward(office, bd):
    other = build_ward("nguyen-dai-nang", "Nguyễn Đại Năng")
    assert create(office, bd, unit="").status_code == 400
    assert create(office, bd, unit=other.ubnd.pk).status_code == 400
    assert create(office, bd, unit="9" * 30).status_code == 400
    assert not User.objects.filter(username="bd.an").exists()


def test_a_taken_user_name_is_refused(office, bd):
    assert create(office, bd, username=bd.official.username.upper()).status_code == 400


def detail(client, user, **data):
    return client.post(reverse("person_detail", kwargs={"user_pk": user.pk}), data)


def test_reset_password_deactivate_and_reactivate(office, bd, client):
    person = bd.official
    version = person.profile.version
    response = detail(office, person, action="password", password="", version=version)
    assert response.status_code == 200
    password = response.context["password"]
    person.refresh_from_db()
    assert person.check_password(password)
    # A second reset from the same (now stale) page is refused.
    assert detail(office, person, action="password", password="", version=version).status_code == 409
    version = Profile.objects.get(user=person).version
    assert detail(office, person, action="active", active="0", version=version).status_code == 302
    person.refresh_from_db()
    assert not person.is_active
    client.logout()
    assert not signs_in(client, person.username, password)
    client.force_login(bd.follow_up)
    version = Profile.objects.get(user=person).version
    assert detail(client, person, action="active", active="1", version=version).status_code == 302
    person.refresh_from_db()
    assert person.is_active


def test_the_office_changes_role_and_unit_with_a_version_check(office, bd):
    person = bd.official
    version = person.profile.version
    data = {"action": "save", "full_name": "Trần Thị Bình", "email": "", "role": "official", "unit": bd.congan.pk}
    assert detail(office, person, **data, version=version).status_code == 302
    profile = Profile.objects.get(user=person)
    assert profile.unit == bd.congan and profile.version == version + 1
    response = detail(office, person, **{**data, "unit": bd.other_unit.pk}, version=version)
    assert response.status_code == 409
    assert Profile.objects.get(user=person).unit == bd.congan
    assert detail(office, person, **{**data, "role": "admin"}, version=profile.version).status_code == 400


def test_the_office_cannot_lock_itself_out(office, bd):
    response = detail(office, bd.follow_up, action="active", active="0", version=bd.follow_up.profile.version)
    assert response.status_code == 400
    bd.follow_up.refresh_from_db()
    assert bd.follow_up.is_active


def test_admins_and_city_viewers_are_not_the_wards_to_manage(office, bd):
    admin = make_user(Profile.Role.ADMIN, username="quantri")
    city = make_user(Profile.Role.CITY_VIEWER, city=bd.ward.city, username="tp")
    superuser = make_user(Profile.Role.FOLLOW_UP, ward=bd.ward, username="su", is_superuser=True)
    for user in (admin, city, superuser):
        assert office.get(reverse("person_detail", kwargs={"user_pk": user.pk})).status_code == 404
        assert detail(office, user, action="password", password="", version=0).status_code == 404
    listing = office.get(reverse("people_list", kwargs={"ward_slug": bd.ward.slug})).content.decode()
    assert "bach-dang.ubnd" in listing and "quantri" not in listing and ">su<" not in listing


def test_forgotten_password_in_the_portals_vietnamese_pages(client, bd):
    bd.official.email = "ubnd@example.invalid"
    bd.official.save()
    page = client.get(reverse("password_reset"))
    body = page.content.decode()
    assert "Quên mật khẩu" in body and "Forgotten" not in body and "Django" not in body
    response = client.post(reverse("password_reset"), {"email": "ubnd@example.invalid"})
    assert response.status_code == 302
    assert "Hãy kiểm tra hộp thư" in client.get(response["Location"]).content.decode()
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert "Đặt lại mật khẩu" in message.subject and "Xin chào" in message.body
    link = re.search(r"https?://[^/]+(/\S+)", message.body).group(1)
    form_page = client.get(link, follow=True)
    assert "Đặt mật khẩu mới" in form_page.content.decode()
    done = client.post(
        form_page.redirect_chain[-1][0], {"new_password1": "Bach-Dang-2026!", "new_password2": "Bach-Dang-2026!"}
    )
    assert done.status_code == 302
    assert "Bạn có thể đăng nhập bằng mật khẩu mới" in client.get(done["Location"]).content.decode()
    assert signs_in(client, bd.official.username, "Bach-Dang-2026!")


def test_the_login_page_links_the_forgotten_password_page(client):
    assert reverse("password_reset") in client.get(reverse("login")).content.decode()
