"""New-user trial 9, documents P and Q: a UBND plan in parts "Phần thứ nhất" / "Phần thứ hai" whose
tasks are a numbered list, each ending with "(Giao: … chủ trì, phối hợp …; thời gian: …)", with a
"Ghi chú" note after its targets; a ward's yearly work programme that is mostly one big table whose
merged month rows ("Tháng 01", …) group the items and give their month, with a page header and
footer.

Written blind (see ``realistic_docs_9``): each document goes through ``import_plan FILE --ward W
--dry-run --json`` as a .docx and as pasted text, its proposal is compared with the hand reading
(``trial3_checks``, the parts of trial 4, and the checks below), then it is confirmed by the
command and through the pages (upload, review, confirm) and what is saved is compared with the
reading.
"""

import pytest

from exchange.plan_document.tests import trial3_checks as checks
from exchange.plan_document.tests.realistic_docs_9 import DOCUMENTS
from exchange.plan_document.tests.test_new_user_documents_4 import PARTS
from exchange.plan_document.tests.test_new_user_documents_8 import no_target_checks

pytestmark = pytest.mark.django_db


def _proposal(tmp_path, key, *, pasted=False):
    return checks.propose(tmp_path, key, DOCUMENTS, pasted=pasted)


def _month_matches(got, want):
    """A month row's period: "Tháng 01", with or without the programme's year."""
    return checks.words(want) in checks.words(got)


def task_checks(proposal, expected):
    """``trial3_checks.task_checks``, a task's period read from its month row accepted with the year."""
    by_number = {task.get("number"): task for task in proposal.get("tasks") or []}
    wants = []
    for want in expected["tasks"]:
        got = (by_number.get(want["number"]) or {}).get("period_text")
        wants.append({**want, "period": got} if got and _month_matches(got, want["period"]) else want)
    return checks.task_checks(proposal, {**expected, "tasks": wants})


def assigned_checks(proposal, expected):
    """Each "(Giao: …)" item: a task (or an item carrying its assignment) titled without the tail,
    whose lead, partners and period are those the tail gives."""
    result = []
    tasks = proposal.get("tasks") or []
    items = proposal.get("items") or []
    for want in expected.get("assigned", []):
        title = checks.words(want["title"])
        label = f"assigned {want['title'][:30]}"
        task = next((t for t in tasks if title in checks.words(t.get("title"))), None)
        item = next((i for i in items if title in checks.words(i.get("title"))), None)
        if task is None and item is None:
            result.append((label, False, "missing"))
            continue
        wrong = []
        if task is not None:
            shown_title = task.get("title")
            lead = checks.words(task.get("lead_text"))
            partners = checks.words(task.get("coordination_text"))
            period = checks.words(task.get("period_text"))
            lead_ok = lead == checks.words(want["lead"])
        else:
            shown_title = item.get("title")
            lead = partners = checks.words(" ".join(str(item.get(k) or "") for k in ("assignment", "body")))
            period = checks.words(item.get("period_text"))
            lead_ok = checks.words(want["lead"]) in lead
        if "giao" in checks.words(shown_title).split():
            wrong.append(f"title keeps the assignment: {shown_title!r}")
        if not lead_ok:
            wrong.append(f"lead {lead!r}")
        for partner in want["partners"]:
            if checks.words(partner) not in partners:
                wrong.append(f"partner {partner!r} not in {partners!r}")
        if period != checks.words(want["period"]):
            wrong.append(f"period {period!r}")
        result.append((label, not wrong, "; ".join(wrong)))
    return result


def no_item_checks(proposal, expected):
    """A page's header or footer: no item, no item's body, no target; a note ("Ghi chú: …"): no
    item's title, no target."""
    result = []
    phrases = [(p, True) for p in expected.get("no_items_from", [])] + [(p, False) for p in expected.get("notes", [])]
    for phrase, not_in_body in phrases:
        places = [
            f"item {item.get('number')}"
            for item in proposal.get("items") or []
            if phrase in checks.words(item.get("title")) or (not_in_body and phrase in checks.words(item.get("body")))
        ]
        places += [
            f"target {t.get('statement')!r}"
            for t in proposal.get("targets") or []
            if phrase in checks.words(t.get("statement"))
        ]
        result.append((f"nothing from {phrase!r}", not places, repr(places)))
    return result


SCORED = {
    **PARTS,
    "tasks": task_checks,
    "assigned": assigned_checks,
    "no_targets": no_target_checks,
    "no_items": no_item_checks,
}


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
    assert checks.failures(checks.scored(SCORED, proposal, expected)) == []


def test_the_month_rows_are_no_tasks(tmp_path):
    proposal, _status, printed, expected, _ward, _path = _proposal(tmp_path, "Q")
    assert proposal is not None, printed
    numbers = [task.get("number") for task in proposal["tasks"]]
    assert numbers == [task["number"] for task in expected["tasks"]], numbers


def _roles(task):
    from assignments.models import TaskUnit

    leads = [role.unit.name for role in task.unit_roles.filter(role=TaskUnit.Role.LEAD)]
    partners = sorted(role.unit.name for role in task.unit_roles.exclude(role=TaskUnit.Role.LEAD))
    return leads, partners


def test_confirmed_plan_saves_each_assigned_task_with_its_units_and_period(tmp_path):
    from assignments.models import Task
    from targets.models import Target

    plan, expected = checks.propose_and_confirm(tmp_path, "P", DOCUMENTS)
    assert plan.signer_name == expected["header"]["signer_name"]
    assert Target.objects.filter(plan_item__plan=plan).count() == len(expected["targets"])
    tasks = list(Task.objects.filter(plan_item__plan=plan))
    for want in expected["assigned"]:
        found = [t for t in tasks if checks.words(want["title"]) in checks.words(t.title)]
        assert found, (want["title"], [t.title for t in tasks])
        leads, partners = _roles(found[0])
        assert leads == [want["lead"]], (want["title"], leads)
        assert partners == sorted(want["partners"]), (want["title"], partners)
        assert checks.words(found[0].period_text) == checks.words(want["period"]), found[0].period_text


def test_confirmed_programme_saves_the_tasks_under_their_months(tmp_path):
    from assignments.models import Task

    plan, expected = checks.propose_and_confirm(tmp_path, "Q", DOCUMENTS)
    tasks = list(Task.objects.filter(plan_item__plan=plan))
    assert len(tasks) == len(expected["tasks"]), [t.title for t in tasks]
    for want in expected["tasks"]:
        task = next(t for t in tasks if t.number == want["number"])
        leads, partners = _roles(task)
        assert leads == [want["lead"]], (want["number"], leads)
        assert partners == [want["coordinating"]], (want["number"], partners)
        assert _month_matches(task.period_text, want["period"]), (want["number"], task.period_text)
        assert checks.words(want["group"]) in checks.words(task.plan_item.title), want["number"]


@pytest.mark.parametrize("key", DOCUMENTS)
def test_through_the_pages_the_office_uploads_reviews_and_confirms(client, key):
    build, expected = DOCUMENTS[key]
    plan = checks.confirm_through_pages(client, build, expected, f"{key}.docx")
    assert plan.signer_name == expected["header"]["signer_name"]
