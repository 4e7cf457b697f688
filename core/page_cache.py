"""Whole signed-in pages served from the cache, without rendering, while nothing they show changed.

A page's entry holds its HTML and the *versions* it was built from: cache keys that every
write which can change the page gives a new value (a ward's cache version,
``core.generation.version_keys``; a user's unread version, ``talk.unread.version_key``). The
entry and the current versions come in one ``get_many``, before the page reads anything from
the database; the entry is served only if every version still has the value it had when the
entry was stored. Otherwise the page renders as usual and is stored with the versions read
*before* it rendered: a write that commits while it renders moves a version after the
commit, so what was rendered from before the commit is never served again. A version missing
from the cache (evicted, flushed) starts afresh at a random value that no entry has.

The entry is read in the round trip that reads the signed-in user (one ``get_many`` of both,
``accounts.auth_backends.authenticate_with``), so its key cannot hold the stamp of the user's
cached entry: the entry holds it, and is served only to a viewer authenticated as usual whose
stamp is that one (``owner``). Everything else the page depends on belongs in the entry's key,
chosen by the caller (the user, the language, the day, the path); the key also
holds the static files' manifest hash, so a deploy that changes a style sheet or a script
never serves a page naming the old files. (A deploy that changes only templates serves the
pages stored before it until they expire, as the ``{% cache %}`` bodies do.) What every page
of a user shows from an upper floor registers its version here (``watch_user_version``: the
bell's unread count, by ``talk``), so that no page has to import it.

Never stored: the CSRF token. The page is kept split around the token its forms carried and
served with a token freshly masked for the request's own CSRF secret (``core.csrf_mask``,
masked as Django's ``get_token`` masks it, the CSRF cookie renewed as a rendered page renews
it), so a cached page's forms post like a rendered one's, whatever the visitor's secret. Pages
with messages waiting are rendered (they show and consume them), and a cache that fails counts
as a miss: the page renders, unstored.
"""

from __future__ import annotations

import logging
import random
import re
from collections.abc import Callable, Sequence

from django.contrib import messages
from django.contrib.staticfiles.storage import staticfiles_storage
from django.core.cache import cache
from django.http import HttpRequest, HttpResponse

from core.csrf_mask import masked_token

logger = logging.getLogger(__name__)
_TOKEN = re.compile(rb'name="csrfmiddlewaretoken" value="([^"]+)"')
_USER_VERSIONS: list[Callable[[int], str]] = []


def watch_user_version(key_of: Callable[[int], str]) -> None:
    """Every cached page of a user also checks the version at ``key_of(user_id)`` (apps' ``ready``)."""
    if key_of not in _USER_VERSIONS:
        _USER_VERSIONS.append(key_of)


def user_version_keys(user_id: int) -> list[str]:
    return [key_of(user_id) for key_of in _USER_VERSIONS]


def has_messages(request: HttpRequest) -> bool:
    """Whether messages wait to be shown (the next page shows them: it must render)."""
    return len(messages.get_messages(request)) > 0


def versions_in(found: dict, keys: Sequence[str]) -> dict[str, int | None]:
    """The values of the version ``keys`` in ``found`` (a ``get_many`` that asked for them with
    the entry they guard). A version never set or evicted starts afresh at a random value, which
    no stored entry holds, and is read back (None only if the cache did not take it)."""
    versions = {key: found.get(key) for key in keys}
    missing = [key for key, value in versions.items() if value is None]
    if missing:
        for key in missing:
            cache.add(key, random.getrandbits(62), None)
        versions.update(cache.get_many(missing))
    return versions


class CachedPage:
    """One page's entry under ``key``, valid while ``version_keys`` keep their values and its
    viewer keeps the ``owner`` stamp it was stored for.

    The caller reads ``keys()`` in a round trip it makes anyway (the signed-in user's: see
    ``accounts.auth_backends.authenticate_with``) and hands what it found to ``take``."""

    def __init__(self, key: str, version_keys: Sequence[str], seconds: int):
        build = getattr(staticfiles_storage, "manifest_hash", "")  # set once per process
        self.key, self.version_keys, self.seconds = f"{key}:{build}", list(version_keys), seconds
        self.versions: dict[str, int] | None = None  # as read before rendering (None: do not store)
        self.entry = None

    def keys(self) -> list[str]:
        return [self.key, *self.version_keys]

    def take(self, found: dict) -> None:
        """What a ``get_many`` of ``keys()`` found: the entry, and the versions it is compared
        with and a rendered page is stored under."""
        try:
            versions = versions_in(found, self.version_keys)
        except Exception:
            logger.warning("page cache unavailable: %s", self.key, exc_info=True)
            return
        if None not in versions.values():
            self.versions, self.entry = versions, found.get(self.key)

    def response(self, request: HttpRequest, owner: int | None) -> HttpResponse | None:
        """The stored page if it was stored for ``owner`` (the viewer's stamp, see the class)
        and every version still has the value stored with it, else None."""
        if self.entry is None or owner is None:
            return None
        stored_for, versions, parts = self.entry
        if stored_for != owner or versions != self.versions:
            return None
        return HttpResponse(masked_token(request).encode().join(parts))

    def store(self, response: HttpResponse, owner: int | None) -> None:
        """Keep a rendered page (200) for ``owner`` under the versions read before it rendered."""
        if self.versions is None or owner is None or response.status_code != 200 or response.streaming:
            return
        content = response.content
        token = _TOKEN.search(content)
        parts = content.split(token.group(1)) if token else [content]
        try:
            cache.set(self.key, (owner, self.versions, parts), self.seconds)
        except Exception:
            logger.warning("page not stored: %s", self.key, exc_info=True)
