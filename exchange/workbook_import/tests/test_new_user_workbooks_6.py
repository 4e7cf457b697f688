"""New-user trial 6, workbook W8: tasks grouped by unit (the lead cells under a unit's group left
empty), the same task under two units, deadlines as Excel dates or "Trước 31/12/2026", and a sheet
"Hướng dẫn" of instructions.

Written blind (see ``realistic_workbooks_6``): ``import_appendix FILE --ward W --dry-run --json``
is compared with the hand reading (``trial3_checks.workbook_checks``), then the file is imported
and the tasks saved are compared with the reading.
"""

import pytest

from exchange.plan_document.tests import trial3_checks as checks
from exchange.workbook_import.tests.realistic_workbooks_6 import EXPECTED_W8, workbook_w8

pytestmark = pytest.mark.django_db

PLAN = ("20/KH-UBND", "Kế hoạch thực hiện nhiệm vụ phát triển kinh tế - xã hội năm 2026", 2026, 2026)


def _preview(tmp_path):
    return checks.preview_appendix(tmp_path, EXPECTED_W8, workbook_w8(), "phan-cong-theo-don-vi-2026.xlsx", PLAN)


def test_it_previews_as_the_office_reads_it(tmp_path):
    preview, status, printed, _ward, _path = _preview(tmp_path)
    assert preview is not None, printed
    assert checks.failures(checks.workbook_checks(preview, status, EXPECTED_W8)) == []


def test_the_instructions_sheet_is_left_out_or_reported_never_imported(tmp_path):
    preview, _status, printed, _ward, _path = _preview(tmp_path)
    assert preview is not None, printed
    guide = [sheet for sheet in preview["sheets"] if sheet.get("name") == EXPECTED_W8["guide_sheet"]]
    for sheet in guide:
        assert not [row for row in sheet.get("rows") or [] if row.get("kind") in ("task", "project", "target")]
        assert not [row for row in sheet.get("rows") or [] if row.get("errors")], sheet
    if guide:
        # Shown, then it must say it is left out.
        said = " ".join(str(w) for w in preview.get("warnings") or [])
        assert EXPECTED_W8["guide_sheet"] in said, preview.get("warnings")


def test_the_same_task_under_two_units_stays_two_tasks(tmp_path):
    preview, _status, printed, _ward, _path = _preview(tmp_path)
    assert preview is not None, printed
    rows = [row for sheet in preview["sheets"] for row in sheet.get("rows") or []]
    shared = [row for row in rows if checks.words(row.get("name")) == checks.words(EXPECTED_W8["shared_task"])]
    assert len(shared) == 2, shared
    assert sorted(tuple(row.get("lead") or []) for row in shared) == [("Công an phường",), ("Phòng Văn hóa - Xã hội",)]


def test_it_imports_each_task_under_its_unit_with_its_deadline(tmp_path):
    from assignments.models import Task, TaskUnit

    _preview_, _status, _printed, ward, path = _preview(tmp_path)
    _data, status, printed = checks.run_command("import_appendix", str(path), "--ward", ward.slug)
    assert status == 0, printed
    tasks = list(Task.objects.for_ward(ward))
    assert len(tasks) == len(EXPECTED_W8["saved"]), [t.title for t in tasks]
    for unit, name, due in EXPECTED_W8["saved"]:
        found = [
            task
            for task in tasks
            if checks.words(task.title) == checks.words(name)
            and [role.unit.name for role in task.unit_roles.filter(role=TaskUnit.Role.LEAD)] == [unit]
        ]
        assert len(found) == 1, (unit, name)
        assert found[0].period_kind == "date", (name, found[0].period_kind)
        assert found[0].due_date.isoformat() == due, (unit, name)
