"""The menu, remembered per kind of user (dashboards.context_processors): each user still gets
the menu of their role, ward and language, the current page marked, changes on the next page."""

import pytest
from django.test import override_settings
from django.urls import reverse

from accounts.models import Profile
from accounts.tests.test_auth_cache import CACHED
from portal.tests.world import build_ward

pytestmark = pytest.mark.django_db


@pytest.fixture
def w(today):
    return build_ward("le-chan", "Lê Chân", reports=0)


def menu(client, url=None) -> str:
    page = client.get(url or reverse("status_help")).content.decode()
    return page.split('class="main-nav"', 1)[1].split("</nav>", 1)[0]


@override_settings(**CACHED)
def test_a_changed_role_changes_the_menu_on_the_next_page(client, w):
    review = reverse("review_queue", kwargs={"ward_slug": w.ward.slug})
    client.force_login(w.follow_up)
    assert review in menu(client)
    profile = Profile.objects.get(user=w.follow_up)
    profile.role = Profile.Role.WARD_VIEWER
    profile.save()
    assert review not in menu(client)
    profile.role = Profile.Role.FOLLOW_UP
    profile.save()
    assert review in menu(client)


def test_staff_and_non_staff_of_one_role_and_ward_differ_by_the_admin_link(client, w):
    client.force_login(w.viewer)
    assert reverse("admin:index") not in menu(client)
    w.viewer.is_staff = True
    w.viewer.save()
    assert reverse("admin:index") in menu(client)


def test_another_wards_user_gets_their_own_wards_links(client, w):
    other = build_ward("ngo-quyen", "Ngô Quyền", reports=0)
    client.force_login(w.follow_up)
    assert reverse("plan_list", kwargs={"ward_slug": w.ward.slug}) in menu(client)
    client.force_login(other.follow_up)
    own = menu(client)
    assert reverse("plan_list", kwargs={"ward_slug": other.ward.slug}) in own
    assert f"/{w.ward.slug}/" not in own


def test_the_current_page_is_marked_and_only_it(client, w):
    client.force_login(w.viewer)
    tasks = reverse("task_list")
    on_tasks, elsewhere = menu(client, tasks), menu(client)
    assert f'href="{tasks}" aria-current="page"' in on_tasks
    assert "aria-current" not in elsewhere.replace(f'href="{reverse("status_help")}" aria-current="page"', "")
    assert f'href="{tasks}" aria-current' not in elsewhere


def test_the_menu_follows_the_language(client, w):
    client.force_login(w.viewer)
    assert "Nhiệm vụ" in menu(client)
    client.cookies["django_language"] = "en"
    english = menu(client)
    assert "Tasks" in english and "Nhiệm vụ" not in english
