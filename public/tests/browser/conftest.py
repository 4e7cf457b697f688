from dashboards.tests.browser.conftest import DESKTOP, desktop  # noqa: F401  (shared fixtures)
from portal.tests.browser.conftest import (  # noqa: F401  (shared fixtures)
    CHROMIUM,
    PHONE,
    SCREENSHOTS,
    browser,
    open_page,
    phone,
    shot,
)
