"""Two offices publish (or withdraw) a plan from pages loaded at the same state: one is
saved, the other is told what changed (``plans.services.set_publication``)."""

import pytest
from django.urls import reverse

from plans.models import Plan
from portal.tests.concurrency import assert_one_saved_one_refused, concurrent, in_turn, race
from portal.tests.world import build_ward


@pytest.fixture
def w(today):
    return build_ward("bach-dang", "Bạch Đằng")


def plan_url(w):
    return reverse("plan_detail", kwargs={"plan_pk": w.plan.pk})


CHANGES = [{"published": "on"}, {"published": "on", "narratives": "on"}]


@pytest.mark.django_db
def test_the_second_publication_form_is_refused(w):
    first, second = in_turn([w.follow_up, w.follow_up], plan_url(w), CHANGES)
    assert (first.status_code, second.status_code) == (302, 409)
    plan = Plan.objects.get(pk=w.plan.pk)
    assert (plan.published, plan.publish_narratives) == (True, False)


class TestConcurrent:
    pytestmark = concurrent

    def test_two_publications_at_the_same_instant_keep_exactly_one(self, live_server, w):
        answers = race(live_server, [w.follow_up, w.follow_up], plan_url(w), CHANGES)
        saved, _refused = assert_one_saved_one_refused(answers)
        plan = Plan.objects.get(pk=w.plan.pk)
        assert plan.published and plan.publish_narratives == (answers.index(saved) == 1)
