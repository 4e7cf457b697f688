"""The ward dashboard served whole from the cache (core.page_cache): no query when nothing it
shows has changed, and on the very next load after anything it shows changed — the ward's
data, the bell, the user's role or state, the language — exactly the page a render gives."""

import datetime
import re
from unittest import mock

import pytest
from django.conf import settings
from django.contrib.auth import HASH_SESSION_KEY
from django.contrib.messages import constants
from django.contrib.messages.storage.base import Message
from django.contrib.messages.storage.cookie import CookieStorage
from django.contrib.sessions.models import Session
from django.core.cache import cache
from django.core.cache.backends.locmem import LocMemCache
from django.db import connection
from django.http import HttpRequest
from django.test import Client, override_settings
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from accounts.auth_backends import _key
from accounts.models import Profile
from core.review import ReviewState
from core.sessions import SessionStore
from dashboards.tests.test_warm_dashboard import SHARED
from portal.tests.factories import MeasurementFactory, ProgressReportFactory, TaskFactory, TaskUnitFactory
from portal.tests.world import build_ward
from talk.services import post_comment

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("cached_pages")]

PAGE = {**SHARED, "PAGE_CACHE_SECONDS": 600}
# Redis down as a whole: the real client, nothing listening on its port (refused at once), and
# the page bodies' cache in front of it as settings put it.
REDIS_DOWN = {
    "default": {"BACKEND": "core.redis_cache.ReusingRedisCache", "LOCATION": "redis://127.0.0.1:9/0"},
    "template_fragments": {"BACKEND": "core.tiered_cache.ProcessAndSharedCache", "LOCATION": "down"},
}
TOKEN = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')
FUTURE = datetime.datetime(2100, 1, 1, tzinfo=datetime.UTC)


@pytest.fixture
def cached_pages():
    cache.clear()
    with override_settings(**PAGE):
        yield
    cache.clear()


@pytest.fixture
def w(today):
    return build_ward("le-chan", "Lê Chân", reports=0)


def url(w) -> str:
    return reverse("ward_dashboard", kwargs={"ward_slug": w.ward.slug})


def load(client, w) -> tuple[str, int]:
    """The dashboard's HTML and how many queries it made (none: served from the cache)."""
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url(w))
    assert response.status_code == 200
    return response.content.decode(), len(ctx.captured_queries)


def rendered(client, w) -> str:
    with override_settings(PAGE_CACHE_SECONDS=0):
        return load(client, w)[0]


def same(a: str, b: str) -> bool:
    """The same page but for the CSRF token, masked anew for every response."""
    return TOKEN.sub("", a) == TOKEN.sub("", b)


def warm(client, w) -> str:
    """Load until served from the cache (a process renders a ward once before caching it)."""
    for _ in range(3):
        page, queries = load(client, w)
        if not queries:
            return page
    raise AssertionError("never served from the cache")


def test_warm_it_is_served_without_a_query_and_is_the_rendered_page(client, w):
    client.force_login(w.viewer)
    page = warm(client, w)
    assert same(page, rendered(client, w)) and "Lê Chân" in page and "2 nhiệm vụ" in page


def new_task(w):
    TaskUnitFactory(task=TaskFactory(plan_item=w.item, title="Nhiệm vụ mới"), unit=w.ubnd)


def new_report(w):
    ProgressReportFactory(task=w.task, unit=w.ubnd, period_year=2026, period_index=4, percent=60)


def approval(w):
    report = ProgressReportFactory(
        task=w.task, unit=w.ubnd, period_year=2026, period_index=4, percent=60, review_state=ReviewState.SUBMITTED
    )
    report.review_state = ReviewState.APPROVED
    report.save()


def target_value(w):
    MeasurementFactory(target=w.target, period_year=2025, value=99)


def plan_renamed(w):
    w.plan.number = "99/KH-UBND"
    w.plan.save()


@pytest.mark.parametrize("write", [new_task, new_report, approval, target_value, plan_renamed])
def test_a_write_anywhere_in_the_ward_shows_on_the_next_load_of_every_users_page(client, w, write):
    other = Client()
    client.force_login(w.viewer)
    other.force_login(w.follow_up)
    before = warm(client, w)
    warm(other, w)
    write(w)
    for c in (client, other):
        page, queries = load(c, w)
        assert queries and same(page, rendered(c, w))
    assert not same(before, load(client, w)[0])


def test_a_write_to_another_ward_leaves_the_page_cached(client, w):
    other = build_ward("ngo-quyen", "Ngô Quyền", city=w.ward.city, reports=0)
    client.force_login(w.viewer)
    warm(client, w)
    new_task(other)
    assert load(client, w)[1] == 0


def test_a_new_notification_shows_the_right_unread_count(client, w):
    client.force_login(w.follow_up)
    page = warm(client, w)
    count = int(page.split('data-testid="bell-count">', 1)[1].split("<", 1)[0])
    post_comment(subject=w.task, author=w.official, body="Đã cập nhật.")
    page, queries = load(client, w)
    assert queries and f'data-testid="bell-count">{count + 1}<' in page


def test_a_role_change_takes_effect_at_once(client, w):
    client.force_login(w.follow_up)
    review = reverse("review_queue", kwargs={"ward_slug": w.ward.slug})
    assert review in warm(client, w)
    profile = Profile.objects.get(user=w.follow_up)
    profile.role = Profile.Role.WARD_VIEWER
    profile.save()
    page, queries = load(client, w)
    assert queries and review not in page and same(page, rendered(client, w))


def test_a_deactivated_user_is_signed_out_at_once(client, w):
    client.force_login(w.viewer)
    warm(client, w)
    w.viewer.is_active = False
    w.viewer.save()
    response = client.get(url(w))
    assert response.status_code == 302 and response["Location"].startswith(reverse("login"))


def test_two_users_never_see_each_others_page(client, w):
    other = Client()
    client.force_login(w.viewer)
    other.force_login(w.follow_up)
    for _ in range(2):
        mine, theirs = warm(client, w), warm(other, w)
        assert w.viewer.username in mine and w.follow_up.username not in mine
        assert w.follow_up.username in theirs and w.viewer.username not in theirs


def test_the_cached_pages_token_posts_and_logout_ends_the_cached_page(w):
    client = Client(enforce_csrf_checks=True)
    client.force_login(w.viewer)
    first, second = warm(client, w), load(client, w)[0]
    tokens = TOKEN.findall(first) + TOKEN.findall(second)
    assert len(tokens) == 4 and len(set(tokens)) == 2  # one per page, masked anew for each
    assert client.post(reverse("logout"), {"csrfmiddlewaretoken": tokens[-1]}).status_code == 302
    response = client.get(url(w))
    assert response.status_code == 302 and response["Location"].startswith(reverse("login"))


def test_another_language_gets_the_other_languages_page(w):
    client = Client(enforce_csrf_checks=True)
    client.force_login(w.viewer)
    token = TOKEN.search(warm(client, w)).group(1)
    switch = {"language": "en", "next": url(w), "csrfmiddlewaretoken": token}
    assert client.post(reverse("set_language"), switch).status_code == 302
    english = warm(client, w)
    assert '<html lang="en">' in english and same(english, rendered(client, w))
    token = TOKEN.search(english).group(1)
    client.post(reverse("set_language"), {**switch, "language": "vi", "csrfmiddlewaretoken": token})
    assert '<html lang="vi">' in warm(client, w)


def test_waiting_messages_are_shown_not_a_cached_page(client, w):
    client.force_login(w.viewer)
    warm(client, w)
    client.cookies["messages"] = CookieStorage(HttpRequest())._encode([Message(constants.INFO, "Đã lưu kế hoạch")])
    page, queries = load(client, w)
    assert queries and "Đã lưu kế hoạch" in page
    assert "Đã lưu kế hoạch" not in load(client, w)[0]


def test_a_cleared_cache_renders_the_page_again(client, w):
    client.force_login(w.viewer)
    page = warm(client, w)
    cache.clear()
    client.force_login(w.viewer)  # the session went with the cache's copy; its row is in the database
    again, queries = load(client, w)
    assert queries and same(page, again)


def test_a_failing_cache_renders_the_page(client, w):
    client.force_login(w.viewer)
    page = warm(client, w)
    broken = mock.Mock(**{"get_many.side_effect": ConnectionError, "set.side_effect": ConnectionError})
    # The entry is read with the user (accounts.auth_backends) and stored by core.page_cache.
    with mock.patch("core.page_cache.cache", broken), mock.patch("accounts.auth_backends.cache", broken):
        again, queries = load(client, w)
    assert queries and same(page, again)


def test_a_query_string_is_rendered(client, w):
    client.force_login(w.viewer)
    warm(client, w)
    with CaptureQueriesContext(connection) as ctx:
        assert client.get(url(w) + "?so_lieu=gom_cho_duyet").status_code == 200
    assert ctx.captured_queries


def test_a_deploy_with_other_static_files_renders_the_page(client, w):
    client.force_login(w.viewer)
    warm(client, w)
    with mock.patch("core.page_cache.staticfiles_storage", mock.Mock(manifest_hash="a-new-build")):
        assert load(client, w)[1]


def round_trips(client, w) -> tuple[int, list[tuple[str, list[str]]]]:
    """A load's queries and its calls to the cache (each a round trip to Redis), with their keys."""
    calls, inside = [], []
    methods = ("get", "get_many", "set", "set_many", "add", "delete", "incr", "has_key", "touch")

    def counted(name):
        real = getattr(LocMemCache, name)

        def call(self, *args, **kwargs):
            if not inside:  # LocMem's get_many calls get: one round trip all the same
                keys = args[0] if name in ("get_many", "set_many") else [args[0]]
                calls.append((name, [str(key) for key in keys]))
            inside.append(name)
            try:
                return real(self, *args, **kwargs)
            finally:
                inside.pop()

        return call

    patches = [mock.patch.object(LocMemCache, name, counted(name)) for name in methods]
    for patch in patches:
        patch.start()
    try:
        return load(client, w)[1], calls
    finally:
        for patch in patches:
            patch.stop()


def test_a_served_page_makes_one_round_trip_the_session_the_user_and_the_page(client, w):
    client.force_login(w.viewer)
    warm(client, w)
    queries, calls = round_trips(client, w)
    assert queries == 0 and len(calls) == 1, calls
    ((kind, keys),) = calls
    session_copy = SessionStore(client.cookies[settings.SESSION_COOKIE_NAME].value).cache_key
    assert kind == "get_many" and session_copy in keys and _key(w.viewer.pk) in keys
    assert any(key.startswith("page:ward-dashboard:") for key in keys)


def test_a_session_of_the_old_form_is_served_in_two_round_trips(client, w):
    client.force_login(w.viewer)
    warm(client, w)
    old_key = "k" * 32  # made before keys named their user: nothing to read ahead
    copy = SessionStore(client.session.session_key)
    Session.objects.create(session_key=old_key, session_data=copy.encode(dict(copy.load())), expire_date=FUTURE)
    client.cookies[settings.SESSION_COOKIE_NAME] = old_key
    warm(client, w)
    queries, calls = round_trips(client, w)
    assert queries == 0 and [kind for kind, _keys in calls] == ["get", "get_many"], calls


def test_a_key_naming_another_user_never_gets_their_page(client, w):
    # The viewer's session stored under a key that names the follow-up officer, whose page is
    # in the cache: the key is only a hint, the session's data says whose page it is.
    officer = Client()
    officer.force_login(w.follow_up)
    warm(officer, w)
    client.force_login(w.viewer)
    copy = SessionStore(client.session.session_key)
    forged = f"{w.follow_up.pk}-" + "f" * 32
    Session.objects.create(session_key=forged, session_data=copy.encode(dict(copy.load())), expire_date=FUTURE)
    client.cookies[settings.SESSION_COOKIE_NAME] = forged
    for _ in range(3):
        page = load(client, w)[0]
        assert w.viewer.username in page and w.follow_up.username not in page


def test_a_session_copy_gone_from_the_cache_still_gets_the_page(client, w):
    client.force_login(w.viewer)
    page = warm(client, w)
    cache.delete(SessionStore(client.session.session_key).cache_key)  # evicted: its row is read
    again, queries = load(client, w)
    assert same(page, again) and queries == 1  # the session's row only


def test_a_session_whose_password_hash_no_longer_matches_never_gets_the_page(client, w):
    client.force_login(w.viewer)
    warm(client, w)
    session = client.session
    session[HASH_SESSION_KEY] = "0" * 64  # as after a password change made elsewhere
    session.save()
    response = client.get(url(w))
    assert response.status_code == 302 and response["Location"].startswith(reverse("login"))


def test_a_user_entry_gone_from_the_cache_renders_the_page_then_serves_it_again(client, w):
    client.force_login(w.viewer)
    page = warm(client, w)
    cache.delete(_key(w.viewer.pk))  # expired or evicted: the user is read again, with a new stamp
    response = client.get(url(w))
    assert response.templates and same(page, response.content.decode())  # rendered, not served
    assert load(client, w)[1] == 0


def bell(page: str) -> int:
    return int(page.split('data-testid="bell-count">', 1)[1].split("<", 1)[0])


def test_with_redis_down_signed_in_pages_and_signing_in_work_from_the_database(client, w):
    client.force_login(w.follow_up)
    before = warm(client, w)
    with override_settings(CACHES=REDIS_DOWN):
        page, queries = load(client, w)  # its session, user and bell were in the cache: now their rows
        assert queries and same(page, before)
        post_comment(subject=w.task, author=w.official, body="Đã cập nhật.")
        assert bell(load(client, w)[0]) == bell(before) + 1
        other = Client()
        other.force_login(w.viewer)  # a new session, written to the database only
        mine = load(other, w)[0]
        assert w.viewer.username in mine and w.follow_up.username not in mine


def test_with_redis_down_signing_out_fails_whole_so_the_cache_cannot_bring_the_session_back(client, w):
    client.force_login(w.viewer)
    warm(client, w)
    key = client.session.session_key
    with override_settings(CACHES=REDIS_DOWN):
        refused = client.post(reverse("logout"))
    # Told so in Vietnamese (503), not a server error.
    assert refused.status_code == 503 and "Chưa đăng xuất được" in refused.content.decode()
    assert Session.objects.filter(session_key=key).exists()  # its cached copy could not go: nor does the row
    assert load(client, w)[1] == 0  # the cache back: still signed in, as the error page said
    client.post(reverse("logout"))
    assert client.get(url(w)).status_code == 302 and not Session.objects.filter(session_key=key).exists()
