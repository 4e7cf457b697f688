"""A ward's generation moves on every write to it and only to it; cached figures follow it.

The wiring of the signals to the portal's models is tested with generated wards in
``scale/tests/test_generation.py``; here, the generation itself.
"""

import datetime as dt
from unittest import mock

import pytest
from django.core.cache import cache
from django.utils import translation

from core.generation import (
    bump_all,
    bump_wards,
    cache_key,
    generation_of,
    generations,
    version_keys,
    with_generation,
)
from core.models import WardGeneration
from core.signals import ward_id_of
from plans.models import Ward
from portal.tests.factories import TaskFactory, WardFactory

pytestmark = pytest.mark.django_db
DAY = dt.date(2026, 11, 27)


@pytest.fixture
def wards():
    return [WardFactory(), WardFactory()]


def values(wards) -> list[int]:
    found = generations([w.pk for w in wards])
    return [found[w.pk] for w in wards]


def test_a_ward_never_seen_gets_a_generation_that_then_stays(wards, django_assert_num_queries):
    WardGeneration.objects.filter(ward__in=wards).delete()
    first = values(wards)
    assert WardGeneration.objects.filter(ward__in=wards).count() == 2
    with django_assert_num_queries(1):
        assert values(wards) == first


def test_bumping_a_ward_moves_its_generation_only(wards):
    before = values(wards)
    bump_wards([wards[0].pk, None])
    after = values(wards)
    assert after[0] != before[0] and after[1] == before[1]


def test_bumping_nothing_asks_nothing(django_assert_num_queries):
    with django_assert_num_queries(0):
        bump_wards([None])


def test_a_deletion_bump_creates_no_row(wards):
    WardGeneration.objects.filter(ward=wards[0]).delete()
    bump_wards([wards[0].pk], upsert=False)
    assert not WardGeneration.objects.filter(ward=wards[0]).exists()


def test_bump_all_moves_every_ward(wards):
    before = values(wards)
    bump_all()
    assert all(a != b for a, b in zip(values(wards), before, strict=True))


def test_an_annotated_ward_tells_its_generation_without_a_query(wards, django_assert_num_queries):
    expected = values(wards)[0]
    ward = with_generation(Ward.objects.filter(pk=wards[0].pk)).get()
    with django_assert_num_queries(0):
        assert generation_of(ward) == expected
    assert generation_of(Ward.objects.get(pk=wards[0].pk)) == expected


def test_the_key_holds_the_day_and_the_language():
    with translation.override("vi"):
        vietnamese = cache_key("ward-dashboard", 1, 7, DAY)
    with translation.override("en"):
        english = cache_key("ward-dashboard", 1, 7, DAY)
    assert vietnamese != english
    assert cache_key("ward-dashboard", 1, 7, DAY) != cache_key("ward-dashboard", 1, 7, DAY + dt.timedelta(days=1))


def test_the_ward_of_a_row_is_read_from_loaded_relations_first(django_assert_num_queries):
    task = TaskFactory()
    ward_id = task.plan_item.plan.ward_id
    with django_assert_num_queries(0):
        assert ward_id_of(task) == ward_id
    fresh = type(task).objects.get(pk=task.pk)
    with django_assert_num_queries(1):
        assert ward_id_of(fresh) == ward_id


def test_a_bump_moves_the_wards_cache_version_at_once_and_again_after_commit(wards, django_capture_on_commit_callbacks):
    mine, others = version_keys(wards[0].pk)[0], version_keys(wards[1].pk)[0]
    cache.set_many({mine: 1, others: 2})
    with django_capture_on_commit_callbacks(execute=True):
        bump_wards([wards[0].pk])
        during = cache.get(mine)  # a reader now stores what it renders under this value…
    assert during != 1 and cache.get(mine) not in (1, during)  # …which the commit has replaced
    assert cache.get(others) == 2


def test_bumping_every_ward_moves_the_version_every_ward_shares(wards, django_capture_on_commit_callbacks):
    shared = version_keys(wards[0].pk)[1]
    assert shared == version_keys(wards[1].pk)[1]
    cache.set(shared, 1)
    with django_capture_on_commit_callbacks(execute=True):
        bump_all()
    assert cache.get(shared) != 1


def test_a_cache_that_fails_does_not_fail_the_write(wards, django_capture_on_commit_callbacks):
    before = values(wards)
    with mock.patch("core.generation.cache") as broken, django_capture_on_commit_callbacks(execute=True):
        broken.set_many.side_effect = ConnectionError
        bump_wards([wards[0].pk])
    assert values(wards)[0] != before[0] and broken.set_many.call_count == 2
