from portal.tests.browser.conftest import (  # noqa: F401  (shared fixtures)
    CHROMIUM,
    DESKTOP,
    PHONE,
    SCREENSHOTS,
    browser,
    fits,
    log_in,
    open_page,
    shot,
)
