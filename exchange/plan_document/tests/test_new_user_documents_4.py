"""New-user trial 4, documents L, M, N: a resolution by articles, a task appendix with merged lead
cells, a project list with its subtotals.

Written blind (see ``realistic_docs_4``): each document goes through ``import_plan FILE --ward W
--dry-run --json`` as a .docx and as pasted text, its proposal is compared with the hand reading
(``trial3_checks``, and ``project_checks`` here for the project rows), then it is confirmed (the
command without ``--dry-run``) and what is saved is compared with the reading too.
"""

import re
from decimal import Decimal

import pytest

from exchange.plan_document.tests import trial3_checks as checks
from exchange.plan_document.tests.realistic_docs_4 import DOCUMENTS

pytestmark = pytest.mark.django_db


def _amount(value):
    """A total as the JSON may hold it: a number, or text printed the Vietnamese way
    ("12.500", "1.250,5") or the machine's ("12500.0")."""
    if value is None or value == "":
        return None
    if isinstance(value, int | float | Decimal):
        return Decimal(str(value))
    text = str(value).strip()
    if "," in text or re.fullmatch(r"\d{1,3}(\.\d{3})+", text):
        text = text.replace(".", "").replace(",", ".")
    try:
        return Decimal(text)
    except ArithmeticError:
        return None


def project_checks(proposal, expected):
    """Each hand project: found by number and name, its total as a number, funding, owner, place
    and its group; and no project row that is a subtotal or a total."""
    projects = proposal.get("projects") or []
    items = {item["id"]: item for item in proposal.get("items") or []}
    result = []
    for want in expected["projects"]:
        label = f"project {want['number']} {want['name'][:30]}"
        found = [
            p
            for p in projects
            if p.get("number") == want["number"] and checks.words(p.get("name")) == checks.words(want["name"])
        ]
        if not found:
            result.append((label, False, "missing"))
            continue
        project, wrong = found[0], []
        if _amount(project.get("total_investment")) != Decimal(str(want["total"])):
            wrong.append(f"total {project.get('total_investment')!r}")
        if checks.words(project.get("funding_text")) != checks.words(want["funding"]):
            wrong.append(f"funding {project.get('funding_text')!r}")
        if checks.words(want["owner"]) not in checks.words(project.get("units_text")):
            wrong.append(f"owner {project.get('units_text')!r}")
        if checks.words(want["place"]) not in checks.words(project.get("location_scale")):
            wrong.append(f"place {project.get('location_scale')!r}")
        group = items.get(project.get("item")) or {}
        if checks.words(want["group"]) not in checks.words(group.get("title")):
            wrong.append(f"group {group.get('title')!r}")
        if project.get("errors"):
            wrong.append(f"errors {project['errors']!r}")
        result.append((label, not wrong, "; ".join(wrong)))
    for project in projects:
        if re.match(r"(?i)(t[oổ]ng )?c[oộ]ng\b", checks.words(project.get("name"))):
            result.append((f"total read as a project: {project.get('name')!r}", False, ""))
    return result


PARTS = {
    "header": checks.header_checks,
    "items": checks.item_checks,
    "targets": checks.target_checks,
    "tasks": checks.task_checks,
    "projects": project_checks,
}


def _proposal(tmp_path, key, *, pasted=False):
    return checks.propose(tmp_path, key, DOCUMENTS, pasted=pasted)


@pytest.mark.parametrize("part", PARTS)
@pytest.mark.parametrize("key", DOCUMENTS)
def test_it_proposes_what_the_office_reads(tmp_path, key, part):
    proposal, status, printed, expected, _ward, _path = _proposal(tmp_path, key)
    assert proposal is not None, printed
    assert status == 0, printed
    assert checks.failures(PARTS[part](proposal, expected)) == []


@pytest.mark.parametrize("key", DOCUMENTS)
def test_pasted_text_reads_like_the_docx(tmp_path, key):
    proposal, _status, printed, expected, _ward, _path = _proposal(tmp_path, key, pasted=True)
    assert proposal is not None, printed
    assert checks.failures(checks.scored(PARTS, proposal, expected)) == []


def test_confirmed_resolution_keeps_its_articles_targets_and_duties(tmp_path):
    from targets.models import Target

    plan, expected = checks.propose_and_confirm(tmp_path, "L", DOCUMENTS)
    titles = [checks.words(item.title) for item in plan.items.all()]
    assert any("to chuc thuc hien" in title for title in titles)
    assert not any(title.startswith("nghi quyet nay da duoc") for title in titles)
    statements = [checks.words(t.statement) for t in Target.objects.filter(plan_item__plan=plan)]
    for want in expected["targets"]:
        assert any(want["measure"] in statement for statement in statements), want["measure"]
    # The "+" bullets of a solution are its text, never targets or items of their own.
    assert not any(title.startswith("thu hut dau tu") for title in titles)


def test_confirmed_plan_gives_each_merged_row_its_lead_and_period(tmp_path):
    from assignments.models import Task, TaskUnit

    plan, expected = checks.propose_and_confirm(tmp_path, "M", DOCUMENTS)
    tasks = {task.number: task for task in Task.objects.filter(plan_item__plan=plan)}
    assert sorted(tasks) == sorted(want["number"] for want in expected["tasks"])
    for want in expected["tasks"]:
        task = tasks[want["number"]]
        leads = [role.unit.name for role in task.unit_roles.filter(role=TaskUnit.Role.LEAD)]
        assert leads == [want["lead"]], (want["number"], leads)
        assert checks.words(task.expected_result) == checks.words(want["product"])
    checks.assert_saved_periods(tasks, expected["saved_periods"])


def test_confirmed_plan_saves_each_project_with_its_total_and_years(tmp_path):
    from projects.models import Project

    plan, expected = checks.propose_and_confirm(tmp_path, "N", DOCUMENTS)
    projects = list(Project.objects.filter(ward=plan.ward))
    assert len(projects) == len(expected["projects"])
    by_name = {checks.words(project.name): project for project in projects}
    for want in expected["projects"]:
        project = by_name[checks.words(want["name"])]
        assert project.total_investment == Decimal(str(want["total"])), want["name"]
        assert (project.start_year, project.end_year) == (want["start"], want["end"]), want["name"]
        assert project.lead_unit is not None, want["name"]
