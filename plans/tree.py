"""A plan's tree with rows hung on its items: the plan page (``dashboards``) and the public plan
page (``public``) each load their rows (tasks, targets, projects…) and call ``hang``.

The rows are read by ``plan_item_id`` only, so this floor needs to know nothing of them.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable


def hang(items: Iterable, progress: dict, **rows: Iterable) -> list:
    """The roots of the tree of ``items`` (in reading order), each item with ``item.nodes`` (its
    children), ``item.<name>_rows`` for each keyword of ``rows`` (the rows whose ``plan_item_id``
    is the item's, in their order) and ``item.progress``, ``item.task_count`` from ``progress``
    (``{item_id: (percent, count)}``, as ``assignments.selectors.item_progress`` returns it)."""
    items = list(items)
    by_item: dict[str, dict[int, list]] = {name: defaultdict(list) for name in rows}
    for name, values in rows.items():
        for row in values:
            by_item[name][row.plan_item_id].append(row)
    nodes: dict[int | None, list] = defaultdict(list)
    for item in items:
        for name in rows:
            setattr(item, f"{name}_rows", by_item[name][item.pk])
        item.rollup = progress.get(item.pk)  # with ``no_data`` when the roll-up gives it
        item.progress, item.task_count = item.rollup or (None, 0)
        nodes[item.parent_id].append(item)
    for item in items:
        item.nodes = nodes[item.pk]
    return nodes[None]


def walk(nodes: Iterable):
    """Every item of the tree under ``nodes`` (as ``hang`` returns them), in reading order."""
    for item in nodes:
        yield item
        yield from walk(item.nodes)
