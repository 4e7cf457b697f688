"""A signed-in session's key names its user (core.sessions): a hint for reading ahead, never trusted."""

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.sessions.models import Session
from django.test import Client, override_settings
from django.urls import reverse

from core.sessions import MIN_RANDOM_LENGTH, SessionStore, user_named_by

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("cached_sessions")]


@pytest.fixture
def cached_sessions():
    with override_settings(SESSION_ENGINE="core.sessions"):
        yield


@pytest.fixture
def user():
    return get_user_model().objects.create_user("nguyen.van.a", password="mat-khau-2026")


def key_of(client) -> str:
    return client.cookies[settings.SESSION_COOKIE_NAME].value


@pytest.mark.parametrize(
    "key, named", [("42-abc", "42"), ("abc", None), ("-abc", None), ("4x-abc", None), (None, None)]
)
def test_the_user_a_key_names(key, named):
    assert user_named_by(key) == named


def test_signing_in_through_the_form_gives_a_key_naming_the_user_and_drops_the_old_ones(client, user):
    client.get(reverse("login"))
    response = client.post(reverse("login"), {"username": user.username, "password": "mat-khau-2026"})
    assert response.status_code == 302
    key = key_of(client)
    assert user_named_by(key) == str(user.pk) and len(key.split("-", 1)[1]) >= MIN_RANDOM_LENGTH
    assert list(Session.objects.values_list("session_key", flat=True)) == [key]  # no key before it lives on
    assert client.get(reverse("status_help")).context["user"] == user


def test_signing_out_gives_a_key_naming_nobody(client, user):
    client.force_login(user)
    assert user_named_by(key_of(client)) == str(user.pk)
    client.post(reverse("logout"))
    assert not Session.objects.filter(session_key__startswith=f"{user.pk}-").exists()


def test_an_anonymous_session_is_not_re_keyed_on_each_save():
    store = SessionStore()
    store["language"] = "vi"
    store.save()
    key = store.session_key
    store["language"] = "en"
    store.save()
    assert store.session_key == key and user_named_by(key) is None


def test_a_user_id_too_long_to_name_leaves_the_key_random():
    store = SessionStore()
    store["_auth_user_id"] = "9" * 20  # would leave fewer than MIN_RANDOM_LENGTH random characters
    store.save()
    key = store.session_key
    assert user_named_by(key) is None and len(key) == 32
    store["language"] = "vi"
    store.save()
    assert store.session_key == key  # not re-keyed on every save for a name it cannot carry


def test_a_forged_key_naming_someone_else_signs_in_nobody(user):
    browser = Client()
    browser.cookies[settings.SESSION_COOKIE_NAME] = f"{user.pk}-" + "x" * 32  # no such session
    response = browser.get(reverse("status_help"))
    assert response.status_code == 302 and response["Location"].startswith(reverse("login"))
