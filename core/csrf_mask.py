"""A CSRF token for a page served from the cache, masked as Django masks it, drawn faster.

Django's ``get_token`` masks the request's secret with 32 characters from ``get_random_string``,
which asks the system's random source once per character (``secrets.choice``): on a dashboard
served whole from the cache (``core.page_cache``) those 32 system calls were the largest single
cost after the round trips (≈ 8 % of the page's CPU). Here the mask comes from one read of the
same source, each byte kept only below the largest multiple of 62, so that every character
stays equally likely (rejection, no modulo bias). The token has Django's form (mask + secret
shifted by the mask, ``CSRF_ALLOWED_CHARS``) and is checked by Django's own middleware; the
cookie is renewed as ``get_token`` renews it. Without a secret in the request, Django's
``get_token`` makes one.
"""

from __future__ import annotations

import secrets

from django.http import HttpRequest
from django.middleware.csrf import CSRF_ALLOWED_CHARS, CSRF_SECRET_LENGTH, get_token

_CHARS = CSRF_ALLOWED_CHARS
_INDEX = {char: i for i, char in enumerate(_CHARS)}
_LIMIT = 256 - 256 % len(_CHARS)  # bytes at or above it would favour the first characters


def random_indexes(count: int) -> list[int]:
    """``count`` indexes into ``CSRF_ALLOWED_CHARS``, each equally likely, from the system's source."""
    found: list[int] = []
    while len(found) < count:
        found.extend(byte % len(_CHARS) for byte in secrets.token_bytes(count + 8) if byte < _LIMIT)
    return found[:count]


def masked_token(request: HttpRequest) -> str:
    """What ``django.middleware.csrf.get_token`` returns for ``request``: a new mask of its secret."""
    secret = request.META.get("CSRF_COOKIE")
    if not secret or len(secret) != CSRF_SECRET_LENGTH or any(char not in _INDEX for char in secret):
        return get_token(request)
    request.META["CSRF_COOKIE_NEEDS_UPDATE"] = True  # the cookie's expiry renewed, as get_token does
    mask = random_indexes(CSRF_SECRET_LENGTH)
    cipher = "".join(_CHARS[(_INDEX[char] + m) % len(_CHARS)] for char, m in zip(secret, mask, strict=True))
    return "".join(_CHARS[m] for m in mask) + cipher
