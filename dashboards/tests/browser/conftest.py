import pytest

from portal.tests.browser.conftest import (  # noqa: F401  (shared fixtures)
    CHROMIUM,
    SCREENSHOTS,
    browser,
    open_page,
    phone,
    shot,
)

DESKTOP = {"width": 1366, "height": 900}


@pytest.fixture
def desktop(browser):  # noqa: F811
    """A fresh context with a desktop viewport."""
    page = open_page(browser, DESKTOP)
    yield page
    page.context.close()
