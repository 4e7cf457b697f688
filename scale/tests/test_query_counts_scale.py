"""Every main page costs the same number of SQL queries for 1 or 3 generated wards."""

import pytest
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from scale.generator import Options, generate_wards
from scale.pages import main_pages

pytestmark = pytest.mark.django_db

# Full-size wards, so that every list and search has rows to show at both sizes.
SMALL = dict(users=True)


def counts() -> dict[str, tuple[int, int]]:
    """(queries computed afresh, queries with the cache warm) per page."""
    out = {}
    clients: dict[str, Client] = {}
    for name, username, path in main_pages("sw-0001"):
        if username not in clients:
            clients[username] = Client()
            if username:  # "": signed out (the public pages)
                clients[username].force_login(get_user_model().objects.get(username=username))
        client = clients[username]
        client.get(path)  # a first visit creates the generation rows of wards never seen
        measured = []
        for clear in (True, False):
            if clear:
                cache.clear()
            with CaptureQueriesContext(connection) as ctx:
                response = client.get(path)
            assert response.status_code == 200, (name, path, response.status_code)
            measured.append(len(ctx.captured_queries))
        out[name] = tuple(measured)
    return out


def test_it_queries_the_same_for_one_ward_or_three():
    generate_wards(Options(count=1, **SMALL))
    one = counts()
    generate_wards(Options(count=3, **SMALL))
    three = counts()
    assert "ward_dashboard" in one and "city_dashboard" in one
    assert three == one


def test_warm_dashboards_skip_the_computation():
    generate_wards(Options(count=2, **SMALL))
    measured = counts()
    for page in ("ward_dashboard", "city_dashboard"):
        cold, warm = measured[page]
        assert warm < cold, (page, measured[page])
