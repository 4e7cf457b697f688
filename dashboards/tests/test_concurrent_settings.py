"""Two saves of the ward's rules, or of a plan's weights, at the same state: one is saved, the other told."""

import pytest
from django.urls import reverse

from plans.models import PeriodReopening, WardSettings
from portal.tests.concurrency import assert_one_saved_one_refused, concurrent, in_turn, race
from portal.tests.world import build_ward


@pytest.fixture
def w(today):
    w = build_ward("bach-dang", "Bạch Đằng")
    WardSettings.for_ward(w.ward)
    return w


def settings_url(w):
    return reverse("ward_settings", kwargs={"ward_slug": w.ward.slug})


def weights_url(w):
    return reverse("plan_weights", kwargs={"plan_pk": w.plan.pk})


@pytest.mark.django_db
class TestSequential:
    def test_the_second_settings_form_is_refused(self, w):
        first, second = in_turn(
            [w.follow_up, w.follow_up], settings_url(w), [{"due_soon_days": "40"}, {"due_soon_days": "50"}]
        )
        assert (first.status_code, second.status_code) == (302, 409)
        assert WardSettings.objects.get(ward=w.ward).due_soon_days == 40

    def test_the_second_weights_form_is_refused(self, w):
        name = f"task-{w.task.pk}"
        first, second = in_turn([w.follow_up, w.follow_up], weights_url(w), [{name: "4"}, {name: "6"}], having=name)
        assert (first.status_code, second.status_code) == (302, 409)
        w.task.refresh_from_db()
        assert w.task.weight == 4


class TestConcurrent:
    pytestmark = concurrent

    def test_two_settings_saves_at_the_same_instant_keep_exactly_one(self, live_server, w):
        answers = race(
            live_server, [w.follow_up, w.follow_up], settings_url(w), [{"due_soon_days": "40"}, {"due_soon_days": "50"}]
        )
        saved, _refused = assert_one_saved_one_refused(answers)
        assert WardSettings.objects.get(ward=w.ward).due_soon_days == (40, 50)[answers.index(saved)]

    def test_two_weights_saves_at_the_same_instant_keep_exactly_one(self, live_server, w):
        name = f"task-{w.task.pk}"
        answers = race(live_server, [w.follow_up, w.follow_up], weights_url(w), [{name: "4"}, {name: "6"}], having=name)
        saved, _refused = assert_one_saved_one_refused(answers)
        w.task.refresh_from_db()
        assert w.task.weight == (4, 6)[answers.index(saved)]

    def test_two_reopenings_of_a_closed_period_at_the_same_instant_are_both_kept(self, live_server, w):
        """Two office users reopen the same closed quarter at once: both are told it is open, two
        rows (both true, ``plans.locks.reopen`` is only an insert), no server error."""
        change = {"reopen-period": "2025-Q3", "reopen-until": "30/11/2026"}
        answers = race(
            live_server,
            [w.follow_up, w.follow_up],
            settings_url(w),
            [{**change, "reopen-reason": "Bổ sung số liệu"}, {**change, "reopen-reason": "Sửa số liệu"}],
            having="reopen-period",
        )
        assert [a.status for a in answers] == [302, 302], answers
        reasons = PeriodReopening.objects.filter(ward=w.ward).order_by("reason").values_list("reason", flat=True)
        assert list(reasons) == ["Bổ sung số liệu", "Sửa số liệu"]
