"""Two people saving a project's capital year, or its phase and investment: one is saved, the other is told."""

from decimal import Decimal as D

import pytest
from django.urls import reverse

from portal.tests.concurrency import assert_one_saved_one_refused, concurrent, form_data, in_turn, race
from portal.tests.world import build_ward
from projects.models import CapitalYear, Project


@pytest.fixture
def w(today):
    """The ward, with its 2026 capital row still a draft of the unit: both the unit and the office
    may change it (``core.review``), so either can win a race."""
    w = build_ward("bach-dang", "Bạch Đằng")
    CapitalYear.objects.filter(pk=w.capital_year.pk).update(review_state="draft")
    w.capital_year.refresh_from_db()
    return w


def url(w, year=""):
    return reverse("project_detail", kwargs={"project_pk": w.project.pk}) + (f"?year={year}" if year else "")


def planned(w, year):
    return list(CapitalYear.objects.filter(project=w.project, year=year).values_list("planned", flat=True))


CAPITAL, PROGRESS = "capital-version", "progress-version"  # the field that picks each form of the page


@pytest.mark.django_db
class TestSequential:
    def test_the_second_capital_save_from_the_same_state_is_refused(self, client, w):
        changes = [{"capital-planned": "2.000"}, {"capital-planned": "3.000"}]
        first, second = in_turn([w.official, w.follow_up], url(w), changes, having=CAPITAL)
        assert (first.status_code, second.status_code) == (302, 409)
        html = second.content.decode()
        assert "Trong lúc bạn sửa" in html and "2.000" in html and 'value="3.000"' in html
        assert planned(w, 2026) == [D(2000)]
        client.force_login(w.follow_up)
        assert client.post(url(w), form_data(html, CAPITAL)).status_code == 302
        assert planned(w, 2026) == [D(3000)]

    def test_two_people_adding_the_same_year_one_after_the_other(self, w):
        changes = [
            {"capital-planned": "10", "capital-disbursed": "0"},
            {"capital-planned": "20", "capital-disbursed": "0"},
        ]
        first, second = in_turn([w.follow_up, w.official], url(w, "2027"), changes, having=CAPITAL)
        assert (first.status_code, second.status_code) == (302, 409)
        assert planned(w, 2027) == [D(10)]

    def test_the_second_phase_save_from_the_same_state_is_refused(self, w):
        changes = [{"progress-phase": "construction"}, {"progress-phase": "done"}]
        first, second = in_turn([w.follow_up, w.official], url(w), changes, having=PROGRESS)
        assert (first.status_code, second.status_code) == (302, 409)
        assert "Thi công" in second.content.decode()  # the phase the other person chose
        assert Project.objects.get(pk=w.project.pk).phase == "construction"


class TestConcurrent:
    pytestmark = concurrent

    def test_two_capital_saves_at_the_same_instant_keep_exactly_one(self, live_server, w):
        changes = [{"capital-planned": "2.000"}, {"capital-planned": "3.000"}]
        answers = race(live_server, [w.follow_up, w.official], url(w), changes, having=CAPITAL)
        saved, _refused = assert_one_saved_one_refused(answers)
        assert planned(w, 2026) == [(D(2000), D(3000))[answers.index(saved)]]

    def test_adding_the_same_year_at_the_same_instant_gives_no_server_error(self, live_server, w):
        changes = [
            {"capital-planned": "10", "capital-disbursed": "0"},
            {"capital-planned": "20", "capital-disbursed": "0"},
        ]
        answers = race(live_server, [w.follow_up, w.official], url(w, "2027"), changes, having=CAPITAL)
        assert_one_saved_one_refused(answers)
        assert len(planned(w, 2027)) == 1

    def test_two_phase_saves_at_the_same_instant_keep_exactly_one(self, live_server, w):
        changes = [{"progress-phase": "construction"}, {"progress-phase": "done"}]
        answers = race(live_server, [w.follow_up, w.official], url(w), changes, having=PROGRESS)
        saved, _refused = assert_one_saved_one_refused(answers)
        project = Project.objects.get(pk=w.project.pk)
        assert project.phase == ("construction", "done")[answers.index(saved)]
        assert project.version == w.project.version + 1
