"""The signed-in user and their profile without SQL on every request (issue 14.2).

Every signed-in page first needs the user (``AuthenticationMiddleware`` → the backend's
``get_user``) and their ``Profile`` with its ward, unit and city (menus, ``accounts.access``).
``CachedModelBackend`` keeps that one object graph in the cache for ``AUTH_CACHE_SECONDS``,
stored with the version it was read at (one ``get_many`` of both per request), and drops it
whenever it may have changed:

- a ``User`` or ``Profile`` saved or deleted (password, deactivation, role, ward…): that
  user's entry is deleted, in the same process and — with a shared cache (Redis) — for every
  process;
- a ``Ward``, ``Unit`` or ``City`` saved (their names show in the menus): the version moves
  on, so every entry is dropped at once.

The entry is dropped at once and again after the writing transaction commits, so a request
that read the user before the commit cannot leave its copy behind. Each entry carries a
random ``cache_stamp`` (``stamp_of``), new whenever the user is read from the database: a page
cached for the user (``core.page_cache``) keys itself by it, and so follows every change
above — a role, a name, a ward — as the menus do.

Only worth it, and only safe, with a cache every app process shares (``REDIS_URL``): with the
default per-process memory cache an entry dropped in one gunicorn worker would live on in the
others, so ``AUTH_CACHE_SECONDS`` is 0 there (settings) and this backend reads the database like
Django's own. Django's session hash check (a changed password signs the other sessions out)
runs on the cached user as on a fresh one: the password change drops the entry.
"""

from __future__ import annotations

import random

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.backends import ModelBackend
from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import post_delete, post_save

VERSION_KEY = "auth-user:version"


def _key(user_id) -> str:
    return f"auth-user:{user_id}"


def load_user(user_id):
    """The user with its profile, ward, unit and city, in one query (None if gone)."""
    return (
        get_user_model()
        ._default_manager.select_related("profile__ward", "profile__unit", "profile__city")
        .filter(pk=user_id)
        .first()
    )


class CachedModelBackend(ModelBackend):
    """Django's ``ModelBackend`` whose ``get_user`` reads the cache first (see the module)."""

    def get_user(self, user_id):
        seconds = settings.AUTH_CACHE_SECONDS
        if not seconds:
            user = load_user(user_id)
        else:
            # One round trip: the version and the entry, stored with the version it was read at.
            key = _key(user_id)
            found = cache.get_many([VERSION_KEY, key])
            version = found.get(VERSION_KEY, 0)
            entry = found.get(key)
            if entry is not None and entry[0] == version:
                user = entry[1]
            else:
                user = load_user(user_id)
                if user is not None:
                    user.cache_stamp = random.getrandbits(62)
                    cache.set(key, (version, user), seconds)
        return user if user is not None and self.user_can_authenticate(user) else None


def stamp_of(user) -> int | None:
    """The stamp of the cached entry ``user`` came from (None: read from the database, uncached)."""
    return getattr(user, "cache_stamp", None)


def forget_user(user_id) -> None:
    key = _key(user_id)
    cache.delete(key)
    transaction.on_commit(lambda: cache.delete(key))


def _on_user(sender, instance, **kwargs):
    forget_user(instance.pk)


def _on_profile(sender, instance, **kwargs):
    forget_user(instance.user_id)


def _new_version() -> None:
    try:
        cache.incr(VERSION_KEY)
    except ValueError:  # no version yet
        cache.set(VERSION_KEY, 1, None)


def _on_shown_names(sender, instance, raw=False, **kwargs):
    # A new version rather than a scan: every cached user is dropped at once, and after commit.
    _new_version()
    transaction.on_commit(_new_version)


def connect() -> None:
    from accounts.models import Profile

    user_model = get_user_model()
    for signal in (post_save, post_delete):
        signal.connect(_on_user, sender=user_model, dispatch_uid=f"auth-cache-user-{signal is post_save}")
        signal.connect(_on_profile, sender=Profile, dispatch_uid=f"auth-cache-profile-{signal is post_save}")
    for label in ("plans.Ward", "plans.City", "assignments.Unit"):
        post_save.connect(_on_shown_names, sender=label, dispatch_uid=f"auth-cache-names-{label}")
