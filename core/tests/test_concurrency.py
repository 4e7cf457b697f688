"""The version check that keeps two people from overwriting each other's edits."""

import os
import threading
from pathlib import Path

import pytest
from django import forms
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext

from core.concurrency import (
    EditConflict,
    VersionField,
    conflict_message,
    create_once,
    for_update,
    locked_for_edit,
    refuse_stale,
    save_if_unchanged,
)
from plans.models import Plan, WardSettings
from portal.tests.factories import PlanFactory, WardFactory

pytestmark = pytest.mark.django_db


def test_it_counts_every_save():
    plan = PlanFactory()
    assert plan.version == 1
    plan.title = "Kế hoạch đã sửa"
    plan.save()
    plan.refresh_from_db()
    assert plan.version == 2


def test_it_saves_when_nobody_saved_in_between():
    plan = PlanFactory()
    plan.title = "Lần sửa của tôi"
    save_if_unchanged(plan, expected=1)
    plan.refresh_from_db()
    assert (plan.title, plan.version) == ("Lần sửa của tôi", 2)


def test_it_refuses_a_save_from_a_stale_form_and_keeps_the_other_edit():
    plan = PlanFactory()
    theirs = Plan.objects.get(pk=plan.pk)
    theirs.title = "Bản của người khác"
    theirs.save()
    plan.title = "Bản của tôi"
    with pytest.raises(EditConflict) as caught:
        save_if_unchanged(plan, expected=1)
    assert caught.value.current.title == "Bản của người khác"
    assert Plan.objects.get(pk=plan.pk).title == "Bản của người khác"


def test_a_form_that_saw_no_row_conflicts_with_a_row_made_since():
    plan = PlanFactory()
    with pytest.raises(EditConflict):
        locked_for_edit(Plan.objects.all(), expected=None, pk=plan.pk)
    assert locked_for_edit(Plan.objects.all(), expected=None, pk=plan.pk + 1000) is None


def test_a_duplicate_insert_is_a_conflict_not_a_server_error():
    ward = WardFactory()
    create_once(WardSettings, ward=ward)
    with pytest.raises(EditConflict):
        create_once(WardSettings, ward=ward)
    assert WardSettings.objects.filter(ward=ward).count() == 1


class TitleForm(forms.Form):
    title = forms.CharField()
    version = VersionField()


def test_the_refused_form_keeps_what_was_typed_shows_the_current_value_and_moves_its_version_on():
    plan = PlanFactory(title="Bản gốc")
    Plan.objects.filter(pk=plan.pk).update(title="Bản mới của họ", version=5)
    form = TitleForm({"title": "Bản của tôi", "version": "1"})
    assert form.is_valid()
    refuse_stale(form, EditConflict(Plan.objects.get(pk=plan.pk)))
    assert form.data["title"] == "Bản của tôi"
    assert form.data["version"] == 5
    message = form.non_field_errors()[0]
    assert "Bản mới của họ" in message
    assert "Lưu lần nữa" in message


def test_the_message_names_who_changed_it(django_user_model):
    user = django_user_model.objects.create_user("nguoi.khac", first_name="Lan", last_name="Nguyễn")
    plan = PlanFactory()
    plan._history_user = user
    plan.title = "Đã sửa"
    plan.save()
    assert "Lan" in conflict_message(plan, ["title"])


needs_postgresql = pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="concurrent writers need PostgreSQL (the test database of SQLite is one shared in-memory file)",
)


@needs_postgresql
@pytest.mark.django_db(transaction=True)
def test_two_simultaneous_saves_from_the_same_state_keep_exactly_one():
    """Real concurrent writers (threads with their own connections): one wins, one is told."""
    plan = PlanFactory()
    barrier = threading.Barrier(2)
    outcomes: list[str] = []

    def edit(title: str) -> None:
        try:
            mine = Plan.objects.get(pk=plan.pk)
            barrier.wait(timeout=10)
            mine.title = title
            save_if_unchanged(mine, expected=1)
            outcomes.append("saved")
        except EditConflict:
            outcomes.append("conflict")
        finally:
            connection.close()

    threads = [threading.Thread(target=edit, args=(f"Bản {i}",)) for i in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert sorted(outcomes) == ["conflict", "saved"]
    assert Plan.objects.get(pk=plan.pk).version == 2


def test_a_form_field_named_like_a_reverse_relation_is_left_out_of_the_message():
    plan = PlanFactory(title="Bản của họ")
    message = conflict_message(plan, ["title", "items"])  # Plan.items is the reverse side of PlanItem.plan
    assert "Bản của họ" in message


ROOT = Path(__file__).resolve().parents[2]


def test_the_portal_locks_rows_one_way_only():
    """A plain FOR UPDATE written anywhere else would block other tables' foreign-key checks
    again (the edit-and-shift deadlock): every lock goes through ``for_update``."""
    skipped = {".venv", ".git", "tests", "migrations", "node_modules", "staticfiles", "test-artifacts"}
    elsewhere = []
    for folder, subfolders, files in os.walk(ROOT):
        subfolders[:] = [name for name in subfolders if name not in skipped]
        for name in files:
            path = Path(folder, name)
            if name.endswith(".py") and path != ROOT / "core" / "concurrency.py":
                if "select_for_update(" in path.read_text(encoding="utf-8"):
                    elsewhere.append(str(path.relative_to(ROOT)))
    assert elsewhere == []


@pytest.mark.skipif(connection.vendor != "postgresql", reason="SQLite has no row locks (writes are IMMEDIATE)")
def test_a_lock_leaves_other_tables_foreign_keys_free():
    plan = PlanFactory()
    with transaction.atomic(), CaptureQueriesContext(connection) as queries:
        assert list(for_update(Plan.objects.filter(pk=plan.pk))) == [plan]
    assert queries[-1]["sql"].endswith("FOR NO KEY UPDATE")
