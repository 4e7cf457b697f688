"""The change history shows who changed what, with values written the Vietnamese way."""

from decimal import Decimal

import pytest
from django.utils import translation

from core.history import history_rows
from portal.tests.factories import MeasurementFactory

pytestmark = pytest.mark.django_db


def test_a_changed_decimal_reads_as_a_vietnamese_number():
    measurement = MeasurementFactory(value=Decimal("70.2"))
    measurement.value = Decimal("1071.4")
    measurement.save()
    with translation.override("vi"):
        rows = history_rows(measurement)
    change = next(r for r in rows if r.action == "~")
    assert (change.old, change.new) == ("70,2", "1.071,4")
    assert [r.action for r in rows] == ["~", "+"]
