"""New-user trial 3, workbook W5: a ward's task appendix as its office typed it.

Written blind (see ``realistic_workbooks_3``): ``import_appendix FILE --ward W --dry-run --json``
is compared with the hand reading (``trial3_checks.workbook_checks``); then the file is imported.
"""

import pytest

from exchange.plan_document.tests import trial3_checks as checks
from exchange.workbook_import.tests.realistic_workbooks_3 import EXPECTED_W5, workbook_w5

pytestmark = pytest.mark.django_db


def _preview(tmp_path):
    # The appendix belongs to the ward's 2026 plan, made first (the blind run had none: the import
    # then refuses with "chưa có kế hoạch nào", which is right).
    plan = ("09/KH-UBND", "Kế hoạch phát triển kinh tế - xã hội năm 2026", 2026, 2026)
    return checks.preview_appendix(tmp_path, EXPECTED_W5, workbook_w5(), "pl-nhiem-vu-2026.xlsx", plan)


def test_it_previews_w5_as_printed(tmp_path):
    preview, status, printed, _ward, _path = _preview(tmp_path)
    assert preview is not None, printed
    assert checks.failures(checks.workbook_checks(preview, status, EXPECTED_W5)) == []


def test_w5_is_imported(tmp_path):
    from assignments.models import Task

    _preview_, _status, _printed, ward, path = _preview(tmp_path)
    _data, status, printed = checks.run_command("import_appendix", str(path), "--ward", ward.slug)
    assert status == 0, printed
    expected_tasks = [row for row in EXPECTED_W5["rows"] if row["kind"] == "task"]
    assert Task.objects.for_ward(ward).count() == len(expected_tasks)
