"""Two office users merging units at the same instant, from previews loaded at the same state:
one merge is made, the other is told, nothing is moved twice and no request fails."""

import pytest
from django.urls import reverse

from assignments.models import TaskUnit, Unit
from portal.tests.concurrency import Browser, assert_one_saved_one_refused, concurrent, post_together, race
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


def test_two_edits_of_one_unit_at_once_keep_exactly_one(live_server, w):
    answers = race(
        live_server,
        [w.follow_up, w.follow_up],
        reverse("unit_edit", kwargs={"unit_pk": w.congan.pk}),
        [{"short_name": "CA phường", "spellings": "CAP"}, {"short_name": "Công an P.", "spellings": "CA"}],
    )
    saved, _refused = assert_one_saved_one_refused(answers)
    w.congan.refresh_from_db()
    assert w.congan.short_name == ("CA phường", "Công an P.")[answers.index(saved)]
    assert list(w.congan.aliases.values_list("alias", flat=True)) == [("CAP", "CA")[answers.index(saved)]]


def test_the_same_new_unit_twice_at_once_makes_one_and_never_fails(live_server, w):
    """The name is unique in the ward: the second creation is told, not a server error."""
    answers = race(
        live_server,
        [w.follow_up, w.follow_up],
        reverse("unit_create", kwargs={"ward_slug": w.ward.slug}),
        [{"name": "Hội Cựu chiến binh phường"}] * 2,
        having="name",
    )
    assert sorted(a.status for a in answers)[0] == 302 and all(a.status < 500 for a in answers), answers
    assert Unit.objects.filter(ward=w.ward, name="Hội Cựu chiến binh phường").count() == 1
