"""In a real browser: the second of two people saving the same report sees whose change won,
keeps what they typed, and saves again deliberately (390 px phone and desktop)."""

import pytest
from django.conf import settings
from django.test import Client
from django.urls import reverse

from assignments.models import ProgressReport
from portal.tests.browser.conftest import PHONE, open_page
from portal.tests.factories import ProgressReportFactory
from portal.tests.world import build_ward

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
Q4 = dict(period_kind="quarter", period_year=2026, period_index=4)


def logged_in(browser, live_server, user, viewport):
    page = open_page(browser, viewport)
    client = Client()
    client.force_login(user)
    cookie = client.cookies[settings.SESSION_COOKIE_NAME].value
    page.context.add_cookies([{"name": settings.SESSION_COOKIE_NAME, "value": cookie, "url": live_server.url}])
    return page


@pytest.mark.parametrize("viewport", [PHONE, {"width": 1280, "height": 900}], ids=["phone", "desktop"])
def test_the_second_save_is_refused_with_the_other_change_and_saved_on_purpose(
    today, browser, live_server, shot, viewport
):
    w = build_ward("bach-dang", "Bạch Đằng")
    ProgressReportFactory(task=w.task, unit=w.ubnd, percent=30, narrative="Bản đầu", review_state="draft", **Q4)
    url = live_server.url + reverse("task_detail", kwargs={"task_pk": w.task.pk})
    # The unit's draft: its official saves it again while the office corrects it (core.review).
    mine = logged_in(browser, live_server, w.follow_up, viewport)
    theirs = logged_in(browser, live_server, w.official, viewport)
    for page in (mine, theirs):
        page.goto(url)

    theirs.fill("#id_narrative", "Cán bộ đã cập nhật hồ sơ")
    theirs.get_by_role("button", name="Lưu nháp").click()
    theirs.wait_for_load_state()

    mine.fill("#id_percent", "45")
    mine.fill("#id_narrative", "Văn phòng đã sửa hồ sơ")
    with mine.expect_response(lambda r: r.request.method == "POST") as posted:
        mine.get_by_role("button", name="Lưu (Văn phòng duyệt luôn)").click()
    assert posted.value.status == 409
    alert = mine.locator("[data-error-summary]")
    assert "Cán bộ đã cập nhật hồ sơ" in alert.inner_text()
    assert mine.input_value("#id_narrative") == "Văn phòng đã sửa hồ sơ"
    assert mine.evaluate("document.documentElement.scrollWidth") <= viewport["width"]
    mine.locator("#report-form").scroll_into_view_if_needed()
    shot(mine, f"conflict-progress-{'phone' if viewport is PHONE else 'desktop'}", full_page=False)
    assert not mine.csp_errors

    mine.get_by_role("button", name="Lưu (Văn phòng duyệt luôn)").click()
    mine.wait_for_load_state()
    report = ProgressReport.objects.get(task=w.task, unit=w.ubnd, **Q4)
    assert (report.percent, report.narrative, report.review_state) == (45, "Văn phòng đã sửa hồ sơ", "approved")
    for page in (mine, theirs):
        page.context.close()
