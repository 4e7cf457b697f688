"""Which record a row of a re-imported workbook updates: a ward edits its own sheet in Excel
(inserts a task between two others, sorts the rows, renames one), and each row still updates
its own task, with its progress, never its neighbour's."""

import pytest

from assignments.models import Task
from exchange.workbook_import.importing import apply_import, preview_import
from exchange.workbook_import.preview import NEW, UNCHANGED, UPDATED
from portal.seeding import SeedReport, ensure_units
from portal.tests.factories import PlanFactory, WardFactory

from .helpers import HEADER, workbook_bytes

pytestmark = pytest.mark.django_db

NUMBER = str(Task._meta.get_field("number").verbose_name)

TASKS = ["Lát vỉa hè phố Cầu Đất", "Trồng cây xanh đường Lạch Tray", "Sơn kẻ vạch đỗ xe", "Lắp camera giao thông"]


def sheet(names, tmp_path, file="tasks.xlsx"):
    rows = [["PHỤ LỤC 1"], HEADER, ["I. Đô thị"]]
    rows += [[i, name, "UBND phường", "", "Năm 2027", ""] for i, name in enumerate(names, start=1)]
    path = tmp_path / file
    path.write_bytes(workbook_bytes(rows))
    return path


@pytest.fixture
def imported(tmp_path):
    ward = WardFactory()
    ensure_units(SeedReport(), ward, [])
    plan = PlanFactory(ward=ward)
    apply_import(ward=ward, source=sheet(TASKS, tmp_path, "first.xlsx"), plan=plan)
    ids = dict(Task.objects.filter(plan_item__plan=plan).values_list("title", "pk"))
    assert len(ids) == 4
    return ward, plan, ids


def statuses(preview):
    return [(r.title, r.status) for r in preview.rows if r.kind == "task"]


def changes(preview):
    """What each task row would change (its printed number moves with the rows above it)."""
    return [(r.title, r.status, r.changes) for r in preview.rows if r.kind == "task"]


def test_a_task_inserted_between_two_others_is_new_and_the_rest_keep_their_records(imported, tmp_path):
    ward, plan, ids = imported
    names = [*TASKS[:2], "Chỉnh trang nhà văn hóa tổ 5", *TASKS[2:]]
    path = sheet(names, tmp_path)
    preview = preview_import(ward=ward, source=path, plan=plan)
    assert changes(preview) == [
        (TASKS[0], UNCHANGED, []),
        (TASKS[1], UNCHANGED, []),
        (names[2], NEW, []),
        (TASKS[2], UPDATED, [NUMBER]),
        (TASKS[3], UPDATED, [NUMBER]),
    ]
    apply_import(ward=ward, source=path, plan=plan)
    after = dict(Task.objects.filter(plan_item__plan=plan).values_list("title", "pk"))
    assert {n: after[n] for n in TASKS} == ids  # no task took its neighbour's name
    assert len(after) == 5


def test_sorted_rows_find_their_own_tasks(imported, tmp_path):
    ward, plan, ids = imported
    path = sheet(sorted(TASKS), tmp_path)
    preview = preview_import(ward=ward, source=path, plan=plan)
    assert {tuple(c) for _n, _s, c in changes(preview)} <= {(), (NUMBER,)}  # never the name
    apply_import(ward=ward, source=path, plan=plan)
    assert dict(Task.objects.filter(plan_item__plan=plan).values_list("title", "pk")) == ids


def test_a_task_renamed_in_the_file_is_its_record_renamed(imported, tmp_path):
    ward, plan, ids = imported
    names = [TASKS[0], "Trồng 500 cây xanh đường Lạch Tray", *TASKS[2:]]
    path = sheet(names, tmp_path)
    preview = preview_import(ward=ward, source=path, plan=plan)
    assert statuses(preview)[1] == (names[1], UPDATED)
    apply_import(ward=ward, source=path, plan=plan)
    assert Task.objects.get(pk=ids[TASKS[1]]).title == names[1]
    assert Task.objects.filter(plan_item__plan=plan).count() == 4


def test_a_row_deleted_in_the_file_keeps_its_task_and_the_next_rows_their_own(imported, tmp_path):
    ward, plan, ids = imported
    names = [TASKS[0], *TASKS[2:]]
    preview = preview_import(ward=ward, source=sheet(names, tmp_path), plan=plan)
    assert {tuple(c) for _n, _s, c in changes(preview)} <= {(), (NUMBER,)}
    assert preview.kept == 1
