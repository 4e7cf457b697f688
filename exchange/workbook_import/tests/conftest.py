"""Fixtures shared by the import page's tests."""

import pytest

from portal.seeding import SeedReport, ensure_units
from portal.tests.factories import PlanFactory, WardFactory


@pytest.fixture
def ward():
    """A ward with the standard units and one empty plan, "ke-hoach" (a test module may define its own)."""
    ward = WardFactory()
    ensure_units(SeedReport(), ward, [])
    PlanFactory(ward=ward, code="ke-hoach")
    return ward
