"""The office types a target's yearly milestones in a real browser, on a desktop and a 390 px
phone: a wrong line is named and nothing saved, the right ones are saved and listed on the
target page; the public page of the published plan lists them and its chart draws the path."""

from decimal import Decimal

import pytest
from django.urls import reverse

from plans.services import set_publication
from portal.tests.factories import MeasurementFactory
from portal.tests.world import build_ward
from targets.models import TargetMilestone

from .conftest import DESKTOP, PHONE, fits, log_in, open_page

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def ward():
    w = build_ward("bach-dang", "Bạch Đằng")
    target = w.target
    target.statement = "Đến năm 2030, tỷ lệ hộ dân sử dụng nước sạch đạt 100%"
    target.measure = "Tỷ lệ hộ dân sử dụng nước sạch"
    target.direction, target.value, target.unit = "at_least", 100, "%"
    target.baseline_value, target.baseline_year = 80, 2025
    target.save()
    w.measurement.value = 84
    w.measurement.save()
    MeasurementFactory(target=target, period_kind="quarter", period_year=2026, period_index=2, value=82)
    set_publication(plan=w.plan, published=True, narratives=False, evidence=False, author=w.follow_up)
    return w


@pytest.mark.parametrize("size", ["phone", "desktop"])
def test_the_office_types_milestones_and_citizens_see_them(ward, live_server, browser, shot, size):
    viewport = PHONE if size == "phone" else DESKTOP
    page = open_page(browser, viewport)
    log_in(page, live_server, ward.follow_up.username)
    page.goto(live_server.url + reverse("target_edit", kwargs={"target_pk": ward.target.pk}))
    box = page.get_by_label("Mốc lộ trình từng năm")
    box.fill("2026: 85\n2027: 88,5\n2027: 90\n2031: 1\n2028: chín mươi")
    page.get_by_role("button", name="Lưu", exact=True).click()
    page.wait_for_load_state()
    error = page.locator("#id_milestones_error")
    assert "Dòng 3: năm 2027 đã có mốc ở dòng trên" in error.inner_text()
    assert "Dòng 5 (năm 2028)" in error.inner_text()
    assert "Năm 2031 nằm ngoài thời kỳ của kế hoạch" in error.inner_text()
    assert not TargetMilestone.objects.filter(target=ward.target).exists()
    fits(page, viewport["width"])
    error.scroll_into_view_if_needed()
    shot(page, f"milestones-1-edit-refused-{size}", full_page=False)

    box = page.get_by_label("Mốc lộ trình từng năm")
    box.fill("2026: 85\n2027: 88,5\n2028: 92\n2029: 96")
    page.get_by_role("button", name="Lưu", exact=True).click()
    page.wait_for_url(f"**/targets/{ward.target.pk}/")
    table = page.get_by_test_id("milestone-table")
    assert table.locator("tbody tr").count() == 4
    assert "88,5%" in table.inner_text()
    table.scroll_into_view_if_needed()
    shot(page, f"milestones-3-target-page-{size}", full_page=False)
    page.goto(live_server.url + reverse("target_edit", kwargs={"target_pk": ward.target.pk}))
    box = page.get_by_label("Mốc lộ trình từng năm")
    assert box.input_value() == "2026: 85\n2027: 88,5\n2028: 92\n2029: 96"
    box.scroll_into_view_if_needed()
    shot(page, f"milestones-2-edit-{size}", full_page=False)
    assert dict(TargetMilestone.objects.filter(target=ward.target).values_list("year", "value")) == {
        2026: Decimal(85),
        2027: Decimal("88.5"),
        2028: Decimal(92),
        2029: Decimal(96),
    }

    page.context.clear_cookies()
    url = reverse(
        "public:target", kwargs={"ward_slug": ward.ward.slug, "plan_pk": ward.plan.pk, "target_pk": ward.target.pk}
    )
    page.goto(live_server.url + url)
    page.get_by_test_id("target-chart").wait_for(state="visible")
    assert page.get_by_test_id("milestone-table").locator("tbody tr").count() == 4
    fits(page, viewport["width"])
    shot(page, f"milestones-4-public-target-{size}")
    assert not page.csp_errors
