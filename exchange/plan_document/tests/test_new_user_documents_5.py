"""New-user trial 5, documents P, Q, R: Word's automatic numbering under a Party header table, ticked
quarters and a body table of key tasks, a plan pasted from a PDF viewer.

Written blind (see ``realistic_docs_5``): each document goes through ``import_plan FILE --ward W
--dry-run --json`` (P and Q as a .docx, Q also as pasted text, R as the text a PDF viewer copies),
its proposal is compared with the hand reading (``trial3_checks``, the parts of trial 4), then it
is confirmed (the command without ``--dry-run``) and what is saved is compared with the reading.
P is not pasted: Word copies its automatic numbers as text, which ``trial3_checks.pasted_text``
does not (it reads each paragraph's own text).
"""

from decimal import Decimal

import pytest

from exchange.plan_document.tests import trial3_checks as checks
from exchange.plan_document.tests.realistic_docs_5 import DOCUMENTS, R_RUNNING_HEADER, TEXTS
from exchange.plan_document.tests.test_new_user_documents_4 import PARTS

pytestmark = pytest.mark.django_db


def _proposal(tmp_path, key, *, pasted=False):
    return checks.propose(tmp_path, key, DOCUMENTS, pasted=pasted)


def _text_proposal(tmp_path, key):
    """``import_plan --dry-run --json`` on a text file, for a new ward with the reading's units."""
    build, expected = TEXTS[key]
    ward = checks.make_ward(*expected["ward"], expected["units"])
    path = tmp_path / f"{key}.txt"
    path.write_bytes(build())
    proposal, status, printed = checks.run_command("import_plan", str(path), "--ward", ward.slug, "--dry-run", "--json")
    return proposal, status, printed, expected, ward, path


@pytest.mark.parametrize("part", PARTS)
@pytest.mark.parametrize("key", DOCUMENTS)
def test_it_proposes_what_the_office_reads(tmp_path, key, part):
    proposal, status, printed, expected, _ward, _path = _proposal(tmp_path, key)
    assert proposal is not None, printed
    assert status == 0, printed
    assert checks.failures(PARTS[part](proposal, expected)) == []


def test_q_pasted_as_text_reads_like_its_docx(tmp_path):
    proposal, _status, printed, expected, _ward, _path = _proposal(tmp_path, "Q", pasted=True)
    assert proposal is not None, printed
    assert checks.failures(checks.scored(PARTS, proposal, expected)) == []


@pytest.mark.parametrize("part", PARTS)
def test_text_from_a_pdf_viewer_reads_as_the_plan(tmp_path, part):
    proposal, status, printed, expected, _ward, _path = _text_proposal(tmp_path, "R")
    assert proposal is not None, printed
    assert status == 0, printed
    assert checks.failures(PARTS[part](proposal, expected)) == []


def test_text_from_a_pdf_viewer_joins_its_broken_lines_and_drops_page_furniture(tmp_path):
    proposal, _status, printed, expected, _ward, _path = _text_proposal(tmp_path, "R")
    assert proposal is not None, printed
    statements = [checks.words(target["statement"]) for target in proposal["targets"]]
    for sentence in expected["whole_sentences"]:
        assert any(checks.words(sentence) in statement for statement in statements), sentence
    furniture = checks.words(R_RUNNING_HEADER)
    texts = [str(item.get(key) or "") for item in proposal["items"] for key in ("title", "body")]
    texts += [target["statement"] for target in proposal["targets"]]
    for text in texts:
        assert furniture not in checks.words(text), text
        assert "- 2 -" not in text and "- 3 -" not in text, text
    # "2030." alone at a line's start is the end of "2026-" on the line before, never an item.
    assert not [item for item in proposal["items"] if item.get("number") == "2030"]


def _confirm(tmp_path, key):
    propose = _text_proposal if key in TEXTS else _proposal
    _proposal_, _status, _printed, expected, ward, path = propose(tmp_path, key)
    return checks.confirm(ward, path, expected), expected


def test_confirmed_programme_saves_its_targets_with_baseline_and_the_unit_that_follows_them(tmp_path):
    from targets.models import Target

    plan, expected = _confirm(tmp_path, "P")
    targets = list(Target.objects.filter(plan_item__plan=plan))
    assert len(targets) == len(expected["targets"])
    for want, (measure, lead) in zip(expected["targets"], expected["responsible"], strict=True):
        target = next(t for t in targets if want["measure"] in checks.words(t.measure or t.statement))
        assert target.value == Decimal(str(want["value"])), measure
        assert target.unit.casefold() == want["unit"].casefold(), measure
        assert target.baseline_value == Decimal(str(want["baseline_value"])), measure
        assert target.baseline_year == 2025, measure
        assert target.horizon_year == 2030, measure
        assert target.responsible_unit is not None and target.responsible_unit.name == lead, measure
    # The tree keeps Word's numbers: the parts are I … IV, the solutions under III keep 1.1 and a.
    numbers = {item.number for item in plan.items.all()}
    assert {"I", "II", "III", "IV", "1.1", "1.2", "2.1", "a", "b"} <= numbers


def test_confirmed_plan_saves_the_ticked_quarters_as_periods(tmp_path):
    from assignments.models import Task, TaskUnit

    plan, expected = _confirm(tmp_path, "Q")
    tasks = list(Task.objects.filter(plan_item__plan=plan))
    assert len(tasks) == len(expected["tasks"])
    by_title = {checks.words(task.title): task for task in tasks}
    for want in expected["tasks"]:
        task = by_title[checks.words(want["title"])]
        leads = [role.unit.name for role in task.unit_roles.filter(role=TaskUnit.Role.LEAD)]
        assert leads == [want["lead"]], (want["title"], leads)
        assert task.expected_result == "", want["title"]
    checks.assert_saved_periods(by_title, expected["saved_periods"])


def test_confirmed_text_from_a_pdf_viewer_makes_the_plan(tmp_path):
    from targets.models import Target

    plan, expected = _confirm(tmp_path, "R")
    assert plan.signer_name == expected["header"]["signer_name"]
    statements = [checks.words(t.statement) for t in Target.objects.filter(plan_item__plan=plan)]
    assert len(statements) == len(expected["targets"])
    for sentence in expected["whole_sentences"]:
        assert any(checks.words(sentence) in statement for statement in statements), sentence
