"""Project authoring under real simultaneous HTTP requests (PostgreSQL, ``portal.tests.concurrency``):
two people save the same capital year from pages loaded at the same state (one saved, one
409), or add the same new year at the same instant (one saved, one 409, never a 5xx), or
change the project's own fields (one saved, one 409)."""

from decimal import Decimal as D

from django.urls import reverse

from portal.tests.concurrency import assert_one_saved_one_refused, concurrent, open_forms, post_together
from portal.tests.world import build_ward
from projects.models import CapitalYear

pytestmark = concurrent


def test_two_simultaneous_saves_of_a_capital_year_keep_exactly_one(live_server):
    bd = build_ward("bach-dang", "Bạch Đằng")
    url = reverse("project_edit", kwargs={"project_pk": bd.project.pk})
    pages = open_forms(live_server, [bd.follow_up, bd.follow_up], url)
    answers = post_together(
        page.post(**{"capital-0-disbursed": value}) for page, value in zip(pages, ["600", "700"], strict=True)
    )
    assert_one_saved_one_refused(answers)
    row = CapitalYear.objects.get(pk=bd.capital_year.pk)
    assert row.version == 2 and row.disbursed in (D(600), D(700))


def test_two_simultaneous_new_rows_for_the_same_year_keep_exactly_one(live_server):
    bd = build_ward("bach-dang", "Bạch Đằng")
    url = reverse("project_edit", kwargs={"project_pk": bd.project.pk})
    pages = open_forms(live_server, [bd.follow_up, bd.follow_up], url)
    new_row = {"capital-1-year": "2030", "capital-1-disbursed": "0"}
    answers = post_together(
        page.post(**new_row, **{"capital-1-planned": planned})
        for page, planned in zip(pages, ["10", "20"], strict=True)
    )
    assert_one_saved_one_refused(answers)
    assert CapitalYear.objects.filter(project=bd.project, year=2030).count() == 1


def test_two_simultaneous_edits_of_the_project_keep_exactly_one(live_server):
    bd = build_ward("bach-dang", "Bạch Đằng")
    url = reverse("project_edit", kwargs={"project_pk": bd.project.pk})
    pages = open_forms(live_server, [bd.follow_up, bd.follow_up], url)
    answers = post_together(page.post(name=name) for page, name in zip(pages, ["Tên A", "Tên B"], strict=True))
    assert_one_saved_one_refused(answers)
