"""Ward isolation: every URL of the project, for every role, against another ward's objects.

The URL patterns are read from the resolver, so pages added later are covered without
editing this file — as long as their URL kwargs use the names below:

    task_pk, target_pk, project_pk, report_pk, plan_pk, evidence_pk, measurement_pk,
    item_pk (or plan_item_pk), unit_pk, capital_year_pk, user_pk (an account), comment_pk,
    notification_pk (someone else's), ward_slug (or ward), and pk
    (for class-based/DRF views whose model can be read from the view).

Other kwargs take the values in ``VALUE_KWARGS`` (add yours there). A pattern with an
unknown kwarg fails the test, on purpose.

For each pattern with an object kwarg, every signed-in role of Bạch Đằng (and Hải Phòng's
city viewer, against a ward of another city) must get 403 or 404 on GET and on POST, and a
POST must change nothing in the database. Pages without object kwargs must not show the
other ward's tasks. Anonymous users are sent to the login page (or get 401/403/404).
"""

from __future__ import annotations

import hashlib
from types import SimpleNamespace

import pytest
from django.apps import apps
from django.urls import URLPattern, URLResolver, get_resolver, reverse

from portal.tests.world import build_world, png_upload

pytestmark = pytest.mark.django_db

SKIP_PREFIXES = ("admin/", "i18n/", "static/", "media/", "accounts/", "__debug__/", "bench/")
SKIP_NAMES = {"login", "logout", "set_language", "javascript-catalog", "password_change", "password_change_done"}

# URL kwarg -> attribute of the world's ward namespace (see portal/tests/world.py).
OBJECT_KWARGS = {
    "task_pk": "task",
    "target_pk": "target",
    "project_pk": "project",
    "report_pk": "report",
    "plan_pk": "plan",
    "evidence_pk": "evidence",
    "measurement_pk": "measurement",
    "item_pk": "item",
    "plan_item_pk": "item",
    "unit_pk": "ubnd",
    "capital_year_pk": "capital_year",
    "user_pk": "official",  # an account of the other ward (accounts.people)
    "comment_pk": "comment",  # talk: a comment in the other ward's task thread
    "notification_pk": "notification",  # talk: the other ward's office's notification
    "job_pk": "job",  # exchange: the other ward's background job (its page, its file, its retry)
    "ward_slug": "ward",
    "ward": "ward",
}
# Model label -> attribute, for a plain ``pk`` kwarg.
MODEL_OBJECTS = {
    "assignments.task": "task",
    "assignments.progressreport": "report",
    "assignments.evidence": "evidence",
    "assignments.unit": "ubnd",
    "targets.target": "target",
    "targets.measurement": "measurement",
    "projects.project": "project",
    "projects.capitalyear": "capital_year",
    "plans.plan": "plan",
    "plans.planitem": "item",
    "plans.ward": "ward",
}
# Kwargs that are not objects: every listed value is tried.
VALUE_KWARGS = {
    "kind": ["tasks", "targets", "projects", "reports", "appendix1", "appendix2"],
    "format": ["json"],
    "year": [2026],
    "period": ["2026-Q3"],
    "period_key": ["2026-Q3"],
    "token": ["dGVzdC10b2tlbi0xMjM0"],  # exchange: a staged import (the ward kwarg is what is checked)
}
DENIED = {403, 404}

# A plausible body for any form of the portal: forms that accept it would change something.
POST_DATA = {
    "period": "2026-Q3",
    "period_kind": "quarter",
    "period_year": "2026",
    "period_index": "3",
    "status": "done",
    "percent": "100",
    "narrative": "giả mạo",
    "completed_on": "2026-09-30",
    "value": "99",
    "source": "giả mạo",
    "note": "giả mạo",
    "phase": "done",
    "year": "2026",
    "planned": "1",
    "disbursed": "1",
    "total_investment": "1",
    # The authoring forms (targets, projects): a save that would go through if access allowed it.
    "action": "save",
    "statement": "Đến năm 2030 đạt 100%",
    "direction": "exactly",
    "name": "giả mạo",
    "level": "ward",
    "coordination": "replace",
    "sel": ["1:1"],
    "body": "giả mạo",  # talk: a comment
}

WARD_APPS = ("accounts", "plans", "targets", "assignments", "projects", "talk")


def iter_patterns(patterns=None, prefix="", namespace="", kwargs=()):
    for entry in patterns if patterns is not None else get_resolver().url_patterns:
        route = prefix + str(entry.pattern)
        groups = tuple(entry.pattern.regex.groupindex)
        if isinstance(entry, URLResolver):
            ns = f"{namespace}{entry.namespace}:" if entry.namespace else namespace
            yield from iter_patterns(entry.url_patterns, route, ns, kwargs + groups)
        elif isinstance(entry, URLPattern):
            yield SimpleNamespace(
                route=route,
                name=f"{namespace}{entry.name}" if entry.name else None,
                kwargs=kwargs + groups,
                callback=entry.callback,
            )


def checked_patterns():
    seen = set()
    for p in iter_patterns():
        if p.route.lstrip("^").startswith(SKIP_PREFIXES) or not p.name or p.name.split(":")[-1] in SKIP_NAMES:
            continue
        if p.name in seen:
            continue
        seen.add(p.name)
        yield p


PATTERNS = list(checked_patterns())
OBJECT_PATTERNS = [p for p in PATTERNS if p.kwargs]
PLAIN_PATTERNS = [p for p in PATTERNS if not p.kwargs]


def view_model(callback):
    for holder in (getattr(callback, "view_class", None), getattr(callback, "cls", None)):
        if holder is None:
            continue
        model = getattr(holder, "model", None)
        for attr in ("queryset", "base_queryset"):
            queryset = getattr(holder, attr, None)
            if model is None and queryset is not None:
                model = queryset.model
        serializer = getattr(holder, "serializer_class", None)
        if model is None and serializer is not None and hasattr(serializer, "Meta"):
            model = getattr(serializer.Meta, "model", None)
        if model is not None:
            return model._meta.label_lower
    return None


def urls_for(pattern, ward_objects) -> list[str]:
    """Every URL of ``pattern`` with ``ward_objects``' objects substituted."""
    combos = [{}]
    for name in pattern.kwargs:
        if name in OBJECT_KWARGS:
            obj = getattr(ward_objects, OBJECT_KWARGS[name])
            values = [obj.slug if name in ("ward_slug", "ward") else obj.pk]
        elif name == "pk":
            label = view_model(pattern.callback)
            assert label in MODEL_OBJECTS, (
                f"{pattern.route}: cannot tell which object a `pk` is for; name the kwarg after the object "
                f"(task_pk, target_pk…) or give the view a model"
            )
            values = [getattr(ward_objects, MODEL_OBJECTS[label]).pk]
        elif name in VALUE_KWARGS:
            values = VALUE_KWARGS[name]
        else:
            pytest.fail(
                f"URL {pattern.route} has kwarg `{name}` that the isolation test does not know: "
                "name it after the object (see portal/tests/test_isolation.py) or add it to VALUE_KWARGS"
            )
        combos = [{**c, name: v} for c in combos for v in values]
    return [reverse(pattern.name, kwargs=c) for c in combos]


def fingerprint() -> str:
    """Every row of the ward apps (history included)."""
    digest = hashlib.sha256()
    for model in apps.get_models():
        if model._meta.app_label not in WARD_APPS:
            continue
        for row in model._default_manager.order_by("pk").values_list():
            digest.update(repr(row).encode())
    return digest.hexdigest()


@pytest.fixture
def world(today):
    return build_world()


def actors(world):
    """(name, user, the other ward's objects) for every role that must be refused."""
    bd = world.bd
    for role in ("official", "coordinator", "bystander", "follow_up", "viewer"):
        yield f"Bạch Đằng {role}", getattr(bd, role), world.ndn
    yield "Hải Phòng city viewer", world.city_viewer, world.far


def test_the_walk_finds_the_portal_pages():
    names = {p.name for p in PATTERNS}
    assert {"task_detail", "evidence_download", "my_work"} <= names
    assert not any(p.route.startswith("admin/") for p in PATTERNS)


@pytest.mark.parametrize("pattern", OBJECT_PATTERNS, ids=lambda p: p.name)
def test_another_wards_object_is_refused(client, world, pattern):
    before = fingerprint()
    for actor_name, user, other in actors(world):
        client.force_login(user)
        for url in urls_for(pattern, other):
            response = client.get(url)
            assert response.status_code in DENIED | {405}, f"{actor_name} GET {url}: {response.status_code}"
            response = client.post(url, {**POST_DATA, "files": [png_upload()]})
            assert response.status_code in DENIED | {405}, f"{actor_name} POST {url}: {response.status_code}"
            assert fingerprint() == before, f"{actor_name} POST {url} changed the database"
        client.logout()


@pytest.mark.parametrize("pattern", OBJECT_PATTERNS, ids=lambda p: p.name)
def test_anonymous_users_are_refused(client, world, pattern):
    before = fingerprint()
    for url in urls_for(pattern, world.bd):
        for method in (client.get, client.post):
            response = method(url)
            assert response.status_code in {302, 401, 403, 404, 405}, f"anonymous {url}: {response.status_code}"
            if response.status_code == 302:
                assert response["Location"].startswith(reverse("login"))
    assert fingerprint() == before


@pytest.mark.parametrize("pattern", PLAIN_PATTERNS, ids=lambda p: p.name)
def test_pages_without_an_object_show_nothing_of_another_ward(client, world, pattern):
    url = reverse(pattern.name)
    secrets = [world.ndn.task.title, world.ndn.yearly_task.title]
    far_secrets = [world.far.task.title, world.far.yearly_task.title]
    for actor_name, user, other in actors(world):
        client.force_login(user)
        response = client.get(url)
        assert response.status_code < 500, f"{actor_name} GET {url}: {response.status_code}"
        if response.status_code == 200 and not response.streaming:
            body = response.content.decode("utf-8", "replace")
            for secret in far_secrets if other is world.far else secrets:
                assert secret not in body, f"{actor_name} sees another ward's task on {url}"
        client.logout()


def test_the_walk_understands_every_kwarg():
    """Fails with a helpful message when a new URL uses a kwarg this file does not know."""
    known = set(OBJECT_KWARGS) | set(VALUE_KWARGS) | {"pk"}
    unknown = {(p.route, k) for p in OBJECT_PATTERNS for k in p.kwargs if k not in known}
    assert not unknown, f"name these URL kwargs after their object or add them to VALUE_KWARGS: {sorted(unknown)}"


def test_bulk_edit_never_selects_or_changes_another_wards_tasks(client, world):
    """The bulk edit page takes task ids in its query and body, not in its path: every role tries
    the other ward's tasks by id and through "select all matching", with every action."""
    before = fingerprint()
    url = reverse("task_bulk")
    for actor_name, user, other in actors(world):
        client.force_login(user)
        ids = [other.task.pk, other.yearly_task.pk]
        expect = [f"{t.pk}:{t.version}" for t in (other.task, other.yearly_task)]
        for query in ({"task": ids}, {"all": "1", "ward": other.ward.slug}, {"all": "1", "q": other.task.title}):
            response = client.get(url, query)
            assert response.status_code in {200, 400, 403, 404}, f"{actor_name} GET {url} {query}"
            body = response.content.decode()
            assert other.task.title not in body and other.yearly_task.title not in body, f"{actor_name} {query}"
        for data in (
            {"action": "lead", "lead": other.congan.pk},
            {"action": "deadline", "period_kind": "year", "year": "2029", "reason": "giả mạo"},
            {"action": "add_coordinators", "units": [other.other_unit.pk]},
            {"action": "remove_coordinators", "units": [other.congan.pk]},
            {"action": "mark_done", "completed_on": "2026-11-20"},
        ):
            for step in ("preview", "confirm"):
                response = client.post(url, {"task": ids, "expect": expect, "step": step, **data})
                assert response.status_code in DENIED | {400}, f"{actor_name} POST {step} {data}"
                assert other.task.title not in response.content.decode()
        assert fingerprint() == before, f"{actor_name} changed the database through the bulk edit"
        client.logout()
