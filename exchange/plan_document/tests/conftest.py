"""Shared fixtures of the plan-document tests, and the shared chromium of the browser journeys."""

import pytest

from portal.tests.browser.conftest import browser, shot  # noqa: F401  (shared fixtures)
from portal.tests.factories import UnitFactory, WardFactory


@pytest.fixture
def ward(db):
    """Phường An Biên with the two units the sample plan names."""
    ward = WardFactory(slug="an-bien", name="An Biên")
    UnitFactory(ward=ward, name="Ủy ban nhân dân phường", short_name="UBND phường")
    UnitFactory(ward=ward, name="Các phòng chuyên môn", short_name="Các phòng chuyên môn")
    return ward
