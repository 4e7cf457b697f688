"""Forms that add or update the row their own fields pick (``KeyedVersionForm``), and racing inserts."""

import pytest
from django import forms
from django.db import IntegrityError

from core.concurrency import EditConflict, KeyedVersionForm, create_or_conflict
from plans.models import WardSettings
from portal.tests.factories import PlanFactory, WardFactory

pytestmark = pytest.mark.django_db


class YearForm(KeyedVersionForm):
    year = forms.IntegerField()

    def row_key(self) -> str:
        return str(self.cleaned_data["year"])


def bound(**data):
    form = YearForm(data)
    assert form.is_valid(), form.errors
    return form


def test_it_expects_the_version_it_showed_for_the_row_it_showed():
    assert bound(year="2026", version="3", version_of="2026").expected_version() == 3


def test_a_row_it_did_not_show_is_expected_absent():
    assert bound(year="2025", version="3", version_of="2026").expected_version() == 0
    assert bound(year="2025").expected_version() == 0


def test_its_initial_names_the_row_and_its_version():
    plan = PlanFactory()
    assert YearForm.initial_version(plan, "2026") == {"version": plan.version, "version_of": "2026"}
    assert YearForm.initial_version(None, "2026") == {"version": 0, "version_of": "2026"}


def test_a_refusal_moves_version_and_key_to_the_row_asked_for():
    theirs = PlanFactory()
    form = bound(year="2025", version="3", version_of="2026")
    form.refuse(EditConflict(theirs))
    assert (form.data["version"], form.data["version_of"]) == (theirs.version, "2025")
    assert form.non_field_errors()


def test_a_racing_insert_is_a_conflict_with_their_row():
    ward = WardFactory()
    theirs = WardSettings.for_ward(ward)
    with pytest.raises(EditConflict) as caught:
        create_or_conflict(WardSettings, WardSettings(ward=ward), ward=ward)
    assert caught.value.current == theirs


def test_an_insert_refused_for_another_reason_is_not_dressed_up_as_a_conflict():
    ward = WardFactory()
    WardSettings.for_ward(ward)
    with pytest.raises(IntegrityError):
        create_or_conflict(WardSettings, WardSettings(ward=ward), ward=WardFactory())
