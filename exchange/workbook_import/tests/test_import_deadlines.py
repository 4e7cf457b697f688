"""Moving a task's deadline through Excel: a revision is recorded, reports stay and keep counting.

Before, writing "Năm 2027" over a task that ran since 2026 moved the task's start to 2027, so
every report of 2026 fell before it "began" and the task showed "Chưa bắt đầu 0%".
"""

from pathlib import Path

import openpyxl
import pytest

from assignments.models import DeadlineRevision, ProgressReport, Task
from assignments.selectors import for_status, with_status
from assignments.status import Status
from exchange.workbook_import.importing import apply_import
from portal.seeding import SeedReport, ensure_units
from portal.tests.factories import PlanFactory, ProgressReportFactory, WardFactory

from .test_import_samples import TASKS_FILE, school_mapping

pytestmark = pytest.mark.django_db


def test_a_deadline_moved_in_excel_keeps_the_reports_and_records_a_revision(today, tmp_path: Path):
    ward = WardFactory()
    ensure_units(SeedReport(), ward, [])
    plan = PlanFactory(ward=ward)
    apply_import(ward=ward, source=TASKS_FILE, unit_mapping=school_mapping(ward))
    task = Task.objects.get(plan_item__plan=plan, title="Giải ngân vốn đầu tư công")
    task.period_kind, task.period_text, task.start_year, task.end_year = "year", "Năm 2026", 2026, 2026
    task.save()
    lead = task.lead_units[0]
    for quarter, percent in ((1, 10), (2, 30), (3, 64)):
        ProgressReportFactory(task=task, unit=lead, period_index=quarter, percent=percent)

    def computed():
        return with_status(for_status(Task.objects.filter(pk=task.pk)), today)[0].computed

    assert computed().percent == 64
    wb = openpyxl.load_workbook(TASKS_FILE)
    ws = wb.active
    row = next(r for r in range(1, ws.max_row + 1) if ws.cell(r, 2).value == "Giải ngân vốn đầu tư công")
    ws.cell(row, 5).value = "Năm 2027"
    edited = tmp_path / "edited.xlsx"
    wb.save(edited)
    apply_import(ward=ward, source=edited)

    task.refresh_from_db()
    assert (task.period_kind, task.period_text, task.end_year) == ("year", "Năm 2027", 2027)
    assert ProgressReport.objects.filter(task=task).count() == 3
    status = computed()
    assert status.status != Status.NOT_STARTED and status.percent == 64
    revision = DeadlineRevision.objects.get(task=task)
    assert (revision.source, revision.old_period_text, revision.new_period_text) == ("import", "Năm 2026", "Năm 2027")
    assert revision.reason
