"""Django's cached database sessions (``cached_db``), read from the database when the cache is down.

Selected with ``REDIS_URL`` (settings). Every session lives in its database row; the cache holds
a copy so that a request does not read the row. Django's own store reads the copy under a
guard but then writes the row it read back to the cache without one, and asks the cache whether
a new key is taken, so with Redis unreachable every signed-in page failed there. Here:

- **Reading** (``load``, ``exists``): the cache unreachable, the row is read and not copied.
- **Saving** (``save``): the row is written, the copy when the cache takes it (Django's own rule).
- **Signing out** (``flush``: logout, a session whose password hash no longer matches): the copy
  is deleted *first*, and if the cache cannot delete it the sign-out fails as a whole, both
  copies kept. A copy lives as long as the session (weeks): deleting the row alone would let the
  copy sign the visitor back in as soon as the cache returns. The visitor is told so, in a page
  of its own (503, ``SignOutUnavailableMiddleware``), not a server error.
- **A key replaced** (``cycle_key``: sign-in, password change): the old row goes; a copy the cache
  could not drop is logged. It holds the data from before the sign-in (nobody's, or already this
  user's), or a password hash that no longer matches (Django's check signs it out).

**A signed-in session's key starts with its user's id** ("42-…", the rest random as Django draws
it): a page can then ask for the session's copy in the same round trip as the user's cached
entry and its own (``accounts.auth_backends.authenticate_with``), where otherwise it must read
the session first to learn whose entry to ask for. The id in the key is only a hint of which
keys to read: the user is the one the session's data names, checked as Django checks it. A
session saved with a user its key does not name (a sign-in: Django makes the new key before it
writes the user in) gets a new key that names it, the old one deleted, as ``cycle_key`` does.
The id is not secret; the key keeps at least 28 random characters (≈ 145 bits).

(The ``a…`` methods are Django's: the portal is served over WSGI.)
"""

from __future__ import annotations

import logging

from django.contrib.auth import SESSION_KEY
from django.contrib.sessions.backends import cached_db
from django.contrib.sessions.backends.base import VALID_KEY_CHARS
from django.contrib.sessions.models import Session
from django.core.cache import DEFAULT_CACHE_ALIAS, caches
from django.shortcuts import render
from django.utils.crypto import get_random_string

logger = logging.getLogger(__name__)
KEY_LENGTH = Session._meta.get_field("session_key").max_length
RANDOM_LENGTH = 32  # Django's own length, shortened only for very long user ids
MIN_RANDOM_LENGTH = 28


def user_named_by(session_key: str | None) -> str | None:
    """The user id a session key starts with (a hint, see the module), or None."""
    head, separator, _rest = (session_key or "").partition("-")
    return head if separator and head.isdigit() else None


class SignOutUnavailable(Exception):
    """The session's cached copy could not be deleted, so nothing was: the visitor is still signed in."""


class SignOutUnavailableMiddleware:
    """A sign-out refused while the cache is down answers 503 with what happened and what to do."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if isinstance(exception, SignOutUnavailable):
            return render(request, "503_sign_out.html", status=503)
        return None


class SessionStore(cached_db.SessionStore):
    def _get_new_session_key(self):
        user = self._named_user()
        prefix = f"{user}-" if user is not None else ""
        while True:
            session_key = prefix + get_random_string(min(RANDOM_LENGTH, KEY_LENGTH - len(prefix)), VALID_KEY_CHARS)
            if not self.exists(session_key):
                return session_key

    def _named_user(self) -> str | None:
        """The user id the key should start with: the loaded data's user, unless too long to leave
        ``MIN_RANDOM_LENGTH`` random characters (None: nobody, or the data not loaded)."""
        user = getattr(self, "_session_cache", {}).get(SESSION_KEY)
        if user is None or not str(user).isdigit() or KEY_LENGTH - len(str(user)) - 1 < MIN_RANDOM_LENGTH:
            return None
        return str(user)

    def save(self, must_create=False):
        if not must_create and self.session_key and user_named_by(self.session_key) != self._named_user():
            self.cycle_key()  # saves the data under a key naming its user (the module)
            return
        super().save(must_create)

    def copy_key_to_read(self) -> str | None:
        """The cache key of this session's copy, for a caller reading the default cache anyway,
        while the session is not loaded yet (then ``take_copy`` what it found), else None."""
        if hasattr(self, "_session_cache") or not self.session_key or self._cache is not caches[DEFAULT_CACHE_ALIAS]:
            return None
        return self.cache_key

    def take_copy(self, data) -> None:
        """The session's copy as read by the caller of ``copy_key_to_read`` (None: not found, the
        session loads as usual when read)."""
        if data is not None and not hasattr(self, "_session_cache"):
            self._session_cache = data

    def load(self):
        try:
            data = self._cache.get(self.cache_key)
        except Exception:
            logger.warning("session cache unavailable: the session is read from the database", exc_info=True)
            return self._from_database(copy=False)
        return data if data is not None else self._from_database(copy=True)

    def _from_database(self, *, copy: bool) -> dict:
        row = self._get_session_from_db()
        if row is None:
            return {}
        data = self.decode(row.session_data)
        if copy:
            self._copy(data, self.get_expiry_age(expiry=row.expire_date))
        return data

    def _copy(self, data: dict, seconds: int) -> None:
        try:
            self._cache.set(self.cache_key, data, seconds)
        except Exception:
            logger.warning("session not copied to the cache", exc_info=True)

    def exists(self, session_key):
        try:
            if session_key and (self.cache_key_prefix + session_key) in self._cache:
                return True
        except Exception:
            logger.warning("session cache unavailable: the key is looked up in the database", exc_info=True)
        return super(cached_db.SessionStore, self).exists(session_key)

    def delete(self, session_key=None):
        key = session_key if session_key is not None else self.session_key
        super(cached_db.SessionStore, self).delete(session_key)  # the row
        if key is None:
            return
        try:
            self._cache.delete(self.cache_key_prefix + key)
        except Exception:  # what is left is a replaced key's copy, or a flush's already gone (the module)
            logger.error("session copy not deleted from the cache", exc_info=True)

    def flush(self):
        if self.session_key is not None:
            # Refused while the cache is down, before the row goes: nobody is half signed out.
            try:
                self._cache.delete(self.cache_key_prefix + self.session_key)
            except Exception as error:
                logger.error("sign-out refused: the session's cached copy could not be deleted", exc_info=True)
                raise SignOutUnavailable from error
        super().flush()
