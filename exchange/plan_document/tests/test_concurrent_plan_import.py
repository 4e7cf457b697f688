"""Two tabs on one pending proposal (PostgreSQL, real simultaneous requests): two edits of the same
item from the same version save one and refuse the other; two confirmations make one plan."""

import pytest
from django.urls import reverse

from accounts.models import Profile
from exchange.plan_document import pending, read_plan_document
from plans.models import Plan
from portal.tests.concurrency import assert_one_saved_one_refused, concurrent, open_forms, post_together
from portal.tests.factories import make_user

from .helpers import PLAN_TEXT

pytestmark = concurrent
STALE = "Đề xuất này vừa được sửa hoặc xác nhận ở nơi khác"


@pytest.fixture
def office(ward):
    return [make_user(Profile.Role.FOLLOW_UP, ward=ward) for _ in range(2)]


@pytest.fixture
def staged(ward, office):
    return pending.start(ward=ward, owner=office[0], proposal=read_plan_document(text=PLAN_TEXT), source_name="kh.txt")


def test_two_edits_of_one_item_at_once_save_one(live_server, office, staged):
    item = next(i for i in staged.proposal["items"] if i["kind"] == "programme")
    path = reverse("exchange:plan_import_edit", args=[staged.ward.slug, staged.token]) + f"?entry={item['id']}"
    pages = open_forms(live_server, office, path)
    answers = post_together(page.post(title=f"Chương trình {n}") for n, page in enumerate(pages))
    assert_one_saved_one_refused(answers, STALE)
    staged.refresh_from_db()
    assert pending.find_entry(staged.proposal, item["id"])[1]["title"] in ("Chương trình 0", "Chương trình 1")


def test_two_confirmations_at_once_make_one_plan(live_server, office, staged):
    path = reverse("exchange:plan_import_review", args=[staged.ward.slug, staged.token])
    pages = open_forms(live_server, office, path)
    answers = post_together(page.post(having="version") for page in pages)
    assert [a.status for a in answers] == [302, 302], answers
    plan = Plan.objects.get(ward=staged.ward)
    assert {a.location for a in answers} == {reverse("plan_detail", kwargs={"plan_pk": plan.pk})}
