"""The django-import-export resources (admin import) on natural keys."""

import pytest

from assignments.models import Task
from exchange.resources import TaskResource, sheet_dataset
from exchange.workbook_import.importing import PlanTree
from exchange.workbook_import.layouts import read_workbook
from portal.seeding import SeedReport, ensure_units
from portal.tests.factories import PlanFactory, WardFactory

from .helpers import task_rows, workbook_bytes

pytestmark = pytest.mark.django_db


def dataset_for(plan, data):
    (sheet,) = read_workbook(data)
    tree = PlanTree(plan)
    appendix, _ = tree.appendix(sheet, sheet.kind, None, lambda item: False)
    placements = [(None, appendix)]
    placements += [(g, tree.group(appendix, g, i, 0, set())[0]) for i, g in enumerate(sheet.root.children)]
    tree.save()
    return sheet_dataset(sheet, placements)


def test_it_imports_clean_rows_then_skips_them_as_unchanged():
    ward = WardFactory()
    ensure_units(SeedReport(), ward, [])
    plan = PlanFactory(ward=ward)
    dataset = dataset_for(plan, workbook_bytes(task_rows(3)))
    assert dataset.headers[:2] == ["plan_item", "position"]
    result = TaskResource().import_data(dataset, dry_run=False)
    assert not result.has_errors() and result.totals["new"] == 3
    task = Task.objects.get(plan_item__plan=plan, position=0)
    assert [u.name for u in task.lead_units] == ["Ủy ban nhân dân phường"]
    assert [u.name for u in task.coordinating_units] == ["Phòng Kinh tế, Hạ tầng và Đô thị"]
    again = TaskResource().import_data(dataset, dry_run=False)
    assert again.totals["skip"] == 3


def test_an_unknown_unit_is_a_row_error():
    ward = WardFactory()
    ensure_units(SeedReport(), ward, [])
    plan = PlanFactory(ward=ward)
    rows = task_rows(1)
    rows[-1][2] = "Phòng Không Có"
    result = TaskResource().import_data(dataset_for(plan, workbook_bytes(rows)), dry_run=True)
    assert result.has_errors()
    assert "Không khớp đơn vị" in str(result.row_errors()[0][1][0].error)
