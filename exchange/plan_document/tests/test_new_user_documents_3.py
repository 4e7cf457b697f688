"""New-user trial 3, documents G, H, K: the office's import of plans it never showed the portal.

Written blind (see ``realistic_docs_3``): each document goes through ``import_plan FILE --ward W
--dry-run --json`` as a .docx and as pasted text, its proposal is compared with the hand reading
(``trial3_checks``), then it is confirmed (the command without ``--dry-run``) and must become a
plan of the ward.
"""

import pytest

from exchange.plan_document.tests import trial3_checks as checks
from exchange.plan_document.tests.realistic_docs_3 import DOCUMENTS

pytestmark = pytest.mark.django_db

PARTS = {
    "header": checks.header_checks,
    "items": checks.item_checks,
    "targets": checks.target_checks,
    "tasks": checks.task_checks,
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
    assert checks.failures(checks.proposal_checks(proposal, expected)) == []


@pytest.mark.parametrize("key", DOCUMENTS)
def test_confirmed_document_becomes_a_plan(tmp_path, key):
    from assignments.models import Task
    from plans.models import Plan

    _proposal_, _status, _printed, expected, ward, path = _proposal(tmp_path, key)
    arguments = expected.get("confirm_arguments", [])
    if arguments:  # without the answer the confirm asks for the unit and writes nothing
        _data, status, printed = checks.run_command("import_plan", str(path), "--ward", ward.slug)
        assert status != 0 and arguments[-1] in printed, printed
        assert not Plan.objects.filter(ward=ward).exists()
    _data, status, printed = checks.run_command("import_plan", str(path), "--ward", ward.slug, *arguments)
    assert status == 0, printed
    plan = Plan.objects.get(ward=ward, number=expected["header"]["number"])
    assert plan.period_start.year == expected["header"]["period_start_year"]
    assert plan.period_end.year == expected["header"]["period_end_year"]
    assert Task.objects.filter(plan_item__plan=plan).count() == len(expected["tasks"])
