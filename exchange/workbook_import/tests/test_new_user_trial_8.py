"""Rules found by new-user trial 8 (``realistic_workbooks_8``), each on the smallest sheet that
shows it."""

import pytest

from exchange.workbook_import.importing import preview_import
from portal.seeding import SeedReport, ensure_units
from portal.tests.factories import PlanFactory, WardFactory

from .helpers import workbook_bytes

pytestmark = pytest.mark.django_db

HEADER = ["STT", "Tên dự án", "Tổng mức đầu tư", "Lũy kế giải ngân đến 31/12/2025", "Kế hoạch vốn năm 2026"]


@pytest.fixture
def ward():
    unit_ward = WardFactory()
    ensure_units(SeedReport(), unit_ward, [])
    PlanFactory(code="ke-hoach", ward=unit_ward)
    return unit_ward


def test_a_letter_group_carrying_its_subtotal_is_a_group_and_the_total_counts_its_projects_once(ward):
    rows = [
        ["DANH MỤC DỰ ÁN"],
        HEADER,
        [None, "TỔNG SỐ", 7000, 1000, 5000],
        ["A", "DỰ ÁN CHUYỂN TIẾP", 4000, 1000, 2000],
        [1, "Cải tạo đường Trần Phú", 4000, 1000, 2000],
        ["B", "DỰ ÁN KHỞI CÔNG MỚI", 3000, None, 3000],
        [1, "Xây dựng nhà văn hóa", 3000, None, 3000],
    ]
    preview = preview_import(ward=ward, source=workbook_bytes(rows))
    assert preview.messages() == []
    read = sorted((r.row, r.kind, r.number) for r in preview.rows if r.kind in ("group", "project"))
    assert [(kind, number) for _row, kind, number in read] == [
        ("group", "A"),
        ("project", "1"),
        ("group", "B"),
        ("project", "1"),
    ]
    # The totals add up once the groups' subtotals are no projects.
    assert not [w for w in preview.warnings if "TỔNG SỐ" in w], preview.warnings


def test_a_letter_row_with_words_beside_it_is_still_no_group(ward):
    rows = [["DANH MỤC DỰ ÁN"], HEADER, ["A", "Cải tạo đường Trần Phú", 4000, "chưa rõ", 2000]]
    preview = preview_import(ward=ward, source=workbook_bytes(rows))
    assert [r.kind for r in preview.rows] == ["project"]


def test_a_cumulative_column_is_said_to_be_a_running_total_not_asked_for_a_year(ward):
    rows = [["DANH MỤC DỰ ÁN"], HEADER, [1, "Cải tạo đường Trần Phú", 4000, 1000, 2000]]
    preview = preview_import(ward=ward, source=workbook_bytes(rows))
    [warning] = [w for w in preview.warnings if "Lũy kế" in w]
    assert "cộng dồn qua nhiều năm" in warning
    assert "hãy ghi năm" not in warning


def test_a_task_sheets_budget_columns_are_kept_as_each_tasks_resources(ward):
    from assignments.models import Task
    from exchange.workbook_import.importing import apply_import

    rows = [
        ["NHIỆM VỤ NĂM 2026"],
        ["TT", "Nội dung công việc", "Thời gian thực hiện", "Đơn vị chủ trì", "Kinh phí dự kiến", "Nguồn kinh phí"],
        [1, "Mua sắm áo phao", "Quý II/2026", "Công an phường", 120, "Ngân sách phường"],
    ]
    preview = preview_import(ward=ward, source=workbook_bytes(rows))
    assert preview.messages() == []
    [task] = [r for r in preview.rows if r.kind == "task"]
    assert task.reading["resources"] == "Kinh phí: 120; Nguồn kinh phí: Ngân sách phường"
    assert task.reading["product"] == ""
    apply_import(ward=ward, source=workbook_bytes(rows))
    assert Task.objects.get(plan_item__plan__ward=ward).resources == "Kinh phí: 120; Nguồn kinh phí: Ngân sách phường"
