"""New-user trial 7, documents V and X: a UBND plan whose headings are ALL CAPS with no number,
whose targets are a table with a lead and deadline per row and whose appendix groups are lettered;
a Party committee plan whose number and place-date share one typed line, whose targets hold
several figures a line, and whose closing sentence belongs to no duty.

Written blind (see ``realistic_docs_7``): each document goes through ``import_plan FILE --ward W
--dry-run --json`` as a .docx and as pasted text, its proposal is compared with the hand reading
(``trial3_checks``, the parts of trial 4, and here ``target_units`` and ``under_heading``), then it
is confirmed (the command without ``--dry-run``) and what is saved is compared with the reading.
"""

from decimal import Decimal

import pytest

from exchange.plan_document.tests import trial3_checks as checks
from exchange.plan_document.tests.realistic_docs_7 import DOCUMENTS
from exchange.plan_document.tests.test_new_user_documents_4 import PARTS

pytestmark = pytest.mark.django_db


def _proposal(tmp_path, key, *, pasted=False):
    return checks.propose(tmp_path, key, DOCUMENTS, pasted=pasted)


def _strings(mapping):
    """Every text a target or part carries, whatever its key: the README names no key for a
    target's lead, so the reading looks for the unit's name among them."""
    for value in mapping.values():
        if isinstance(value, str):
            yield checks.words(value)
        elif isinstance(value, list):
            yield from (checks.words(v) for v in value if isinstance(v, str))


def target_unit_checks(proposal, expected):
    """A target table row's "Đơn vị chủ trì" and "Đơn vị phối hợp" are the target's own."""
    result = []
    targets = proposal.get("targets") or []
    for measure, lead, partner in expected.get("target_units", []):
        label = f"target units {measure}"
        found = [t for t in targets if measure in checks.words(t.get("statement"))]
        if not found:
            result.append((label, False, "missing"))
            continue
        texts = set(_strings(found[0]))
        for part in found[0].get("parts") or []:
            texts |= set(_strings(part))
        wrong = [f"no {name!r}" for name in (lead, partner) if checks.words(name) not in texts]
        result.append((label, not wrong, "; ".join(wrong)))
    return result


def heading_checks(proposal, expected):
    """An item under a heading printed with no number has that heading as its parent."""
    items = proposal.get("items") or []
    by_id = {item["id"]: item for item in items}
    result = []
    for title, heading in expected.get("under_heading", []):
        label = f"under {heading[:20]}: {title[:30]}"
        found = [item for item in items if checks.words(title) in checks.words(item.get("title"))]
        if not found:
            result.append((label, False, "missing"))
            continue
        parent = by_id.get(found[0].get("parent")) or {}
        ok = checks.words(parent.get("title")) == checks.words(heading)
        result.append((label, ok, f"parent {parent.get('title')!r}"))
    return result


SCORED = {**PARTS, "target_units": target_unit_checks, "under_heading": heading_checks}


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


def test_the_target_table_gives_targets_not_tasks(tmp_path):
    proposal, _status, printed, expected, _ward, _path = _proposal(tmp_path, "V")
    assert proposal is not None, printed
    titles = {checks.words(task.get("title")) for task in proposal["tasks"]}
    assert len(proposal["tasks"]) == len(expected["tasks"]), titles
    assert len(proposal["targets"]) == len(expected["targets"])


def test_lettered_groups_keep_the_numbers_across_them(tmp_path):
    proposal, _status, printed, _expected, _ward, _path = _proposal(tmp_path, "V")
    assert proposal is not None, printed
    numbers = [task.get("number") for task in proposal["tasks"]]
    assert numbers == ["1", "2", "3", "4", "5"], numbers
    groups = [item.get("number") for item in proposal["items"] if item.get("kind") == "group"]
    assert groups == ["A", "B", "C"], groups


def test_the_number_and_the_date_on_one_line_are_both_read(tmp_path):
    proposal, _status, printed, _expected, _ward, _path = _proposal(tmp_path, "X")
    assert proposal is not None, printed
    header = proposal["header"]
    assert header.get("number") == "25-KH/ĐU", header
    assert header.get("issued_on") == "2025-12-05", header


def test_the_closing_sentence_belongs_to_no_duty(tmp_path):
    proposal, _status, printed, expected, _ward, _path = _proposal(tmp_path, "X")
    assert proposal is not None, printed
    for item in proposal["items"]:
        assert "duoc pho bien den chi bo" not in checks.words(item.get("title")), item
        assert "duoc pho bien den chi bo" not in checks.words(item.get("body")), item
    for task in proposal["tasks"]:
        assert "duoc pho bien den chi bo" not in checks.words(task.get("title")), task


def test_confirmed_civilised_ward_plan_saves_targets_with_their_units_and_the_tasks(tmp_path):
    from assignments.models import Task, TaskUnit
    from targets.models import Target

    plan, expected = checks.propose_and_confirm(tmp_path, "V", DOCUMENTS)
    assert plan.signer_name == expected["header"]["signer_name"]
    targets = list(Target.objects.filter(plan_item__plan=plan))
    assert len(targets) == len(expected["targets"])
    for measure, lead, partner in expected["target_units"]:
        target = next(t for t in targets if measure in checks.words(t.measure or t.statement))
        want = next(w for w in expected["targets"] if w["measure"] == measure)
        assert target.value == Decimal(str(want["value"])), measure
        assert target.horizon_year == 2026, measure
        assert target.responsible_unit is not None and target.responsible_unit.name == lead, measure
        assert [unit.name for unit in target.coordinating_units.all()] == [partner], measure
    tasks = list(Task.objects.filter(plan_item__plan=plan))
    assert len(tasks) == len(expected["tasks"])
    for want in expected["tasks"]:
        task = next(t for t in tasks if checks.words(t.title) == checks.words(want["title"]))
        leads = [role.unit.name for role in task.unit_roles.filter(role=TaskUnit.Role.LEAD)]
        assert leads == [want["lead"]], (want["title"], leads)
        assert checks.words(want["group"]) in checks.words(task.plan_item.title), want["title"]


def test_confirmed_party_plan_saves_its_number_date_and_every_figure(tmp_path):
    from targets.models import Target

    plan, expected = checks.propose_and_confirm(tmp_path, "X", DOCUMENTS)
    assert plan.signer_name == expected["header"]["signer_name"]
    assert plan.issued_on.isoformat() == expected["header"]["issued_on"]
    targets = list(Target.objects.filter(plan_item__plan=plan))
    assert len(targets) == len(expected["targets"]), [t.statement for t in targets]
    duties = [
        item
        for item in plan.items.all()
        if item.number in {"1", "2", "3"} and item.parent and item.parent.number == "IV"
    ]
    assert len(duties) == 3, duties
