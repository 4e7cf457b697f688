"""Hostile query strings: every list, export and API page answers 4xx or a page, never 5xx.

The URL patterns come from the resolver (as in ``test_isolation``), so pages added later are
walked too. Each page is asked with hostile values (years 0 and 99999, day counts in the
millions, ids past 2^63, searches of 400 words or 10,000 characters, NUL bytes, repeated
parameters…) for every parameter its filter form declares, and for every parameter of every
list at once; the database must not change.
"""

from __future__ import annotations

import pytest
from django.urls import NoReverseMatch, resolve, reverse

from assignments.filters import ReportFilter, TaskFilter
from dashboards.tests.conftest import result_count
from plans.filters import PlanFilter, PlanItemFilter
from portal.tests.test_isolation import OBJECT_KWARGS, PATTERNS, VALUE_KWARGS, fingerprint, urls_for
from portal.tests.world import build_world
from projects.filters import ProjectFilter
from targets.filters import MeasurementFilter, TargetFilter

pytestmark = pytest.mark.django_db

FILTERSETS = (TaskFilter, ReportFilter, TargetFilter, ProjectFilter, PlanFilter, PlanItemFilter, MeasurementFilter)
# Read by views outside a FilterSet (prefill links, sorting, pagination, the report form).
OTHER_PARAMS = ("page", "sort", "period", "year", "plan", "format", "script", "ordering", "limit", "offset")
EVERY_PARAM = sorted({name for fs in FILTERSETS for name in fs.base_filters} | set(OTHER_PARAMS))

HOSTILE = [
    "0",
    "99999",
    "3000000",
    str(2**63),
    "9" * 40,
    "²",
    "1.5",
    "abc",
    "2026-Q9",
    "a\x00b",
    " ".join(["nhiệm vụ"] * 200),  # 400 words
    "x" * 10_000,
]


def filter_params(client, url: str, pattern) -> list[str]:
    """The parameters of the page's filters: its FilterSet (an API view's ``filterset_class``
    or the ``filter`` of a page's context) or its GET form (``form``, unprefixed)."""
    filterset = getattr(getattr(pattern.callback, "cls", None), "filterset_class", None)
    if filterset is not None:
        return sorted(filterset.base_filters)
    names = set()
    for context in client.get(url).context or []:
        for key in ("filter", "form"):
            obj = context.get(key) if hasattr(context, "get") else None
            form = getattr(obj, "form", obj)
            if form is not None and not getattr(form, "prefix", None):
                names |= set(getattr(form, "fields", {}))
    return sorted(names)


@pytest.fixture
def world(today):
    return build_world()


GET_PATTERNS = [p for p in PATTERNS if not p.name.endswith(("import_confirm", "send_reminders"))]
# Generating the schema takes seconds; a few values show that it ignores the query string.
SLOW = {"api:schema": HOSTILE[::3]}


def reader(client, world, url):
    """The follow-up office (its lists, exports and forms), or the city viewer for city pages."""
    client.force_login(world.bd.follow_up)
    if client.get(url).status_code in (302, 403):
        client.force_login(world.city_viewer)


@pytest.mark.parametrize("pattern", GET_PATTERNS, ids=lambda p: p.name)
def test_hostile_query_strings_never_give_a_server_error(client, world, pattern):
    before = fingerprint()
    urls = urls_for(pattern, world.bd) if pattern.kwargs else [reverse(pattern.name)]
    values = SLOW.get(pattern.name, HOSTILE)
    failures = []
    for url in urls:
        reader(client, world, url)
        declared = filter_params(client, url, pattern)
        queries = [dict.fromkeys(EVERY_PARAM, value) for value in values]
        queries += [{name: value} for name in declared for value in values]
        queries += [{name: ["1", value]} for name in declared for value in ("abc", str(2**64))]
        for query in queries:
            response = client.get(url, query)
            if response.status_code >= 500:
                failures.append(f"GET {url} {str(query)[:120]}: {response.status_code}")
    assert not failures, "\n".join(failures[:40]) + f"\n({len(failures)} in all)"
    assert fingerprint() == before


HOSTILE_IDS = [0, 2**63, 2**64, "abc", "1.5", "9" * 30]


@pytest.mark.parametrize("pattern", [p for p in GET_PATTERNS if p.kwargs], ids=lambda p: p.name)
def test_hostile_ids_in_the_path_are_not_found(client, world, pattern):
    """An id past 2^63 (or not a number, where the URL lets it through) is a 404, not a 500."""
    client.force_login(world.bd.follow_up)
    checked = 0
    for name in pattern.kwargs:
        if name not in OBJECT_KWARGS and name != "pk" or name in ("ward", "ward_slug"):
            continue
        for bad in HOSTILE_IDS:
            for url in urls_for(pattern, world.bd):
                match = resolve(url)
                try:
                    hostile = reverse(pattern.name, kwargs={**match.kwargs, name: bad})
                except NoReverseMatch:
                    continue  # the URL's converter refuses it already
                checked += 1
                response = client.get(hostile)
                assert response.status_code in (404, 405), f"GET {hostile}: {response.status_code}"
    assert checked or all(name in ("ward", "ward_slug") or name in VALUE_KWARGS for name in pattern.kwargs)


def test_the_list_shows_the_error_beside_its_filter_and_no_rows(client, world):
    client.force_login(world.bd.follow_up)
    response = client.get(reverse("task_list"), {"year": "0", "q": "hạ tầng"})
    assert response.status_code == 200
    body = response.content.decode()
    assert "Năm phải là số từ 1900 đến 2100." in body
    assert result_count(response) == 0
    response = client.get(reverse("task_list"), {"year": "2026", "q": "hạ tầng"})
    assert result_count(response) == 1


def test_the_api_answers_400_with_the_message(client, world):
    client.force_login(world.bd.follow_up)
    response = client.get(reverse("api:task-list"), {"due_within": "3000000"})
    assert response.status_code == 400
    assert response.json() == {"due_within": ["Số ngày phải là số nguyên từ 0 đến 3650."]}
    response = client.get(reverse("api:report-list"), {"q": " ".join(["từ"] * 30)})
    assert response.status_code == 400
    assert response.json() == {"q": ["Tìm kiếm tối đa 20 từ."]}
