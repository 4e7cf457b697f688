"""Every main page costs the same number of SQL queries for 1 or 3 generated wards."""

import pytest
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from dashboards.models import CityRow
from scale.generator import Options, generate_wards
from scale.pages import main_pages

pytestmark = pytest.mark.django_db

# Full-size wards, so that every list and search has rows to show at both sizes.
SMALL = dict(users=True)


def counts() -> dict[str, tuple[int, int, int]]:
    """Queries per page: computed afresh (the cache cleared, no city row kept), with the cache
    cleared but the city rows of the day kept (``dashboards.row_store``), with the cache warm."""
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
        for clear, rows_too in ((True, True), (True, False), (False, False)):
            if clear:
                cache.clear()
            if rows_too:
                CityRow.objects.all().delete()
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
        afresh, _stored, warm = measured[page]
        assert warm < afresh, (page, measured[page])
    afresh, stored, _warm = measured["city_dashboard"]
    assert stored < afresh, measured["city_dashboard"]
