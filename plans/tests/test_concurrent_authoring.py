"""Real simultaneous requests on the plan pages (PostgreSQL: threads, each with its own connection).

Two offices post forms loaded at the same state at the same instant: exactly one save goes
through, the other gets 409 with the conflict message; creating the same plan twice at once
never gives a server error; two moves in one tree at once leave every sibling at its own place.
"""

import threading

import pytest
from django.db import connection
from django.test import Client
from django.urls import reverse

from plans.models import Plan, PlanItem
from portal.tests.factories import PlanItemFactory
from portal.tests.world import build_world

from .test_views import ITEM_POST, PLAN_POST

needs_postgresql = pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="concurrent writers need PostgreSQL (the test database of SQLite is one shared in-memory file)",
)
pytestmark = [needs_postgresql, pytest.mark.django_db(transaction=True)]


def at_once(user, posts: list[tuple[str, dict]]) -> list:
    """Posts each (url, data) from its own thread and client, all released together."""
    barrier = threading.Barrier(len(posts))
    responses: list = [None] * len(posts)

    def run(i: int, url: str, data: dict) -> None:
        client = Client()
        client.force_login(user)
        try:
            barrier.wait(timeout=20)
            responses[i] = client.post(url, data)
        finally:
            connection.close()

    threads = [threading.Thread(target=run, args=(i, url, data)) for i, (url, data) in enumerate(posts)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    return responses


def test_two_simultaneous_plan_saves_keep_exactly_one(today):
    world = build_world()
    plan = world.bd.plan
    url = reverse("plan_edit", kwargs={"plan_pk": plan.pk})
    posts = [(url, {**PLAN_POST, "title": f"Bản {i}", "version": plan.version}) for i in range(2)]
    responses = at_once(world.bd.follow_up, posts)
    assert sorted(r.status_code for r in responses) == [302, 409]
    refused = next(r for r in responses if r.status_code == 409)
    assert "Trong lúc bạn sửa" in refused.content.decode()
    plan.refresh_from_db()
    assert plan.version == 2 and plan.title in {"Bản 0", "Bản 1"}


def test_two_simultaneous_item_edits_keep_exactly_one(today):
    world = build_world()
    item = world.bd.item
    url = reverse("item_edit", kwargs={"item_pk": item.pk})
    posts = [(url, {**ITEM_POST, "kind": "group", "number": n, "version": item.version}) for n in ("IX", "XIX")]
    responses = at_once(world.bd.follow_up, posts)
    assert sorted(r.status_code for r in responses) == [302, 409]


def test_creating_the_same_plan_twice_at_once_gives_no_server_error(today):
    world = build_world()
    url = reverse("plan_create", kwargs={"ward_slug": world.bd.ward.slug})
    responses = at_once(world.bd.follow_up, [(url, PLAN_POST), (url, PLAN_POST)])
    assert all(r.status_code in (302, 409) for r in responses), [r.status_code for r in responses]
    assert Plan.objects.filter(ward=world.bd.ward, number=PLAN_POST["number"]).count() >= 1


def test_simultaneous_moves_in_one_tree_leave_every_sibling_in_its_own_place(today):
    world = build_world()
    plan, group = world.bd.plan, world.bd.group
    items = [PlanItemFactory(plan=plan, parent=group, key=f"PL1.{n}", number=str(n), position=n + 1) for n in range(4)]
    posts = [
        (reverse("item_shift", kwargs={"item_pk": items[0].pk}), {"direction": "up", "version": items[0].version}),
        (reverse("item_shift", kwargs={"item_pk": items[2].pk}), {"direction": "up", "version": items[2].version}),
        (reverse("item_shift", kwargs={"item_pk": items[3].pk}), {"direction": "up", "version": items[3].version}),
    ]
    responses = at_once(world.bd.follow_up, posts)
    assert all(r.status_code in (302, 409) for r in responses)
    children = list(PlanItem.objects.filter(parent=group).order_by("tree_order"))
    assert [c.position for c in children] == list(range(len(children)))
    assert len({c.tree_order for c in children}) == len(children)
    assert all(c.tree_order == f"{group.tree_order}.{c.position:04d}" for c in children)


def test_archiving_a_plan_twice_at_once_archives_it_once(today):
    world = build_world()
    plan = world.bd.plan
    url = reverse("plan_archive", kwargs={"plan_pk": plan.pk})
    responses = at_once(world.bd.follow_up, [(url, {"archived": "1", "version": plan.version})] * 2)
    assert sorted(r.status_code for r in responses) == [302, 409]
    assert plan.history.filter(archived=True).count() == 1


def test_removing_an_item_with_content_twice_at_once_archives_it_once(today):
    """The item holds a task: removing archives it; the second removal, from the same page, is told."""
    world = build_world()
    item = world.bd.item
    url = reverse("item_remove", kwargs={"item_pk": item.pk})
    responses = at_once(world.bd.follow_up, [(url, {"version": item.version})] * 2)
    assert sorted(r.status_code for r in responses) == [302, 409]
    item.refresh_from_db()
    assert item.archived and item.history.filter(archived=True).count() == 1


def test_restoring_and_shifting_an_item_at_once_keep_one(today):
    """They deadlocked (a 500): the restore locked the item without the tree."""
    world = build_world()
    item = world.bd.item
    PlanItem.objects.filter(pk=item.pk).update(archived=True)
    PlanItemFactory(plan=item.plan, parent=item.parent, key="PL1.II", number="II", title="Nhóm thứ hai")
    item.refresh_from_db()
    restore = (reverse("item_restore", kwargs={"item_pk": item.pk}), {"version": item.version})
    shift = (reverse("item_shift", kwargs={"item_pk": item.pk}), {"version": item.version, "direction": "down"})
    responses = at_once(world.bd.follow_up, [restore, shift])
    assert sorted(r.status_code for r in responses) == [302, 409]


def test_editing_and_shifting_an_item_at_once_keep_one(today):
    """They deadlocked (a 500 in about half the tries): the edit locked the item without the tree."""
    world = build_world()
    item = world.bd.item
    PlanItemFactory(plan=item.plan, parent=item.parent, key="PL1.II", number="II", title="Nhóm thứ hai")
    item.refresh_from_db()
    edit = (reverse("item_edit", kwargs={"item_pk": item.pk}), {**ITEM_POST, "kind": "group", "version": item.version})
    shift = (reverse("item_shift", kwargs={"item_pk": item.pk}), {"version": item.version, "direction": "down"})
    responses = at_once(world.bd.follow_up, [edit, shift])
    assert sorted(r.status_code for r in responses) == [302, 409]
