"""The cache-kept rate limit (core.throttle) and the "forgot my password" form it guards."""

import pytest
from django.core import mail
from django.core.cache import cache
from django.urls import reverse

from core.throttle import allow
from portal.tests.factories import UserFactory


@pytest.fixture(autouse=True)
def _empty_cache():
    cache.clear()
    yield
    cache.clear()


def test_allow_counts_per_key_within_the_window():
    assert [allow("t", "a", (3, 60)) for _ in range(4)] == [True, True, True, False]
    assert allow("t", "b", (3, 60))
    assert allow("other", "a", (3, 60))


def test_the_window_ends(monkeypatch):
    assert allow("t", "a", (1, 60))
    assert not allow("t", "a", (1, 60))
    cache.clear()  # what the expiry does after `seconds`
    assert allow("t", "a", (1, 60))


@pytest.mark.django_db
class TestPasswordReset:
    def post(self, client, email, address="10.0.0.1"):
        return client.post(reverse("password_reset"), {"email": email}, REMOTE_ADDR=address)

    def test_an_email_is_throttled_like_a_login(self, client, settings):
        UserFactory(username="ubnd", email="ubnd@bachdang.gov.vn")
        limit = settings.POST_THROTTLES["password_reset"]["fields"]["email"][0]
        for _ in range(limit):
            assert self.post(client, "ubnd@bachdang.gov.vn").status_code == 302
        response = self.post(client, "UBND@bachdang.gov.vn ", address="10.0.0.2")
        assert response.status_code == 429
        assert "quá nhiều lần" in response.content.decode()
        assert len(mail.outbox) == limit  # the refused request sent nothing

    def test_an_address_is_throttled_whatever_the_email(self, client, settings):
        limit = settings.POST_THROTTLES["password_reset"]["address"][0]
        for i in range(limit):
            assert self.post(client, f"nguoi{i}@example.vn").status_code == 302
        assert self.post(client, "khac@example.vn").status_code == 429
        assert self.post(client, "khac@example.vn", address="10.0.0.9").status_code == 302

    def test_reading_the_form_is_not_counted(self, client, settings):
        limit = settings.POST_THROTTLES["password_reset"]["address"][0]
        for _ in range(limit + 2):
            assert client.get(reverse("password_reset")).status_code == 200
        assert self.post(client, "a@example.vn").status_code == 302


@pytest.mark.django_db
def test_with_the_cache_unreachable_the_reset_form_still_answers(client, settings):
    # Nothing can be counted without the cache: the form works (no server error, no false 429).
    settings.CACHES = {
        **settings.CACHES,
        "default": {"BACKEND": "core.redis_cache.ReusingRedisCache", "LOCATION": "redis://127.0.0.1:9/0"},
    }
    UserFactory(username="ubnd", email="ubnd@bachdang.gov.vn")
    response = client.post(reverse("password_reset"), {"email": "ubnd@bachdang.gov.vn"}, REMOTE_ADDR="10.0.0.9")
    assert response.status_code == 302 and len(mail.outbox) == 1
