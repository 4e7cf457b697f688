"""A small rate limit kept in the cache: how often one key (an address, an email) may act.

Login is throttled by django-axes (failed attempts per user and address). Forms that do not
fail visibly — "forgot my password" answers the same whether the email exists or not — are
throttled here instead, by counting every POST: ``POST_THROTTLES`` in the settings names the
URL (by its name, whichever view serves it) and the limits; ``ThrottleMiddleware`` answers
429 with a Vietnamese page once a limit is reached. The cache is shared by every worker when
``REDIS_URL`` is set; with the local-memory cache each process counts for itself. With the cache
unreachable nothing can be counted: the action is allowed (logged), as the sign-in's own limit
(django-axes, in the database) still holds, rather than refusing everyone with a wrong "too many".
"""

from __future__ import annotations

import hashlib
import logging

from django.conf import settings
from django.core.cache import cache
from django.shortcuts import render

logger = logging.getLogger(__name__)


def allow(scope: str, key: str, limit: tuple[int, int]) -> bool:
    """Count one action of ``key`` in ``scope``; False once more than ``limit`` = (count, seconds)
    actions fall in one window (fixed, starting with the first action)."""
    count, seconds = limit
    digest = hashlib.sha256(f"{scope}\0{key}".encode()).hexdigest()[:32]
    cache_key = f"throttle:{digest}"
    try:
        return _count(cache_key, count, seconds)
    except Exception:
        logger.error("throttle not counted (%s): the cache is unreachable", scope, exc_info=True)
        return True


def _count(cache_key: str, count: int, seconds: int) -> bool:
    # add() starts the window (and its expiry) only if it is not running; incr() is atomic on
    # Redis and under the local-memory cache's lock.
    if cache.add(cache_key, 1, timeout=seconds):
        return True
    try:
        return cache.incr(cache_key) <= count
    except ValueError:  # expired between add() and incr(): a new window
        cache.add(cache_key, 1, timeout=seconds)
        return True


def client_address(request) -> str:
    """The client's address, read as django-axes reads it for login."""
    from axes.helpers import get_client_ip_address

    return get_client_ip_address(request) or "unknown"


def throttled(request, rule: dict) -> bool:
    """Whether ``request`` is past a limit of ``rule``: ``{"address": (count, seconds),
    "fields": {name: (count, seconds)}}`` (each POSTed field value counted apart)."""
    allowed = allow("address", client_address(request), rule["address"])
    for field, limit in rule.get("fields", {}).items():
        value = request.POST.get(field, "").strip().lower()
        if value:
            allowed = allow(f"field:{field}", value, limit) and allowed
    return not allowed


class ThrottleMiddleware:
    """429 for a POST to a URL named in ``settings.POST_THROTTLES`` past its limits."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if request.method != "POST" or request.resolver_match is None:
            return None
        rule = settings.POST_THROTTLES.get(request.resolver_match.url_name)
        if rule is None or not throttled(request, rule):
            return None
        minutes = max(1, rule["address"][1] // 60)
        return render(request, "429.html", {"minutes": minutes}, status=429)
