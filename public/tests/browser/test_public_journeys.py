"""A citizen reads the public pages in a real browser: from the login page to a ward's plan and a
target's chart, on a 390 px phone and a desktop, with and without JavaScript, and in print."""

import re

import pytest

from dashboards.tests.activity import DAY, generate_activity
from portal.demo import DEMO_PASSWORD, ensure_demo_users, publish_demo_plans
from portal.seeding import plan_documents, seed_plans

from .conftest import DESKTOP, PHONE, open_page

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def seeded(db, monkeypatch):
    if "plan-bach-dang" not in {p.stem for p in plan_documents()}:
        pytest.skip("fixtures/plan-bach-dang.json is not there yet")
    from plans.models import Ward

    seed_plans()
    for ward in Ward.objects.all():
        generate_activity(ward)
    publish_demo_plans()
    ensure_demo_users()
    monkeypatch.setattr("django.utils.timezone.localdate", lambda *args, **kwargs: DAY)


def fits(page, width: int) -> bool:
    return page.evaluate("document.documentElement.scrollWidth") <= width


@pytest.mark.parametrize("size", ["phone", "desktop"])
def test_a_citizen_goes_from_the_login_page_to_a_target_chart(seeded, live_server, browser, shot, size):
    viewport = PHONE if size == "phone" else DESKTOP
    page = open_page(browser, viewport)
    page.goto(f"{live_server.url}/accounts/login/")
    page.get_by_test_id("public-login-link").click()
    page.wait_for_url("**/cong-khai/")
    shot(page, f"public-1-index-{size}")
    assert page.get_by_test_id("public-wards").get_by_role("link").all_inner_texts() == ["Phường Bạch Đằng"]

    page.get_by_role("link", name="Phường Bạch Đằng").click()
    page.wait_for_url("**/cong-khai/bach-dang/")
    shot(page, f"public-2-ward-{size}")
    assert fits(page, viewport["width"])
    overdue = int(page.get_by_test_id("on-time").locator('[data-key="overdue"] .on-time__value').inner_text())
    assert overdue > 0  # the demo activity leaves 2026's unreported yearly tasks overdue

    page.get_by_role("link", name="Xem chi tiết kế hoạch").click()
    page.wait_for_url(re.compile(r".*/cong-khai/bach-dang/ke-hoach/\d+/$"))
    assert page.get_by_test_id("plan-tree").locator(".public-task").count() == 41
    assert page.locator(".plan-tools").is_visible()  # shown by portal.js
    shot(page, f"public-3-plan-{size}", full_page=False)
    page.get_by_role("button", name="Mở tất cả").click()
    assert fits(page, viewport["width"])
    page.locator(".public-projects").first.scroll_into_view_if_needed()
    shot(page, f"public-4-plan-projects-{size}", full_page=False)
    page.locator(".public-task").nth(3).scroll_into_view_if_needed()
    shot(page, f"public-4-plan-tasks-{size}", full_page=False)

    page.locator("a.public-targets__link").first.click()
    page.wait_for_url(re.compile(r".*/chi-tieu/\d+/$"))
    page.wait_for_selector("[data-testid=target-chart]:not([hidden]) canvas")
    page.wait_for_timeout(300)  # chart drawn
    assert fits(page, viewport["width"])
    shot(page, f"public-5-target-{size}")
    assert not page.csp_errors
    page.context.close()


def test_the_public_pages_work_without_javascript_and_print(seeded, live_server, browser, shot):
    context = browser.new_context(viewport=PHONE, locale="vi-VN", java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{live_server.url}/cong-khai/bach-dang/")
    page.get_by_role("link", name="Xem chi tiết kế hoạch").click()
    page.wait_for_url(re.compile(r".*/ke-hoach/\d+/$"))
    assert not page.locator(".plan-tools").is_visible()  # print and open-all need JavaScript
    # A closed section opens without JavaScript (<details>); its targets link to their pages.
    link = page.locator("a.public-targets__link").first
    assert not link.is_visible()
    while not link.is_visible():  # open the outermost closed section around it, then the next
        page.locator("details:not([open])", has=link).first.locator("> summary").click()
    link.click()
    page.wait_for_url(re.compile(r".*/chi-tieu/\d+/$"))
    assert not page.get_by_test_id("target-chart").is_visible()
    assert page.get_by_test_id("measurement-table").is_visible()
    shot(page, "public-6-target-no-js-phone")
    context.close()

    page = open_page(browser, DESKTOP)
    page.goto(f"{live_server.url}/cong-khai/bach-dang/")
    page.get_by_role("link", name="Xem chi tiết kế hoạch").click()
    page.wait_for_url(re.compile(r".*/ke-hoach/\d+/$"))
    page.emulate_media(media="print")
    assert not page.locator(".site-header").is_visible() and not page.locator(".plan-tools").is_visible()
    assert page.locator(".public-task").last.is_visible()  # every section open in print
    page.locator(".public-task").first.scroll_into_view_if_needed()
    shot(page, "public-7-plan-print", full_page=False)
    page.context.close()


def test_the_office_publishes_its_plan_and_citizens_see_it(seeded, live_server, browser, shot):
    page = open_page(browser, PHONE)
    page.goto(f"{live_server.url}/accounts/login/")
    page.get_by_label(re.compile("Tên đăng nhập", re.I)).fill("ndn.vanphong")
    page.get_by_label(re.compile("Mật khẩu", re.I)).fill(DEMO_PASSWORD)
    page.get_by_role("button", name="Đăng nhập").click()
    page.wait_for_url("**/wards/nguyen-dai-nang/")
    page.get_by_role("link", name=re.compile("Kế hoạch|Xem kế hoạch")).first.click()
    page.wait_for_url(re.compile(r".*/plans/\d+/$"))
    form = page.get_by_test_id("publication-form")
    form.get_by_label("Công khai kế hoạch này").check()
    form.get_by_role("button", name="Lưu lựa chọn công khai").click()
    page.wait_for_url(re.compile(r".*/plans/\d+/#publication$"))
    assert "Kế hoạch đã được công khai cho người dân." in page.content()
    page.locator("#publication").scroll_into_view_if_needed()
    shot(page, "public-8-office-publishes-phone", full_page=False)
    assert fits(page, PHONE["width"])
    page.get_by_test_id("public-link").click()
    page.wait_for_url("**/cong-khai/nguyen-dai-nang/ke-hoach/*/")
    assert page.get_by_test_id("plan-tree").is_visible()
    page.goto(f"{live_server.url}/cong-khai/")
    assert page.get_by_test_id("public-wards").get_by_role("link").all_inner_texts() == [
        "Phường Bạch Đằng",
        "Phường Nguyễn Đại Năng",
    ]
    page.context.close()
