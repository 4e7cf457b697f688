"""Two people saving a target's value for the same period: one is saved, the other is told."""

from decimal import Decimal as D

import pytest
from django.urls import reverse

from portal.tests.concurrency import assert_one_saved_one_refused, concurrent, form_data, in_turn, race
from portal.tests.world import build_ward
from targets.models import Measurement


@pytest.fixture
def w(today, periods_open):
    """The ward, with its 2026 value still a draft of the unit: both the unit and the office may
    change it (``core.review``), so either can win a race."""
    w = build_ward("bach-dang", "Bạch Đằng")
    Measurement.objects.filter(pk=w.measurement.pk).update(review_state="draft")
    w.measurement.refresh_from_db()
    return w


def url(w, period=""):
    return reverse("target_detail", kwargs={"target_pk": w.target.pk}) + (f"?period={period}" if period else "")


def values(w, **period):
    return list(Measurement.objects.filter(target=w.target, **period).values_list("value", flat=True))


YEAR_2026 = dict(period_kind="year", period_year=2026)  # the ward's measurement (MeasurementFactory)
Q3 = dict(period_kind="quarter", period_year=2026, period_index=3)  # the form's default: no value yet


@pytest.mark.django_db
class TestSequential:
    def test_the_second_of_two_forms_loaded_at_the_same_state_is_refused(self, client, w):
        first, second = in_turn([w.official, w.follow_up], url(w, "2026"), [{"value": "20,5"}, {"value": "30"}])
        assert first.status_code == 302
        assert second.status_code == 409
        html = second.content.decode()
        assert "Trong lúc bạn sửa" in html and "bach-dang.ubnd" in html
        assert "20,5" in html  # their value, written the Vietnamese way
        assert 'value="30"' in html  # what this person typed
        assert values(w, **YEAR_2026) == [D("20.5")]

        client.force_login(w.follow_up)
        assert client.post(url(w), form_data(html)).status_code == 302  # a deliberate second save
        assert values(w, **YEAR_2026) == [D("30")]

    def test_two_people_adding_the_same_period_one_after_the_other(self, w):
        first, second = in_turn(
            [w.follow_up, w.official],
            url(w),
            [{"value": "7", "source": "Báo cáo A"}, {"value": "8", "source": "Báo cáo B"}],
        )
        assert (first.status_code, second.status_code) == (302, 409)
        assert values(w, **Q3) == [D("7")]

    def test_the_form_shows_the_value_it_would_overwrite(self, client, w):
        client.force_login(w.official)
        form = client.get(url(w, "2026")).context["form"]
        assert form.initial["version"] == w.measurement.version


class TestConcurrent:
    pytestmark = concurrent

    def test_two_saves_at_the_same_instant_keep_exactly_one(self, live_server, w):
        answers = race(live_server, [w.follow_up, w.official], url(w, "2026"), [{"value": "21"}, {"value": "31"}])
        saved, refused = assert_one_saved_one_refused(answers)
        winner = answers.index(saved)
        assert values(w, **YEAR_2026) == [D(("21", "31")[winner])]
        assert Measurement.objects.get(target=w.target, **YEAR_2026).version == w.measurement.version + 1

    def test_adding_the_same_period_at_the_same_instant_gives_no_server_error(self, live_server, w):
        answers = race(
            live_server,
            [w.follow_up, w.official],
            url(w),
            [{"value": "7", "source": "Báo cáo A"}, {"value": "8", "source": "Báo cáo B"}],
        )
        assert_one_saved_one_refused(answers)
        assert len(values(w, **Q3)) == 1
