"""Every named route is reached by its own address: none is shadowed by a pattern listed before it.

Django takes the first pattern that matches, so the order of ``config/urls.py`` decides which
view answers. The ward dashboard is listed first (it is the page read most, and a pattern
listed late is matched only after every other app's patterns were tried); this keeps that
order, or any later one, from handing another page's address to the wrong view.
"""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from django.urls import resolve

from portal.tests.test_isolation import PATTERNS, urls_for

# Any object will do: only the address is built, nothing is read.
ANY_OBJECT = SimpleNamespace(pk=7, slug="mot-phuong")
ANY_OBJECTS = SimpleNamespace(**{name: ANY_OBJECT for name in (
    "task", "target", "project", "report", "plan", "evidence", "measurement", "item", "ubnd",
    "capital_year", "official", "comment", "notification", "job", "ward",
)})  # fmt: skip


@pytest.mark.parametrize("pattern", PATTERNS, ids=lambda p: p.name)
def test_each_route_resolves_to_its_own_view(pattern):
    for url in urls_for(pattern, ANY_OBJECTS):
        match = resolve(url)
        assert match.view_name == pattern.name, f"{url} is answered by {match.view_name}, not {pattern.name}"
