"""The shared chromium of the browser tests (one per test process), for the assignments tests."""

from portal.tests.browser.conftest import browser, shot  # noqa: F401
