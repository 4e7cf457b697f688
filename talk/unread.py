"""The bell's number: a user's unread notifications, counted once and kept until they change.

Every signed-in page shows the count (``talk.context_processors``), so with a shared cache
(``REDIS_URL``; ``UNREAD_CACHE_SECONDS`` > 0) it is cached per user, stored with the user's
*unread version*: one ``get_many`` of the version and the entry per page, no SQL. Every write
that can change a user's count moves that version on (``changed``), so the next page
recomputes:

- a notification created, saved or deleted one by one (signals, ``connect``);
- ``Notification.objects.bulk_create`` and any ``update()`` of ``read_at`` or the recipient
  (``NotificationQuerySet`` calls ``changed`` itself: the rule holds for every caller).

The version moves both at once and again after the transaction commits: a page that read the
old version and counted before the commit stores its count under the old version, which the
next page no longer accepts. A version missing from the cache (evicted, or never set) starts
at a random value, so an old entry can never match it again.

The cache unreachable (Redis down), the count is read from the database; a version move it
cannot take is logged and the write goes on: the count stored before may show until it expires
(``UNREAD_CACHE_SECONDS``) if the cache comes back with it.

With the per-process memory cache (no Redis) the count is read from the database on each page:
a version moved in one gunicorn worker would not reach the others.
"""

from __future__ import annotations

import logging
import random
from collections.abc import Iterable

from django.apps import apps
from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import post_delete, post_save

from core.cache_writes import quietly
from core.page_cache import versions_in

logger = logging.getLogger(__name__)


def version_key(user_id) -> str:
    """The cache key of the user's unread version (pages cached with it: ``core.page_cache``)."""
    return f"unread-version:{user_id}"


def _count_key(user_id) -> str:
    return f"unread-count:{user_id}"


def _count_from_database(user_id) -> int:
    # By name: talk.models calls ``changed`` from its queryset, so this module does not import it.
    return apps.get_model("talk", "Notification").objects.filter(recipient_id=user_id, read_at__isnull=True).count()


def unread_count(user) -> int:
    """How many of ``user``'s notifications are unread (cached when the cache is shared)."""
    seconds = settings.UNREAD_CACHE_SECONDS
    if not seconds:
        return _count_from_database(user.pk)
    vkey, count_key = version_key(user.pk), _count_key(user.pk)
    try:
        found = cache.get_many([vkey, count_key])
        version = versions_in(found, [vkey])[vkey]
    except Exception:
        logger.warning("unread count cache unavailable: counted in the database", exc_info=True)
        return _count_from_database(user.pk)
    entry = found.get(count_key)
    if entry is not None and version is not None and entry[0] == version:
        return entry[1]
    count = _count_from_database(user.pk)
    if version is not None:
        _quietly(cache.set, count_key, (version, count), seconds)
    return count


def _quietly(call, *args) -> None:
    # The module says what a lost write costs: a count late by at most its timeout.
    quietly(logger, "unread count cache not updated", call, *args)


def _bump(user_ids: list[int]) -> None:
    for user_id in user_ids:
        try:
            cache.incr(version_key(user_id))
        except ValueError:  # no version yet (or evicted): a fresh random one
            _quietly(cache.set, version_key(user_id), random.getrandbits(62), None)
        except Exception:
            logger.warning("unread version not moved for user %s", user_id, exc_info=True)


def changed(user_ids: Iterable[int | None]) -> None:
    """The unread counts of these users may have changed: their next page counts again."""
    if not settings.UNREAD_CACHE_SECONDS:
        return
    ids = sorted({user_id for user_id in user_ids if user_id is not None})
    if ids:
        _bump(ids)
        transaction.on_commit(lambda: _bump(ids))


def _on_notification(sender, instance, **kwargs):
    changed([instance.recipient_id])


def connect() -> None:
    for signal in (post_save, post_delete):
        signal.connect(_on_notification, sender="talk.Notification", dispatch_uid=f"unread-{signal is post_save}")
