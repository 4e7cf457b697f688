"""A cache write whose loss its caller accounts for: logged, never raised.

The user cache, the unread count and their versions are copies of what the database holds,
each module saying how long a lost write can show (its timeout); with Redis unreachable the
request that wrote them goes on.
"""

from __future__ import annotations

import logging
from collections.abc import Callable


def quietly(logger: logging.Logger, what: str, call: Callable, *args, level: int = logging.WARNING) -> None:
    try:
        call(*args)
    except Exception:
        logger.log(level, "%s: %s%r", what, call.__name__, args[:1], exc_info=True)
