"""Two office users merging units at the same instant, from previews loaded at the same state:
one merge is made, the other is told, nothing is moved twice and no request fails."""

import pytest
from django.urls import reverse

from assignments.models import TaskUnit, Unit
from portal.tests.concurrency import Browser, concurrent, post_together
from portal.tests.factories import TaskFactory, TaskUnitFactory, UnitFactory
from portal.tests.world import build_ward

pytestmark = concurrent


@pytest.fixture
def w(today):
    w = build_ward("bach-dang", "Bạch Đằng")
    w.twin = UnitFactory(ward=w.ward, name="UBND phường Bạch Đằng", kind="committee")
    w.twin_task = TaskFactory(plan_item=w.item)
    TaskUnitFactory(task=w.twin_task, unit=w.twin, role=TaskUnit.Role.LEAD)
    return w


def merge_preview(live_server, user, kept, removed):
    path = reverse("unit_merge", kwargs={"unit_pk": kept.pk}) + f"?removed={removed.pk}"
    return Browser(live_server.url, user).get(path)


def test_the_same_merge_confirmed_twice_at_once_is_made_once(live_server, w):
    pages = [merge_preview(live_server, w.follow_up, w.ubnd, w.twin) for _ in range(2)]
    answers = post_together(page.post(having="kept_version") for page in pages)
    assert sorted(a.status for a in answers) == [302, 409], answers
    assert not Unit.objects.filter(pk=w.twin.pk).exists()
    assert list(TaskUnit.objects.filter(task=w.twin_task).values_list("unit_id", flat=True)) == [w.ubnd.pk]
    refused = next(a for a in answers if a.status == 409)
    assert "Trong lúc bạn" in refused.text


def test_two_opposite_merges_at_once_make_one_and_never_fail(live_server, w):
    """A into B and B into A: locks taken in one order, so no deadlock reaches a user as a 500."""
    pages = [
        merge_preview(live_server, w.follow_up, w.ubnd, w.twin),
        merge_preview(live_server, w.follow_up, w.twin, w.ubnd),
    ]
    answers = post_together(page.post(having="kept_version") for page in pages)
    assert sorted(a.status for a in answers) == [302, 409], answers
    survivors = set(Unit.objects.filter(pk__in=[w.ubnd.pk, w.twin.pk]).values_list("pk", flat=True))
    assert len(survivors) == 1
    (kept,) = survivors
    assert set(TaskUnit.objects.filter(task__in=[w.task, w.twin_task]).values_list("unit_id", flat=True)) <= {
        kept,
        w.congan.pk,
    }
