"""A cache for entries whose key names their version: each process keeps a copy in memory.

The page bodies cached with ``{% cache %}`` (the ward dashboard, the public pages) are keyed by
the ward's generation, which every request reads from the database (core.generation): when the
ward's data changes the key changes, so a copy of an old key can never be served as the current
page. Such entries can therefore be kept in the process as well as in the shared cache: a warm
page then costs no round trip to Redis for its body (on a busy machine each round trip waits for
the scheduler: docs/PERFORMANCE.md). Settings use it as ``template_fragments`` (the alias
``{% cache %}`` reads) when ``REDIS_URL`` is set. Only for keys that change with their content:
never for entries that are deleted or overwritten under the same key.

The shared cache unreachable (Redis down), a read is a miss and a write keeps the process's copy
alone: the page renders its body and the next request in the process finds it (logged). Nothing
is lost that matters, since an entry is never replaced under its key.
"""

import logging

from django.core.cache import caches
from django.core.cache.backends.base import DEFAULT_TIMEOUT, BaseCache
from django.core.cache.backends.locmem import LocMemCache

_MISSING = object()
logger = logging.getLogger(__name__)


class ProcessAndSharedCache(BaseCache):
    """Reads the process's copy first, then the shared cache (``OPTIONS["SHARED"]``, an alias)."""

    def __init__(self, location, params):
        super().__init__(params)
        options = params.get("OPTIONS", {})
        self._shared_alias = options.get("SHARED", "default")
        self._local = LocMemCache(
            f"process-copy-{location}", {"TIMEOUT": params.get("TIMEOUT", 300), "OPTIONS": {"MAX_ENTRIES": 300}}
        )

    @property
    def _shared(self) -> BaseCache:
        return caches[self._shared_alias]

    def get(self, key, default=None, version=None):
        value = self._local.get(key, _MISSING, version)
        if value is _MISSING:
            try:
                value = self._shared.get(key, _MISSING, version)
            except Exception:
                logger.warning("shared cache unavailable: %s read as missing", key, exc_info=True)
                return default
            if value is _MISSING:
                return default
            self._local.set(key, value, version=version)
        return value

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        try:
            self._shared.set(key, value, timeout, version)
        except Exception:
            logger.warning("shared cache unavailable: %s kept in this process only", key, exc_info=True)
        self._local.set(key, value, timeout, version)

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        added = self._shared.add(key, value, timeout, version)
        if added:
            self._local.set(key, value, timeout, version)
        return added

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        self._local.touch(key, timeout, version)
        return self._shared.touch(key, timeout, version)

    def delete(self, key, version=None):
        self._local.delete(key, version)
        return self._shared.delete(key, version)

    def has_key(self, key, version=None):
        return self._local.has_key(key, version) or self._shared.has_key(key, version)

    def clear(self):
        self._local.clear()
        self._shared.clear()
