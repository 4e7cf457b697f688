"""A new ward imports its own follow-up workbooks (``realistic_workbooks``) as they are: every
task and project row as printed, the totals left out, dates and numbers read the Vietnamese way,
then imported into the ward's plan."""

import datetime as dt
from decimal import Decimal

import pytest

from assignments.models import Task
from exchange.management.commands.import_appendix import as_json
from exchange.workbook_import.importing import CREATE, apply_import, preview_import
from portal.seeding import SeedReport, ensure_units
from portal.tests.factories import PlanFactory, WardFactory
from projects.models import Project

from .realistic_workbooks import EXPECTED, WORKBOOKS

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("name", sorted(WORKBOOKS))
def test_a_wards_own_workbook_imports_as_printed(name, tmp_path):
    expected = EXPECTED[name]
    ward = WardFactory()
    ensure_units(SeedReport(), ward, [])
    plan = PlanFactory(ward=ward, period_start=dt.date(2026, 1, 1), period_end=dt.date(2030, 12, 31))
    path = tmp_path / name
    path.write_bytes(WORKBOOKS[name]())
    preview = preview_import(ward=ward, source=path, plan=plan)
    assert not preview.has_errors, preview.messages()
    rows = [row for sheet in as_json(preview, name)["sheets"] for row in sheet["rows"]]
    tasks = [(r["number"], r["name"], r["period_text"]) for r in rows if r["kind"] == "task"]
    assert tasks == [t[:3] for t in expected["tasks"]]
    projects = [(r["number"], r["name"], r["total_investment"]) for r in rows if r["kind"] == "project"]
    assert projects == expected["projects"]
    assert sum(r["kind"] == "total" for r in rows) == expected["totals"]
    # The units the ward does not have yet are named for the office to confirm; here, as a new
    # ward would, it creates them and imports.
    mapping = dict.fromkeys(preview.unmatched_units, CREATE)
    apply_import(ward=ward, source=path, plan=plan, unit_mapping=mapping)
    imported = Task.objects.filter(plan_item__plan=plan)
    assert sorted((t.number, t.due_date) for t in imported) == sorted((t[0], t[3]) for t in expected["tasks"])
    assert sorted((p.number, p.total_investment) for p in Project.objects.filter(plan_item__plan=plan)) == sorted(
        (n, Decimal(v)) for n, _name, v in expected["projects"]
    )
