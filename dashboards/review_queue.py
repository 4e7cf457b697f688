"""The follow-up office's review queue: every submitted report of its ward, approved or returned
one by one or several at once.

The three kinds of report (task progress, target values, capital figures) go through the same
state machine (``core.review.transition``, one locked, version-checked save each); this module
only gathers them for the page, three queries whatever their number, and says which record of
which kind a posted ``kind:pk:version`` names. A return is refused when the report's period is
closed (``plans.locks``: the unit could not correct it); an approval is not (it changes no figure).
"""

from __future__ import annotations

from dataclasses import dataclass

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from assignments.models import ProgressReport, Unit
from core.concurrency import EditConflict
from core.params import CheckedModelChoiceField
from core.review import Action, ReviewState, transition
from plans.locks import Record, check_open
from plans.periods import PeriodKind, ReportingPeriod
from projects.models import CapitalYear
from targets.models import Measurement

KIND_PROGRESS, KIND_TARGET, KIND_CAPITAL = "tien_do", "chi_tieu", "von"
KIND_LABELS = {
    KIND_PROGRESS: gettext_lazy("Tiến độ nhiệm vụ"),
    KIND_TARGET: gettext_lazy("Số liệu chỉ tiêu"),
    KIND_CAPITAL: gettext_lazy("Vốn, giải ngân"),
}
MODELS = {KIND_PROGRESS: ProgressReport, KIND_TARGET: Measurement, KIND_CAPITAL: CapitalYear}
BULK_MAX = 200  # items one POST may name


@dataclass
class QueueItem:
    kind: str
    row: object
    unit: Unit | None
    subject: object  # the task, target or project
    period: ReportingPeriod
    ward_id: int

    @property
    def kind_label(self) -> str:
        return str(KIND_LABELS[self.kind])

    @property
    def key(self) -> str:
        return f"{self.kind}:{self.row.pk}:{self.row.version}"

    @property
    def field_id(self) -> str:
        return f"{self.kind}-{self.row.pk}"

    def record(self) -> Record:
        task_id = self.row.task_id if self.kind == KIND_PROGRESS else None
        return Record(self.ward_id, self.period, unit_id=self.unit.pk if self.unit else None, task_id=task_id)


def _items(kind: str, rows) -> list[QueueItem]:
    items = []
    for row in rows:
        if kind == KIND_PROGRESS:
            ward_id = row.task.plan_item.plan.ward_id
            items.append(QueueItem(kind, row, row.unit, row.task, row.period, ward_id))
        elif kind == KIND_TARGET:
            ward_id = row.target.plan_item.plan.ward_id
            items.append(QueueItem(kind, row, row.target.responsible_unit, row.target, row.period, ward_id))
        else:
            period = ReportingPeriod(row.year, PeriodKind.YEAR)
            items.append(QueueItem(kind, row, row.project.lead_unit, row.project, period, row.project.ward_id))
    return items


def querysets(ward) -> dict[str, object]:
    """The ward's rows of each kind, with what the page shows of them (no query per row)."""
    return {
        KIND_PROGRESS: ProgressReport.objects.for_ward(ward).select_related("unit", "author", "task__plan_item__plan"),
        KIND_TARGET: Measurement.objects.for_ward(ward).select_related(
            "recorded_by", "target__responsible_unit", "target__plan_item__plan"
        ),
        KIND_CAPITAL: CapitalYear.objects.filter(project__ward=ward).select_related("project__lead_unit"),
    }


def pending(ward, *, kind: str | None = None, unit: Unit | None = None) -> list[QueueItem]:
    """The ward's submitted reports, oldest submission first (one query per kind)."""
    items: list[QueueItem] = []
    unit_paths = {KIND_PROGRESS: "unit", KIND_TARGET: "target__responsible_unit", KIND_CAPITAL: "project__lead_unit"}
    for name, rows in querysets(ward).items():
        if kind and name != kind:
            continue
        rows = rows.filter(review_state=ReviewState.SUBMITTED).order_by("submitted_at", "pk")
        if unit is not None:
            rows = rows.filter(**{unit_paths[name]: unit})
        items.extend(_items(name, rows))
    items.sort(key=lambda item: (item.row.submitted_at is None, item.row.submitted_at, item.kind, item.row.pk))
    return items


class QueueFilter(forms.Form):
    """The page's filters (closed choices and a checked key: ``core.params``)."""

    loai = forms.ChoiceField(
        label=gettext_lazy("Loại"),
        required=False,
        choices=[("", gettext_lazy("Tất cả"))] + list(KIND_LABELS.items()),
    )
    don_vi = CheckedModelChoiceField(
        label=gettext_lazy("Đơn vị"), queryset=Unit.objects.none(), required=False, empty_label=gettext_lazy("Tất cả")
    )

    def __init__(self, *args, ward, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["don_vi"].queryset = Unit.objects.for_ward(ward).internal().order_by("name")


def parse_key(key: str) -> tuple[str, int, int] | None:
    """``kind:pk:version`` as posted by the page, or None when it is not one."""
    parts = str(key).split(":")
    if len(parts) != 3 or parts[0] not in MODELS:
        return None
    pk, version = (int(p) if p.isascii() and p.isdigit() and len(p) < 12 else None for p in parts[1:])
    if pk is None or version is None:
        return None
    return parts[0], pk, version


@dataclass
class Outcome:
    done: list = None
    conflicts: list = None  # rows someone else changed since the page was loaded
    refused: list = None  # (row or key, message)

    def __post_init__(self):
        self.done, self.conflicts, self.refused = [], [], []


def review(*, ward, user, keys: list[str], action: str, comment: str = "") -> Outcome:
    """Approve or return the reports named by ``keys`` (``kind:pk:version``) of ``ward``.

    The caller has checked that ``user`` manages the ward (``accounts.access.manages_ward``);
    rows of another ward are not found (``querysets`` is the ward's). Each report is its own
    transaction: one that someone else approved or returned meanwhile is a conflict and is left
    as it is, the others are done.
    """
    outcome = Outcome()
    if action not in (Action.APPROVE, Action.RETURN):
        outcome.refused.append((None, _("Thao tác không hợp lệ.")))
        return outcome
    scoped = querysets(ward)
    for key in keys[:BULK_MAX]:
        parsed = parse_key(key)
        if parsed is None:
            outcome.refused.append((None, _("Mục chọn không hợp lệ.")))
            continue
        kind, pk, version = parsed
        row = scoped[kind].filter(pk=pk).first()  # the ward's own, or not found
        if row is None:
            outcome.refused.append((None, _("Không tìm thấy báo cáo trong phường này.")))
            continue
        try:
            if action == Action.RETURN:
                check_open(_items(kind, [row])[0].record())
            transition(
                MODELS[kind],
                pk,
                action,
                by=user,
                reviewer=True,
                expected_version=version,
                comment=comment,
            )
        except EditConflict:
            outcome.conflicts.append(row)
        except ValidationError as error:
            outcome.refused.append((row, " ".join(error.messages)))
        else:
            outcome.done.append(row)
    return outcome
