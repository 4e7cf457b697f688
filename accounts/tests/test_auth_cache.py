"""The cached user and profile (accounts.auth_backends): no SQL per request, never stale."""

import pytest
from django.core.cache import cache
from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from accounts.auth_backends import VERSION_KEY, CachedModelBackend, _key, stamp_of
from accounts.models import Profile
from portal.tests.world import build_ward

pytestmark = pytest.mark.django_db

CACHED = {"AUTH_CACHE_SECONDS": 300, "SESSION_ENGINE": "core.sessions"}


@pytest.fixture
def w(today):
    cache.clear()
    return build_ward("le-chan", "Lê Chân", reports=0)


def queries(client, url):
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url)
    return response, [q["sql"] for q in ctx.captured_queries]


@override_settings(**CACHED)
def test_a_signed_in_page_reads_no_session_user_or_profile_from_the_database(client, w):
    client.force_login(w.viewer)
    url = reverse("status_help")
    client.get(url)  # fills the caches
    response, sql = queries(client, url)
    assert response.status_code == 200 and response.context["user"] == w.viewer
    touched = " ".join(sql)
    for table in ('"django_session"', '"auth_user"', '"accounts_profile"', '"plans_ward"'):
        assert table not in touched, f"{table} read: {sql}"
    with override_settings(AUTH_CACHE_SECONDS=0):  # (the session engine is fixed once the middleware is built)
        _response, uncached = queries(client, url)
    assert any('"auth_user"' in q for q in uncached)


@override_settings(**CACHED)
def test_a_deactivated_user_is_signed_out_at_once(client, w):
    client.force_login(w.official)
    assert client.get(reverse("my_work")).status_code == 200
    w.official.is_active = False
    w.official.save()
    assert client.get(reverse("my_work")).status_code == 302  # to the sign-in page


@override_settings(**CACHED)
def test_a_new_password_signs_out_the_other_sessions(client, w):
    client.force_login(w.official)
    assert client.get(reverse("my_work")).status_code == 200
    w.official.set_password("mot-mat-khau-moi-2026")
    w.official.save()
    assert client.get(reverse("my_work")).status_code == 302


@override_settings(**CACHED)
def test_a_changed_role_and_a_renamed_ward_show_at_once(client, w):
    client.force_login(w.viewer)
    assert client.get(reverse("ward_settings", args=[w.ward.slug])).status_code == 200
    profile = Profile.objects.get(user=w.viewer)
    profile.ward = build_ward("ngo-quyen", "Ngô Quyền", reports=0).ward
    profile.save()
    assert client.get(reverse("ward_settings", args=[w.ward.slug])).status_code == 404
    ward = profile.ward
    ward.name = "Ngô Quyền mới"
    ward.save()
    assert "Ngô Quyền mới" in client.get(reverse("ward_dashboard", args=[ward.slug])).content.decode()


@override_settings(**CACHED)
def test_a_copy_read_before_the_change_committed_is_dropped_after_commit(w, django_capture_on_commit_callbacks):
    backend = CachedModelBackend()
    stale = backend.get_user(w.viewer.pk)
    with django_capture_on_commit_callbacks(execute=True):
        profile = Profile.objects.get(user=w.viewer)
        profile.role = Profile.Role.FOLLOW_UP
        profile.save()
        cache.set(_key(w.viewer.pk), (cache.get(VERSION_KEY, 0), stale), 300)  # read before the commit
    fresh = backend.get_user(w.viewer.pk)
    assert fresh.profile.role == Profile.Role.FOLLOW_UP
    assert stamp_of(fresh) is not None and stamp_of(fresh) != stamp_of(stale)  # cached pages key by it
    assert stamp_of(backend.get_user(w.viewer.pk)) == stamp_of(fresh)
