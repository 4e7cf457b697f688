"""Issue 12.3–12.5 in a real browser: the ward dashboard's honest progress and unit ranking, the
ranking page, the city's on-time ranking, the office's settings page and the help page, at 390 px
and on a desktop (screenshots in test-artifacts/screenshots/status-*)."""

import pytest

from dashboards.tests.browser.test_dashboard_journeys import seeded  # noqa: F401  (fixture)
from portal.demo import DEMO_PASSWORD
from portal.tests.browser.conftest import log_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def fits(page) -> bool:
    return page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")


@pytest.mark.parametrize("size", ["phone", "desktop"])
def test_the_office_reads_progress_ranks_units_and_sets_its_rules(seeded, live_server, desktop, phone, shot, size):  # noqa: F811
    page = phone if size == "phone" else desktop
    log_in(page, live_server, "bd.vanphong", DEMO_PASSWORD)
    page.goto(f"{live_server.url}/wards/bach-dang/")
    scorecard = page.get_by_test_id("unit-scorecard")
    assert scorecard.is_visible()
    assert "chưa có số liệu" in page.get_by_test_id("kpi-tasks").inner_text()
    shot(page, f"status-1-ward-{size}")
    assert fits(page)

    page.goto(f"{live_server.url}/wards/bach-dang/don-vi/")
    ranking = page.get_by_test_id("unit-ranking")
    assert ranking.locator("tbody tr").count() > 1
    if size == "desktop":  # the headers (hidden in the phone's card layout) sort the table
        page.locator('a[data-sort="name"]').click()
    else:
        page.goto(f"{live_server.url}/wards/bach-dang/don-vi/?sort=name")
    page.wait_for_url("**sort=name**")
    shot(page, f"status-2-ranking-{size}")
    assert fits(page)

    if size == "desktop":  # from the office's menu (folded on a phone)
        page.get_by_role("link", name="Quy tắc theo dõi").first.click()
    else:
        page.goto(f"{live_server.url}/wards/bach-dang/quy-tac/")
    page.wait_for_url("**/quy-tac/")
    page.get_by_label("số ngày “sắp đến hạn”").fill("45")
    page.get_by_role("button", name="Lưu quy tắc").click()
    page.wait_for_url("**/quy-tac/")
    assert page.get_by_label("số ngày “sắp đến hạn”").input_value() == "45"
    shot(page, f"status-3-settings-{size}")
    assert fits(page)

    page.goto(f"{live_server.url}/huong-dan/tinh-trang/")
    assert page.get_by_test_id("status-help").is_visible()
    shot(page, f"status-4-help-{size}")
    assert fits(page)

    page.goto(f"{live_server.url}/wards/bach-dang/")
    page.locator("a.btn", has_text="Kế hoạch").first.click()
    page.wait_for_load_state()
    shot(page, f"status-5-plan-{size}", full_page=False)
    assert not getattr(page, "csp_errors", [])


def test_the_city_ranks_wards_by_on_time_rate(seeded, live_server, desktop, phone, shot):  # noqa: F811
    for size, page in (("desktop", desktop), ("phone", phone)):
        log_in(page, live_server, "hp.thanhpho", DEMO_PASSWORD)
        page.goto(f"{live_server.url}/city/?sort=-on_time")
        rates = page.get_by_test_id("on-time-rate").all_inner_texts()
        assert rates and "#1" in rates[0]
        shot(page, f"status-6-city-{size}")
        assert fits(page)
