"""New-user trial 5, workbook W7: a ward's own .ods progress tracker (status list, percentage cells,
deadlines typed as text, a row hidden by an autofilter, one blank lead cell).

Written blind (see ``realistic_workbooks_5``): ``import_appendix FILE --ward W --dry-run --json``
is compared with the hand reading (``trial3_checks.workbook_checks``); the sheet as sent is refused
with the blank lead's cell named; once the office fills it, the file is imported and the tasks and
their progress saved are compared with the reading.
"""

import pytest

from exchange.plan_document.tests import trial3_checks as checks
from exchange.workbook_import.tests.realistic_workbooks_5 import EXPECTED_W7, workbook_w7

pytestmark = pytest.mark.django_db

PLAN = ("12/KH-UBND", "Kế hoạch thực hiện nhiệm vụ phát triển kinh tế - xã hội năm 2026", 2026, 2026)


def _preview(tmp_path, *, lead_filled):
    content = workbook_w7(lead_filled=lead_filled)
    return checks.preview_appendix(tmp_path, EXPECTED_W7, content, "theo-doi-tien-do-2026.ods", PLAN)


def test_the_blank_lead_is_an_error_that_names_its_cell(tmp_path):
    preview, status, printed, _ward, _path = _preview(tmp_path, lead_filled=False)
    assert preview is not None, printed
    assert status == 2, printed
    assert preview["can_import"] is False
    cell = EXPECTED_W7["blank_lead_cell"]
    rows = [row for sheet in preview["sheets"] for row in sheet["rows"]]
    row_number = int(cell[1:])
    blank = [row for row in rows if row.get("row") == row_number]
    assert blank, rows
    assert blank[0]["errors"], blank[0]
    # Never resolved silently: no lead is guessed for it (not the row above's, not a partner).
    assert not blank[0].get("lead"), blank[0]
    messages = " ".join([*preview.get("errors", []), *blank[0]["errors"]])
    assert cell in messages and "chủ trì" in messages.lower(), messages
    # Every other row reads as the hand reading says.
    blank_label = f"task {EXPECTED_W7['blank_lead_number']} "
    wrong = checks.failures(checks.workbook_checks(preview, 0, EXPECTED_W7))
    assert [f for f in wrong if not f.startswith(("can import", blank_label))] == []


def test_filled_in_it_previews_as_printed(tmp_path):
    preview, status, printed, _ward, _path = _preview(tmp_path, lead_filled=True)
    assert preview is not None, printed
    assert checks.failures(checks.workbook_checks(preview, status, EXPECTED_W7)) == []


def test_filled_in_it_imports_each_task_with_its_deadline_and_progress(tmp_path):
    from assignments.models import ProgressReport, Task

    _preview_, _status, _printed, ward, path = _preview(tmp_path, lead_filled=True)
    _data, status, printed = checks.run_command("import_appendix", str(path), "--ward", ward.slug)
    assert status == 0, printed
    tasks = {checks.words(task.title): task for task in Task.objects.for_ward(ward)}
    assert len(tasks) == len(EXPECTED_W7["progress"])
    for name, due, status_, percent, result in EXPECTED_W7["progress"]:
        task = tasks[checks.words(name)]
        assert task.period_kind == "date", (name, task.period_kind)
        assert task.due_date.isoformat() == due, name
        reports = list(ProgressReport.objects.filter(task=task))
        if status_ == "not_started" and not reports:
            continue  # a task not started may have no report at all
        assert len(reports) == 1, (name, reports)
        report = reports[0]
        assert report.status == status_, (name, report.status)
        assert report.percent == percent, (name, report.percent)
        assert checks.words(report.narrative) == checks.words(result), (name, report.narrative)
