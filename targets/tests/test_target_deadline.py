"""A target's own deadline ("Thời gian hoàn thành"): read into a day by the one period reader,
saved and edited under the target's version, and the day the tracker aims at."""

import datetime as dt
from decimal import Decimal

import pytest
from django.urls import reverse

from core.concurrency import EditConflict
from portal.tests.factories import PlanFactory, TargetFactory, UnitFactory
from portal.tests.world import build_ward
from targets.authoring import deadline_of_text, update_target
from targets.models import Measurement, Target
from targets.tests.test_authoring import edit_data
from targets.tracking import TrackStatus, target_track


@pytest.mark.parametrize(
    "text, day",
    [
        ("Tháng 12/2026", dt.date(2026, 12, 31)),
        ("Quý III/2026", dt.date(2026, 9, 30)),
        ("Năm 2026", dt.date(2026, 12, 31)),
        ("Giai đoạn 2026-2030", dt.date(2030, 12, 31)),  # as a task of that span is due
        ("Trước 30/6/2026", dt.date(2026, 6, 30)),
        ("Hằng năm", None),  # no single day: kept as printed
        ("Khi có yêu cầu", None),
    ],
)
@pytest.mark.django_db
def test_the_printed_deadline_is_kept_and_read_into_the_day_it_falls_due(text, day):
    plan = PlanFactory(period_start=dt.date(2026, 1, 1), period_end=dt.date(2030, 12, 31))
    assert deadline_of_text(f"  {text} ", plan) == (text, day)


def _target(**kwargs) -> Target:
    fields = dict(direction="at_least", value=Decimal(100), horizon_year=2026, baseline_value=Decimal(50))
    return Target(baseline_year=2025, **(fields | kwargs))


def _third_quarter(value) -> Measurement:
    return Measurement(
        period_year=2026, period_kind="quarter", period_index=3, value=Decimal(value), review_state="approved"
    )


def test_a_target_past_its_own_deadline_without_the_goal_is_late():
    """90 at the end of September is on the path to 100 by the end of 2026, but not by a
    deadline of 30/9/2026: once that day has passed the target is late."""
    measured, today = [_third_quarter(90)], dt.date(2026, 10, 15)
    assert target_track(_target(), measured, today).status == TrackStatus.ON_TRACK
    late = target_track(_target(deadline=dt.date(2026, 9, 30)), measured, today)
    assert late.status == TrackStatus.OFF_TRACK
    assert late.path.end == dt.date(2026, 9, 30)
    met = target_track(_target(deadline=dt.date(2026, 9, 30)), [_third_quarter(100)], today)
    assert met.status == TrackStatus.MET


@pytest.mark.django_db
def test_an_edit_saves_the_deadline_and_a_stale_page_writes_nothing():
    target = TargetFactory()
    target.responsible_unit = UnitFactory(ward=target.plan_item.plan.ward)
    target.save()
    loaded = target.version
    part = {name: getattr(target, name) for name in ("measure", "direction", "value", "unit", "horizon_year")}
    edit = dict(plan_item=target.plan_item, statement=target.statement, part=part)
    saved = update_target(
        target=target, expected_version=loaded, responsible_unit=target.responsible_unit,
        deadline_text="Tháng 12/2026", **edit,
    )  # fmt: skip
    assert (saved.deadline_text, saved.deadline) == ("Tháng 12/2026", dt.date(2026, 12, 31))
    with pytest.raises(EditConflict):
        update_target(
            target=target, expected_version=loaded, responsible_unit=target.responsible_unit,
            deadline_text="Quý I/2026", **edit,
        )  # fmt: skip
    target.refresh_from_db()
    assert target.deadline_text == "Tháng 12/2026"


@pytest.mark.django_db
@pytest.mark.usefixtures("today")
def test_the_edit_page_shows_and_saves_the_deadline_and_the_target_page_shows_its_day(client):
    w = build_ward("bach-dang", "Bạch Đằng")
    client.force_login(w.follow_up)
    url = reverse("target_edit", kwargs={"target_pk": w.target.pk})
    response = client.post(url, edit_data(w.target, deadline_text="Quý III/2026"))
    assert response.status_code == 302
    w.target.refresh_from_db()
    assert (w.target.deadline_text, w.target.deadline) == ("Quý III/2026", dt.date(2026, 9, 30))
    assert client.get(url).context["form"].initial["deadline_text"] == "Quý III/2026"
    page = client.get(reverse("target_detail", kwargs={"target_pk": w.target.pk})).content.decode()
    assert "Quý III/2026" in page and "30/09/2026" in page


@pytest.mark.django_db
@pytest.mark.usefixtures("today")
def test_the_target_list_shows_the_day_a_target_is_due_else_its_horizon_year(client):
    w = build_ward("bach-dang", "Bạch Đằng")
    client.force_login(w.follow_up)
    before = client.get(reverse("target_list")).content.decode()
    assert f"({w.target.horizon_year})" in before and "30/09/2026" not in before
    Target.objects.filter(pk=w.target.pk).update(deadline_text="Quý III/2026", deadline=dt.date(2026, 9, 30))
    after = client.get(reverse("target_list")).content.decode()
    assert "hạn 30/09/2026" in after
