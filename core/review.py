"""The approval cycle of a report: one state machine for task progress, target values and capital.

A report (``assignments.ProgressReport``, ``targets.Measurement``, ``projects.CapitalYear``) is
written by its unit and checked by the ward's follow-up office before it counts::

    draft ──submit──▶ submitted ──approve──▶ approved
      ▲                  │  ▲                   │
      │                return │ submit          return
      │                  ▼  │                   ▼
      └──(edit)──────── returned ◀──────────────┘

- **draft**: the unit is still writing; nobody counts it.
- **submitted**: sent to the office; counted only when a page is asked to include submitted
  figures (``?so_lieu=gom_cho_duyet``, ``FIGURES_PARAM``).
- **approved**: counted everywhere ("Số liệu đã duyệt").
- **returned**: sent back with a comment; it is in the official's "my work" until resubmitted.

Who does what (the caller says whether the user is the ward's reviewer, i.e. its follow-up office
or an admin: ``accounts.access.manages_ward``; this module knows no roles):

- submit: the unit (or the reviewer), from draft or returned;
- approve: the reviewer only, from submitted; return: the reviewer only, from submitted or
  approved, always with a comment;
- edit: the unit edits a draft or a returned report; a submitted or approved one only the
  reviewer. A reviewer's own entry is approved at once (the office is the approver), and so
  are rows written outside the cycle by the office: the Excel import, the seed, the admin.

Rows written before the cycle existed were migrated as approved (each app's data migration).

Every transition is one locked, version-checked save (``core.concurrency.locked_for_edit``):
two office users approving and returning the same report at once — one wins, the other gets
``EditConflict``. The save goes through simple_history, so the record's history shows the state,
who and the comment. Each transition is announced with ``core.events`` (``report_submitted``,
``report_approved``, ``report_returned``), sent inside the transaction so that a listener's rows
commit or roll back with it.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from core import events
from core.concurrency import locked_for_edit


class ReviewState(models.TextChoices):
    DRAFT = "draft", gettext_lazy("Nháp")
    SUBMITTED = "submitted", gettext_lazy("Chờ duyệt")
    APPROVED = "approved", gettext_lazy("Đã duyệt")
    RETURNED = "returned", gettext_lazy("Bị trả lại")


class Action(models.TextChoices):
    SUBMIT = "submit", gettext_lazy("Gửi duyệt")
    APPROVE = "approve", gettext_lazy("Duyệt")
    RETURN = "return", gettext_lazy("Trả lại")


# action -> (states it may start from, state it leads to)
TRANSITIONS: dict[str, tuple[frozenset[str], str]] = {
    Action.SUBMIT: (frozenset({ReviewState.DRAFT, ReviewState.RETURNED}), ReviewState.SUBMITTED),
    Action.APPROVE: (frozenset({ReviewState.SUBMITTED}), ReviewState.APPROVED),
    Action.RETURN: (frozenset({ReviewState.SUBMITTED, ReviewState.APPROVED}), ReviewState.RETURNED),
}
REVIEWER_ACTIONS = frozenset({Action.APPROVE, Action.RETURN})
UNIT_EDITABLE = frozenset({ReviewState.DRAFT, ReviewState.RETURNED})
SIGNALS = {
    Action.SUBMIT: events.report_submitted,
    Action.APPROVE: events.report_approved,
    Action.RETURN: events.report_returned,
}
COMMENT_MAX = 2000

# The query parameter that switches a page from approved figures to approved + submitted ones.
FIGURES_PARAM = "so_lieu"
INCLUDE_SUBMITTED = "gom_cho_duyet"
APPROVED_ONLY = "da_duyet"


class ReviewRefused(ValidationError):
    """The transition is not allowed from the report's state, or not for this user."""


_APPROVED = frozenset({ReviewState.APPROVED})
_APPROVED_OR_SUBMITTED = frozenset({ReviewState.APPROVED, ReviewState.SUBMITTED})


def counted_states(include_submitted: bool = False) -> frozenset[str]:
    """The states whose figures count: approved, and submitted too when asked."""
    return _APPROVED_OR_SUBMITTED if include_submitted else _APPROVED


def counts(row: Any, include_submitted: bool = False) -> bool:
    """Does ``row`` count? A row that carries no state (plain values built by a caller that
    already chose its rows) counts."""
    return _counts_in(row, counted_states(include_submitted))


def _counts_in(row: Any, states: frozenset[str]) -> bool:
    state = getattr(row, "review_state", None)
    return state is None or state in states


def counted(rows: Iterable, include_submitted: bool = False) -> list:
    """The rows of ``rows`` that count (see ``counts``)."""
    states = counted_states(include_submitted)
    return [row for row in rows if _counts_in(row, states)]


def counted_q(include_submitted: bool = False, prefix: str = "") -> Q:
    """The same choice as a database filter (``prefix``: a path to the report, with ``__``)."""
    return Q(**{f"{prefix}review_state__in": sorted(counted_states(include_submitted))})


def may_edit(state: str | None, *, reviewer: bool) -> bool:
    """May the report's figures be changed? The unit changes a draft or a returned one; the
    reviewer anything; a report not yet written (None) anyone who may write it."""
    return reviewer or state is None or state in UNIT_EDITABLE


def check(state: str, action: str, *, reviewer: bool, comment: str = "") -> str:
    """The state after ``action`` on a report in ``state``; ``ReviewRefused`` when not allowed."""
    if action not in TRANSITIONS:
        raise ReviewRefused(_("Thao tác không hợp lệ."), code="bad_action")
    if action in REVIEWER_ACTIONS and not reviewer:
        raise ReviewRefused(
            _("Chỉ Văn phòng theo dõi của phường được duyệt hoặc trả lại báo cáo."), code="not_reviewer"
        )
    sources, target = TRANSITIONS[action]
    if state not in sources:
        raise ReviewRefused(
            _("Báo cáo đang ở trạng thái “%(state)s”: không thể “%(action)s”.")
            % {"state": ReviewState(state).label, "action": Action(action).label},
            code="bad_state",
        )
    if action == Action.RETURN and not comment.strip():
        raise ReviewRefused(_("Khi trả lại báo cáo, hãy ghi ý kiến để đơn vị biết cần sửa gì."), code="no_comment")
    if len(comment) > COMMENT_MAX:
        raise ReviewRefused(_("Ý kiến tối đa %(max)s ký tự.") % {"max": COMMENT_MAX}, code="long_comment")
    return target


def state_after_entry(state: str | None, *, reviewer: bool, submit: bool) -> str:
    """The state of a report once its unit (or the reviewer) saves its figures through a form.

    ``state`` is the report's state before (None: a new report). ``ReviewRefused`` when the user
    may not change it any more (submitted or approved, and not the reviewer). The reviewer's own
    entry is approved; the unit's is submitted when it asks (“Lưu và gửi duyệt”), else it stays
    a draft — or returned, so the office's comment stays in sight until it is resubmitted.
    """
    if not may_edit(state, reviewer=reviewer):
        raise ReviewRefused(
            _("Báo cáo đã gửi duyệt hoặc đã được duyệt nên không sửa được; Văn phòng có thể trả lại để sửa."),
            code="not_editable",
        )
    if reviewer:
        return ReviewState.APPROVED
    if submit:
        return ReviewState.SUBMITTED
    return ReviewState.RETURNED if state == ReviewState.RETURNED else ReviewState.DRAFT


class ReviewedModel(models.Model):
    """The columns of the approval cycle; history (simple_history) records each change."""

    review_state = models.CharField(
        gettext_lazy("trạng thái duyệt"),
        max_length=10,
        choices=ReviewState.choices,
        default=ReviewState.DRAFT,
        db_index=True,
    )
    review_comment = models.TextField(gettext_lazy("ý kiến của Văn phòng"), blank=True)
    submitted_at = models.DateTimeField(gettext_lazy("gửi duyệt lúc"), null=True, blank=True, editable=False)
    reviewed_at = models.DateTimeField(gettext_lazy("duyệt/trả lúc"), null=True, blank=True, editable=False)
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        editable=False,
        related_name="+",
        verbose_name=gettext_lazy("người duyệt"),
    )

    # Set by each model: the path from a row to the unit that answers for it, what to load with
    # it for a list, and ``review_subject`` (the task, target or project it is about).
    REVIEW_UNIT_PATH = "unit"
    REVIEW_RELATED: tuple[str, ...] = ()

    class Meta:
        abstract = True

    @property
    def review_subject(self):
        raise NotImplementedError

    @property
    def review_label(self) -> str:
        return ReviewState(self.review_state).label

    @property
    def unit_may_edit(self) -> bool:
        """Whether the unit that wrote it may still change it (drafts and returned ones)."""
        return may_edit(self.review_state, reviewer=False)

    @property
    def is_counted(self) -> bool:
        return self.review_state == ReviewState.APPROVED


def reviewed_models() -> list[type[ReviewedModel]]:
    """Every installed model in the approval cycle (found, not imported: core knows no app)."""
    from django.apps import apps

    return [model for model in apps.get_models() if issubclass(model, ReviewedModel)]


def returned_to_unit(unit_id: int) -> list[ReviewedModel]:
    """The unit's returned reports of every kind, most recently returned first (one query per
    kind): the official's "my work" lists them with the office's comment."""
    rows: list[ReviewedModel] = []
    for model in reviewed_models():
        rows += model._default_manager.filter(
            review_state=ReviewState.RETURNED, **{f"{model.REVIEW_UNIT_PATH}_id": unit_id}
        ).select_related("reviewed_by", *model.REVIEW_RELATED)
    rows.sort(key=lambda row: (row.reviewed_at is None, row.reviewed_at), reverse=True)
    return rows


def mark(obj: ReviewedModel, state: str, *, by, comment: str | None = None) -> str | None:
    """Set ``obj``'s review columns for ``state`` (not saved); the action it amounts to, if any
    (to announce with ``announce`` once saved)."""
    previous = obj.review_state if obj.pk else None
    now = timezone.now()
    obj.review_state = state
    if state == ReviewState.SUBMITTED:
        obj.submitted_at = now
    if state in (ReviewState.APPROVED, ReviewState.RETURNED):
        obj.reviewed_at, obj.reviewed_by = now, by
    if comment is not None:  # a return's comment; a resubmission keeps it in sight on the report
        obj.review_comment = comment.strip()
    if state == previous or (previous is None and state == ReviewState.APPROVED):
        # A new entry of the office is approved at once: nothing was submitted, so there is no
        # approval to tell anyone of (its unit would get one notice per report it never wrote).
        return None
    return {
        ReviewState.SUBMITTED: Action.SUBMIT,
        ReviewState.APPROVED: Action.APPROVE,
        ReviewState.RETURNED: Action.RETURN,
    }.get(state)


def announce(obj: ReviewedModel, action: str | None, *, by, comment: str = "") -> None:
    """Send the ``core.events`` signal of ``action`` for ``obj`` (nothing for None)."""
    if action is None:
        return
    kwargs = {"instance": obj, "by": by}
    if action == Action.RETURN:
        kwargs["comment"] = comment
    SIGNALS[action].send(sender=type(obj), **kwargs)


def transition(
    model: type[ReviewedModel],
    pk: int,
    action: str,
    *,
    by,
    reviewer: bool,
    expected_version: int | None,
    comment: str = "",
    queryset: models.QuerySet | None = None,
) -> ReviewedModel:
    """Submit, approve or return the report ``pk`` of ``model`` at ``expected_version``.

    The row is locked and its version checked (``EditConflict`` when someone changed it since the
    page was loaded, e.g. another office user approved it a moment ago); ``ReviewRefused`` when
    the action is not allowed from its state or for this user. ``queryset``: where to look (the
    caller's ward scope); the row must be in it.
    """
    rows = (queryset if queryset is not None else model._default_manager.all()).order_by()
    with transaction.atomic():
        obj = locked_for_edit(rows, expected=expected_version, pk=pk)
        if obj is None:
            raise model.DoesNotExist
        target = check(obj.review_state, action, reviewer=reviewer, comment=comment)
        mark(obj, target, by=by, comment=comment if action == Action.RETURN else None)
        obj._history_user = by
        obj._change_reason = str(Action(action).label)
        obj.save()
        announce(obj, action, by=by, comment=comment.strip())
    return obj


class FiguresForm(forms.Form):
    """The page switch between approved figures and approved + submitted ones (a closed choice,
    so a typed value outside it is refused like any other parameter: ``core.params``)."""

    so_lieu = forms.ChoiceField(
        choices=[
            (APPROVED_ONLY, gettext_lazy("Số liệu đã duyệt")),
            (INCLUDE_SUBMITTED, gettext_lazy("Gồm cả số liệu chờ duyệt")),
        ],
        required=False,
    )


def include_submitted(params) -> bool:
    """Read the switch from a query string (``request.GET``); anything else is approved-only."""
    if FIGURES_PARAM not in params:  # the usual page: no form to build (dashboards on every visit)
        return False
    form = FiguresForm(params)
    return form.is_valid() and form.cleaned_data.get(FIGURES_PARAM) == INCLUDE_SUBMITTED
