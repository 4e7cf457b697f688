"""The cached page's CSRF token (core.csrf_mask): Django's form, Django's check, a fresh mask each time."""

from collections import Counter

import pytest
from django.contrib.auth import get_user_model
from django.middleware.csrf import (
    CSRF_ALLOWED_CHARS,
    CSRF_SECRET_LENGTH,
    CSRF_TOKEN_LENGTH,
    _unmask_cipher_token,
)
from django.test import Client, RequestFactory
from django.urls import reverse

from core.csrf_mask import masked_token, random_indexes

SECRET = "benchCsrfSecretOf32LettersDigit0"


def request_with(secret=None):
    request = RequestFactory().get("/")
    if secret is not None:
        request.META["CSRF_COOKIE"] = secret
    return request


def test_the_token_unmasks_to_the_requests_secret_as_django_reads_it():
    request = request_with(SECRET)
    token = masked_token(request)
    assert len(token) == CSRF_TOKEN_LENGTH
    assert set(token) <= set(CSRF_ALLOWED_CHARS)
    assert _unmask_cipher_token(token) == SECRET
    assert request.META["CSRF_COOKIE_NEEDS_UPDATE"] is True  # the cookie renewed, as get_token does


def test_each_token_has_a_new_mask():
    request = request_with(SECRET)
    tokens = {masked_token(request) for _ in range(50)}
    assert len(tokens) == 50
    assert {_unmask_cipher_token(token) for token in tokens} == {SECRET}


def test_without_a_secret_django_makes_one_and_sets_the_cookie():
    request = request_with()
    token = masked_token(request)
    assert len(request.META["CSRF_COOKIE"]) == CSRF_SECRET_LENGTH
    assert _unmask_cipher_token(token) == request.META["CSRF_COOKIE"]


def test_every_character_is_about_equally_likely():
    # 62 × 2,000 draws: a modulo bias of the first 8 characters (256 = 4 × 62 + 8) would give
    # them 5/4 of the others' share; uniform draws stay within ±12 % here all but never.
    counts = Counter(random_indexes(62 * 2000))
    assert set(counts) == set(range(len(CSRF_ALLOWED_CHARS)))
    low, high = min(counts.values()), max(counts.values())
    assert 2000 * 0.88 < low and high < 2000 * 1.12


@pytest.mark.django_db
def test_a_form_carrying_the_token_passes_djangos_csrf_check():
    user = get_user_model().objects.create_user("csrf-mask", password="pw-12345678")
    browser = Client(enforce_csrf_checks=True)
    browser.force_login(user)
    browser.get(reverse("login"))  # any page: the browser now holds a CSRF cookie
    secret = browser.cookies["csrftoken"].value
    token = masked_token(request_with(secret))
    assert browser.post(reverse("logout"), {"csrfmiddlewaretoken": token}).status_code == 302
    assert browser.post(reverse("logout"), {"csrfmiddlewaretoken": token[::-1]}).status_code == 403
