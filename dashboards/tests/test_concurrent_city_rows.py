"""City viewers opening the city dashboard at the same instant, its rows not yet kept for the
day: every request computes and stores the same wards' rows at once (``dashboards.row_store``)."""

import logging
import threading

import pytest
from django.db import connection

from assignments.models import ProgressReport
from core.generation import generations
from dashboards import row_store, selectors
from dashboards.models import CityRow
from plans.models import Ward
from portal.tests.concurrency import Browser, concurrent, post_together
from portal.tests.world import build_world

pytestmark = concurrent
VIEWERS = 4


@pytest.fixture
def world(today):
    return build_world()


def open_together(live_server, user, count=VIEWERS):
    browsers = [Browser(live_server.url, user) for _ in range(count)]
    return post_together(lambda browser=browser: browser.get("/city/").answer for browser in browsers)


def stored(wards):
    return {row.ward_id: (row.generation, row.figures) for row in CityRow.objects.filter(ward__in=wards)}


def not_stored(caplog):
    return [r for r in caplog.records if r.name == row_store.__name__]


def test_simultaneous_first_visits_all_answer_and_keep_one_row_per_ward(live_server, world, today, caplog):
    caplog.set_level(logging.WARNING, logger=row_store.__name__)
    answers = open_together(live_server, world.city_viewer)
    assert [a.status for a in answers] == [200] * VIEWERS, answers
    assert not not_stored(caplog)  # no store refused (it would be logged, not raised)
    wards = list(Ward.objects.filter(city=world.bd.ward.city))
    gens = generations([w.pk for w in wards])
    expected = {pk: row.figures() for pk, row in selectors.compute_rows(wards, today).items()}
    assert stored(wards) == {pk: (gens[pk], {**expected[pk], "format": row_store.FORMAT}) for pk in gens}


def test_simultaneous_visits_after_a_write_replace_the_stale_row(live_server, world, today, caplog):
    caplog.set_level(logging.WARNING, logger=row_store.__name__)
    open_together(live_server, world.city_viewer, count=1)
    ward = world.bd.ward
    before = stored([ward])[ward.pk]
    report = ProgressReport.objects.filter(task__plan_item__plan__ward=ward).first()
    report.percent = 100 if report.percent != 100 else 10
    report.save()  # bumps the ward's generation
    answers = open_together(live_server, world.city_viewer)
    assert [a.status for a in answers] == [200] * VIEWERS, answers
    assert not not_stored(caplog)
    after = stored([ward])[ward.pk]
    assert after[0] == generations([ward.pk])[ward.pk] != before[0]
    assert after[1] == {**selectors.compute_rows([ward], today)[ward.pk].figures(), "format": row_store.FORMAT}


def test_threads_storing_the_same_rows_at_once_never_fail(world, today, caplog):
    """The store itself, from threads released together, each with its own connection."""
    caplog.set_level(logging.WARNING, logger=row_store.__name__)
    wards = list(Ward.objects.all())
    gens = generations([w.pk for w in wards])
    figures = {pk: row.figures() for pk, row in selectors.compute_rows(wards, today).items()}
    barrier = threading.Barrier(VIEWERS)
    errors = []

    def store():
        try:
            barrier.wait(timeout=30)
            for _ in range(20):
                row_store.store(figures, gens, today)
        except BaseException as error:  # re-raised by the assert below
            errors.append(error)
        finally:
            connection.close()  # a thread's connection is its own

    threads = [threading.Thread(target=store) for _ in range(VIEWERS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert not errors, errors
    assert not not_stored(caplog)
    assert stored(wards) == {pk: (gens[pk], {**figures[pk], "format": row_store.FORMAT}) for pk in gens}
