"""New-user trial 6, documents S and T: a decision issuing the plan that follows it, with a target
table of two header rows and tasks given per unit in prose; a plan written in Google Docs or
LibreOffice (typed numbers and a TAB, bold paragraphs for headings, soft line breaks, an empty
first column in the appendix).

Written blind (see ``realistic_docs_6``): each document goes through ``import_plan FILE --ward W
--dry-run --json`` as a .docx and as pasted text, its proposal is compared with the hand reading
(``trial3_checks``, the parts of trial 4, and here the tasks of S's "Phân công nhiệm vụ"), then it
is confirmed (the command without ``--dry-run``) and what is saved is compared with the reading.
"""

from decimal import Decimal

import pytest

from exchange.plan_document.tests import trial3_checks as checks
from exchange.plan_document.tests.realistic_docs_6 import DOCUMENTS
from exchange.plan_document.tests.test_new_user_documents_4 import PARTS

pytestmark = pytest.mark.django_db


def _proposal(tmp_path, key, *, pasted=False):
    return checks.propose(tmp_path, key, DOCUMENTS, pasted=pasted)


def duty_task_checks(proposal, expected):
    """Each "- Chủ trì …" line under a unit's section is a task led by that unit, with the partner
    its "phối hợp với" names and the period it ends with."""
    tasks = proposal.get("tasks") or []
    result = []
    for unit, title_words, partner, period in expected.get("duty_tasks", []):
        label = f"duty task {unit[:20]} {title_words[:30]}"
        found = [task for task in tasks if title_words in checks.words(task.get("title"))]
        if not found:
            result.append((label, False, "missing"))
            continue
        task, wrong = found[0], []
        if checks.words(task.get("lead_text")) != checks.words(unit):
            wrong.append(f"lead {task.get('lead_text')!r}")
        if checks.words(task.get("coordination_text")) != checks.words(partner):
            wrong.append(f"coordinating {task.get('coordination_text')!r}")
        if checks.words(period) not in checks.words(task.get("period_text")):
            wrong.append(f"period {task.get('period_text')!r}")
        if task.get("errors"):
            wrong.append(f"errors {task['errors']!r}")
        result.append((label, not wrong, "; ".join(wrong)))
    return result


SCORED = {**PARTS, "duty_tasks": duty_task_checks}


@pytest.mark.parametrize("part", SCORED)
@pytest.mark.parametrize("key", DOCUMENTS)
def test_it_proposes_what_the_office_reads(tmp_path, key, part):
    proposal, status, printed, expected, _ward, _path = _proposal(tmp_path, key)
    assert proposal is not None, printed
    assert status == 0, printed
    assert checks.failures(SCORED[part](proposal, expected)) == []


@pytest.mark.parametrize("key", DOCUMENTS)
def test_pasted_as_text_it_reads_like_its_docx(tmp_path, key):
    proposal, _status, printed, expected, _ward, _path = _proposal(tmp_path, key, pasted=True)
    assert proposal is not None, printed
    failed = checks.failures(checks.scored(PARTS, proposal, expected) + duty_task_checks(proposal, expected))
    assert failed == []


def test_the_decisions_articles_are_no_items_of_the_plan(tmp_path):
    proposal, _status, printed, _expected, _ward, _path = _proposal(tmp_path, "S")
    assert proposal is not None, printed
    titles = [checks.words(item.get("title")) for item in proposal["items"]]
    assert not [title for title in titles if title.startswith("dieu ") or "quyet dinh nay" in title], titles


def test_the_comparison_column_is_never_a_target_value(tmp_path):
    proposal, _status, printed, expected, _ward, _path = _proposal(tmp_path, "S")
    assert proposal is not None, printed
    parts = [part for target in proposal["targets"] for part in target.get("parts") or []]
    values = {round(float(part["value"]), 3) for part in parts if part.get("value") not in (None, "")}
    ratios = {106.8, 108.0, 71.4, 101.5, 104.8}
    assert not values & ratios, values
    assert len(proposal["targets"]) == len(expected["targets"])


def test_typed_numbers_and_tabs_keep_three_levels(tmp_path):
    proposal, _status, printed, _expected, _ward, _path = _proposal(tmp_path, "T")
    assert proposal is not None, printed
    for item in proposal["items"]:
        # The TAB after a typed number is spacing, never part of the number or the title.
        assert "\t" not in (item.get("title") or "") and "\t" not in (item.get("number") or ""), item
    numbers = [item.get("number") for item in proposal["items"]]
    assert {"1.1.1", "1.1.2", "1.2.1", "1.2.2"} <= set(numbers), numbers


def test_the_empty_first_column_and_the_remarks_are_no_task_fields(tmp_path):
    proposal, _status, printed, _expected, _ward, _path = _proposal(tmp_path, "T")
    assert proposal is not None, printed
    for task in proposal["tasks"]:
        assert task.get("number"), task
        assert "von xa hoi hoa" not in checks.words(task.get("result")), task
        assert "lo trinh" not in checks.words(task.get("result")), task


def test_confirmed_decision_saves_the_table_targets_and_the_units_tasks(tmp_path):
    from assignments.models import Task, TaskUnit
    from targets.models import Target

    plan, expected = checks.propose_and_confirm(tmp_path, "S", DOCUMENTS)
    assert plan.signer_name == expected["header"]["signer_name"]
    targets = list(Target.objects.filter(plan_item__plan=plan))
    assert len(targets) == len(expected["targets"])
    for want in expected["targets"]:
        target = next(t for t in targets if want["measure"] in checks.words(t.measure or t.statement))
        assert target.value == Decimal(str(want["value"])), want["measure"]
        assert target.baseline_value == Decimal(str(want["baseline_value"])), want["measure"]
        assert target.baseline_year == 2025, want["measure"]
        assert target.horizon_year == 2026, want["measure"]
    tasks = list(Task.objects.filter(plan_item__plan=plan))
    assert len(tasks) == len(expected["duty_tasks"])
    for unit, title_words, _partner, _period in expected["duty_tasks"]:
        task = next(t for t in tasks if title_words in checks.words(t.title))
        leads = [role.unit.name for role in task.unit_roles.filter(role=TaskUnit.Role.LEAD)]
        assert leads == [unit], (title_words, leads)


def test_confirmed_google_docs_plan_keeps_its_tree_and_appendix_tasks(tmp_path):
    from assignments.models import Task, TaskUnit

    plan, expected = checks.propose_and_confirm(tmp_path, "T", DOCUMENTS)
    assert plan.signer_name == expected["header"]["signer_name"]
    numbers = {item.number for item in plan.items.all()}
    assert {"I", "II", "III", "IV", "1.1", "1.1.1", "1.2.2", "2.2"} <= numbers, numbers
    tasks = {checks.words(task.title): task for task in Task.objects.filter(plan_item__plan=plan)}
    assert len(tasks) == len(expected["tasks"])
    for want in expected["tasks"]:
        task = tasks[checks.words(want["title"])]
        leads = [role.unit.name for role in task.unit_roles.filter(role=TaskUnit.Role.LEAD)]
        assert leads == [want["lead"]], (want["title"], leads)
        assert checks.words(task.expected_result) == checks.words(want["product"]), want["title"]
