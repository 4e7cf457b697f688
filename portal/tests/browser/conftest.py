"""Real-browser journeys: Playwright (sync API) driving Debian's chromium against live_server.

Skipped cleanly when /usr/bin/chromium or Playwright is missing. Screenshots go to
test-artifacts/screenshots/.
"""

import os
import re
from pathlib import Path

import pytest

# Playwright's sync API runs an event loop in the test thread; the ORM calls of the test
# itself are still synchronous.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = "/usr/bin/chromium"
SCREENSHOTS = Path(__file__).resolve().parents[3] / "test-artifacts" / "screenshots"
PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 900}
PASSWORD = "pw-12345678"  # portal.tests.factories.UserFactory


_SHARED: dict = {}  # one Playwright and one chromium per test process, whichever conftest asks


def _shared_browser():
    if "browser" not in _SHARED:
        from playwright.sync_api import sync_playwright

        _SHARED["playwright"] = sync_playwright().start()
        _SHARED["browser"] = _SHARED["playwright"].chromium.launch(
            executable_path=CHROMIUM,
            args=["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        )
    return _SHARED["browser"]


def pytest_sessionfinish(session, exitstatus):
    if "browser" in _SHARED:
        _SHARED.pop("browser").close()
        _SHARED.pop("playwright").stop()


@pytest.fixture(scope="session")
def browser():
    """Chromium, shared by every browser test of the process (other apps' conftests may import
    this fixture: they get the same browser, never a second Playwright)."""
    if not os.path.exists(CHROMIUM):
        pytest.skip(f"no chromium at {CHROMIUM}")
    pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
    return _shared_browser()


def open_page(browser, viewport: dict):
    """A page in a fresh Vietnamese context of that size, collecting CSP violations in ``csp_errors``."""
    context = browser.new_context(viewport=viewport, locale="vi-VN", device_scale_factor=1)
    page = context.new_page()
    page.csp_errors = []
    page.on(
        "console",
        lambda msg: page.csp_errors.append(msg.text) if "Content Security Policy" in msg.text else None,
    )
    return page


def log_in(page, live_server, username, password=PASSWORD):
    """Through the sign-in page, as ``username`` (a factory user unless ``password`` says
    otherwise), after forgetting any session."""
    page.context.clear_cookies()
    page.goto(f"{live_server.url}/accounts/login/")
    page.get_by_label(re.compile("Tên đăng nhập|Username", re.I)).fill(username)
    page.get_by_label(re.compile("Mật khẩu|Password", re.I)).fill(password)
    page.get_by_role("button", name="Đăng nhập").click()
    page.wait_for_load_state()


def fits(page, width):
    assert page.evaluate("document.documentElement.scrollWidth") <= width, "the page scrolls sideways"


@pytest.fixture
def phone(browser):
    """A fresh context with a 390 px wide viewport."""
    page = open_page(browser, PHONE)
    yield page
    page.context.close()


@pytest.fixture
def shot():
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)

    def take(page, name: str, full_page: bool = True) -> Path:
        path = SCREENSHOTS / f"{name}.png"
        page.screenshot(path=str(path), full_page=full_page)
        return path

    return take
