"""What an import would do, row by row: the preview the import page shows and the command prints.

``importing`` builds one ``ImportPreview`` per workbook; the row importers (``rows``) add a
``RowPreview`` per group and row with its status, one of ``NEW``, ``UPDATED``, ``UNCHANGED``
or ``ERROR``.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from plans.models import Plan

from .layouts import where

NEW, UPDATED, UNCHANGED, ERROR, SKIPPED = "new", "updated", "unchanged", "error", "skipped"
STATUS_LABELS = {
    NEW: gettext_lazy("Thêm mới"),
    UPDATED: gettext_lazy("Cập nhật"),
    UNCHANGED: gettext_lazy("Không đổi"),
    ERROR: gettext_lazy("Lỗi"),
    SKIPPED: gettext_lazy("Bỏ qua (dòng tổng)"),
}
# Row kinds that are not records: groups become plan items, totals are left out.
NOT_RECORDS = ("group", "total")


@dataclass
class RowPreview:
    sheet: str
    row: int
    kind: str  # group, task, project, target
    number: str
    title: str
    status: str = NEW
    changes: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    unmatched: list[str] = field(default_factory=list)
    # What the office should look at but that does not stop the import ("thời gian chưa rõ").
    warnings: list[str] = field(default_factory=list)
    # The row as read, for ``import_appendix --json`` and the benchmark.
    reading: dict = field(default_factory=dict)

    @property
    def status_label(self) -> str:
        return str(STATUS_LABELS[self.status])

    def messages(self) -> list[str]:
        return [where(self.sheet, self.row) + e for e in self.errors]

    def warning_messages(self) -> list[str]:
        return [where(self.sheet, self.row) + w for w in self.warnings]


@dataclass
class ImportPreview:
    ward: object
    plan: Plan | None
    rows: list[RowPreview] = field(default_factory=list)
    file_errors: list[str] = field(default_factory=list)
    file_warnings: list[str] = field(default_factory=list)  # sheets left out, totals that do not add up
    sheets: list[dict] = field(default_factory=list)  # {"name", "kind", "appendix"} per sheet read
    unmatched_units: dict[str, list[str]] = field(default_factory=dict)  # name → "sheet row" places
    kept: int = 0  # rows of the portal not in the file (never deleted)

    @property
    def counts(self) -> Counter:
        return Counter(r.status for r in self.rows if r.kind not in NOT_RECORDS)

    @property
    def rows_in_reading_order(self) -> list[RowPreview]:
        """Group rows and item rows as the file has them: by sheet, then by row."""
        sheets: dict[str, int] = {}
        for r in self.rows:
            sheets.setdefault(r.sheet, len(sheets))
        return sorted(self.rows, key=lambda r: (sheets[r.sheet], r.row))

    @property
    def has_errors(self) -> bool:
        return bool(self.file_errors) or any(r.status == ERROR for r in self.rows)

    @property
    def can_confirm(self) -> bool:
        return not self.has_errors and not self.unmatched_units

    @property
    def warnings(self) -> list[str]:
        out = list(self.file_warnings)
        for r in self.rows:
            out += r.warning_messages()
        return out

    @property
    def changes_anything(self) -> bool:
        return any(r.status in (NEW, UPDATED) for r in self.rows)

    def messages(self) -> list[str]:
        out = list(self.file_errors)
        for r in self.rows:
            out += r.messages()
        for name, places in self.unmatched_units.items():
            out.append(
                _("Không khớp đơn vị “%(name)s” (%(places)s): hãy chọn đơn vị tương ứng hoặc tạo mới.")
                % {"name": name, "places": ", ".join(places[:5])}
            )
        return out
