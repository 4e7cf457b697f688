"""New-user trial 4, workbook W6: three sheets (targets, tasks, projects) as a ward office keeps them.

Written blind (see ``realistic_workbooks_4``): ``import_appendix FILE --ward W --dry-run --json``
is compared with the hand reading (``trial3_checks.workbook_checks``); then the file is imported
and the targets, tasks and projects saved are compared with it.
"""

from decimal import Decimal

import pytest

from exchange.plan_document.tests import trial3_checks as checks
from exchange.workbook_import.tests.realistic_workbooks_4 import EXPECTED_W6, workbook_w6

pytestmark = pytest.mark.django_db


def _preview(tmp_path):
    plan = ("14/KH-UBND", "Kế hoạch phát triển kinh tế - xã hội năm 2026", 2026, 2026)
    return checks.preview_appendix(tmp_path, EXPECTED_W6, workbook_w6(), "theo-doi-2026.xlsx", plan)


def test_it_previews_w6_as_printed(tmp_path):
    preview, status, printed, _ward, _path = _preview(tmp_path)
    assert preview is not None, printed
    assert checks.failures(checks.workbook_checks(preview, status, EXPECTED_W6)) == []


def test_w6_project_totals_typed_as_text_are_read_as_numbers(tmp_path):
    preview, _status, printed, _ward, _path = _preview(tmp_path)
    assert preview is not None, printed
    rows = [row for sheet in preview["sheets"] for row in sheet["rows"] if row.get("kind") == "project"]
    totals = {checks.words(row["name"]): row.get("total_investment") for row in rows}
    for name, total, *_rest in EXPECTED_W6["projects"]:
        got = totals.get(checks.words(name))
        assert got not in (None, ""), name
        assert Decimal(str(got)) == Decimal(str(total)), (name, got)


def test_w6_is_imported_with_its_leads_targets_and_projects(tmp_path):
    from assignments.models import Task, TaskUnit
    from projects.models import Project
    from targets.models import Target

    _preview_, _status, _printed, ward, path = _preview(tmp_path)
    _data, status, printed = checks.run_command("import_appendix", str(path), "--ward", ward.slug)
    assert status == 0, printed

    tasks = list(Task.objects.for_ward(ward))
    expected_tasks = [row for row in EXPECTED_W6["rows"] if row["kind"] == "task"]
    assert len(tasks) == len(expected_tasks)
    by_name = {checks.words(task.title): task for task in tasks}
    for want in expected_tasks:
        task = by_name[checks.words(want["name"])]
        leads = [role.unit.name for role in task.unit_roles.filter(role=TaskUnit.Role.LEAD)]
        assert leads == want["lead"], (want["name"], leads)

    targets = {checks.words(t.measure or t.statement): t for t in Target.objects.filter(plan_item__plan__ward=ward)}
    assert len(targets) == len(EXPECTED_W6["targets"])
    for measure, value, unit, baseline, baseline_year, horizon, lead in EXPECTED_W6["targets"]:
        target = next(t for key, t in targets.items() if checks.words(measure) in key)
        assert target.value == Decimal(str(value)), measure
        assert target.unit.casefold() == unit.casefold(), measure
        assert target.baseline_value == Decimal(str(baseline)), measure
        assert target.baseline_year == baseline_year, measure
        assert target.horizon_year == horizon, measure
        assert target.responsible_unit is not None and target.responsible_unit.name == lead, measure

    projects = {checks.words(p.name): p for p in Project.objects.filter(ward=ward)}
    assert len(projects) == len(EXPECTED_W6["projects"])
    for name, total, funding, start, end in EXPECTED_W6["projects"]:
        project = projects[checks.words(name)]
        assert project.total_investment == Decimal(str(total)), name
        assert checks.words(project.funding_text) == checks.words(funding), name
        assert (project.start_year, project.end_year) == (start, end), name
