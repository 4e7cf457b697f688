"""The approval cycle's states and transitions, as pure rules (core.review)."""

import pytest

from core.review import (
    Action,
    ReviewRefused,
    ReviewState,
    check,
    counted,
    counted_states,
    include_submitted,
    may_edit,
    state_after_entry,
)

D, S, A, R = ReviewState.DRAFT, ReviewState.SUBMITTED, ReviewState.APPROVED, ReviewState.RETURNED


class Row:
    def __init__(self, state=None):
        if state is not None:
            self.review_state = state


@pytest.mark.parametrize(
    ("state", "action", "reviewer", "after"),
    [
        (D, Action.SUBMIT, False, S),
        (R, Action.SUBMIT, False, S),
        (S, Action.APPROVE, True, A),
        (S, Action.RETURN, True, R),
        (A, Action.RETURN, True, R),
    ],
)
def test_the_allowed_transitions(state, action, reviewer, after):
    assert check(state, action, reviewer=reviewer, comment="Thiếu minh chứng") == after


@pytest.mark.parametrize(
    ("state", "action", "reviewer", "code"),
    [
        (S, Action.APPROVE, False, "not_reviewer"),
        (S, Action.RETURN, False, "not_reviewer"),
        (D, Action.APPROVE, True, "bad_state"),
        (A, Action.APPROVE, True, "bad_state"),
        (S, Action.SUBMIT, False, "bad_state"),
        (A, Action.SUBMIT, True, "bad_state"),
        (R, Action.RETURN, True, "bad_state"),
        (S, "delete", True, "bad_action"),
    ],
)
def test_the_refused_transitions(state, action, reviewer, code):
    with pytest.raises(ReviewRefused) as refused:
        check(state, action, reviewer=reviewer, comment="x")
    assert refused.value.code == code


def test_a_return_needs_a_comment():
    with pytest.raises(ReviewRefused, match="ghi ý kiến"):
        check(S, Action.RETURN, reviewer=True, comment="   ")


def test_the_unit_edits_drafts_and_returned_reports_only():
    assert may_edit(D, reviewer=False) and may_edit(R, reviewer=False) and may_edit(None, reviewer=False)
    assert not may_edit(S, reviewer=False) and not may_edit(A, reviewer=False)
    assert all(may_edit(state, reviewer=True) for state in ReviewState.values)


def test_the_state_after_a_form_save():
    assert state_after_entry(None, reviewer=False, submit=False) == D
    assert state_after_entry(D, reviewer=False, submit=True) == S
    assert state_after_entry(R, reviewer=False, submit=False) == R  # the comment stays in sight
    assert state_after_entry(S, reviewer=True, submit=False) == A  # the office's entry is approved
    with pytest.raises(ReviewRefused, match="không sửa được"):
        state_after_entry(A, reviewer=False, submit=True)


def test_approved_figures_count_and_submitted_ones_on_request():
    rows = [Row(D), Row(S), Row(A), Row(R), Row()]
    assert counted_states() == {A}
    assert [getattr(r, "review_state", None) for r in counted(rows)] == [A, None]
    assert [getattr(r, "review_state", None) for r in counted(rows, include_submitted=True)] == [S, A, None]


@pytest.mark.parametrize(
    ("params", "expected"),
    [({}, False), ({"so_lieu": "gom_cho_duyet"}, True), ({"so_lieu": "da_duyet"}, False), ({"so_lieu": "x"}, False)],
)
def test_the_page_switch(params, expected):
    assert include_submitted(params) is expected
