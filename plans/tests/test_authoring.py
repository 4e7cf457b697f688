"""The rules of writing a plan and its tree (plans.authoring): order, moves, removal, versions."""

import datetime as dt

import pytest
from django.core.exceptions import ValidationError

from core.concurrency import EditConflict
from plans import authoring
from plans.models import Plan, PlanItem, tree_order_for
from portal.tests.factories import (
    PlanFactory,
    PlanItemFactory,
    ProgressReportFactory,
    TargetFactory,
    TaskFactory,
    WardFactory,
)

pytestmark = pytest.mark.django_db

PLAN = {
    "number": "29-KH/ĐU",
    "title": "Kế hoạch thực hiện Chương trình hành động 16-CTr/TU",
    "issuing_body": Plan.IssuingBody.PARTY_COMMITTEE,
    "issuing_body_name": "Ban Thường vụ Đảng ủy phường",
    "issued_place": "Bạch Đằng",
    "issued_on": dt.date(2025, 10, 20),
    "basis": "Chương trình hành động số 16-CTr/TU",
    "period_start": dt.date(2026, 1, 1),
    "period_end": dt.date(2030, 12, 31),
    "purpose": "Tăng trưởng hai con số",
    "requirements": "Rõ người, rõ việc",
}


def tree(plan):
    """(number, depth, tree_order) of the plan's items in reading order."""
    return [(i.number, i.depth, i.tree_order) for i in PlanItem.objects.filter(plan=plan).order_by("tree_order")]


def add(plan, parent=None, number="", kind=PlanItem.Kind.GROUP, title=None):
    return authoring.create_item(plan=plan, parent=parent, kind=kind, number=number, title=title or f"Mục {number}")


def test_the_one_order_rule():
    assert tree_order_for("", 3) == "0003"
    assert tree_order_for("0001.0002", 10) == "0001.0002.0010"


def test_a_plan_is_created_with_a_code_of_its_own():
    ward = WardFactory()
    first = authoring.create_plan(ward=ward, **PLAN)
    second = authoring.create_plan(ward=ward, **PLAN)
    assert first.code == "29-kh-du" and second.code == "29-kh-du-2"
    assert first.number == "29-KH/ĐU" and first.version == 1
    assert first.history.count() == 1


def test_a_code_taken_by_another_request_meanwhile_is_a_conflict_not_a_form_error(monkeypatch):
    ward = WardFactory()
    first = authoring.create_plan(ward=ward, **PLAN)
    # The other request committed between this one's choice of code and its insert.
    monkeypatch.setattr(authoring, "_plan_code", lambda *args: first.code)
    with pytest.raises(EditConflict):
        authoring.create_plan(ward=ward, **PLAN)
    assert Plan.objects.filter(ward=ward).count() == 1


def test_a_plan_whose_period_ends_before_it_starts_is_refused():
    ward = WardFactory()  # other tests of the process may have left plans: count this ward's
    with pytest.raises(ValidationError):
        authoring.create_plan(ward=ward, **{**PLAN, "period_end": dt.date(2025, 1, 1)})
    assert not Plan.objects.filter(ward=ward).exists()


def test_a_stale_plan_save_is_refused_and_changes_nothing():
    plan = PlanFactory()
    authoring.update_plan(plan=plan, version=plan.version, title="Bản của người thứ nhất")
    with pytest.raises(EditConflict) as caught:
        authoring.update_plan(plan=plan, version=plan.version, title="Bản của người thứ hai")
    assert caught.value.current.title == "Bản của người thứ nhất"
    plan.refresh_from_db()
    assert plan.title == "Bản của người thứ nhất"


def test_archiving_a_plan_takes_it_out_of_the_active_plans_and_back():
    plan = PlanFactory()
    plan = authoring.set_plan_archived(plan=plan, archived=True, version=plan.version)
    assert not Plan.objects.active().filter(pk=plan.pk).exists()
    plan = authoring.set_plan_archived(plan=plan, archived=False, version=plan.version)
    assert Plan.objects.active().filter(pk=plan.pk).exists()
    assert plan.history.count() == 3


def test_items_keep_their_numbers_as_typed_and_order_apart():
    plan = PlanFactory()
    nine = add(plan, number="XIX")
    ten = add(plan, number="X")
    assert tree(plan) == [("XIX", 0, "0000"), ("X", 0, "0001")]
    assert nine.key == "XIX" and ten.key == "X"
    child = add(plan, nine, number="1")
    assert child.key == "XIX.1" and child.tree_order == "0000.0000" and child.depth == 1
    assert add(plan, nine, number="1").key == "XIX.1-2"


def test_moving_up_and_down_swaps_the_siblings_and_their_subtrees():
    plan = PlanFactory()
    a, b = add(plan, number="I"), add(plan, number="II")
    a1 = add(plan, a, number="1")
    authoring.shift_item(item=b, offset=-1, version=b.version)
    assert tree(plan) == [("II", 0, "0000"), ("I", 0, "0001"), ("1", 1, "0001.0000")]
    a1.refresh_from_db()
    assert a1.tree_order == "0001.0000"
    b.refresh_from_db()
    authoring.shift_item(item=b, offset=-1, version=b.version)  # already first: nothing moves
    assert tree(plan)[0] == ("II", 0, "0000")


def test_moving_under_another_item_closes_the_gap_and_rewrites_the_subtree():
    plan = PlanFactory()
    a, b, c = add(plan, number="I"), add(plan, number="II"), add(plan, number="III")
    b1 = add(plan, b, number="1")
    b1a = add(plan, b1, number="a")
    authoring.move_item(item=b, parent=c, index=None, version=b.version)
    assert tree(plan) == [
        ("I", 0, "0000"),
        ("III", 0, "0001"),
        ("II", 1, "0001.0000"),
        ("1", 2, "0001.0000.0000"),
        ("a", 3, "0001.0000.0000.0000"),
    ]
    b.refresh_from_db()
    b1a.refresh_from_db()
    assert b.parent == c and b1a.depth == 3
    assert b.history.first().history_type == "~"
    assert a.pk  # untouched
    # Back to the root as the first item.
    authoring.move_item(item=b, parent=None, index=0, version=b.version)
    assert [n for n, _d, _o in tree(plan)] == ["II", "1", "a", "I", "III"]
    assert authoring.rebuild_tree_order(plan) == 0  # the moves left every order right


def test_an_item_never_goes_under_itself_or_its_descendants():
    plan = PlanFactory()
    a = add(plan, number="I")
    a1 = add(plan, a, number="1")
    for target in (a, a1):
        with pytest.raises(ValidationError) as caught:
            authoring.move_item(item=a, parent=target, index=None, version=a.version)
        assert "mục con" in str(caught.value)
    assert tree(plan) == [("I", 0, "0000"), ("1", 1, "0000.0000")]


def test_a_stale_move_is_refused():
    plan = PlanFactory()
    a, b = add(plan, number="I"), add(plan, number="II")
    stale = a.version
    authoring.update_item(item=a, version=a.version, title="Đổi tên")
    with pytest.raises(EditConflict):
        authoring.move_item(item=a, parent=b, index=None, version=stale)
    assert tree(plan) == [("I", 0, "0000"), ("II", 0, "0001")]


def test_an_empty_item_is_deleted():
    plan = PlanFactory()
    a = add(plan, number="I")
    assert authoring.item_contents(a) == []
    assert authoring.remove_item(item=a, version=a.version) == "deleted"
    assert not PlanItem.objects.filter(pk=a.pk).exists()


def test_an_item_with_tasks_targets_or_reports_under_it_is_archived_with_its_counts():
    plan = PlanFactory()
    programme = add(plan, number="I", kind=PlanItem.Kind.PROGRAMME)
    group = add(plan, programme, number="1")
    task = TaskFactory(plan_item=group)
    ProgressReportFactory(task=task)
    TargetFactory(plan_item=programme)
    contents = {row.label: row.count for row in authoring.item_contents(programme)}
    assert contents["mục con"] == 1
    assert contents["nhiệm vụ"] == 1
    assert contents["chỉ tiêu"] == 1
    assert any("báo cáo" in label for label in contents)
    assert authoring.remove_item(item=programme, version=programme.version) == "archived"
    programme.refresh_from_db()
    assert programme.archived and PlanItem.objects.filter(pk=group.pk).exists()
    task.refresh_from_db()
    programme = authoring.restore_item(item=programme, version=programme.version)
    assert not programme.archived


def test_an_item_with_only_sub_items_is_archived_not_deleted_with_them():
    plan = PlanFactory()
    a = add(plan, number="I")
    add(plan, a, number="1")
    assert authoring.remove_item(item=a, version=a.version) == "archived"
    assert PlanItem.objects.filter(plan=plan).count() == 2


def test_an_item_of_another_plan_is_refused_as_parent():
    plan, other = PlanFactory(), PlanFactory()
    foreign = PlanItemFactory(plan=other)
    with pytest.raises(ValidationError):
        add(plan, foreign, number="1")
    a = add(plan, number="I")
    with pytest.raises(ValidationError):
        authoring.move_item(item=a, parent=foreign, index=None, version=a.version)


def test_direct_counts_in_a_constant_number_of_queries(django_assert_num_queries):
    plan = PlanFactory()
    items = [add(plan, number=str(n)) for n in range(3)]
    for item in items:
        TaskFactory(plan_item=item)
    with django_assert_num_queries(3):
        counts = authoring.direct_counts(plan)
    assert all(counts[item.pk]["nhiệm vụ"] == 1 for item in items)
