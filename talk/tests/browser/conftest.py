from portal.tests.browser.conftest import browser, shot  # noqa: F401  (the shared chromium and screenshots)
