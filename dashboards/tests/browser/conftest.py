import pytest

from portal.tests.browser.conftest import CHROMIUM, SCREENSHOTS, browser, phone, shot  # noqa: F401  (shared fixtures)

DESKTOP = {"width": 1366, "height": 900}


@pytest.fixture
def desktop(browser):  # noqa: F811
    """A fresh context with a desktop viewport, with CSP violations collected."""
    context = browser.new_context(viewport=DESKTOP, locale="vi-VN", device_scale_factor=1)
    page = context.new_page()
    page.csp_errors = []
    page.on(
        "console",
        lambda msg: page.csp_errors.append(msg.text) if "Content Security Policy" in msg.text else None,
    )
    yield page
    context.close()
