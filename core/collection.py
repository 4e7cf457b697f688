"""Pausing Python's cycle collector while a page builds many small objects at once.

The city dashboard computed afresh reads some 40,000 rows into small objects and keeps most of
them until it is done. Every few thousand allocations the cycle collector runs, and as the
objects survive it also walks the older generations, Django's own long-lived objects included:
10–30 % of the computation's CPU (measured in docs/PERFORMANCE.md, session 5). None of those
objects form cycles, and reference counting frees them as usual; ``paused()`` only defers the
cycle collector's passes to the end of the block, where it resumes (as it was: a block inside
another, or a process that runs without it, is left as it was).
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def paused() -> Iterator[None]:
    """No cycle collection inside the block (see the module's docstring)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
