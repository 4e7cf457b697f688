"""``seed --demo`` publishes Bạch Đằng's plan once, so the public pages show it after ``make run``."""

import pytest

from plans.models import Plan
from plans.services import set_publication
from portal.demo import publish_demo_plans

pytestmark = pytest.mark.django_db


def test_the_demo_publishes_bach_dangs_plan_alone_and_only_the_plan(seeded_db):
    assert publish_demo_plans()
    published = list(Plan.objects.published().values_list("ward__slug", "publish_narratives", "publish_evidence"))
    assert published == [("bach-dang", False, False)]


def test_a_withdrawal_by_the_office_survives_the_next_seed(seeded_db):
    publish_demo_plans()
    plan = Plan.objects.get(ward__slug="bach-dang")
    set_publication(plan=plan, published=False, narratives=False, evidence=False)
    assert publish_demo_plans() == []
    plan.refresh_from_db()
    assert not plan.published
