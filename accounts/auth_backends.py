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

**One round trip with a page** (``authenticate_with``): a page served whole from the cache
(``core.page_cache``) reads its entry in the same ``get_many`` as the user's entry and the
session's copy, with the user id the session's key names (``core.sessions``), before
``request.user``; nothing is served unless the session's data names that user; Django's own ``get_user`` then runs as on
any request (session hash, ``is_active``), this backend taking the entry from that read instead
of reading it again. Nothing of the check moves: only where the entry was read.

**The cache unreachable** (Redis down): the user is read from the database and not stored. A
drop the cache cannot take is logged and the write goes on: the entry it missed was stored at
most ``AUTH_CACHE_SECONDS`` (5 minutes) before and expires then, whether the cache comes back
before or after.
"""

from __future__ import annotations

import logging
import random
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar

from django.conf import settings
from django.contrib.auth import BACKEND_SESSION_KEY, SESSION_KEY, get_user_model
from django.contrib.auth.backends import ModelBackend
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models.signals import post_delete, post_save

from core.cache_writes import quietly
from core.sessions import user_named_by

VERSION_KEY = "auth-user:version"
BACKEND = f"{__name__}.CachedModelBackend"  # as the session names the backend that signed it in

logger = logging.getLogger(__name__)
# (user id, a get_many that asked for ``_entry_keys(user id)``), handed by ``authenticate_with``.
_handed: ContextVar[tuple[object, dict] | None] = ContextVar("auth_user_handed", default=None)


def _key(user_id) -> str:
    return f"auth-user:{user_id}"


def _entry_keys(user_id) -> list[str]:
    return [VERSION_KEY, _key(user_id)]


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
        found = _read_entry(user_id) if seconds else None
        if found is None:
            user = load_user(user_id)
        else:
            # The entry is stored with the version it was read at: both came in one round trip.
            version = found.get(VERSION_KEY, 0)
            entry = found.get(_key(user_id))
            if entry is not None and entry[0] == version:
                user = entry[1]
            else:
                user = load_user(user_id)
                if user is not None:
                    user.cache_stamp = random.getrandbits(62)
                    _quietly(cache.set, _key(user_id), (version, user), seconds)
        return user if user is not None and self.user_can_authenticate(user) else None


def _read_entry(user_id) -> dict | None:
    """The version and the user's entry: as handed by ``authenticate_with``, else read (None:
    the cache is unreachable, read the database)."""
    handed = _handed.get()
    if handed is not None and handed[0] == user_id:
        return handed[1]
    try:
        return cache.get_many(_entry_keys(user_id))
    except Exception:
        logger.warning("user cache unavailable: user %s read from the database", user_id, exc_info=True)
        return None


def _quietly(call, *args) -> None:
    # The module says what a lost write costs: at most AUTH_CACHE_SECONDS.
    quietly(logger, "user cache not updated", call, *args, level=logging.ERROR)


def session_user_id(request):
    """The id of the user the request's session signed in through this backend, read before
    ``request.user`` (None: no such session; ``request.user`` then decides as usual)."""
    session = request.session
    if session.get(BACKEND_SESSION_KEY) != BACKEND or SESSION_KEY not in session:
        return None
    try:
        return get_user_model()._meta.pk.to_python(session[SESSION_KEY])
    except ValidationError:
        return None


def page_user_id(request):
    """Whose page to read with the user (``authenticate_with``): the user the session's key names
    (``core.sessions``), no round trip, else the session's user. A hint either way:
    ``authenticate_with`` serves nothing unless the session's data names that user."""
    named = user_named_by(getattr(request.session, "session_key", None))
    if named is not None:
        try:
            return get_user_model()._meta.pk.to_python(named)
        except ValidationError:
            return None
    return session_user_id(request)


def authenticate_with(request, user_id, keys: Sequence[str]) -> dict | None:
    """``keys`` read in one round trip with the session's copy (when not read yet) and the
    cached entry of ``user_id`` (``page_user_id``), then ``request.user`` as Django gives it on
    every request (its session hash check, ``is_active``), the user's entry taken from that read.
    What was found (``get_many``), or None: the session's user is not ``user_id``, no user
    cache, or the cache failing (``request.user`` is then left to be read as usual)."""
    if not settings.AUTH_CACHE_SECONDS or user_id is None:
        return None
    session = request.session
    copy_key = session.copy_key_to_read() if hasattr(session, "copy_key_to_read") else None
    try:
        found = cache.get_many([*keys, *_entry_keys(user_id), *([copy_key] if copy_key else [])])
    except Exception:
        logger.warning("cache unavailable: user %s authenticated the usual way", user_id, exc_info=True)
        return None
    if copy_key:
        session.take_copy(found.get(copy_key))
    if session_user_id(request) != user_id:  # the key named someone the session does not
        return None
    with _handing(user_id, found):
        request.user.is_authenticated  # noqa: B018 -- evaluates the lazy user (Django's get_user) now
    return found


@contextmanager
def _handing(user_id, found: dict) -> Iterator[None]:
    token = _handed.set((user_id, found))
    try:
        yield
    finally:
        _handed.reset(token)


def stamp_of(user) -> int | None:
    """The stamp of the cached entry ``user`` came from (None: read from the database, uncached)."""
    return getattr(user, "cache_stamp", None)


def forget_user(user_id) -> None:
    key = _key(user_id)
    _quietly(cache.delete, key)
    transaction.on_commit(lambda: _quietly(cache.delete, key))


def _on_user(sender, instance, **kwargs):
    forget_user(instance.pk)


def _on_profile(sender, instance, **kwargs):
    forget_user(instance.user_id)


def _new_version() -> None:
    try:
        cache.incr(VERSION_KEY)
    except ValueError:  # no version yet
        _quietly(cache.set, VERSION_KEY, 1, None)
    except Exception:
        logger.error("user cache version not moved", exc_info=True)


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
