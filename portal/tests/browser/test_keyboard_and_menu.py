"""The header menu on a phone and a desktop, and the keyboard path through a form with errors."""

import pytest

from portal.tests.browser.conftest import PHONE
from portal.tests.world import build_world

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
DESKTOP = {"width": 1280, "height": 900}
PASSWORD = "pw-12345678"  # portal.tests.factories.UserFactory


@pytest.fixture
def world(today):
    return build_world()


def log_in(page, live_server, user):
    page.goto(f"{live_server.url}/accounts/login/")
    page.get_by_label("Tên đăng nhập").fill(user.username)
    page.get_by_label("Mật khẩu").fill(PASSWORD)
    page.keyboard.press("Enter")  # a form submits with Enter
    page.wait_for_url("**/my-work/")


def focused(page) -> str:
    """The focused element's id, classes and data attributes (camelCase), for assertions."""
    script = "(e => [e.id, e.className, ...Object.keys(e.dataset)].join(' '))(document.activeElement)"
    return page.evaluate(script)


def test_on_a_phone_the_menu_is_folded_and_works_by_keyboard(live_server, phone, shot, world):
    page = phone
    log_in(page, live_server, world.bd.official)
    nav_link = page.get_by_role("navigation", name="Điều hướng chính").get_by_role("link", name="Nhiệm vụ")
    assert not nav_link.is_visible(), "the menu should be folded on a 390 px screen"
    header = page.locator(".site-header").bounding_box()
    assert header["height"] <= 80, f"the header takes {header['height']} px of the phone screen"

    page.keyboard.press("Tab")
    assert "skip-link" in focused(page)
    assert page.locator(".skip-link").is_visible()
    page.keyboard.press("Tab")  # brand
    page.keyboard.press("Tab")  # the menu's summary
    assert "site-menu__toggle" in focused(page)
    page.keyboard.press("Enter")
    assert nav_link.is_visible()
    box = nav_link.bounding_box()
    assert box["height"] >= 44, "tap targets of the menu are at least 44 px high"
    shot(page, "ux-phone-menu-open", full_page=False)
    page.keyboard.press("Escape")
    assert not nav_link.is_visible() and "site-menu__toggle" in focused(page)

    page.locator(".site-menu__toggle").click()
    nav_link.click()
    page.wait_for_url("**/tasks/")
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    assert not page.csp_errors


def test_on_a_desktop_the_menu_is_open(live_server, browser, world):
    context = browser.new_context(viewport=DESKTOP, locale="vi-VN")
    page = context.new_page()
    try:
        log_in(page, live_server, world.bd.official)
        assert not page.locator(".site-menu__toggle").is_visible()
        assert page.get_by_role("navigation", name="Điều hướng chính").get_by_role("link", name="Nhiệm vụ").is_visible()
    finally:
        context.close()


def test_a_refused_form_focuses_its_error_summary(live_server, phone, shot, world):
    page = phone
    log_in(page, live_server, world.bd.official)
    page.goto(f"{live_server.url}/tasks/{world.bd.task.pk}/")
    page.get_by_label("Tình trạng").select_option("in_progress")
    percent = page.get_by_label("Tỷ lệ hoàn thành (%)")
    percent.fill("100")
    percent.press("Enter")
    page.wait_for_load_state()
    summary = page.locator("[data-error-summary]")
    summary.wait_for()
    assert summary.get_attribute("role") == "alert"
    assert "errorSummary" in focused(page), "the error summary takes the focus"
    shot(page, "ux-form-error-summary", full_page=False)
    summary.get_by_role("link").first.click()
    assert "id_percent" in focused(page)
